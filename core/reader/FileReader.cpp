#include "core/reader/FileReader.h"

#include "core/apdu/BerTlv.h"


namespace madoguchi {
namespace {

constexpr qsizetype kMaxPlainOffset = 0x7FFF;   // 15-bit offset in P1-P2 (ISO/IEC 7816-4 §11.2.3)
constexpr qsizetype kMaxSfiOffset = 0xFF;       // SFI form: offset in P2 only
constexpr quint8 kTagOffset = 0x54;             // offset data object for odd-INS READ BINARY
constexpr quint8 kTagDiscretionary = 0x53;      // discretionary data in the B1 answer

} // namespace

FileReader::FileReader(ApduTransport& transport) : m_transport(transport) {}

CommandApdu FileReader::selectEf(quint16 fid)
{
    // SELECT EF by file identifier, no response data (P2 0C): mynumber.md §1, passport.md §2.
    QByteArray id;
    id.append(char(fid >> 8)).append(char(fid & 0xFF));
    return CommandApdu(0x00, 0xA4, 0x02, 0x0C, id);
}

CommandApdu FileReader::readCommand(qsizetype offset, int le, const FileRef* sfi)
{
    if (sfi)
        return CommandApdu(0x00, 0xB0, quint8(0x80 | sfi->id()), quint8(offset), {}, le);
    if (offset <= kMaxPlainOffset)
        return CommandApdu(0x00, 0xB0, quint8(offset >> 8), quint8(offset & 0xFF), {}, le);
    // Odd INS with P1-P2 0000 (current EF) and DO54 holding the offset.
    QByteArray digits;
    for (qsizetype rest = offset; rest > 0; rest >>= 8)
        digits.prepend(char(rest & 0xFF));
    QByteArray offsetDo;
    offsetDo.append(char(kTagOffset)).append(char(digits.size())).append(digits);
    return CommandApdu(0x00, 0xB1, 0x00, 0x00, offsetDo, le);
}

Result<bool, ReaderError> FileReader::selectMasterFile()
{
    auto response = m_transport.transmit(CommandApdu(0x00, 0xA4, 0x00, 0x00));
    if (!response)
        return response.error();
    if (!response->isSuccess())
        return ReaderError::refused(response->sw(), QStringLiteral("SELECT MF: %1").arg(response->sw().meaning()));
    return true;
}

Result<QByteArray, ReaderError> FileReader::readIfPresent(const FileRef& file, const Options& options)
{
    auto bytes = read(file, options);
    if (!bytes && bytes.error().kind() == ReaderError::Kind::CardRefused && bytes.error().statusWord() == StatusWord(StatusWord::kFileNotFound))
        return QByteArray();
    return bytes;
}

Result<QByteArray, ReaderError> FileReader::read(const FileRef& file, const Options& options)
{
    if (file.kind() == FileRef::Kind::Fid) {
        auto selected = m_transport.transmit(selectEf(file.id()));
        if (!selected)
            return selected.error();
        if (!selected->isSuccess())
            return ReaderError::refused(selected->sw(), QStringLiteral("SELECT EF %1: %2")
                                                            .arg(file.id(), 4, 16, QLatin1Char('0'))
                                                            .arg(selected->sw().meaning()));
    }
    const bool headerMode = options.length == Options::Length::FromBerHeader;
    bool useSfi = file.kind() == FileRef::Kind::Sfi;
    QByteArray out;
    qsizetype total = -1;  // known once the BER header has been read
    // Every pass adds at least one byte or ends the read, but for the fall-backs to short APDUs and to
    // smaller reads (a few each).
    for (;;) {
        const qsizetype offset = out.size();
        if (total >= 0 && offset >= total)
            break;
        if (useSfi && offset > kMaxSfiOffset)
            useSfi = false;  // the SFI read made the file current
        qsizetype want = m_transport.maxLe();
        if (total >= 0)
            want = std::min<qsizetype>(want, total - offset);
        else
            want = std::min<qsizetype>(want, options.maxSize - offset + 1);
        // The B1 answer wraps the data in 53 L (up to 4 header bytes): ask for room for it.
        const qsizetype le = offset > kMaxPlainOffset ? std::min<qsizetype>(m_transport.maxLe(), want + 4) : want;
        const CommandApdu command = readCommand(offset, int(le), useSfi ? &file : nullptr);
        auto response = m_transport.transmit(command);
        if (!response)
            return response.error();
        const StatusWord sw = response->sw();
        if (sw == StatusWord::kWrongLength && le > CommandApdu::kMaxShortLe && m_transport.disableExtendedLength())
            continue;  // passport.md §7: too large an Le gives 6700; retry with short APDUs
        if (sw == StatusWord::kWrongLength && m_transport.reduceReadSize(int(le)))
            continue;  // a card that refuses large reads even in short APDUs: read in smaller pieces
        const bool endReported = sw == StatusWord::kWrongParameters || sw == StatusWord::kEndOfFileReached;
        if (!sw.carriesData() && !(endReported && offset > 0))
            return ReaderError::refused(sw, QStringLiteral("READ BINARY at %1: %2").arg(offset).arg(sw.meaning()));
        // For B1 the answer holds the 53 header too: compare what came back, not the data inside it.
        const qsizetype answered = response->data().size();
        QByteArrayView data = response->data();
        if (command.ins() == 0xB1 && !data.isEmpty()) {
            auto wrapped = BerTlv::parse(data);
            if (!wrapped || wrapped->tag() != kTagDiscretionary)
                return ReaderError(ReaderError::Kind::Malformed, tr("READ BINARY (B1) answer is not a 53 object"));
            data = wrapped->value();
        }
        if (answered > le || data.size() > want)
            return ReaderError(ReaderError::Kind::Malformed, tr("the card returned more bytes than asked for"));
        out.append(data);
        useSfi = false;
        if (headerMode && total < 0) {
            auto header = BerTlv::parseHeader(out);
            if (!header) {
                if (header.error().kind() != TlvError::Kind::Truncated || data.isEmpty())
                    return ReaderError(ReaderError::Kind::Malformed, header.error().message());
            } else {
                total = header->totalSize;
                if (total > options.maxSize)
                    return ReaderError(ReaderError::Kind::Malformed,
                                       tr("file header announces %1 bytes, more than the %2 allowed")
                                           .arg(total)
                                           .arg(options.maxSize));
                out.truncate(std::min(out.size(), total));
                continue;
            }
        }
        if (out.size() > options.maxSize)
            return ReaderError(ReaderError::Kind::Malformed, tr("file larger than the %1 bytes allowed").arg(options.maxSize));
        // A card returns min(Le, remaining) — or fewer (JICSAP allows it, and some reader paths cannot
        // carry 256 bytes): a short answer is not the end of the file. The read goes on at the new
        // offset until the header's length, or (a whole file) until the card reports the end (6B00,
        // 6282) or answers no data; only a shortfall against the header is damage.
        if (endReported || answered < le) {
            const bool more = total >= 0 ? out.size() < total : !headerMode;
            if (more && !endReported && !data.isEmpty())
                continue;
            if (total >= 0 && out.size() < total)
                //: %1 bytes read before the card reported the end; %2 announced by the file's header.
                return ReaderError(ReaderError::Kind::Malformed,
                                   tr("file ends after %1 bytes; its header announces %2").arg(out.size()).arg(total));
            if (!headerMode)
                break;
            if (total < 0)
                return ReaderError(ReaderError::Kind::Malformed, tr("file too short for its header"));
        }
    }
    return out;
}

} // namespace madoguchi
