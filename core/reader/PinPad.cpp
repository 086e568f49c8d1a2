#include "core/reader/PinPad.h"

namespace madoguchi {
namespace {

// PIN_VERIFY_STRUCTURE field offsets (part 10 §2.5.2): 19 bytes, then the APDU.
constexpr int kHeaderSize = 19;
constexpr int kFormatString = 2;
constexpr int kDataLength = 15;

// bmFormatString: bit 7 system units are bytes, bits 6-3 PIN position 0 (first byte of the data
// field), bit 2 left justified, bits 1-0 10 = ASCII.
constexpr quint8 kAsciiAtStart = 0x82;
// bEntryValidationCondition: 02 = the validation key pressed.
constexpr quint8 kValidationKey = 0x02;

void appendLittleEndian(QByteArray& out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

} // namespace

CommandApdu PinPad::verifyTemplate(quint8 p2, const Format& format)
{
    return CommandApdu(0x00, 0x20, 0x00, p2, QByteArray(format.digits, char(0xFF)));
}

QByteArray PinPad::verifyStructure(quint8 p2, const Format& format)
{
    const QByteArray apdu = verifyTemplate(p2, format).encode();
    QByteArray s;
    s.append(char(format.timeoutSeconds));  // bTimerOut
    s.append(char(format.timeoutSeconds));  // bTimerOut2
    s.append(char(kAsciiAtStart));          // bmFormatString
    s.append(char(format.digits));          // bmPINBlockString: no length field, block of `digits` bytes
    s.append('\0');                         // bmPINLengthFormat: no PIN length in the APDU
    // wPINMaxExtraDigit 0xXXYY, XX minimum, YY maximum digits, little-endian on the wire.
    appendLittleEndian(s, quint32((format.digits << 8) | format.digits), 2);
    s.append(char(kValidationKey));         // bEntryValidationCondition
    s.append(char(0x01));                   // bNumberMessage: one prompt
    appendLittleEndian(s, format.languageId, 2);  // wLangId
    s.append('\0');                         // bMsgIndex
    s.append(QByteArray(3, '\0'));          // bTeoPrologue (T=1 only; zero: let the reader fill it)
    appendLittleEndian(s, quint32(apdu.size()), 4);  // ulDataLength
    s.append(apdu);
    return s;
}

std::optional<quint32> PinPad::controlCode(QByteArrayView features, quint8 tag)
{
    for (qsizetype i = 0; i + 6 <= features.size(); i += 6) {
        if (quint8(features[i + 1]) != 4)
            return std::nullopt;
        if (quint8(features[i]) == tag)
            return (quint32(quint8(features[i + 2])) << 24) | (quint32(quint8(features[i + 3])) << 16)
                   | (quint32(quint8(features[i + 4])) << 8) | quint32(quint8(features[i + 5]));
    }
    return std::nullopt;
}

std::optional<QByteArray> PinPad::completeVerify(QByteArrayView structure, const QByteArray& digits)
{
    if (structure.size() < kHeaderSize + 5 || quint8(structure[kFormatString]) != kAsciiAtStart)
        return std::nullopt;
    quint32 length = 0;
    for (int i = 3; i >= 0; --i)
        length = (length << 8) | quint8(structure[kDataLength + i]);
    if (length != quint32(structure.size() - kHeaderSize))
        return std::nullopt;
    QByteArray apdu = structure.sliced(kHeaderSize).toByteArray();
    const int block = quint8(structure[3]) & 0x0F;
    if (digits.size() > block || apdu.size() < 5 + block)
        return std::nullopt;
    apdu.replace(5, digits.size(), digits);  // PIN position 0: the first byte of the data field
    return apdu;
}

} // namespace madoguchi
