#include "ui/PurposePage.h"

#include <QGridLayout>
#include <QVBoxLayout>

namespace madoguchi {

PurposePage::PurposePage(const PurposeCatalog& purposes, const FormLibrary& forms, QWidget* parent)
    : QWidget(parent), m_purposes(purposes), m_forms(forms)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_title);
    layout->addWidget(m_notice);
    auto* grid = new QGridLayout;
    int i = 0;
    for (const Purpose& purpose : purposes.purposes()) {
        auto* button = new QPushButton(this);
        button->setObjectName(QStringLiteral("purpose-%1").arg(purpose.id));
        button->setMinimumHeight(110);
        button->setStyleSheet(QStringLiteral("text-align:left; padding:12px;"));
        connect(button, &QPushButton::clicked, this, [this, id = purpose.id] { Q_EMIT purposeChosen(id); });
        grid->addWidget(button, i / 2, i % 2);
        m_buttons.append(button);
        ++i;
    }
    layout->addLayout(grid);
    layout->addStretch();
}

void PurposePage::setNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void PurposePage::retranslate(const QString& language)
{
    //: Step 1 title.
    m_title->setText(tr("What is the visit for?"));
    for (int i = 0; i < m_buttons.size(); ++i) {
        const Purpose& purpose = m_purposes.purposes()[i];
        QStringList titles;
        for (const QString& id : purpose.forms)
            if (const FormTemplate* form = m_forms.find(id))
                titles.append(form->title(language));
        const QString number = purpose.usesMyNumber
                                   //: Shown on a purpose that reads the individual number (PIN route).
                                   ? tr("Reads the My Number (PIN)")
                                   //: Shown on purposes that never read the individual number.
                                   : tr("My Number is not read");
        // One line each — the purpose, every form it prints, what is read — so that two columns of
        // purposes fit a 1280-pixel-wide screen in either language.
        m_buttons[i]->setText(QStringList{purpose.label(language), titles.join(QLatin1Char('\n')), number}.join(QLatin1Char('\n')));
        m_buttons[i]->setAccessibleName(purpose.label(language));
    }
}

} // namespace madoguchi
