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
    // Not documents madoguchi reads (OtherDeviceSim): a phone's JPKI, a phone's mobile document, a
    // My Number platform card of a kind not supported yet.
    Iphone,
    Android,
    Mdoc,
    NextGeneration,
};

std::optional<SimCardType> simCardTypeFromName(const QString& name);
QString simCardTypeName(SimCardType type);
QStringList simCardTypeNames();

} // namespace madoguchi
