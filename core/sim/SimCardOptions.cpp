#include "core/sim/SimCardOptions.h"

namespace madoguchi {
namespace {

struct Named
{
    const char* name;
    SimCardOptions::Fault fault;
};

constexpr Named kFaults[] = {
    {"none", SimCardOptions::Fault::None},
    {"tampered-text", SimCardOptions::Fault::TamperedText},
    {"tampered-photo", SimCardOptions::Fault::TamperedPhoto},
    {"cloned", SimCardOptions::Fault::Cloned},
    {"blocked-pin", SimCardOptions::Fault::BlockedPin},
    {"pin-last-try", SimCardOptions::Fault::PinLastTry},
    {"collation-last-try", SimCardOptions::Fault::CollationLastTry},
    {"surface-last-try", SimCardOptions::Fault::SurfaceLastTry},
    {"unknown-changes", SimCardOptions::Fault::UnknownChanges},
    {"untrusted-signer", SimCardOptions::Fault::UntrustedSigner},
    {"pace-only", SimCardOptions::Fault::PaceOnly},
    {"residence-session-refused", SimCardOptions::Fault::ResidenceSessionRefused},
    {"residence-le-3", SimCardOptions::Fault::ResidenceLeObject3},
    {"truncated-response", SimCardOptions::Fault::TruncatedResponse},
    {"overlong-length", SimCardOptions::Fault::OverlongLength},
    {"wrong-status", SimCardOptions::Fault::WrongStatus},
    {"bad-mac", SimCardOptions::Fault::BadMac},
    {"endless-61xx", SimCardOptions::Fault::Endless61xx},
    {"slow", SimCardOptions::Fault::Slow},
    {"mute", SimCardOptions::Fault::Mute},
    {"removed", SimCardOptions::Fault::Removed},
};

} // namespace

std::optional<SimCardOptions::Fault> SimCardOptions::faultFromName(const QString& name)
{
    for (const Named& named : kFaults)
        if (name == QLatin1String(named.name))
            return named.fault;
    return std::nullopt;
}

QStringList SimCardOptions::faultNames()
{
    QStringList names;
    for (const Named& named : kFaults)
        names.append(QLatin1String(named.name));
    return names;
}

} // namespace madoguchi
