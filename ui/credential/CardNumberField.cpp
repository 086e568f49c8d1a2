#include "ui/credential/CardNumberField.h"

#include "core/cards/residence/ResidenceCardNumber.h"

#include <QRegularExpressionValidator>

namespace madoguchi {

CardNumberField::CardNumberField(const QString& objectName, QWidget* parent) : QLineEdit(parent)
{
    setObjectName(objectName);
    setMaxLength(12);
    setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,2}|[A-Za-z]{2}[0-9]{1,8}|[A-Za-z]{2}[0-9]{8}[A-Za-z]{0,2}")), this));
    setStyleSheet(QStringLiteral("font-size:28pt; font-family:monospace; letter-spacing:4px;"));
    connect(this, &QLineEdit::textEdited, this, [this](const QString& typed) {
        if (typed != typed.toUpper())
            setText(typed.toUpper());
    });
}

bool CardNumberField::isComplete() const
{
    return ResidenceCardNumber::normalize(text()).ok();
}

std::optional<SecureBytes> CardNumberField::take() const
{
    auto number = ResidenceCardNumber::normalize(text());
    if (!number)
        return std::nullopt;
    return SecureBytes::takeFrom(*number);
}

} // namespace madoguchi
