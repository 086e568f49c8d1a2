#pragma once

#include "core/ocr/FrameReader.h"
#include "core/ocr/TextRecogniser.h"

#include <QCoreApplication>

#include <memory>

namespace madoguchi {

// What the readers of a card's printed front share: CardLocator finds and straightens the ID-1
// card in the frame, readCard() reads it upright and, when that gives nothing, upside down; the
// printed values carry no check digit, so three frames must agree. Subclasses read the fields.
class CardFrontReader : public FrameReader
{
    Q_DECLARE_TR_FUNCTIONS(CardFrontReader)

public:
    Result<SecureBytes, QString> readCredential(const QImage& frame) override;
    // bench_ocr: with two frames, a residence card number misread the same way twice (O and 0 in a
    // row) was offered; with three, none of 120.
    int framesToAgree() const override { return 3; }

protected:
    explicit CardFrontReader(std::unique_ptr<TextRecogniser> text) : m_text(std::move(text)) {}
    // The straightened card (CardLocator) → the value, or why not.
    virtual Result<SecureBytes, QString> readCard(const cv::Mat& card) = 0;

    std::unique_ptr<TextRecogniser> m_text;
};

} // namespace madoguchi
