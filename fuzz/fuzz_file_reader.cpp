// The read-size logic of FileReader against a card that answers in pieces of any size, reports the
// end of the file early (6282, 6B00) or refuses read sizes (6700), as the input scripts it. The card
// only ever sends the file's true bytes, so whatever the reader returns must be a prefix of the file,
// within its size limit, after a bounded number of commands.
#include "core/apdu/BerTlv.h"
#include "core/reader/FileReader.h"


#include <cstdlib>

using namespace madoguchi;

namespace {

constexpr int kScriptSize = 16;

class ScriptedPieces : public ApduTransport
{
public:
    ScriptedPieces(QByteArrayView script, QByteArrayView content, bool extended)
        : m_script(script), m_content(content), m_maxLe(extended ? CommandApdu::kMaxExtendedLe : CommandApdu::kShortReadLe)
    {
    }

    Result<ResponseApdu, ReaderError> transmit(const CommandApdu& command) override
    {
        // Every command either adds a byte to the result or ends the read, but for a few fall-backs.
        if (++m_commands > m_content.size() + 64)
            std::abort();
        if (command.ins() == 0xA4)
            return ResponseApdu({}, StatusWord(StatusWord::kSuccess));
        qsizetype offset = 0;
        if (command.ins() == 0xB0)
            offset = command.p1() & 0x80 ? command.p2() : (command.p1() << 8 | command.p2());
        else if (command.ins() == 0xB1 && command.data().size() >= 2 && quint8(command.data()[0]) == 0x54)
            for (char byte : command.data().mid(2))
                offset = offset << 8 | quint8(byte);
        else
            return ResponseApdu({}, StatusWord(StatusWord::kInsNotSupported));
        const quint8 rule = m_script.isEmpty() ? 7 : quint8(m_script[m_commands % m_script.size()]);
        const qsizetype left = std::max<qsizetype>(0, m_content.size() - offset);
        const qsizetype asked = command.le();
        if (left == 0)
            return ResponseApdu({}, StatusWord(StatusWord::kWrongParameters));  // 6B00 past the end
        const qsizetype piece = std::min({asked, left, qsizetype(1 + (rule >> 3) * 8)});
        QByteArray data = m_content.sliced(offset, piece).toByteArray();
        switch (rule & 7) {
        case 4: return ResponseApdu(data, StatusWord(StatusWord::kEndOfFileReached));  // 6282 early
        case 5:
            if (asked > 64)
                return ResponseApdu({}, StatusWord(StatusWord::kWrongLength));  // 6700: too large a read
            break;
        case 6: return ResponseApdu({}, StatusWord(StatusWord::kWrongParameters));  // 6B00 early
        case 7: data = m_content.sliced(offset, std::min(asked, left)).toByteArray(); break;
        default: break;
        }
        if (command.ins() == 0xB1)
            data = BerTlv::encode(0x53, data);
        return ResponseApdu(data, StatusWord(StatusWord::kSuccess));
    }

    int maxLe() const override { return m_readLimit > 0 ? m_readLimit : m_maxLe; }
    bool disableExtendedLength() override
    {
        if (m_maxLe == CommandApdu::kShortReadLe)
            return false;
        m_maxLe = CommandApdu::kShortReadLe;
        return true;
    }
    bool reduceReadSize(int refusedLe) override
    {
        const int smaller = smallerReadSize(std::min(refusedLe, maxLe()));
        m_readLimit = smaller > 0 ? smaller : m_readLimit;
        return smaller > 0;
    }

private:
    QByteArrayView m_script;
    QByteArrayView m_content;
    int m_maxLe;
    int m_readLimit = 0;
    qsizetype m_commands = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1 + kScriptSize)
        return 0;
    const quint8 flags = data[0];
    const QByteArrayView script(data + 1, kScriptSize);
    const QByteArrayView content(data + 1 + kScriptSize, qsizetype(size) - 1 - kScriptSize);
    ScriptedPieces card(script, content, flags & 1);
    const FileRef file = flags & 2 ? FileRef::sfi(5) : FileRef::fid(0x0101);
    const qsizetype limit = flags & 4 ? 300 : FileReader::Options::kDefaultMaxSize;
    FileReader::Options options = flags & 8 ? FileReader::Options::wholeFile(limit) : FileReader::Options{};
    options.maxSize = limit;
    const auto read = FileReader(card).read(file, options);
    if (read && (read->size() > limit || !content.startsWith(*read)))
        std::abort();  // bytes the card never sent, or past the limit
    return 0;
}
