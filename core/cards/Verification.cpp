#include "core/cards/Verification.h"

#include <algorithm>

namespace madoguchi {

void Verification::add(QString name, Result result, QString detail, Aspect aspect)
{
    m_checks.append({std::move(name), result, std::move(detail), aspect});
}

void Verification::addAnchor(const QString& anchor, bool production)
{
    if (!m_anchors.contains(anchor))
        m_anchors.append(anchor);
    m_allProduction = m_allProduction && production;
}

void Verification::addAll(const Verification& other, const QString& prefix)
{
    for (const Check& check : other.m_checks)
        add(prefix + check.name, check.result, check.detail, check.aspect);
    for (const QString& anchor : other.m_anchors)
        if (!m_anchors.contains(anchor))
            m_anchors.append(anchor);
    m_allProduction = m_allProduction && other.m_allProduction;
}

std::optional<Verification::Result> Verification::result(const QString& name) const
{
    for (const Check& check : m_checks)
        if (check.name == name)
            return check.result;
    return std::nullopt;
}

namespace {

QList<Verification::Check> ofAspect(const QList<Verification::Check>& checks, Verification::Aspect aspect)
{
    QList<Verification::Check> out;
    std::copy_if(checks.cbegin(), checks.cend(), std::back_inserter(out), [aspect](const auto& c) { return c.aspect == aspect; });
    return out;
}

bool any(const QList<Verification::Check>& checks, Verification::Result result)
{
    return std::any_of(checks.cbegin(), checks.cend(), [result](const auto& c) { return c.result == result; });
}

} // namespace

Verification::Verdict Verification::verdict() const
{
    const QList<Check> authenticity = ofAspect(m_checks, Aspect::Authenticity);
    if (any(authenticity, Result::Fail))
        return Verdict::NotGenuine;
    if (!authenticity.isEmpty() && !m_anchors.isEmpty() && m_allProduction && !any(authenticity, Result::NotChecked))
        return Verdict::Genuine;
    return Verdict::Unverified;
}

bool Verification::passedOnTestAnchors() const
{
    const QList<Check> authenticity = ofAspect(m_checks, Aspect::Authenticity);
    return !authenticity.isEmpty() && !m_anchors.isEmpty() && !m_allProduction && !any(authenticity, Result::Fail)
           && !any(authenticity, Result::NotChecked);
}

Verification::Validity Verification::validity() const
{
    const QList<Check> validity = ofAspect(m_checks, Aspect::Validity);
    if (any(validity, Result::Fail))
        return Validity::Expired;
    if (validity.isEmpty() || any(validity, Result::NotChecked))
        return Validity::Unknown;
    return Validity::Valid;
}

QString Verification::resultName(Result result)
{
    switch (result) {
    case Result::Pass: return QStringLiteral("pass");
    case Result::Fail: return QStringLiteral("fail");
    case Result::NotChecked: return QStringLiteral("not-checked");
    }
    return {};
}

QString Verification::validityName(Validity validity)
{
    switch (validity) {
    case Validity::Valid: return QStringLiteral("valid");
    case Validity::Expired: return QStringLiteral("expired");
    case Validity::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QString Verification::aspectName(Aspect aspect)
{
    switch (aspect) {
    case Aspect::Authenticity: return QStringLiteral("authenticity");
    case Aspect::Validity: return QStringLiteral("validity");
    case Aspect::Revocation: return QStringLiteral("revocation");
    }
    return {};
}

QString Verification::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Genuine: return QStringLiteral("genuine");
    case Verdict::NotGenuine: return QStringLiteral("not-genuine");
    case Verdict::Unverified: return QStringLiteral("unverified");
    }
    return {};
}

} // namespace madoguchi
