#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <optional>

namespace madoguchi {

// A date in the Japanese era calendar (和暦). Era start dates are those of the 元号 proclamations:
// 明治 1868-01-25 (as used for civil dates after the solar calendar), 大正 1912-07-30,
// 昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01. The first year of an era is year 1 (元年).
class WarekiDate
{
public:
    enum class Era
    {
        Meiji,
        Taisho,
        Showa,
        Heisei,
        Reiwa,
    };

    // nullopt for dates before 明治.
    static std::optional<WarekiDate> fromGregorian(QDate date);
    // The licence's D7 form (drivers-licence.md §A4): an era digit (1 明治 … 5 令和) and YYMMDD, in
    // ASCII. nullopt for anything else, and for dates outside their era (e.g. 平成31年5月1日).
    static std::optional<WarekiDate> fromEraDigits(QByteArrayView d7);
    // A date given in its era: nullopt when it is not a date, or lies outside the era.
    static std::optional<WarekiDate> fromEra(Era era, int year, int month, int day);

    Era era() const { return m_era; }
    int year() const { return m_year; }
    QDate date() const { return m_date; }

    // "昭和55年2月17日"
    QString toString() const;
    // "550217": the YYMMDD form printed on cards and used in 照合番号B (mynumber.md §4.3).
    QString toYYMMDD() const;
    // The era digit and YYMMDD of fromEraDigits().
    QByteArray toEraDigits() const;
    static QString eraName(Era era);

private:
    WarekiDate(Era era, int year, QDate date) : m_era(era), m_year(year), m_date(date) {}

    Era m_era;
    int m_year;
    QDate m_date;
};

} // namespace madoguchi
