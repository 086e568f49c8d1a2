#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi {

// How a virtual card is built: transport abilities and one deliberate fault, for tests and demos
// of what the kiosk does with a bad card.
struct SimCardOptions
{
    enum class Fault
    {
        None,
        TamperedText,   // text AP 0002 changed after it was signed (mynumber: text-signature fails)
        TamperedPhoto,  // photo changed after it was signed (surface-signature fails)
        Cloned,         // files copied to a chip with another key (card-liveness fails)
        BlockedPin,     // PIN retry counter at 0
        PinLastTry,     // PIN retry counter at 1
        UntrustedSigner,  // passport: EF.SOD signed by a document signer under no CSCA
        PaceOnly,         // passport: 6A88 to BAC; PACE only (integrated mapping when the persona has none)
    };

    bool extendedLength = true;
    Fault fault = Fault::None;

    static std::optional<Fault> faultFromName(const QString& name);
    static QStringList faultNames();
};

} // namespace madoguchi
