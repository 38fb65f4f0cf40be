#include "reader/pdfrenderworker.h"

namespace dossier {

void PdfRenderWorker::open(const QByteArray &pdf)
{
    m_renderer.reset();
    Result<std::unique_ptr<PdfRenderer>> loaded = PdfRenderer::load(pdf);
    if (!loaded) {
        Q_EMIT opened(0, loaded.error().message);
        return;
    }
    m_renderer = std::move(loaded.value());
    Q_EMIT opened(m_renderer->pageCount(), QString());
}

void PdfRenderWorker::render(int requestId, int pageNumber, double dpi)
{
    if (!m_renderer) {
        Q_EMIT rendered(requestId, pageNumber, QImage(), tr("No PDF is open."));
        return;
    }
    Result<QImage> image = m_renderer->render(pageNumber, dpi);
    Q_EMIT rendered(requestId, pageNumber, image ? *image : QImage(), image ? QString() : image.error().message);
}

} // namespace dossier
