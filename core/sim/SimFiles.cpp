#include "core/sim/SimFiles.h"

#include "core/apdu/BerTlv.h"

namespace madoguchi {

QByteArray SimFiles::tlv(quint32 tag, QByteArrayView value)
{
    return BerTlv::encode(tag, value);
}

QByteArray SimFiles::padded(QByteArray content, qsizetype size, char filler)
{
    if (content.size() < size)
        content.append(QByteArray(size - content.size(), filler));
    return content;
}

QByteArray SimFiles::bcdDate(QDate date)
{
    const QByteArray digits = date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
    QByteArray out;
    for (qsizetype i = 0; i + 1 < digits.size(); i += 2)
        out.append(char(((digits[i] - '0') << 4) | (digits[i + 1] - '0')));
    return out;
}

QByteArray SimFiles::aid16(QByteArrayView prefix)
{
    return padded(prefix.toByteArray(), 16, 0);
}

QByteArray SimFiles::contactlessAtr(QByteArrayView historical)
{
    QByteArray atr = QByteArray::fromHex("3B8080");
    atr[1] = char(0x80 | historical.size());
    atr.append(char(0x01)).append(historical.data(), historical.size());
    char tck = 0;
    for (qsizetype i = 1; i < atr.size(); ++i)
        tck ^= atr[i];
    return atr.append(tck);
}

} // namespace madoguchi
