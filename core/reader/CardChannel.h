#pragma once

#include "core/reader/ApduTransport.h"
#include "core/reader/FileReader.h"
#include "core/reader/LinkStats.h"

#include <QByteArray>
#include <QString>

namespace madoguchi {

// A connection to one card in one reader, held exclusively for as long as it lives.
// transmit() completes the ISO/IEC 7816-4 response chain: 61xx → GET RESPONSE, 6Cxx → the same
// command again with the exact Le. Every exchange is counted in stats().
class CardChannel : public ApduTransport
{
public:
    enum class ExtendedLength
    {
        Unknown,      // try it, fall back on the first refusal
        Supported,
        Unsupported,
    };

    CardChannel(QString readerName, QByteArray atr);
    ~CardChannel() override = default;
    CardChannel(const CardChannel&) = delete;
    CardChannel& operator=(const CardChannel&) = delete;

    const QString& readerName() const { return m_readerName; }
    const QByteArray& atr() const { return m_atr; }

    Result<ResponseApdu, ReaderError> transmit(const CommandApdu& command) final;
    int maxLe() const override;
    bool disableExtendedLength() override;
    bool reduceReadSize(int refusedLe) override;

    ExtendedLength extendedLength() const { return m_extendedLength; }
    void setExtendedLength(ExtendedLength support) { m_extendedLength = support; }

    Result<QByteArray, ReaderError> readFile(const FileRef& file, const FileReader::Options& options = {});

    Result<ResponseApdu, ReaderError> verifyOnPinPad(quint8 p2, int digits) final;

    const LinkStats& stats() const { return m_stats; }

protected:
    // Sends the encoded command and returns the raw response bytes (data + SW1 SW2).
    virtual Result<QByteArray, ReaderError> transmitRaw(const QByteArray& command) = 0;
    // Hands a PIN_VERIFY_STRUCTURE to the reader's keypad; the raw response APDU comes back.
    virtual Result<QByteArray, ReaderError> pinPadRaw(const QByteArray& structure)
    {
        Q_UNUSED(structure);
        return ReaderError(ReaderError::Kind::Unsupported, QStringLiteral("the reader has no PIN pad"));
    }

private:
    Result<ResponseApdu, ReaderError> exchange(const CommandApdu& command);

    QString m_readerName;
    QByteArray m_atr;
    ExtendedLength m_extendedLength;
    int m_readLimit = 0;  // 0: as much as one APDU carries; else the card refused larger reads
    LinkStats m_stats;
};

} // namespace madoguchi
