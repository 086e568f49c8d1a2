#include "core/ocr/MyNumberFrontReader.h"

#include "core/ocr/CardLocator.h"
#include "core/text/WarekiDate.h"

#include <QRegularExpression>

#include <array>

#include <opencv2/core.hpp>

namespace madoguchi {
namespace {

// Where the card prints each field, in mm from its top-left corner, with about 2 mm to spare on
// every side (MyNumberCardFront: the layout is [U], as read from the public sample image).
const QRectF kBirthLine(6, 23.5, 56, 8);
const QRectF kExpiryLine(3, 31.5, 44, 8);
const QRectF kUnderPhoto(58, 31, 27.6, 12);
// The regions are read enlarged 1.5 times, and when that gives no value of the field's shape, at
// their own size: Tesseract drops a lone narrow digit (' 7日', '5511') at one size or the other.
// bench_ocr, 240 frames, one size only: at 1× 70 % read, at 1.5× 79 %, at 2× 80 % and slower.
constexpr std::array<double, 2> kScales{1.5, 1.0};

// Everything the three regions may print: digits, the era names, 元 (元年), the date's kanji,
// まで有効, and 性別 with its value, which share the birth date's line.
const QString kCharacters = QStringLiteral("0123456789明治大正昭和平成令元年月日生まで有効性別男女");

QString withoutSpaces(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

std::optional<WarekiDate::Era> eraNamed(const QString& name)
{
    for (auto era : {WarekiDate::Era::Meiji, WarekiDate::Era::Taisho, WarekiDate::Era::Showa, WarekiDate::Era::Heisei, WarekiDate::Era::Reiwa})
        if (WarekiDate::eraName(era) == name)
            return era;
    return std::nullopt;
}

} // namespace

std::unique_ptr<MyNumberFrontReader> MyNumberFrontReader::create(QString* why)
{
    auto text = TextRecogniser::create("jpn", kCharacters);
    if (!text) {
        if (why)
            *why = tr("Tesseract's Japanese data is not installed (Debian: tesseract-ocr-jpn)");
        return nullptr;
    }
    return std::unique_ptr<MyNumberFrontReader>(new MyNumberFrontReader(std::move(text)));
}

Result<SecureBytes, QString> MyNumberFrontReader::readCard(const cv::Mat& card)
{
    // The birth date: 昭和55年 2月17日生 (和暦, 元年 for the first year) or 1996年 9月 3日生.
    static const QRegularExpression birthShape(QStringLiteral("(明治|大正|昭和|平成|令和)?(元|[0-9]{1,4})年([0-9]{1,2})月([0-9]{1,2})日生"));
    const auto birth = lineMatching(card, kBirthLine, birthShape);
    if (!birth.hasMatch())
        return tr("the birth date could not be read");
    PrintedCollation printed;
    const QString year = birth.captured(2);
    const int month = birth.captured(3).toInt();
    const int day = birth.captured(4).toInt();
    if (!birth.captured(1).isEmpty()) {
        // 和暦: the era's year, two digits at most; the date must lie within the era.
        const int eraYear = year == QStringLiteral("元") ? 1 : year.toInt();
        const auto wareki = eraYear < 100 ? WarekiDate::fromEra(*eraNamed(birth.captured(1)), eraYear, month, day) : std::nullopt;
        if (!wareki)
            return tr("the birth date read is not a date of its era");
        printed.birthDate = wareki->date();
        printed.birthYear = CollationNumberB::BirthYear::JapaneseEra;
    } else {
        printed.birthDate = year.size() == 4 ? QDate(year.toInt(), month, day) : QDate();
        printed.birthYear = CollationNumberB::BirthYear::Gregorian;
    }
    if (!printed.birthDate.isValid() || printed.birthDate > QDate::currentDate())
        return tr("the birth date read is not a date");

    static const QRegularExpression expiryShape(QStringLiteral("([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日まで有効"));
    const auto expiry = lineMatching(card, kExpiryLine, expiryShape);
    if (!expiry.hasMatch())
        return tr("the expiry date could not be read");
    const QDate expiryDate(expiry.captured(1).toInt(), expiry.captured(2).toInt(), expiry.captured(3).toInt());
    // A card runs ten years at most, to a birthday (mynumber.md §4.3: cards since 2016).
    if (!expiryDate.isValid() || expiryDate.year() < 2016 || expiryDate <= printed.birthDate || expiryDate.year() > QDate::currentDate().year() + 11)
        return tr("the expiry date read is not plausible");
    printed.expiryYear = expiryDate.year();

    // Under the photo: the 16-digit serial and the 4-digit security code, one per line.
    static const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
    for (const double scale : kScales) {
        QStringList codes;
        for (const QString& line : m_text->readLines(CardLocator::region(card, kUnderPhoto, scale)))
            if (const QString digits = withoutSpaces(line); fourDigits.match(digits).hasMatch())
                codes.append(digits);
        if (codes.size() == 1) {
            printed.securityCode = codes.front();
            return printed.toBytes();
        }
    }
    return tr("the security code could not be read");
}

QRegularExpressionMatch MyNumberFrontReader::lineMatching(const cv::Mat& card, const QRectF& mm, const QRegularExpression& shape)
{
    QRegularExpressionMatch match;
    for (const double scale : kScales) {
        match = shape.match(withoutSpaces(m_text->read(CardLocator::region(card, mm, scale), TextRecogniser::Layout::Line)));
        if (match.hasMatch())
            break;
    }
    return match;
}

} // namespace madoguchi
