#pragma once

#include "core/forms/FormPage.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QWidget>

namespace madoguchi {

// The purpose's forms and the evidence sheet as they will print; print, or go back.
class PrintPage : public QWidget
{
    Q_OBJECT

public:
    explicit PrintPage(QWidget* parent = nullptr);
    void showPages(const QList<FormPage>& pages);
    void setResult(const QString& result, bool problem);
    void clear();
    void retranslate();

Q_SIGNALS:
    void printRequested();
    void backRequested();
    void finishRequested();

private:
    QLabel* m_title;
    QListWidget* m_previews;
    QLabel* m_result;
    QPushButton* m_back;
    QPushButton* m_print;
    QPushButton* m_finish;
};

} // namespace madoguchi
