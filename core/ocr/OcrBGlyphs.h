#pragma once

#include <QChar>
#include <QString>

#include <opencv2/core.hpp>

#include <QList>

#include <array>

namespace madoguchi {

// The MRZ's 37 characters (A–Z, 0–9, '<') as OCR-B draws them (ICAO 9303-3 §4.3; Debian's
// fonts-ocr-b), made once from the installed font, and a cell of a photographed MRZ matched
// against them. An MRZ is printed in this one font at one pitch: matching its glyphs beats a
// general text recogniser, which reads the filler '<' as K or drops it.
class OcrBGlyphs
{
public:
    static constexpr int kWidth = 18;
    static constexpr int kHeight = 26;
    static constexpr int kShift = 2;

    // Null glyphs (and every classify() answering nothing) when the OCR B font is not installed.
    OcrBGlyphs();
    bool isValid() const { return m_valid; }

    struct Match
    {
        QChar character;
        double score;  // normalised correlation, −1 … 1
    };
    // `ink` (thresholded, ink 255) and `shade` (grey, ink bright) of one cell, a pitch wide and the
    // line's height high; the cell is cut to the character's own ink rows. Each of `allowed`
    // with how well it matches, best first.
    QList<Match> classify(const cv::Mat& ink, const cv::Mat& shade, QStringView allowed) const;

    // A character as classify() compares it: resized to kWidth × kHeight, as floats, slightly
    // blurred (a pixel's shift or a thin stroke matters less), with `margin` blank pixels around.
    static cv::Mat normalised(const cv::Mat& cell, int margin);

    static const QString kCharacters;

private:
    std::array<cv::Mat, 37> m_glyphs;
    bool m_valid = false;
};

} // namespace madoguchi
