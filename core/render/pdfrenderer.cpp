#include "pdfrenderer.h"

#include <poppler-qt6.h>

namespace dossier {

PdfRenderer::PdfRenderer(std::unique_ptr<Poppler::Document> document) : m_document(std::move(document))
{
    m_document->setRenderHint(Poppler::Document::Antialiasing);
    m_document->setRenderHint(Poppler::Document::TextAntialiasing);
    m_document->setRenderHint(Poppler::Document::TextHinting);
}

PdfRenderer::~PdfRenderer() = default;

Result<std::unique_ptr<PdfRenderer>> PdfRenderer::load(const QByteArray &pdf)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked() || document->numPages() <= 0)
        return Error{tr("The PDF's pages cannot be shown: the stored file is damaged or locked.")};
    return std::unique_ptr<PdfRenderer>(new PdfRenderer(std::move(document)));
}

int PdfRenderer::pageCount() const
{
    return m_document->numPages();
}

QSizeF PdfRenderer::pageSize(int pageNumber) const
{
    const std::unique_ptr<Poppler::Page> page = m_document->page(pageNumber - 1);
    return page ? page->pageSizeF() : QSizeF();
}

Result<QImage> PdfRenderer::render(int pageNumber, double dpi) const
{
    const std::unique_ptr<Poppler::Page> page = m_document->page(pageNumber - 1);
    if (!page)
        return Error{tr("Page %1 of this PDF cannot be shown.").arg(pageNumber)};
    QImage image = page->renderToImage(dpi, dpi);
    if (image.isNull())
        return Error{tr("Page %1 of this PDF could not be drawn.").arg(pageNumber)};
    return image;
}

} // namespace dossier
