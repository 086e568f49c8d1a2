#pragma once

#include "core/base/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace madoguchi {

// The TLV form of the driver's licence and residence card files (residence-card.md §0 "Data
// format"): one-byte tags, two bytes only for 5F40 and DFD1; lengths 00–7F, 81 xx or 82 xx xx;
// files padded with 00 after the last object. Not general BER: the licence's tag 1F (condition 4,
// drivers-licence.md §A4) is a whole tag here, and DFD1 ends after D1, where BER would read either
// as the start of a longer tag.
class CardFileTlv
{
    Q_DECLARE_TR_FUNCTIONS(CardFileTlv)

public:
    struct Item
    {
        quint16 tag = 0;
        QByteArrayView value;
        qsizetype offset = 0;
    };

    explicit CardFileTlv(QByteArrayView data) : m_data(data) {}
    CardFileTlv(QByteArray&& temporary) = delete;

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
