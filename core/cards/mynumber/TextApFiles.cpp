#include "core/cards/mynumber/TextApFiles.h"

#include "core/apdu/BerTlv.h"
#include "core/apdu/BerTlvReader.h"
#include "core/text/DigitDate.h"

#include <QRegularExpression>

namespace madoguchi {

bool TextApFiles::hasValidCheckDigit(const QString& number)
{
    static const QRegularExpression twelve(QStringLiteral("^[0-9]{12}$"));
    if (!twelve.match(number).hasMatch())
        return false;
    int sum = 0;
    for (int n = 1; n <= 11; ++n) {
        const int p = number[11 - n].digitValue();
        const int q = n <= 6 ? n + 1 : n - 5;
        sum += p * q;
    }
    const int remainder = sum % 11;
    const int check = remainder <= 1 ? 0 : 11 - remainder;
    return number[11].digitValue() == check;
}

std::optional<QString> TextApFiles::parseMyNumber(QByteArrayView file)
{
    auto tlv = BerTlv::parse(file);
    if (!tlv || tlv->tag() != 0xFF10)
        return std::nullopt;
    const QString number = QString::fromLatin1(tlv->value());
    if (!hasValidCheckDigit(number))
        return std::nullopt;
    return number;
}

Result<TextApFiles::BasicFour, QString> TextApFiles::parseBasicFour(QByteArrayView file)
{
    auto outer = BerTlv::parse(file);
    if (!outer)
        return outer.error().message();
    if (outer->tag() != 0xFF20)
        return tr("basic-four file: no FF20 object");
    BasicFour out;
    bool seen[4] = {};
    BerTlvReader children = outer->children();
    qsizetype signedFrom = -1;
    while (!children.atEnd()) {
        auto item = children.next();
        if (!item)
            return item.error().message();
        switch (item->tag()) {
        case 0xDF21:
            break;  // offset table: the TLV structure already says where things are
        case 0xDF22:
            out.name = QString::fromUtf8(item->value());
            signedFrom = item->offset();
            seen[0] = true;
            break;
        case 0xDF23:
            out.address = QString::fromUtf8(item->value());
            seen[1] = true;
            break;
        case 0xDF24:
            out.birthDate = DigitDate::parse(item->value());
            seen[2] = out.birthDate.isValid();
            break;
        case 0xDF25:
            if (item->value().size() == 1)
                out.sexCode = item->value()[0];
            seen[3] = item->value().size() == 1;
            break;
        default:
            break;  // unknown items are kept in the signed part but not shown
        }
    }
    if (!(seen[0] && seen[1] && seen[2] && seen[3]))
        return tr("basic-four file: name, address, birth date or sex missing or malformed");
    out.signedPart = file.sliced(signedFrom, outer->encoded().size() - signedFrom).toByteArray();
    return out;
}

} // namespace madoguchi
