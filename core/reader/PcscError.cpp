#include "core/reader/PcscError.h"

namespace madoguchi {

bool PcscError::isServiceLost(LONG rv)
{
    return rv == LONG(SCARD_E_NO_SERVICE) || rv == LONG(SCARD_E_SERVICE_STOPPED) || rv == LONG(SCARD_F_COMM_ERROR)
           || rv == LONG(SCARD_E_INVALID_HANDLE);
}

ReaderError PcscError::toReaderError(LONG rv, const char* call)
{
    using Kind = ReaderError::Kind;
    const QString detail = QStringLiteral("%1: %2 (0x%3)")
                               .arg(QLatin1String(call), QLatin1String(pcsc_stringify_error(rv)))
                               .arg(quint32(rv), 8, 16, QLatin1Char('0'));
    switch (quint32(rv)) {
    case SCARD_E_NO_SERVICE:
    case SCARD_E_SERVICE_STOPPED:
    case SCARD_F_COMM_ERROR:
    case SCARD_E_INVALID_HANDLE:
        return ReaderError(Kind::ServiceUnavailable, detail);
    case SCARD_E_NO_READERS_AVAILABLE:
    case SCARD_E_UNKNOWN_READER:
    case SCARD_E_READER_UNAVAILABLE:
        return ReaderError(Kind::NoReader, detail);
    case SCARD_E_NO_SMARTCARD:
        return ReaderError(Kind::NoCard, detail);
    case SCARD_W_REMOVED_CARD:
    case SCARD_W_RESET_CARD:
        return ReaderError(Kind::CardRemoved, detail);
    case SCARD_W_UNRESPONSIVE_CARD:
    case SCARD_W_UNPOWERED_CARD:
    case SCARD_E_NOT_TRANSACTED:
        return ReaderError(Kind::CardMute, detail);
    case SCARD_E_SHARING_VIOLATION:
        return ReaderError(Kind::ReaderBusy, detail);
    case SCARD_E_PROTO_MISMATCH:
    case SCARD_E_UNSUPPORTED_FEATURE:
    case SCARD_E_INSUFFICIENT_BUFFER:
        return ReaderError(Kind::Unsupported, detail);
    case SCARD_E_TIMEOUT:
        return ReaderError(Kind::Timeout, detail);
    default:
        return ReaderError(Kind::Internal, detail);
    }
}

} // namespace madoguchi
