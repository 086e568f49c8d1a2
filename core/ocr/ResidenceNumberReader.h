#pragma once

#include "core/ocr/FrameReader.h"
#include "core/ocr/TextRecogniser.h"

#include <QCoreApplication>

#include <memory>

namespace madoguchi {

// The 12-character card number off a photo of a residence card's or special permanent resident
// certificate's front: CardLocator straightens the card, TextRecogniser reads the region at its top
// right ("番号 AB12345678CD", ResidenceCardFront's layout [U]). The number is 2 letters, 8 digits and
// 2 letters (residence-card.md §B2); a letter read where a digit belongs is taken for the digit it
// looks like (O→0, I→1 …) and the other way round, and anything still not of that shape gives
// nothing. No check digit: callers ask frames to agree and staff confirm.
class ResidenceNumberReader : public FrameReader
{
    Q_DECLARE_TR_FUNCTIONS(ResidenceNumberReader)

public:
    static std::unique_ptr<ResidenceNumberReader> create(QString* why = nullptr);

    // The card number as ASCII.
    Result<SecureBytes, QString> readCredential(const QImage& frame) override;
    // No check digit: three frames (bench_ocr: with two, a residence card number misread the same
    // way twice — O and 0 in a row — was offered; with three, none of 120).
    int framesToAgree() const override { return 3; }

private:
    explicit ResidenceNumberReader(std::unique_ptr<TextRecogniser> text);
    Result<SecureBytes, QString> readCard(const cv::Mat& card);

    std::unique_ptr<TextRecogniser> m_text;
};

} // namespace madoguchi
