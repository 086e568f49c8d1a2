#include "core/apdu/CommandApdu.h"

#include <QCoreApplication>

namespace madoguchi {

CommandApdu::CommandApdu(quint8 cla, quint8 ins, quint8 p1, quint8 p2, QByteArray data, int le, Encoding encoding)
    : m_cla(cla), m_ins(ins), m_p1(p1), m_p2(p2), m_data(std::move(data)), m_le(le), m_encoding(encoding)
{
}

int CommandApdu::isoCase() const
{
    if (m_data.isEmpty())
        return hasLe() ? 2 : 1;
    return hasLe() ? 4 : 3;
}

bool CommandApdu::isExtended() const
{
    return m_encoding == Encoding::Extended || m_data.size() > kMaxShortLc || m_le > kMaxShortLe;
}

bool CommandApdu::isValid() const
{
    return m_le >= 0 && m_le <= kMaxExtendedLe && m_data.size() <= kMaxExtendedLc;
}

QByteArray CommandApdu::encode() const
{
    Q_ASSERT(isValid());
    QByteArray out;
    out.reserve(4 + 3 + m_data.size() + 3);
    out.append(char(m_cla)).append(char(m_ins)).append(char(m_p1)).append(char(m_p2));
    const bool extended = isExtended();
    if (!m_data.isEmpty()) {
        if (extended) {
            // ISO/IEC 7816-4 §5.1: extended Lc is 00 followed by two bytes.
            out.append('\0').append(char(m_data.size() >> 8)).append(char(m_data.size() & 0xFF));
        } else {
            out.append(char(m_data.size()));
        }
        out.append(m_data);
    }
    if (hasLe()) {
        const int le = m_le;
        if (extended) {
            // Extended Le: 0000 means 65536; the leading 00 is present only when there is no Lc field.
            if (m_data.isEmpty())
                out.append('\0');
            const int encoded = le == kMaxExtendedLe ? 0 : le;
            out.append(char(encoded >> 8)).append(char(encoded & 0xFF));
        } else {
            out.append(char(le == kMaxShortLe ? 0 : le));
        }
    }
    return out;
}

Result<CommandApdu, QString> CommandApdu::parse(QByteArrayView b)
{
    const auto byte = [&](qsizetype i) { return quint8(b[i]); };
    if (b.size() < 4)
        return tr("command shorter than its 4-byte header");
    const quint8 cla = byte(0), ins = byte(1), p1 = byte(2), p2 = byte(3);
    const qsizetype body = b.size() - 4;
    if (body == 0)
        return CommandApdu(cla, ins, p1, p2);
    if (body == 1) {
        const int le = byte(4) == 0 ? kMaxShortLe : byte(4);
        return CommandApdu(cla, ins, p1, p2, {}, le);
    }
    if (byte(4) != 0) {
        const qsizetype lc = byte(4);
        if (body == 1 + lc)
            return CommandApdu(cla, ins, p1, p2, b.sliced(5, lc).toByteArray());
        if (body == 2 + lc) {
            const int le = byte(5 + lc) == 0 ? kMaxShortLe : byte(5 + lc);
            return CommandApdu(cla, ins, p1, p2, b.sliced(5, lc).toByteArray(), le);
        }
        return tr("short Lc does not match the command length");
    }
    // First body byte 00 and more than one body byte: extended length.
    if (body == 3) {
        const int encoded = (byte(5) << 8) | byte(6);
        return CommandApdu(cla, ins, p1, p2, {}, encoded == 0 ? kMaxExtendedLe : encoded, Encoding::Extended);
    }
    if (body < 3)
        return tr("truncated extended length field");
    const qsizetype lc = (byte(5) << 8) | byte(6);
    if (lc == 0)
        return tr("extended Lc of zero");
    if (body == 3 + lc)
        return CommandApdu(cla, ins, p1, p2, b.sliced(7, lc).toByteArray(), kNoLe, Encoding::Extended);
    if (body == 5 + lc) {
        const int encoded = (byte(7 + lc) << 8) | byte(8 + lc);
        return CommandApdu(cla, ins, p1, p2, b.sliced(7, lc).toByteArray(),
                           encoded == 0 ? kMaxExtendedLe : encoded, Encoding::Extended);
    }
    return tr("extended Lc does not match the command length");
}

QString CommandApdu::header() const
{
    QString text = QStringLiteral("%1 %2 %3 %4")
                       .arg(m_cla, 2, 16, QLatin1Char('0'))
                       .arg(m_ins, 2, 16, QLatin1Char('0'))
                       .arg(m_p1, 2, 16, QLatin1Char('0'))
                       .arg(m_p2, 2, 16, QLatin1Char('0'))
                       .toUpper();
    if (!m_data.isEmpty())
        text += QStringLiteral(" Lc=%1").arg(m_data.size());
    if (hasLe())
        text += QStringLiteral(" Le=%1").arg(m_le);
    return text;
}

CommandApdu CommandApdu::withLe(int le) const
{
    CommandApdu copy = *this;
    copy.m_le = le;
    return copy;
}

CommandApdu CommandApdu::withEncoding(Encoding encoding) const
{
    CommandApdu copy = *this;
    copy.m_encoding = encoding;
    return copy;
}

} // namespace madoguchi
