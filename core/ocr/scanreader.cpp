#include "scanreader.h"

#include "ocrengine.h"

#include <QDebug>

#include <cmath>

namespace dossier {

ScanReader::ScanReader() = default;
ScanReader::~ScanReader() = default;

Result<OcrPage> ScanReader::read(const QImage &image, int dpi, const std::atomic_bool *cancel)
{
    if (m_loadError)
        return *m_loadError;
    if (!m_engine) {
        auto engine = std::make_unique<OcrEngine>();
        if (const Status loaded = engine->load(); !loaded.ok()) {
            m_loadError = loaded.error();
            return *m_loadError;
        }
        m_engine = std::move(engine);
    }
    return m_engine->recognize(image, dpi, cancel);
}

int ScanReader::renderDpi(double widthPoints, double heightPoints)
{
    const double squareInches = (widthPoints / 72.0) * (heightPoints / 72.0);
    if (squareInches <= 0)
        return kPdfDpi;
    const double fitting = std::sqrt(double(kMaxPixels) / squareInches);
    return std::max(36, std::min(kPdfDpi, int(fitting)));
}

} // namespace dossier
