#include "tests/support/KioskDriver.h"

#include "core/base/ResourceLocator.h"
#include "core/sim/Persona.h"
#include "core/sim/SimCardFactory.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QThread>

namespace madoguchi {
namespace {

const QString kReader = QStringLiteral("driven reader 0");

} // namespace

KioskDriver::KioskDriver(const KioskConfig& config)
    : m_purposes(PurposeCatalog::load(ResourceLocator::path(QStringLiteral("purposes.json"))).value()),
      m_forms(FormLibrary::load(ResourceLocator::path(QStringLiteral("forms"))).value()),
      m_trust(TrustStore::load(ResourceLocator::path(QStringLiteral("trust")), ResourceLocator::path(QStringLiteral("trust-test")))),
      m_backend(std::make_unique<SimBackend>())
{
    m_window = std::make_unique<KioskWindow>(config, *m_backend, m_purposes, m_forms, m_trust);
    m_window->resize(1280, 1024);
    m_window->show();
}

KioskDriver::~KioskDriver()
{
    m_window.reset();
    m_backend.reset();
}

bool KioskDriver::waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(1);
    }
    return true;
}

void KioskDriver::click(const char* name)
{
    if (auto* button = m_window->findChild<QPushButton*>(QLatin1String(name))) {
        QTest::mouseClick(button, Qt::LeftButton);
        ++m_touches;
    }
}

void KioskDriver::keypad(const QString& digits)
{
    for (QChar digit : digits)
        click(qPrintable(QStringLiteral("key") + digit));
}

void KioskDriver::type(const char* field, const QString& text)
{
    if (auto* edit = m_window->findChild<QLineEdit*>(QLatin1String(field))) {
        QTest::keyClicks(edit, text);
        m_touches += int(text.size());
    }
}

bool KioskDriver::toCredential(const char* purpose, const QString& type, const QString& persona, const QString& fault)
{
    click(qPrintable(QStringLiteral("purpose-") + QLatin1String(purpose)));
    SimCardOptions options;
    options.fault = *SimCardOptions::faultFromName(fault);
    m_backend->insertCard(kReader, SimCardFactory::create(*simCardTypeFromName(type), Persona::load(persona).value(), options));
    return waitForPage(KioskWindow::Page::Credential);
}

void KioskDriver::removeCard()
{
    m_backend->removeCard(kReader);
}

} // namespace madoguchi
