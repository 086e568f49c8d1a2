#include "core/sim/PassportDataPage.h"

#include "core/sim/PassportMrz.h"
#include "core/sim/PersonaImages.h"

#include <QFontMetricsF>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace madoguchi {
namespace {

constexpr QSizeF kPageMm(125, 88);         // ICAO 9303-4 §4.1 (TD3)
constexpr qreal kMrzPitchMm = 25.4 / 10;   // 9303-3 §4.3: 10 characters per inch
constexpr qreal kMrzLeftMm = 6.0;
constexpr qreal kMrzLine2BaselineMm = 88 - 5.8;
constexpr qreal kMrzLineSpacingMm = 4.2;
constexpr qreal kMrzCapHeightMm = 2.4;

QString printedDate(const QDate& date)
{
    static const char* kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    return date.isValid() ? QStringLiteral("%1 %2 %3").arg(date.day(), 2, 10, QLatin1Char('0')).arg(QLatin1String(kMonths[date.month() - 1])).arg(date.year())
                          : QString();
}

} // namespace

PassportDataPage PassportDataPage::fromPersona(const Persona& persona)
{
    const QJsonObject doc = persona.document(QStringLiteral("passport"));
    PassportDataPage page;
    page.mrz = PassportMrz::td3(persona);
    const QString latin = persona.nameLatin().toUpper();
    const qsizetype space = latin.indexOf(QLatin1Char(' '));
    page.surname = space < 0 ? latin : latin.left(space);
    page.givenNames = space < 0 ? QString() : latin.mid(space + 1);
    page.documentNumber = doc.value(QLatin1String("documentNumber")).toString();
    page.nationality = persona.nationality();
    page.birthDate = printedDate(persona.birthDate());
    page.sex = persona.sex() == Persona::Sex::Male ? QStringLiteral("M") : persona.sex() == Persona::Sex::Female ? QStringLiteral("F") : QStringLiteral("X");
    page.issueDate = printedDate(QDate::fromString(doc.value(QLatin1String("issueDate")).toString(), Qt::ISODate));
    page.expiryDate = printedDate(QDate::fromString(doc.value(QLatin1String("expiryDate")).toString(), Qt::ISODate));
    page.authority = doc.value(QLatin1String("authority")).toString(QStringLiteral("MINISTRY OF FOREIGN AFFAIRS"));
    page.face = PersonaImages::face(persona, QSize(350, 450));
    return page;
}

QImage PassportDataPage::render(qreal pixelsPerMm) const
{
    QImage image(qRound(kPageMm.width() * pixelsPerMm), qRound(kPageMm.height() * pixelsPerMm), QImage::Format_RGB32);
    image.fill(QColor(0xF4, 0xEE, 0xE4));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(pixelsPerMm, pixelsPerMm);  // millimetres from here on
    // Background: fine wavy lines, as security printing has, in a pale tint.
    painter.setPen(QPen(QColor(0xD8, 0xC8, 0xD8), 0.12));
    for (qreal y = 2; y < kPageMm.height(); y += 1.6) {
        QPainterPath wave;
        wave.moveTo(0, y);
        for (qreal x = 0; x <= kPageMm.width(); x += 1)
            wave.lineTo(x, y + 0.6 * std::sin(x / 4 + y));
        painter.drawPath(wave);
    }
    // The visual inspection zone.
    QFont label(QStringLiteral("Noto Sans"));
    label.setPixelSize(2);
    QFont value(QStringLiteral("Noto Sans"));
    value.setPixelSize(3);
    value.setBold(true);
    painter.setPen(QColor(0x20, 0x20, 0x40));
    painter.setFont(value);
    painter.drawText(QPointF(6, 8), QStringLiteral("PASSPORT"));
    painter.drawImage(QRectF(6, 14, 32, 41), face);
    const auto field = [&](qreal x, qreal y, const QString& name, const QString& text) {
        painter.setFont(label);
        painter.drawText(QPointF(x, y), name);
        painter.setFont(value);
        painter.drawText(QPointF(x, y + 3.6), text);
    };
    field(44, 12, QStringLiteral("Type / Issuing country"), QStringLiteral("P   ") + QString::fromLatin1(mrz.mid(2, 3)).remove(QLatin1Char('<')));
    field(92, 12, QStringLiteral("Passport No."), documentNumber);
    field(44, 20, QStringLiteral("Surname"), surname);
    field(44, 28, QStringLiteral("Given name"), givenNames);
    field(44, 36, QStringLiteral("Nationality"), nationality);
    field(92, 36, QStringLiteral("Sex"), sex);
    field(44, 44, QStringLiteral("Date of birth"), birthDate);
    field(44, 52, QStringLiteral("Date of issue"), issueDate);
    field(92, 52, QStringLiteral("Date of expiry"), expiryDate);
    field(44, 60, QStringLiteral("Authority"), authority);
    // The MRZ: OCR-B, one character per pitch.
    painter.resetTransform();
    QFont ocrb(QStringLiteral("OCR B"));
    ocrb.setStyleStrategy(QFont::PreferAntialias);
    ocrb.setPixelSize(qRound(kMrzCapHeightMm / 0.7 * pixelsPerMm));  // OCR-B's capitals are about 0.7 em
    painter.setFont(ocrb);
    painter.setPen(Qt::black);
    const qreal pitch = kMrzPitchMm * pixelsPerMm;
    for (int line = 0; line < 2; ++line) {
        const qreal baseline = (kMrzLine2BaselineMm - (1 - line) * kMrzLineSpacingMm) * pixelsPerMm;
        for (int i = 0; i < 44; ++i)
            painter.drawText(QPointF((kMrzLeftMm * pixelsPerMm) + i * pitch, baseline), QString(QLatin1Char(mrz.at(line * 44 + i))));
    }
    return image;
}

} // namespace madoguchi
