#include "core/sim/SimCardType.h"

namespace madoguchi {

std::optional<SimCardType> simCardTypeFromName(const QString& name)
{
    for (int type = 0; type <= int(SimCardType::NextGeneration); ++type)
        if (simCardTypeName(SimCardType(type)) == name)
            return SimCardType(type);
    return std::nullopt;
}

QString simCardTypeName(SimCardType type)
{
    switch (type) {
    case SimCardType::MyNumber: return QStringLiteral("mynumber");
    case SimCardType::Licence: return QStringLiteral("licence");
    case SimCardType::Residence: return QStringLiteral("residence");
    case SimCardType::Passport: return QStringLiteral("passport");
    case SimCardType::Iphone: return QStringLiteral("iphone");
    case SimCardType::Android: return QStringLiteral("android");
    case SimCardType::Mdoc: return QStringLiteral("mdoc");
    case SimCardType::NextGeneration: return QStringLiteral("next-gen");
    }
    return {};
}

QStringList simCardTypeNames()
{
    QStringList names;
    for (int type = 0; type <= int(SimCardType::NextGeneration); ++type)
        names.append(simCardTypeName(SimCardType(type)));
    return names;
}

} // namespace madoguchi
