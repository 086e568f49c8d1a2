#include "core/cards/residence/ResidenceCardNumber.h"

#include <QRegularExpression>

namespace madoguchi {

Result<QByteArray, QString> ResidenceCardNumber::normalize(const QString& typed)
{
    const QString number = typed.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}[0-9]{8}[A-Z]{2}$"));
    if (!pattern.match(number).hasMatch())
        return tr("a residence card number is 2 letters, 8 digits and 2 letters, e.g. AB12345678CD");
    return number.toLatin1();
}

} // namespace madoguchi
