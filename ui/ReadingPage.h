#pragma once

#include <QLabel>
#include <QList>
#include <QPushButton>
#include <QWidget>

namespace madoguchi {

// Reading: each stage of the read ticked off as the card answers, and a way out.
class ReadingPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReadingPage(QWidget* parent = nullptr);
    void reset();
    void stageReached(const QString& stage);
    void retranslate();

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel* m_title;
    QList<QLabel*> m_stages;
    QStringList m_keys;
    int m_reached = -1;
    QPushButton* m_cancel;
};

} // namespace madoguchi
