#pragma once

#include <QLineEdit>

namespace madoguchi {

// A field for a fixed number of digits (PINs, dates, codes), with the numeric input hint.
class DigitsField : public QLineEdit
{
    Q_OBJECT

public:
    DigitsField(const QString& name, int length, QWidget* parent);
    // A PIN: typed masked.
    static DigitsField* secret(const QString& name, QWidget* parent);
    bool isFull() const { return text().size() == maxLength(); }
};

} // namespace madoguchi
