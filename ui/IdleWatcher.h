#pragma once

#include <QObject>
#include <QTimer>

namespace madoguchi {

// Watches every key, mouse and touch event of the application: after `warning` seconds without
// one it says warningStarted (any input then cancels it), after `timeout` it says timedOut.
class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    IdleWatcher(int timeoutSeconds, int warningSeconds, QObject* parent = nullptr);

    void setArmed(bool armed);  // only while a customer's data is on screen
    bool isWarning() const { return m_warning; }

Q_SIGNALS:
    void warningStarted(int secondsLeft);
    void warningCancelled();
    void timedOut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();

    QTimer m_warnTimer;
    QTimer m_endTimer;
    int m_warningSeconds;
    bool m_armed = false;
    bool m_warning = false;
};

} // namespace madoguchi
