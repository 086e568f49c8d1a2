#include "core/text/WarekiDate.h"

#include <array>

namespace madoguchi {
namespace {

struct EraStart
{
    WarekiDate::Era era;
    QDate start;
};

const std::array<EraStart, 5>& eras()
{
    static const std::array<EraStart, 5> table{{
        {WarekiDate::Era::Reiwa, QDate(2019, 5, 1)},
        {WarekiDate::Era::Heisei, QDate(1989, 1, 8)},
        {WarekiDate::Era::Showa, QDate(1926, 12, 25)},
        {WarekiDate::Era::Taisho, QDate(1912, 7, 30)},
        {WarekiDate::Era::Meiji, QDate(1868, 1, 25)},
    }};
    return table;
}

} // namespace

std::optional<WarekiDate> WarekiDate::fromGregorian(QDate date)
{
    if (!date.isValid())
        return std::nullopt;
    for (const EraStart& era : eras())
        if (date >= era.start)
            return WarekiDate(era.era, date.year() - era.start.year() + 1, date);
    return std::nullopt;
}

QString WarekiDate::eraName(Era era)
{
    switch (era) {
    case Era::Meiji: return QStringLiteral("明治");
    case Era::Taisho: return QStringLiteral("大正");
    case Era::Showa: return QStringLiteral("昭和");
    case Era::Heisei: return QStringLiteral("平成");
    case Era::Reiwa: return QStringLiteral("令和");
    }
    return {};
}

QString WarekiDate::toString() const
{
    return QStringLiteral("%1%2年%3月%4日").arg(eraName(m_era)).arg(m_year).arg(m_date.month()).arg(m_date.day());
}

QString WarekiDate::toYYMMDD() const
{
    return QStringLiteral("%1%2%3")
        .arg(m_year % 100, 2, 10, QLatin1Char('0'))
        .arg(m_date.month(), 2, 10, QLatin1Char('0'))
        .arg(m_date.day(), 2, 10, QLatin1Char('0'));
}

} // namespace madoguchi
