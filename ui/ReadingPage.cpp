#include "ui/ReadingPage.h"

#include <QVBoxLayout>

namespace madoguchi {

ReadingPage::ReadingPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(m_title);
    // The stages MyNumberReader reports, in order.
    m_keys = {QStringLiteral("certificate"), QStringLiteral("authenticate"), QStringLiteral("text"), QStringLiteral("photo"),
              QStringLiteral("liveness")};
    for (const QString& key : std::as_const(m_keys)) {
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("stage-%1").arg(key));
        label->setStyleSheet(QStringLiteral("font-size:20pt;"));
        layout->addWidget(label);
        m_stages.append(label);
    }
    layout->addStretch();
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("readingCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &ReadingPage::cancelRequested);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    retranslate();
}

void ReadingPage::reset()
{
    m_reached = -1;
    retranslate();
}

void ReadingPage::stageReached(const QString& stage)
{
    m_reached = std::max(m_reached, int(m_keys.indexOf(stage)));
    retranslate();
}

void ReadingPage::retranslate()
{
    //: Title while the card is being read.
    m_title->setText(tr("Reading the card… keep it on the reader"));
    //: Reading progress, one stage per line.
    const QStringList names{tr("Checking the card's certificates"), tr("Checking the PIN or 照合番号B"), tr("Reading name, address, birth date"),
                            //: Reading progress.
                            tr("Reading the photo"), tr("Checking that the chip is genuine")};
    for (int i = 0; i < m_stages.size(); ++i)
        m_stages[i]->setText((i < m_reached ? QStringLiteral("✔ ") : i == m_reached ? QStringLiteral("▶ ") : QStringLiteral("　 ")) + names[i]);
    //: Stops reading and ends the visit.
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(m_cancel->text());
}

} // namespace madoguchi
