#include "core/apdu/StatusWord.h"

namespace madoguchi {

std::optional<int> StatusWord::triesLeft() const
{
    if (sw1() == 0x63 && (sw2() & 0xF0) == 0xC0)
        return sw2() & 0x0F;
    return std::nullopt;
}

std::optional<int> StatusWord::bytesAvailable() const
{
    if (sw1() == 0x61)
        return sw2() == 0 ? 256 : sw2();
    return std::nullopt;
}

std::optional<int> StatusWord::exactLength() const
{
    if (sw1() == 0x6C)
        return sw2() == 0 ? 256 : sw2();
    return std::nullopt;
}

QString StatusWord::toHex() const
{
    return QStringLiteral("%1").arg(m_value, 4, 16, QLatin1Char('0')).toUpper();
}

QString StatusWord::meaning() const
{
    if (const auto tries = triesLeft())
        return QStringLiteral("verification failed, %1 tries left").arg(*tries);
    if (const auto more = bytesAvailable())
        return QStringLiteral("%1 more bytes available").arg(*more);
    if (const auto exact = exactLength())
        return QStringLiteral("wrong Le, exact length %1").arg(*exact);
    switch (m_value) {
    case kSuccess: return QStringLiteral("success");
    case kEndOfFileReached: return QStringLiteral("end of file reached before Le bytes");
    case kVerifyFailedNoCounter: return QStringLiteral("verification failed");
    case kWrongLength: return QStringLiteral("wrong length");
    case kSmNotSupported: return QStringLiteral("secure messaging not supported");
    case kIncompatibleFileStructure: return QStringLiteral("command incompatible with file structure");
    case kSecurityStatusNotSatisfied: return QStringLiteral("security status not satisfied");
    case kAuthenticationMethodBlocked: return QStringLiteral("authentication method blocked");
    case kReferenceDataNotUsable: return QStringLiteral("reference data not usable (blocked)");
    case kConditionsNotSatisfied: return QStringLiteral("conditions of use not satisfied");
    case kCommandNotAllowed: return QStringLiteral("command not allowed");
    case kSmDataObjectsMissing: return QStringLiteral("secure messaging data objects missing");
    case kSmDataObjectsIncorrect: return QStringLiteral("secure messaging data objects incorrect");
    case kWrongData: return QStringLiteral("incorrect data field");
    case kFunctionNotSupported: return QStringLiteral("function not supported");
    case kFileNotFound: return QStringLiteral("file or application not found");
    case kIncorrectP1P2: return QStringLiteral("incorrect P1-P2");
    case kReferencedDataNotFound: return QStringLiteral("referenced data not found");
    case kWrongParameters: return QStringLiteral("wrong parameters (offset outside the file)");
    case kInsNotSupported: return QStringLiteral("instruction not supported");
    case kClaNotSupported: return QStringLiteral("class not supported");
    case kNoPreciseDiagnosis: return QStringLiteral("no precise diagnosis");
    default: return QStringLiteral("status %1").arg(toHex());
    }
}

} // namespace madoguchi
