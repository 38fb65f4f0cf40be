#include "pdfimporter.h"

#include "../ocr/scanreader.h"
#include "../text/gbkmojibake.h"
#include "../text/textfolder.h"

#include <QDebug>
#include <QFileInfo>
#include <QImage>
#include <QStringList>

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

Status readScannedPage(Poppler::Page &popplerPage, ImportedPage &page, const ParseOptions &options)
{
    const int dpi = ScanReader::renderDpi(page.width, page.height);
    QImage image = popplerPage.renderToImage(dpi, dpi);
    if (image.isNull())
        return Error(PdfImporter::tr("Page %1 could not be drawn for text recognition.").arg(page.number));
    Result<OcrPage> ocr = options.ocr->read(image, dpi, options.cancel);
    if (!ocr)
        return ocr.error();
    page.text = ocr->text;
    page.ocr = std::move(*ocr);
    return {};
}

} // namespace

Result<ImportedDocument> PdfImporter::parse(const QByteArray &bytes, const QString &fileName,
                                            const ParseOptions &options)
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
    QStringList unreadable;
    for (int i = 0; i < pageCount; ++i) {
        if (options.cancelled())
            return Error{tr("The import was cancelled at page %1 of %2.").arg(i + 1).arg(pageCount), fileName};
        ImportedPage page;
        page.number = i + 1;
        if (std::unique_ptr<Poppler::Page> popplerPage = pdf->page(i)) {
            const QSizeF size = popplerPage->pageSizeF();
            page.width = size.width();
            page.height = size.height();
            // CJK fonts often map glyphs to Kangxi radicals (⼤ for 大): repair them so
            // that what the reporter copies is the real character.
            // GBK drawn through a WinAnsi font comes out as Latin-1 ("Ä¿Â¼"): read it back.
            page.text = TextFolder::normalizeIdeographs(GbkMojibake::repair(popplerPage->text(QRectF())));
        }
        page.hasTextLayer = !page.text.trimmed().isEmpty();
        if (!page.hasTextLayer && options.ocr) {
            if (options.ocrProgress)
                options.ocrProgress(i + 1, pageCount);
            std::unique_ptr<Poppler::Page> popplerPage = pdf->page(i);
            Status read = popplerPage ? readScannedPage(*popplerPage, page, options)
                                      : Status(Error(tr("Page %1 cannot be read.").arg(i + 1)));
            if (options.cancelled())
                return Error{tr("The import was cancelled while reading page %1 of %2.").arg(i + 1).arg(pageCount),
                             fileName};
            if (!read.ok()) {
                if (options.ocr->unavailable())
                    return Error{read.error().message, fileName};
                // One unreadable scan should not keep the rest of the PDF out of the case.
                qWarning() << "OCR of" << fileName << "page" << i + 1 << "failed:" << read.error().fullText();
                unreadable << QString::number(i + 1);
            }
        }
        document.pages.push_back(std::move(page));
    }
    if (!unreadable.isEmpty())
        document.warning = tr("Text recognition failed on page(s) %1; they are in the case without text.")
                               .arg(unreadable.join(QStringLiteral(", ")));
    segmentPages(document);
    document.title = titleFor(document.title, document, QFileInfo(fileName).completeBaseName());
    return document;
}

} // namespace dossier
