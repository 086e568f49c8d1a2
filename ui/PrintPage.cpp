#include "ui/PrintPage.h"

#include "core/forms/FormRenderer.h"
#include "ui/Theme.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace madoguchi {

PrintPage::PrintPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_previews = new QListWidget(this);
    m_previews->setObjectName(QStringLiteral("printPreviews"));
    m_previews->setViewMode(QListView::IconMode);
    m_previews->setIconSize(QSize(300, 424));
    m_previews->setFlow(QListView::LeftToRight);
    m_previews->setMovement(QListView::Static);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("printResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_previews, 1);
    layout->addWidget(m_result);
    auto* buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("printBack"));
    Theme::setIcon(m_back, QStringLiteral("back"));
    m_finish = new QPushButton(this);
    m_finish->setObjectName(QStringLiteral("printFinish"));
    Theme::setIcon(m_finish, QStringLiteral("finish"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printButton"));
    Theme::setIcon(m_print, QStringLiteral("printer"));
    m_print->setStyleSheet(QStringLiteral("background:#0B4FA8; color:white;"));
    connect(m_back, &QPushButton::clicked, this, &PrintPage::backRequested);
    connect(m_print, &QPushButton::clicked, this, &PrintPage::printRequested);
    connect(m_finish, &QPushButton::clicked, this, &PrintPage::finishRequested);
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_print);
    buttons->addWidget(m_finish);
    layout->addLayout(buttons);
    retranslate();
}

void PrintPage::showPages(const QList<FormPage>& pages)
{
    m_previews->clear();
    m_result->clear();
    for (const FormPage& page : pages) {
        const QImage image = FormRenderer::renderImage(page, 48);
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(image)), page.form.title(QStringLiteral("ja")), m_previews);
        item->setSizeHint(QSize(320, 470));
    }
}

void PrintPage::setResult(const QString& result, bool problem)
{
    m_result->setText(result);
    m_result->setStyleSheet(problem ? QStringLiteral("color:#A00000; font-size:18pt;") : QStringLiteral("color:#0E6B2E; font-size:18pt;"));
}

void PrintPage::clear()
{
    m_previews->clear();
    m_result->clear();
}

void PrintPage::retranslate()
{
    //: Title of the print preview step.
    m_title->setText(tr("Forms and the record of the check"));
    //: Button: back from the print preview to the review.
    m_back->setText(tr("Back"));
    m_back->setAccessibleName(m_back->text());
    //: Prints every page shown, as one job.
    m_print->setText(tr("Print"));
    m_print->setAccessibleName(m_print->text());
    //: Ends the visit; everything about the customer is erased.
    m_finish->setText(tr("Finish"));
    m_finish->setAccessibleName(m_finish->text());
}

} // namespace madoguchi
