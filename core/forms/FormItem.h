#pragma once

#include <QLineF>
#include <QRectF>
#include <QString>

namespace madoguchi {

// One thing a form draws, in millimetres from the page's top-left corner.
struct FormItem
{
    enum class Type
    {
        Text,      // fixed text (labels, titles, notes)
        Box,       // a rectangle; with `text`, a labelled box left empty (signatures, seals)
        Line,      // a rule
        Field,     // bound text, wrapped and shrunk to fit its rectangle
        Boxes,     // bound characters one per box (郵便番号)
        Checkbox,  // checked when the bound value equals `value`
        Qr,        // the form's data (or the evidence digest) as a QR code
    };

    Type type = Type::Text;
    QRectF rect;
    QLineF line;
    QString text;
    QString binding;
    QString format;      // fields: "text", "wareki-date", "date", "sex"
    QString value;       // checkboxes
    double size = 10.5;  // font size in points
    double minSize = 6;  // smallest size a field may shrink to
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
    bool bold = false;
    int count = 0;       // boxes
    double lineWidth = 0.3;  // millimetres
};

} // namespace madoguchi
