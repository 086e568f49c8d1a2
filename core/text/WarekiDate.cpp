#include "core/text/WarekiDate.h"

#include <algorithm>
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

std::optional<WarekiDate> WarekiDate::fromEraDigits(QByteArrayView d7)
{
    if (d7.size() != 7 || !std::all_of(d7.begin(), d7.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    const int code = d7[0] - '0';  // 1 明治, 2 大正, 3 昭和, 4 平成, 5 令和 (drivers-licence.md §A4)
    if (code < 1 || code > 5)
        return std::nullopt;
    const auto number = [&](int at) { return (d7[at] - '0') * 10 + (d7[at + 1] - '0'); };
    return fromEra(eras()[std::size_t(5 - code)].era, number(1), number(3), number(5));
}

std::optional<WarekiDate> WarekiDate::fromEra(Era era, int year, int month, int day)
{
    if (year < 1)
        return std::nullopt;
    const auto start = std::find_if(eras().begin(), eras().end(), [era](const EraStart& e) { return e.era == era; });
    const auto back = fromGregorian(QDate(start->start.year() + year - 1, month, day));
    if (!back || back->era() != era)
        return std::nullopt;
    return back;
}

QByteArray WarekiDate::toEraDigits() const
{
    const int code = 5 - int(std::find_if(eras().begin(), eras().end(), [this](const EraStart& e) { return e.era == m_era; }) - eras().begin());
    return QByteArray::number(code) + toYYMMDD().toLatin1();
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
