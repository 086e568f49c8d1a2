#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi {

// The named checks made on one card and what they allow to say, in three separate answers:
// - authenticity, the verdict: "genuine" needs at least one authenticity check, every one passed,
//   and a chain to a production trust anchor; a failed one makes it "not genuine"; anything else —
//   a check not made, a test anchor — is "could not verify";
// - validity (the card's expiry, the period of stay): "valid", "expired" when one has passed,
//   "unknown" when one could not be checked. An authentic card that has expired is genuine and
//   expired, never "not genuine";
// - revocation: whether the issuer has revoked the card, which an offline terminal cannot know;
//   those checks are listed with where to ask, and decide neither answer above.
class Verification
{
public:
    enum class Result
    {
        Pass,
        Fail,
        NotChecked,
    };
    enum class Verdict
    {
        Genuine,
        NotGenuine,
        Unverified,
    };
    enum class Aspect
    {
        Authenticity,  // signatures, chains, the chip's own proofs
        Validity,      // dates: expiry, period of stay
        Revocation,    // the issuer's revocation list, online only
    };
    enum class Validity
    {
        Valid,
        Expired,
        Unknown,
    };
    struct Check
    {
        QString name;    // stable id, e.g. "sod-signature"
        Result result;
        QString detail;  // why, in words; never customer data
        Aspect aspect = Aspect::Authenticity;
    };

    void add(QString name, Result result, QString detail = {}, Aspect aspect = Aspect::Authenticity);
    // A trust anchor a signature chained to, and whether it is a production one. "genuine" needs
    // at least one anchor, and every anchor a production one.
    void addAnchor(const QString& anchor, bool production);

    // Every check of `other`, its name prefixed with `prefix`, and its anchors: a second document
    // read from the same card (the residence part of a 07/08 card).
    void addAll(const Verification& other, const QString& prefix);
    // The result of check `name`; nullopt when there is none.
    std::optional<Result> result(const QString& name) const;

    const QList<Check>& checks() const { return m_checks; }
    // The anchors, "; "-separated; empty when none.
    QString anchor() const { return m_anchors.join(QStringLiteral("; ")); }
    Verdict verdict() const;
    // From the validity checks; Unknown also when there are none.
    Validity validity() const;
    // Every authenticity check passed, but a trust anchor is a test one (the demo cards).
    bool passedOnTestAnchors() const;

    static QString resultName(Result result);    // "pass", "fail", "not-checked"
    static QString verdictName(Verdict verdict);  // "genuine", "not-genuine", "unverified"
    static QString validityName(Validity validity);  // "valid", "expired", "unknown"
    static QString aspectName(Aspect aspect);        // "authenticity", "validity", "revocation"

private:
    QList<Check> m_checks;
    QStringList m_anchors;
    bool m_allProduction = true;
};

} // namespace madoguchi
