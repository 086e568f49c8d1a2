#include "core/sim/SimQuirks.h"

namespace madoguchi {

QStringList SimQuirks::names()
{
    return {QStringLiteral("cap=N"), QStringLiteral("refuse-above=N"), QStringLiteral("eof-warning"), QStringLiteral("select-le-refused"),
            QStringLiteral("slow=MS"), QStringLiteral("slow-pace=MS"), QStringLiteral("no-extended-length")};
}

Result<SimQuirks, QString> SimQuirks::parse(const QString& list, bool* extendedLength)
{
    SimQuirks quirks;
    for (const QString& item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = item.section(QLatin1Char('='), 0, 0);
        bool number = false;
        const int value = item.section(QLatin1Char('='), 1).toInt(&number);
        const bool takesValue = name == QLatin1String("cap") || name == QLatin1String("refuse-above") || name == QLatin1String("slow")
                                || name == QLatin1String("slow-pace");
        if (takesValue != item.contains(QLatin1Char('=')) || (takesValue && (!number || value < 1 || value > 65536)))
            return QStringLiteral("quirk \"%1\": one of %2").arg(item, names().join(QLatin1String(", ")));
        if (name == QLatin1String("cap"))
            quirks.answerCap = value;
        else if (name == QLatin1String("refuse-above"))
            quirks.largestRead = value;
        else if (name == QLatin1String("slow"))
            quirks.delayMs = value;
        else if (name == QLatin1String("slow-pace"))
            quirks.paceDelayMs = value;
        else if (name == QLatin1String("eof-warning"))
            quirks.endOfFileWarning = true;
        else if (name == QLatin1String("select-le-refused"))
            quirks.selectLeRefused = true;
        else if (name == QLatin1String("no-extended-length") && extendedLength)
            *extendedLength = false;
        else
            return QStringLiteral("quirk \"%1\": one of %2").arg(item, names().join(QLatin1String(", ")));
    }
    return quirks;
}

} // namespace madoguchi
