#include "core/apdu/ResponseApdu.h"

#include <QCoreApplication>

namespace madoguchi {

Result<ResponseApdu, QString> ResponseApdu::parse(QByteArrayView bytes)
{
    if (bytes.size() < 2)
        return tr("response shorter than its status word");
    const qsizetype n = bytes.size();
    return ResponseApdu(bytes.first(n - 2).toByteArray(), StatusWord(quint8(bytes[n - 2]), quint8(bytes[n - 1])));
}

QByteArray ResponseApdu::encode() const
{
    QByteArray out = m_data;
    out.append(char(m_sw.sw1())).append(char(m_sw.sw2()));
    return out;
}

} // namespace madoguchi
