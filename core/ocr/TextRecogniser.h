#pragma once

#include <QString>
#include <QStringList>

#include <opencv2/core.hpp>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace madoguchi {

// Printed text read by Tesseract (Debian's libtesseract5 with tesseract-ocr-jpn), its LSTM engine
// limited to the characters a field may hold. One per thread: Tesseract's state is not shared.
class TextRecogniser
{
public:
    // Null when the language's data is not installed.
    static std::unique_ptr<TextRecogniser> create(const char* language, const QString& characters);
    ~TextRecogniser();

    enum class Layout
    {
        Line,   // one line of text
        Block,  // a few lines
    };
    // The text in `grey` (dark on light): words parted by a space, lines by '\n'. (Tesseract's
    // per-character confidences were tried as a guard against misreadings and told right from wrong
    // no better than chance: bench_ocr. Agreement between frames guards instead.)
    QString read(const cv::Mat& grey, Layout layout);
    // Each line of text in `grey` read on its own (lines found by the rows that carry ink): a short
    // line read within a block loses narrow characters ('11' of '5511').
    QStringList readLines(const cv::Mat& grey);

private:
    explicit TextRecogniser(std::unique_ptr<tesseract::TessBaseAPI> api);
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
};

} // namespace madoguchi
