#include "core/ocr/TextRecogniser.h"

#include <opencv2/imgproc.hpp>
#include <tesseract/baseapi.h>

#include <algorithm>

#include <dlfcn.h>

namespace madoguchi {
namespace {

// Debian builds Tesseract with OpenMP: every recognition then starts four spinning threads, which on
// a 2-core counter PC costs more than it gains (bench_ocr: residence card 118 → 20 ms per frame) and
// starves the user interface. No OpenMP region runs in parallel once max-active-levels is 0;
// readings run one at a time on a worker thread instead. The runtime is Tesseract's (libgomp),
// looked up where it was loaded: madoguchi itself is not built with OpenMP. (OMP_THREAD_LIMIT=1
// does the same, but only when set before the program starts.)
void limitOpenMp()
{
    using SetMaxActiveLevels = void (*)(int);
    if (void* symbol = dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"))
        reinterpret_cast<SetMaxActiveLevels>(symbol)(0);
}

} // namespace

std::unique_ptr<TextRecogniser> TextRecogniser::create(const char* language, const QString& characters)
{
    limitOpenMp();
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    // nullptr: the data directory Debian's build was configured with (/usr/share/tesseract-ocr/5/tessdata).
    if (api->Init(nullptr, language, tesseract::OEM_LSTM_ONLY) != 0)
        return nullptr;
    api->SetVariable("tessedit_char_whitelist", characters.toUtf8().constData());
    api->SetVariable("debug_file", "/dev/null");  // Tesseract's chatter about resolution and the like
    api->SetVariable("user_defined_dpi", "300");
    return std::unique_ptr<TextRecogniser>(new TextRecogniser(std::move(api)));
}

TextRecogniser::TextRecogniser(std::unique_ptr<tesseract::TessBaseAPI> api) : m_api(std::move(api)) {}

TextRecogniser::~TextRecogniser()
{
    if (m_api)
        m_api->End();
}

QString TextRecogniser::read(const cv::Mat& grey, Layout layout)
{
    CV_Assert(grey.type() == CV_8UC1);
    m_api->SetPageSegMode(layout == Layout::Line ? tesseract::PSM_SINGLE_LINE : tesseract::PSM_SINGLE_BLOCK);
    // A margin of paper around the text: Tesseract drops characters that touch the image's edge.
    cv::Mat continuous;
    const int margin = std::max(8, grey.rows / 4);
    cv::copyMakeBorder(grey, continuous, margin, margin, margin, margin, cv::BORDER_REPLICATE);
    m_api->SetImage(continuous.data, continuous.cols, continuous.rows, 1, int(continuous.step));
    const std::unique_ptr<char[]> text(m_api->GetUTF8Text());
    m_api->Clear();
    return text ? QString::fromUtf8(text.get()).trimmed() : QString();
}

QStringList TextRecogniser::readLines(const cv::Mat& grey)
{
    cv::Mat ink;
    cv::threshold(grey, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    cv::Mat rows;
    cv::reduce(ink, rows, 1, cv::REDUCE_SUM, CV_32S);
    // A row carries ink when more than 2 % of it is dark; lines are runs of such rows at least
    // a tenth of the region high.
    const int least = 255 * std::max(1, grey.cols / 50);
    const int minHeight = std::max(4, grey.rows / 10);
    QStringList lines;
    int start = -1;
    for (int y = 0; y <= rows.rows; ++y) {
        const bool inked = y < rows.rows && rows.at<int>(y) > least;
        if (inked && start < 0)
            start = y;
        if (!inked && start >= 0) {
            if (y - start >= minHeight) {
                const int pad = (y - start) / 4;
                const cv::Range band(std::max(0, start - pad), std::min(grey.rows, y + pad));
                lines.append(read(grey.rowRange(band), Layout::Line));
            }
            start = -1;
        }
    }
    return lines;
}

} // namespace madoguchi
