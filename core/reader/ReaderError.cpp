#include "core/reader/ReaderError.h"

#include <QCoreApplication>

namespace madoguchi {

ReaderError ReaderError::refused(StatusWord sw, QString detail)
{
    ReaderError e(Kind::CardRefused, detail.isEmpty() ? sw.meaning() : std::move(detail));
    e.m_sw = sw;
    return e;
}

QString ReaderError::message() const
{
    switch (m_kind) {
    case Kind::ServiceUnavailable:
        return tr("The smart-card service (pcscd) is not running. Start it (systemctl start pcscd) or ask IT.",
                  "shown when the PC/SC daemon cannot be reached");
    case Kind::NoReader:
        return tr("No card reader is connected. Check the reader's USB cable.", "no PC/SC reader found");
    case Kind::NoCard:
        return tr("There is no card on the reader. Place the card on the reader.", "reader is empty");
    case Kind::CardRemoved:
        return tr("The card was taken off the reader. Place it again and keep it still until reading ends.",
                  "card removed while reading");
    case Kind::CardMute:
        return tr("The card does not answer. Place it again; if this repeats, the card may be damaged.",
                  "card is mute or the transport failed");
    case Kind::ReaderBusy:
        return tr("The reader is in use by another program. Close the other program and try again.",
                  "PC/SC sharing violation");
    case Kind::Unsupported:
        return tr("This reader or card cannot perform the operation.", "protocol or length not supported");
    case Kind::ReaderLimit:
        return tr("This card reader cannot carry the long answers this card sends. Read the card on a reader that "
                  "supports extended-length APDUs.",
                  "the reader's own limit, not a card fault");
    case Kind::Timeout:
        return tr("The reader did not answer in time. Place the card again.", "operation timed out");
    case Kind::CardRefused:
        return tr("The card refused the command.", "card answered with an error status word");
    case Kind::Malformed:
        return tr("The card's data is damaged or not in the expected format.", "malformed card data");
    case Kind::Internal:
        return tr("The card reader reported an unexpected error.", "other PC/SC error");
    }
    return {};
}

QString ReaderError::code() const
{
    switch (m_kind) {
    case Kind::ServiceUnavailable: return QStringLiteral("service-unavailable");
    case Kind::NoReader: return QStringLiteral("no-reader");
    case Kind::NoCard: return QStringLiteral("no-card");
    case Kind::CardRemoved: return QStringLiteral("card-removed");
    case Kind::CardMute: return QStringLiteral("card-mute");
    case Kind::ReaderBusy: return QStringLiteral("reader-busy");
    case Kind::Unsupported: return QStringLiteral("unsupported");
    case Kind::ReaderLimit: return QStringLiteral("reader-limit");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::CardRefused: return QStringLiteral("card-refused");
    case Kind::Malformed: return QStringLiteral("malformed");
    case Kind::Internal: return QStringLiteral("internal");
    }
    return {};
}

QString ReaderError::describe() const
{
    return m_detail.isEmpty() ? message() : QStringLiteral("%1 [%2]").arg(message(), m_detail);
}

} // namespace madoguchi
