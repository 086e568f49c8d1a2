#pragma once

#include "core/forms/FormLibrary.h"
#include "core/forms/PurposeCatalog.h"

#include <QLabel>
#include <QList>
#include <QPushButton>
#include <QWidget>

namespace madoguchi {

// Step 1: why the customer came. One big button a purpose, saying what it prints and whether the
// individual number will be read.
class PurposePage : public QWidget
{
    Q_OBJECT

public:
    PurposePage(const PurposeCatalog& purposes, const FormLibrary& forms, QWidget* parent = nullptr);
    void setNotice(const QString& notice);
    void retranslate(const QString& language);

Q_SIGNALS:
    void purposeChosen(const QString& id);

private:
    const PurposeCatalog& m_purposes;
    const FormLibrary& m_forms;
    QLabel* m_title;
    QLabel* m_notice;
    QList<QPushButton*> m_buttons;
};

} // namespace madoguchi
