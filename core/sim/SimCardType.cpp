#include "core/sim/SimCardType.h"

namespace madoguchi {

std::optional<SimCardType> simCardTypeFromName(const QString& name)
{
    for (SimCardType type : {SimCardType::MyNumber, SimCardType::Licence, SimCardType::Residence, SimCardType::Passport})
        if (simCardTypeName(type) == name)
            return type;
    return std::nullopt;
}

QString simCardTypeName(SimCardType type)
{
    switch (type) {
    case SimCardType::MyNumber: return QStringLiteral("mynumber");
    case SimCardType::Licence: return QStringLiteral("licence");
    case SimCardType::Residence: return QStringLiteral("residence");
    case SimCardType::Passport: return QStringLiteral("passport");
    }
    return {};
}

QStringList simCardTypeNames()
{
    return {QStringLiteral("mynumber"), QStringLiteral("licence"), QStringLiteral("residence"), QStringLiteral("passport")};
}

} // namespace madoguchi
