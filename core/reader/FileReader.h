#pragma once

#include "core/reader/ApduTransport.h"
#include "core/reader/FileRef.h"

#include <QByteArray>
#include <QCoreApplication>

namespace madoguchi {

// Reads a transparent EF with the fewest READ BINARY commands the transport allows.
// The first read asks for as much as one command may carry; when the file holds a BER-TLV object
// its length comes from the header of that first answer, and the rest is read in chunks of maxLe().
// Offsets up to 7FFF go in P1-P2; past that, READ BINARY with odd INS (B1) and an offset data
// object 54 (ISO/IEC 7816-4 §11.2.3; passport.md §2). The SFI form reaches offsets up to FF only,
// after which the file is current and P1-P2 offsets are used. A short answer is not the end of a
// file (a card may return fewer bytes than asked): the read goes on until the header's length, or for
// a whole file until the card reports the end. A card that refuses a read size (6700) is read in
// smaller pieces, remembered by the transport.
class FileReader
{
    Q_DECLARE_TR_FUNCTIONS(FileReader)

public:
    struct Options
    {
        enum class Length
        {
            FromBerHeader,  // the file holds one BER-TLV object; trailing filler is not read
            WholeFile,      // read until the card reports the end (6B00, 6282) or answers no data
        };
        Length length = Length::FromBerHeader;
        // Refuse files larger than this: a hostile header must not make the kiosk allocate or read
        // without bound. The largest file in shared/specs is a passport DG2 of some 30 KB.
        qsizetype maxSize = kDefaultMaxSize;

        static constexpr qsizetype kDefaultMaxSize = 1 << 20;
        // Files that hold several objects and filler: read to the end, at most `limit` bytes.
        static Options wholeFile(qsizetype limit = kDefaultMaxSize) { return {Length::WholeFile, limit}; }
    };

    explicit FileReader(ApduTransport& transport);

    Result<QByteArray, ReaderError> read(const FileRef& file, const Options& options);
    Result<QByteArray, ReaderError> read(const FileRef& file) { return read(file, Options{}); }
    // The same, but a file the card does not have (6A82) is an empty result, not an error: for
    // files that only some card types carry.
    Result<QByteArray, ReaderError> readIfPresent(const FileRef& file, const Options& options);
    // SELECT MF as 00 A4 00 00 with no data (drivers-licence.md §A1, residence-card.md §B2 step 1).
    Result<bool, ReaderError> selectMasterFile();

    static CommandApdu selectEf(quint16 fid);

private:
    static CommandApdu readCommand(qsizetype offset, int le, const FileRef* sfi);

    ApduTransport& m_transport;
};

} // namespace madoguchi
