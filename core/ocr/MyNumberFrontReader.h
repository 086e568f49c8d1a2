#pragma once

#include "core/cards/mynumber/PrintedCollation.h"
#include "core/ocr/CardFrontReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <memory>

namespace madoguchi {

// The values of 照合番号B off a photo of a My Number card's front, as PrintedCollation's bytes: the
// card straightened (CardFrontReader), TextRecogniser reads three regions around where the card
// prints them (MyNumberCardFront's layout [U]: the regions are wider than the fields) — the birth
// date line (era or Gregorian), the expiry
// line ("…まで有効") and the digits under the photo (the 16-digit serial and the 4-digit security
// code). There is no check digit: a value is given only when every field has the shape the card
// prints, the birth date is a date of its era, the expiry year lies after it, and exactly one
// 4-digit number stands under the photo. Callers still ask frames to agree (ReadingAgreement), and
// staff confirm before anything reaches the card (a wrong 照合番号B spends a try).
class MyNumberFrontReader : public CardFrontReader
{
    Q_DECLARE_TR_FUNCTIONS(MyNumberFrontReader)

public:
    // Null when Tesseract's Japanese data is missing (Debian: tesseract-ocr-jpn); `why` says so.
    static std::unique_ptr<MyNumberFrontReader> create(QString* why = nullptr);

private:
    explicit MyNumberFrontReader(std::unique_ptr<TextRecogniser> text) : CardFrontReader(std::move(text)) {}
    Result<SecureBytes, QString> readCard(const cv::Mat& card) override;
    // The line in the card's region `mm` read, and matched against `shape` (spaces removed).
    QRegularExpressionMatch lineMatching(const cv::Mat& card, const QRectF& mm, const QRegularExpression& shape);
};

} // namespace madoguchi
