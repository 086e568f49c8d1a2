#pragma once

#include <QString>

#include <optional>

namespace madoguchi {

// Country and region names for the three-letter codes cards store (residence-card.md §B4 C8:
// nationality/region; ICAO 9303 nationality codes): English and Japanese from Debian's iso-codes
// (ISO 3166-1 list and its Japanese translation), plus the ICAO codes for stateless persons and
// refugees, which ISO 3166-1 lacks. Loaded once, read-only.
class CountryNames
{
public:
    struct Names
    {
        QString english;
        QString japanese;  // the English name when iso-codes has no translation
    };

    static std::optional<Names> byAlpha3(const QString& code);
};

} // namespace madoguchi
