#pragma once

#include "core/ocr/CardFrontReader.h"

#include <QCoreApplication>

#include <memory>

namespace madoguchi {

// The 12-character card number off a photo of a residence card's or special permanent resident
// certificate's front, as ASCII: the card straightened (CardFrontReader), TextRecogniser reads the region at its top
// right ("番号 AB12345678CD", ResidenceCardFront's layout [U]). The number is 2 letters, 8 digits and
// 2 letters (residence-card.md §B2); a letter read where a digit belongs is taken for the digit it
// looks like (O→0, I→1 …) and the other way round, and anything still not of that shape gives
// nothing. No check digit: callers ask frames to agree and staff confirm.
class ResidenceNumberReader : public CardFrontReader
{
    Q_DECLARE_TR_FUNCTIONS(ResidenceNumberReader)

public:
    static std::unique_ptr<ResidenceNumberReader> create(QString* why = nullptr);

private:
    explicit ResidenceNumberReader(std::unique_ptr<TextRecogniser> text) : CardFrontReader(std::move(text)) {}
    Result<SecureBytes, QString> readCard(const cv::Mat& card) override;
};

} // namespace madoguchi
