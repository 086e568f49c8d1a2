#include "core/text/JisX0208.h"

#include "core/text/Iconv.h"

namespace madoguchi {
namespace {

bool isJisByte(quint8 b)
{
    return b >= 0x21 && b <= 0x7E;
}

QByteArray twoBytes(quint8 first, quint8 second)
{
    const char bytes[2] = {char(first), char(second)};
    return QByteArray(bytes, 2);
}

} // namespace

JisX0208::Decoded JisX0208::decode(QByteArrayView j8)
{
    const Iconv toUtf8("UTF-8", "EUC-JP");
    Decoded out;
    // Full-width spaces (2121) and 00 filler at the end are padding.
    qsizetype end = j8.size() - (j8.size() % 2);
    while (end >= 2 && ((quint8(j8[end - 2]) == 0x21 && quint8(j8[end - 1]) == 0x21) || (j8[end - 2] == 0 && j8[end - 1] == 0)))
        end -= 2;
    for (qsizetype i = 0; i + 1 < end; i += 2) {
        const quint8 row = quint8(j8[i]);
        const quint8 cell = quint8(j8[i + 1]);
        if (row == 0xFF && cell >= 0xF1 && cell <= 0xF7) {
            out.text.append(QChar(kGaijiPlaceholder));
            out.gaiji.append(cell - 0xF0);
            continue;
        }
        if (row == 0xFF && cell == 0xFA) {
            out.text.append(QChar(kMissingMark));
            ++out.missing;
            continue;
        }
        std::optional<QByteArray> utf8;
        if (isJisByte(row) && isJisByte(cell)) {
            const char euc[2] = {char(row | 0x80), char(cell | 0x80)};
            utf8 = toUtf8.convert(QByteArrayView(euc, 2));
        }
        if (utf8) {
            out.text.append(QString::fromUtf8(*utf8));
        } else {
            out.text.append(QChar(QChar::ReplacementCharacter));
            ++out.unreadable;
        }
    }
    return out;
}

std::optional<QByteArray> JisX0208::encodeCharacter(const QString& character)
{
    const Iconv toEuc("EUC-JP", "UTF-8");
    auto euc = toEuc.convert(character.toUtf8());
    // Only two-byte JIS X 0208 codes: not ASCII, not half-width kana (8E xx), not JIS X 0212 (8F xx xx).
    if (!euc || euc->size() != 2 || quint8(euc->at(0)) < 0xA1 || quint8(euc->at(1)) < 0xA1)
        return std::nullopt;
    return twoBytes(quint8(euc->at(0)) & 0x7F, quint8(euc->at(1)) & 0x7F);
}

QByteArray JisX0208::gaijiCode(int number)
{
    return twoBytes(0xFF, quint8(0xF0 + number));
}

} // namespace madoguchi
