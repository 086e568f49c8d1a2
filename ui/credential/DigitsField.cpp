#include "ui/credential/DigitsField.h"

#include <QRegularExpressionValidator>

namespace madoguchi {

DigitsField::DigitsField(const QString& name, int length, QWidget* parent) : QLineEdit(parent)
{
    setObjectName(name);
    setMaxLength(length);
    // Digits only; how many is maxLength(), which a form may change (the birth year: YY or YYYY).
    setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), this));
    setInputMethodHints(Qt::ImhDigitsOnly);
}

DigitsField* DigitsField::secret(const QString& name, QWidget* parent)
{
    auto* field = new DigitsField(name, 4, parent);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

} // namespace madoguchi
