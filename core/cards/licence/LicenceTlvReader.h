#pragma once

#include "core/base/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace madoguchi {

// The TLV form of the licence files (drivers-licence.md, "Data format"): one-byte tags, two bytes
// only for 5F40 and DFD1; lengths 00–7F, 81 xx or 82 xx xx; files padded with 00 after the last
// object. Not general BER: tag 1F (condition 4, §A4) is a whole tag here, where BER would read it
// as the first byte of a longer one.
class LicenceTlvReader
{
    Q_DECLARE_TR_FUNCTIONS(LicenceTlvReader)

public:
    struct Item
    {
        quint16 tag = 0;
        QByteArrayView value;
        qsizetype offset = 0;
    };

    explicit LicenceTlvReader(QByteArrayView data) : m_data(data) {}
    LicenceTlvReader(QByteArray&& temporary) = delete;

    // True when only 00 filler is left.
    bool atEnd() const;
    Result<Item, QString> next();
    // Every object up to the filler; the error names the offset of the first bad one.
    static Result<QList<Item>, QString> readAll(QByteArrayView data);

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

} // namespace madoguchi
