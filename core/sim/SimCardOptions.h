#pragma once

#include "core/sim/SimQuirks.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi {

// How a virtual card is built: transport abilities, the quirks of real chips, and one deliberate
// fault, for tests and demos of what the kiosk does with a bad card.
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
        CollationLastTry,  // mynumber: 照合番号A and B at 1 try in the text AP and the 券面AP
        SurfaceLastTry,    // mynumber: 照合番号A and B at 1 try in the 券面AP only
        UnknownChanges,  // licence: the change records (記載事項変更) in a layout the reader does not know
        UntrustedSigner,  // passport: EF.SOD signed by a document signer under no CSCA
        PaceOnly,         // passport: 6A88 to BAC; PACE only (integrated mapping when the persona has none)
        ResidenceSessionRefused,  // 07/08: the 在留 AP answers 6A80 to every key delivery (a card on another session profile)
        ResidenceLeObject3,       // 07/08: the 在留 AP takes the Le object 96 03 00 LL LL, not 96 02 LL LL
        // Hostile cards, any type, from the second READ BINARY of a session on (HostileAnswers, HostileLink):
        TruncatedResponse,  // half the data with 9000
        OverlongLength,     // a file's first TLV claims far more than the file holds
        WrongStatus,        // 6F00 to every READ BINARY
        BadMac,             // the last byte before SW1 SW2 flipped (a passport's MAC)
        Endless61xx,        // 61 10 to every command, GET RESPONSE included
        Slow,               // each answer held back 400 ms
        Mute,               // no answer at all
        Removed,            // the card leaves the reader
    };

    // The READ BINARY of a session from which the hostile faults act: the first (a file header,
    // EF.CardAccess …) is answered well, so the failure comes after the credential was accepted.
    static constexpr int kFirstHostileRead = 2;

    bool extendedLength = true;
    Fault fault = Fault::None;
    SimQuirks quirks;

    static std::optional<Fault> faultFromName(const QString& name);
    static QStringList faultNames();
};

} // namespace madoguchi
