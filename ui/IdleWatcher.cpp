#include "ui/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace madoguchi {

IdleWatcher::IdleWatcher(int timeoutSeconds, int warningSeconds, QObject* parent)
    : QObject(parent), m_warningSeconds(std::min(warningSeconds, timeoutSeconds))
{
    m_warnTimer.setSingleShot(true);
    m_warnTimer.setInterval(std::chrono::seconds(timeoutSeconds - m_warningSeconds));
    m_endTimer.setSingleShot(true);
    m_endTimer.setInterval(std::chrono::seconds(m_warningSeconds));
    connect(&m_warnTimer, &QTimer::timeout, this, [this] {
        m_warning = true;
        m_endTimer.start();
        Q_EMIT warningStarted(m_warningSeconds);
    });
    connect(&m_endTimer, &QTimer::timeout, this, [this] {
        m_warning = false;
        Q_EMIT timedOut();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::setArmed(bool armed)
{
    m_armed = armed;
    if (armed) {
        restart();
    } else {
        m_warnTimer.stop();
        m_endTimer.stop();
        m_warning = false;
    }
}

void IdleWatcher::restart()
{
    m_endTimer.stop();
    if (m_warning) {
        m_warning = false;
        Q_EMIT warningCancelled();
    }
    m_warnTimer.start();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (m_armed)
            restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace madoguchi
