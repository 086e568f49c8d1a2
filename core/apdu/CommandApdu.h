#pragma once

#include <QCoreApplication>

#include "core/base/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace madoguchi {

// An ISO/IEC 7816-4 command APDU (§5.1), cases 1 to 4, short or extended.
// Le is a number of bytes: 0 means "no Le field"; 256 is encoded 00 in a short APDU, 65536 is 0000 in an
// extended one. The encoding is extended when Lc > 255 or Le > 256, or when forced.
class CommandApdu
{
    Q_DECLARE_TR_FUNCTIONS(CommandApdu)

public:
    static constexpr int kNoLe = 0;
    static constexpr int kMaxShortLe = 256;
    // What a read asks for on a short-APDU link: 255 (Le FF), never 256 (Le 00), whose answer of
    // exactly 256 bytes some contactless readers mishandle (mynumber.md §10.5). One read in 256 more.
    static constexpr int kShortReadLe = 255;
    static constexpr int kMaxExtendedLe = 65536;
    static constexpr int kMaxShortLc = 255;
    static constexpr int kMaxExtendedLc = 65535;

    enum class Encoding
    {
        Automatic,
        Extended,
    };

    CommandApdu(quint8 cla, quint8 ins, quint8 p1, quint8 p2, QByteArray data = {}, int le = kNoLe,
                Encoding encoding = Encoding::Automatic);

    // Parses the bytes of a command as a card receives them; rejects any length field that does not
    // match the number of bytes present.
    static Result<CommandApdu, QString> parse(QByteArrayView bytes);

    quint8 cla() const { return m_cla; }
    quint8 ins() const { return m_ins; }
    quint8 p1() const { return m_p1; }
    quint8 p2() const { return m_p2; }
    const QByteArray& data() const { return m_data; }
    int le() const { return m_le; }
    bool hasLe() const { return m_le != kNoLe; }

    // 1..4 as in ISO/IEC 7816-3 §12.1.3.
    int isoCase() const;
    bool isExtended() const;
    // False when Lc or Le are out of range for any encoding (the command cannot be sent).
    bool isValid() const;

    QByteArray encode() const;

    // "00 B0 80 00 …" with the data replaced by its length: safe for logs (CONVENTIONS.md §8).
    QString header() const;

    CommandApdu withLe(int le) const;
    CommandApdu withEncoding(Encoding encoding) const;

private:
    quint8 m_cla;
    quint8 m_ins;
    quint8 m_p1;
    quint8 m_p2;
    QByteArray m_data;
    int m_le;
    Encoding m_encoding;
};

} // namespace madoguchi
