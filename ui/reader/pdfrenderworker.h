#pragma once

#include "render/pdfrenderer.h"

#include <QImage>
#include <QObject>

#include <memory>

namespace dossier {

// Lives on the PdfPageView's render thread and owns that thread's PdfRenderer, so
// drawing a page never blocks the window.
class PdfRenderWorker : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

public Q_SLOTS:
    void open(const QByteArray &pdf);
    void render(int requestId, int pageNumber, double dpi);

Q_SIGNALS:
    void opened(int pageCount, const QString &error);
    void rendered(int requestId, int pageNumber, const QImage &image, const QString &error);

private:
    std::unique_ptr<PdfRenderer> m_renderer;
};

} // namespace dossier
