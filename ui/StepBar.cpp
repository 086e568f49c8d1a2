#include "ui/StepBar.h"

#include <QHBoxLayout>

namespace madoguchi {

StepBar::StepBar(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto* label = new QLabel(this);
        label->setAlignment(Qt::AlignCenter);
        label->setMinimumHeight(48);
        label->setObjectName(QStringLiteral("step%1").arg(i + 1));
        layout->addWidget(label);
        m_labels.append(label);
    }
    retranslate();
}

void StepBar::setCurrent(int step)
{
    m_current = step;
    for (int i = 0; i < m_labels.size(); ++i) {
        const bool current = i == step;
        m_labels[i]->setStyleSheet(current ? QStringLiteral("background:#0B4FA8;color:white;font-weight:bold;border-radius:8px;")
                                           : QStringLiteral("background:#E4E9F2;color:#0A1F44;border-radius:8px;"));
    }
}

void StepBar::retranslate()
{
    //: The four steps of a visit, shown at the top of every screen.
    const QStringList names{tr("1 Purpose"), tr("2 Card"), tr("3 Credential"), tr("4 Check and print")};
    for (int i = 0; i < m_labels.size(); ++i) {
        m_labels[i]->setText(names[i]);
        m_labels[i]->setAccessibleName(names[i]);
    }
    setCurrent(m_current);
}

} // namespace madoguchi
