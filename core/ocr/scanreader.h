#pragma once

#include "../error.h"
#include "../documents/ocrpage.h"

#include <QCoreApplication>
#include <QImage>

#include <atomic>
#include <memory>
#include <optional>

namespace dossier {

class OcrEngine;

// Reads scanned pages for the importers. The OCR engine is loaded on the first scanned
// page, so importing text never pays the second it takes, and then reused for every page
// of every file in the import. One reader per thread, like the engine.
class ScanReader
{
    Q_DECLARE_TR_FUNCTIONS(ScanReader)

public:
    // PDF pages are rendered at this resolution for OCR ...
    static constexpr int kPdfDpi = 300;
    // ... unless the page is so large that the image would pass this many pixels
    // (an A0 drawing at 300 dpi is 140 million): then at the resolution that fits.
    static constexpr qint64 kMaxPixels = 40'000'000;

    ScanReader();
    ~ScanReader();

    Result<OcrPage> read(const QImage &image, int dpi, const std::atomic_bool *cancel = nullptr);
    // True once loading the OCR data failed: every page would fail the same way.
    bool unavailable() const { return m_loadError.has_value(); }

    // The resolution to render a page of this size (in points) at, within kMaxPixels.
    static int renderDpi(double widthPoints, double heightPoints);

private:
    std::unique_ptr<OcrEngine> m_engine;
    std::optional<Error> m_loadError;
};

} // namespace dossier
