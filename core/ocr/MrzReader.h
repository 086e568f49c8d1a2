#pragma once

#include "core/base/Result.h"
#include "core/cards/passport/MrzKey.h"
#include "core/ocr/FrameReader.h"
#include "core/ocr/OcrBGlyphs.h"

#include <QCoreApplication>
#include <QImage>

#include <memory>

namespace madoguchi {

// One photo or video frame of a passport's data page (TD3) or an ID card's back (TD1) → the MRZ's
// key, when every check digit agrees: MrzLocator finds the zone, MrzCells cuts it into characters
// (two lines of 44, else three of 30), OcrBGlyphs names each among the characters its position may
// hold, MrzCorrection and MrzKey check the result. A frame
// that gives nothing says why; callers ask several frames to agree (ReadingAgreement) before they
// offer the value.
class MrzReader : public FrameReader
{
    Q_DECLARE_TR_FUNCTIONS(MrzReader)

public:
    // Null when the OCR B font is missing (`why` says so). Needs a QGuiApplication (fonts).
    static std::unique_ptr<MrzReader> create(QString* why = nullptr);

    // Also a page upside down; the reason the upright reading failed when neither gives a key.
    Result<MrzKey, QString> read(const QImage& frame);
    // MRZ_information (document number, birth and expiry dates with their check digits).
    Result<SecureBytes, QString> readCredential(const QImage& frame) override;
    // Check digits guard each field: two frames.
    int framesToAgree() const override { return 2; }

private:
    Result<MrzKey, QString> readUpright(const QImage& frame);
    MrzReader() = default;
    OcrBGlyphs m_glyphs;
};

} // namespace madoguchi
