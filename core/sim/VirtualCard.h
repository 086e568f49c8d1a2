#pragma once

#include "core/reader/ApduResponder.h"
#include "core/sim/CardProfile.h"
#include "core/sim/DedicatedFile.h"
#include "core/sim/HostileAnswers.h"
#include "core/sim/SimQuirks.h"

#include <QList>
#include <QMutex>
#include <QSet>

#include <memory>

namespace madoguchi {

// An ISO/IEC 7816-4 card in software, written from the emulator checklists of shared/specs
// (mynumber.md §11): SELECT by AID / FID / MF, READ BINARY (15-bit offset, SFI form, odd INS with
// DO54, short and extended Le, min(Le, remaining), 6B00 at or past the end, 6982 before VERIFY,
// 6981 on key files), VERIFY with retry counters (empty VERIFY answers 63Cx and uses no try; the
// failing try that exhausts the counter answers 63C0, every later one 6984), GET CHALLENGE.
// A CardProfile adds what one card type does beyond that. The builders (MyNumberSim, LicenceSim, …)
// write each card's AIDs, file IDs and keys from the specs themselves, never from the readers'
// headers in core/cards: a virtual card must not be built from the reader it tests.
class VirtualCard : public ApduResponder
{
public:
    struct Options
    {
        // When false, every extended-length command is answered 6700 (ISO/IEC 7816-4 table 6).
        bool extendedLength = true;
        // Whether selecting another DF drops verified keys. mynumber.md §1, §11 imply it for My
        // Number cards [U]; licence PINs live in the MF and stay verified across DFs (drivers-licence.md §A3).
        bool dfSelectClearsVerification = true;
        SimQuirks quirks;
    };

    VirtualCard(QByteArray atr, DedicatedFile mf, Options options);

    void addApplication(DedicatedFile df);
    void setProfile(std::unique_ptr<CardProfile> profile);
    // Spoils file answers on purpose (a hostile card for the tests).
    void setHostileAnswers(HostileAnswers hostile) { m_hostile = hostile; }

    QByteArray atr() const override { return m_atr; }
    void reset() override;
    QByteArray respond(QByteArrayView command) override;

    // The generic handlers, for profiles that unwrap a command and need it answered.
    ResponseApdu process(const CommandApdu& command);

    // For profiles: the state they may need.
    DedicatedFile& currentDf();
    bool isVerified(quint16 keyFid) const;
    const QByteArray& lastChallenge() const { return m_lastChallenge; }
    const Options& options() const { return m_options; }
    // Every EF's content, the MF's first: seed inputs for the parsers' fuzz targets.
    QList<QByteArray> fileContents() const;

private:
    bool refusesLe(const CommandApdu& command) const;  // the select-le-refused quirk
    ResponseApdu select(const CommandApdu& command);
    ResponseApdu readBinary(const CommandApdu& command);
    ResponseApdu verify(const CommandApdu& command);
    ResponseApdu getChallenge(const CommandApdu& command);
    ResponseApdu readRange(const ElementaryFile& file, qsizetype offset, int le, bool wrapInDo53);
    DedicatedFile* dfByAid(QByteArrayView aid);
    KeyReference* findKey(quint8 p2);
    void clearVerification();
    quint32 keyId(quint16 fid) const;

    QByteArray m_atr;
    Options m_options;
    DedicatedFile m_mf;
    QList<DedicatedFile> m_applications;
    std::unique_ptr<CardProfile> m_profile;

    QMutex m_mutex;
    int m_currentDf = -1;  // -1: the MF
    quint16 m_currentEf = 0;
    bool m_currentIsKey = false;
    bool m_hasCurrentEf = false;
    QSet<quint32> m_verified;  // (DF index + 1) << 16 | key FID
    QByteArray m_lastChallenge;
    HostileAnswers m_hostile;
};

} // namespace madoguchi
