#pragma once

#include "../error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSizeF>

#include <memory>

namespace Poppler {
class Document;
}

namespace dossier {

// Renders the pages of one stored PDF to images with poppler. An instance owns its
// Poppler::Document and must be used from one thread at a time; give each worker its
// own instance (sharing a Document across threads crashes).
class PdfRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PdfRenderer)

public:
    static Result<std::unique_ptr<PdfRenderer>> load(const QByteArray &pdf);
    ~PdfRenderer();

    int pageCount() const;
    QSizeF pageSize(int pageNumber) const; // points; pages count from 1
    Result<QImage> render(int pageNumber, double dpi) const;

private:
    explicit PdfRenderer(std::unique_ptr<Poppler::Document> document);
    std::unique_ptr<Poppler::Document> m_document;
};

} // namespace dossier
