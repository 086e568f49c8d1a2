#include "core/cards/read/ResidenceOnMyNumber.h"

#include "core/cards/RecordField.h"
#include "core/cards/residence/ResidenceChecks.h"

namespace madoguchi {

using R = Verification::Result;

bool ResidenceOnMyNumber::endsTheRead(const ReaderError& error)
{
    switch (error.kind()) {
    case ReaderError::Kind::Unsupported:
    case ReaderError::Kind::ReaderLimit:
    case ReaderError::Kind::CardRefused:
    case ReaderError::Kind::Malformed:
        return false;
    default:
        return true;
    }
}

void ResidenceOnMyNumber::notRead(CardReadOutcome& out, const QString& why)
{
    //: %1: why the residence items of a 07/08 card were not read (residence-card-0708.md).
    out.verification.add(kItemsCheck, R::NotChecked,
                         tr("the residence items (在留資格, 在留期間, 就労制限 …) in the card's 在留 AP were not read: %1. The identity "
                            "above is the My Number card's; check the residence items by the counter's other procedure")
                             .arg(why));
}

void ResidenceOnMyNumber::merge(CardReadOutcome& out, const CardDetector::Detection& detection, const Result<CardReadOutcome, ReaderError>& residence)
{
    out.record.type = detection.type;
    if (!detection.residenceCardType.isEmpty())
        out.record.fields.insert(RecordField::kCardType, QString::fromLatin1(detection.residenceCardType));
    if (!residence) {
        if (residence.error().kind() == ReaderError::Kind::ReaderLimit)
            //: %1: what the reader could not carry. A reader with extended-length APDUs reads the 在留 AP.
            notRead(out, tr("this reader cannot carry what the 在留 AP needs (%1); a reader with extended-length support can")
                             .arg(residence.error().detail()));
        else
            notRead(out, residence.error().detail());
        return;
    }
    // A counter only when the card showed one (residence-card-0708.md §8: whether it keeps one is [U]).
    if (residence->credential.triesLeft)
        out.credential.count(kCounter, residence->credential.triesLeft, residence->credential.status);
    if (residence->credentialRefused()) {
        notRead(out, tr("the 在留 AP did not accept the card number given"));
        return;
    }
    out.verification.addAll(residence->verification, kCheckPrefix);
    // Never a residence item whose signature did not verify (residence-card-0708.md §12).
    const auto passed = [&](const QString& check) { return residence->verification.result(check) == R::Pass; };
    if (!passed(ResidenceChecks::kSignature) || !passed(ResidenceChecks::kCertificate)) {
        notRead(out, tr("they were read, but their signature did not verify (see the checks above), so none of them is shown"));
        return;
    }
    const IdentityRecord& items = residence->record;
    // The 在留 AP's signed birth date and sex against the My Number side's: the same holder.
    const bool sameHolder = items.birthDate == out.record.birthDate && items.sex == out.record.sex;
    out.verification.add(kCheckPrefix + QStringLiteral("same-holder"), sameHolder ? R::Pass : R::Fail,
                         sameHolder ? tr("the 在留 AP's birth date and sex are the My Number card's")
                                    : tr("the 在留 AP's birth date or sex differs from the My Number card's"));
    if (!sameHolder)
        return;
    out.record.nationality = items.nationality;
    for (auto it = items.fields.cbegin(); it != items.fields.cend(); ++it)
        if (it.key() != RecordField::kCardType)
            out.record.fields.insert(it.key(), it.value());
    out.record.fields.insert(RecordField::kResidenceCardNumber, items.documentNumber);
}

} // namespace madoguchi
