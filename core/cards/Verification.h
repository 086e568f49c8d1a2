#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi {

// The named checks made on one card and the one verdict they allow. "genuine" needs at least one
// check, every check passed, and a chain to a production trust anchor; any failed check makes it
// "not genuine"; anything else — a check not made, a test anchor — is "could not verify".
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
    struct Check
    {
        QString name;    // stable id, e.g. "sod-signature"
        Result result;
        QString detail;  // why, in words; never customer data
    };

    void add(QString name, Result result, QString detail = {});
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

    static QString resultName(Result result);    // "pass", "fail", "not-checked"
    static QString verdictName(Verdict verdict);  // "genuine", "not-genuine", "unverified"

private:
    QList<Check> m_checks;
    QStringList m_anchors;
    bool m_allProduction = true;
};

} // namespace madoguchi
