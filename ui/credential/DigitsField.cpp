#include "ui/credential/DigitsField.h"

#include <QRegularExpressionValidator>

namespace madoguchi {

DigitsField::DigitsField(const QString& name, int length, QWidget* parent) : QLineEdit(parent)
{
    setObjectName(name);
    setMaxLength(length);
    setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(length)), this));
    setInputMethodHints(Qt::ImhDigitsOnly);
}

DigitsField* DigitsField::secret(const QString& name, QWidget* parent)
{
    auto* field = new DigitsField(name, 4, parent);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

} // namespace madoguchi
