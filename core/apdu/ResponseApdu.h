#pragma once

#include <QCoreApplication>

#include "core/base/Result.h"
#include "core/apdu/StatusWord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace madoguchi {

// A response APDU: optional data followed by SW1-SW2 (ISO/IEC 7816-4 §5.1).
class ResponseApdu
{
    Q_DECLARE_TR_FUNCTIONS(ResponseApdu)

public:
    ResponseApdu() = default;
    ResponseApdu(QByteArray data, StatusWord sw) : m_data(std::move(data)), m_sw(sw) {}
    explicit ResponseApdu(StatusWord sw) : m_sw(sw) {}

    // A response has at least the two status bytes.
    static Result<ResponseApdu, QString> parse(QByteArrayView bytes);

    const QByteArray& data() const { return m_data; }
    StatusWord sw() const { return m_sw; }
    bool isSuccess() const { return m_sw.isSuccess(); }

    QByteArray encode() const;

private:
    QByteArray m_data;
    StatusWord m_sw;
};

} // namespace madoguchi
