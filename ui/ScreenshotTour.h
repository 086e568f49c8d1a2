#pragma once

#include "ui/KioskWindow.h"

#include <QDir>
#include <QObject>
#include <QTimer>

#include <functional>

namespace madoguchi {

// Walks the demo kiosk through every step with a virtual card, in Japanese then English, and saves
// a picture of each step, then of the customer's screen in each of its languages:
// docs/screenshots, made by scripts/screenshots.sh under Xvfb.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(KioskWindow& window, const QDir& out, QObject* parent = nullptr);
    void start();

Q_SIGNALS:
    void done(bool ok);

private:
    struct Step
    {
        std::function<bool()> ready;   // wait until this holds
        std::function<void()> action;  // then do this
    };
    void next();
    void shoot(const QString& name);
    void shootCustomerScreens();
    void click(const char* objectName);
    void type(const QString& digits);

    KioskWindow& m_window;
    QDir m_out;
    QList<Step> m_steps;
    QTimer m_poll;
    int m_waited = 0;
};

} // namespace madoguchi
