#include "pdfimporter.h"

#include "../text/textfolder.h"

#include <QDebug>
#include <QFileInfo>

#include <poppler-qt6.h>

#include <memory>
#include <mutex>

namespace dossier {

namespace {

void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Damaged files make poppler print to stderr; keep that in the debug log.
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) { qDebug() << "poppler:" << message; },
            QVariant());
    });
}

} // namespace

Result<ImportedDocument> PdfImporter::parse(const QByteArray &bytes, const QString &fileName,
                                            const std::atomic_bool *cancel)
{
    routePopplerMessages();
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf)
        return Error{tr("This PDF is damaged or incomplete and cannot be read."), fileName};
    if (pdf->isLocked())
        return Error{tr("This PDF is protected by a password. Open it in a PDF reader, save a "
                        "copy without the password, and import that copy."),
                     fileName};
    const int pageCount = pdf->numPages();
    if (pageCount <= 0)
        return Error{tr("This PDF has no pages."), fileName};

    ImportedDocument document;
    document.kind = DocumentKind::Pdf;
    document.title = pdf->info(QStringLiteral("Title")).trimmed();
    document.pages.reserve(size_t(pageCount));
    for (int i = 0; i < pageCount; ++i) {
        if (cancel && cancel->load())
            return Error{tr("The import was cancelled at page %1 of %2.").arg(i + 1).arg(pageCount), fileName};
        ImportedPage page;
        page.number = i + 1;
        if (std::unique_ptr<Poppler::Page> popplerPage = pdf->page(i)) {
            const QSizeF size = popplerPage->pageSizeF();
            page.width = size.width();
            page.height = size.height();
            // CJK fonts often map glyphs to Kangxi radicals (⼤ for 大): repair them so
            // that what the reporter copies is the real character.
            page.text = TextFolder::normalizeIdeographs(popplerPage->text(QRectF()));
        }
        page.hasTextLayer = !page.text.trimmed().isEmpty();
        document.pages.push_back(std::move(page));
    }
    segmentPages(document);
    if (document.title.isEmpty()) {
        document.title = document.segments.empty()
                             ? QFileInfo(fileName).completeBaseName()
                             : titleFromText(document.segments.front().text, fileName);
    }
    return document;
}

} // namespace dossier
