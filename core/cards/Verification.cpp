#include "core/cards/Verification.h"

#include <algorithm>

namespace madoguchi {

void Verification::add(QString name, Result result, QString detail)
{
    m_checks.append({std::move(name), result, std::move(detail)});
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
        add(prefix + check.name, check.result, check.detail);
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

Verification::Verdict Verification::verdict() const
{
    const auto is = [](Result r) { return [r](const Check& c) { return c.result == r; }; };
    if (std::any_of(m_checks.cbegin(), m_checks.cend(), is(Result::Fail)))
        return Verdict::NotGenuine;
    if (!m_checks.isEmpty() && !m_anchors.isEmpty() && m_allProduction && std::all_of(m_checks.cbegin(), m_checks.cend(), is(Result::Pass)))
        return Verdict::Genuine;
    return Verdict::Unverified;
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
