#pragma once

#include "core/reader/SimBackend.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QWidget>

namespace madoguchi {

// Demo mode only: places virtual cards of any persona, type and fault on the simulated reader, and
// takes them off again.
class DemoPanel : public QWidget
{
    Q_OBJECT

public:
    static const QString kReader;

    DemoPanel(SimBackend& backend, QWidget* parent = nullptr);
    void retranslate();
    // For tests and the screenshot tour: place a card as the buttons would.
    void place(const QString& type, const QString& persona, const QString& fault = QStringLiteral("none"));
    void remove();

private:
    SimBackend& m_backend;
    QLabel* m_title;
    QComboBox* m_persona;
    QComboBox* m_type;
    QComboBox* m_fault;
    QPushButton* m_place;
    QPushButton* m_remove;
};

} // namespace madoguchi
