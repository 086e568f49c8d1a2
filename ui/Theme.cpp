#include "ui/Theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QIcon>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

namespace madoguchi {

void Theme::apply(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xF7, 0xF7, 0xF2));
    p.setColor(QPalette::WindowText, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Button, QColor(0xE4, 0xE9, 0xF2));
    p.setColor(QPalette::ButtonText, QColor(0x0A, 0x1F, 0x44));
    p.setColor(QPalette::Highlight, QColor(0x0B, 0x4F, 0xA8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    app.setPalette(p);
    QFont font(QStringLiteral("IPAexGothic"));
    font.setFamilies({QStringLiteral("IPAexGothic"), QStringLiteral("Noto Sans CJK JP")});
    font.setPointSize(16);
    app.setFont(font);
    app.setStyleSheet(QStringLiteral(
        "QPushButton { min-height: %1px; padding: 6px 18px; border: 2px solid #0A1F44; border-radius: 8px; }"
        "QPushButton:focus { border: 3px solid #0B4FA8; }"
        "QPushButton#primary { background: #0B4FA8; color: white; }"
        "QPushButton:disabled { border-color: #A0A0A0; }"
        "QLineEdit, QComboBox, QSpinBox { min-height: %1px; font-size: 20pt; }"
        "QLabel#pageTitle { font-size: 26pt; font-weight: bold; }"
        "QLabel#notice { font-size: 18pt; }")
                          .arg(kTouchTarget));
}

void Theme::setIcon(QAbstractButton* button, const QString& name)
{
    button->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    button->setIconSize(QSize(32, 32));
}

} // namespace madoguchi
