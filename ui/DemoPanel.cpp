#include "ui/DemoPanel.h"

#include "core/base/ResourceLocator.h"
#include "core/sim/SimCardFactory.h"
#include "ui/Theme.h"

#include <QAbstractItemView>
#include <QDir>
#include <QHBoxLayout>

namespace madoguchi {

const QString DemoPanel::kReader = QStringLiteral("madoguchi demo reader");

DemoPanel::DemoPanel(SimBackend& backend, QWidget* parent) : QWidget(parent), m_backend(backend)
{
    setObjectName(QStringLiteral("demoPanel"));
    setStyleSheet(QStringLiteral("#demoPanel { background:#FFE8B0; }"));
    auto* layout = new QHBoxLayout(this);
    m_title = new QLabel(this);
    m_persona = new QComboBox(this);
    m_persona->setObjectName(QStringLiteral("demoPersona"));
    for (const QString& file : QDir(ResourceLocator::path(QStringLiteral("personas"))).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        m_persona->addItem(file.chopped(5));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("demoType"));
    m_type->addItems(simCardTypeNames());
    m_fault = new QComboBox(this);
    m_fault->setObjectName(QStringLiteral("demoFault"));
    m_fault->addItems(SimCardOptions::faultNames());
    m_place = new QPushButton(this);
    m_place->setObjectName(QStringLiteral("demoPlace"));
    Theme::setIcon(m_place, QStringLiteral("card"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("demoRemove"));
    connect(m_place, &QPushButton::clicked, this, [this] { place(m_type->currentText(), m_persona->currentText(), m_fault->currentText()); });
    connect(m_remove, &QPushButton::clicked, this, &DemoPanel::remove);
    // The lists grow with every persona and fault: the boxes keep a fixed width and open wider.
    for (QComboBox* box : {m_persona, m_type, m_fault}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_fault ? 10 : 8);
        box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) + 24);
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_title, m_persona, m_type, m_fault, m_place, m_remove})
        layout->addWidget(w);
    m_backend.addReader(kReader);
    retranslate();
}

void DemoPanel::place(const QString& type, const QString& persona, const QString& fault)
{
    const auto cardType = simCardTypeFromName(type);
    auto loaded = Persona::load(persona);
    const auto faultKind = SimCardOptions::faultFromName(fault);
    if (!cardType || !loaded || !faultKind)
        return;
    SimCardOptions options;
    options.fault = *faultKind;
    m_backend.removeCard(kReader);
    m_backend.insertCard(kReader, SimCardFactory::create(*cardType, *loaded, options));
}

void DemoPanel::remove()
{
    m_backend.removeCard(kReader);
}

void DemoPanel::retranslate()
{
    //: Demo mode panel: virtual cards only, never real people.
    m_title->setText(tr("DEMO card:"));
    //: Demo mode: box of fictional card holders.
    m_persona->setAccessibleName(tr("Demo persona"));
    //: Demo mode: box of card types.
    m_type->setAccessibleName(tr("Demo card type"));
    //: Demo mode: box of faults the virtual card can have.
    m_fault->setAccessibleName(tr("Demo card fault"));
    //: Demo mode: button that puts the virtual card on the reader.
    m_place->setText(tr("Place card"));
    m_place->setAccessibleName(m_place->text());
    //: Demo mode: button that takes the virtual card off.
    m_remove->setText(tr("Take card"));
    m_remove->setAccessibleName(m_remove->text());
}

} // namespace madoguchi
