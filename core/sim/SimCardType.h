#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi {

// The kinds of virtual card madoguchi-cardsim can serve.
enum class SimCardType
{
    MyNumber,
    Licence,
    Residence,
    Passport,
};

std::optional<SimCardType> simCardTypeFromName(const QString& name);
QString simCardTypeName(SimCardType type);
QStringList simCardTypeNames();

} // namespace madoguchi
