#pragma once

#include "core/crypto/SecureBytes.h"

#include <QLineEdit>

#include <optional>

namespace madoguchi {

// The 12-character residence card number (在留カード番号: 2 letters, 8 digits, 2 letters;
// residence-card.md §B2) as staff type it: only what can still become a card number is accepted,
// letters upper-cased as they come. On residence cards and on the 在留 AP of 07/08 cards.
class CardNumberField : public QLineEdit
{
    Q_OBJECT

public:
    CardNumberField(const QString& objectName, QWidget* parent);

    bool isComplete() const;
    // The normalised number; nullopt while incomplete.
    std::optional<SecureBytes> take() const;
};

} // namespace madoguchi
