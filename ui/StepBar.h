#pragma once

#include <QLabel>
#include <QList>
#include <QWidget>

namespace madoguchi {

// The visible steps 1–4: 目的 → カード → 確認 → 印刷, the current one highlighted.
class StepBar : public QWidget
{
    Q_OBJECT

public:
    explicit StepBar(QWidget* parent = nullptr);
    void setCurrent(int step);  // 0..3
    void retranslate();

private:
    QList<QLabel*> m_labels;
    int m_current = 0;
};

} // namespace madoguchi
