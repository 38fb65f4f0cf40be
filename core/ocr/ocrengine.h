#pragma once

#include "../error.h"
#include "../documents/ocrpage.h"

#include <QCoreApplication>
#include <QImage>

#include <atomic>
#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace dossier {

// Reads the text off a page image with Tesseract (Simplified Chinese and English). One
// engine per thread: Tesseract's API object is not thread-safe, and loading the language
// data costs about a second, so reuse an engine for all the pages of a document.
class OcrEngine
{
    Q_DECLARE_TR_FUNCTIONS(OcrEngine)

public:
    static constexpr float kLowConfidence = OcrWord::kLowConfidence;

    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    // Fails with a message naming the missing Debian package when the data is absent.
    Status load(const QString &languages = QStringLiteral("chi_sim+eng"));

    // dpi is the image's resolution; Tesseract sizes its expectations of glyphs by it.
    // A set cancel flag stops recognition mid-page.
    Result<OcrPage> recognize(const QImage &image, int dpi, const std::atomic_bool *cancel = nullptr);

    // Tesseract separates Chinese characters with spaces; a reader does not.
    static QString joinCjk(const QString &text);

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
};

} // namespace dossier
