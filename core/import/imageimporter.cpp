#include "imageimporter.h"

#include "../ocr/scanreader.h"
#include "filesniffer.h"

#include <QBuffer>
#include <QDebug>
#include <QFileInfo>
#include <QImageReader>

#include <cmath>

namespace dossier {

namespace {

// Screenshots and phone photos often carry no resolution, or a made-up 72 or 96 dpi.
int resolutionOf(const QImage &image)
{
    const int dpi = int(std::lround(image.dotsPerMeterX() * 0.0254));
    return dpi >= 70 && dpi <= 1200 ? dpi : 0;
}

// Tesseract reads glyphs best when they are 20 or more pixels tall; a screenshot of a
// procurement site has 14-pixel characters. Doubling small images costs little.
QImage forRecognition(const QImage &image, int &dpi)
{
    if (image.width() >= 1600 && image.height() >= 1600)
        return image;
    dpi *= 2;
    return image.scaled(image.size() * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace

Result<ImportedDocument> ImageImporter::parse(const QByteArray &bytes, const QString &fileName,
                                              const ParseOptions &options)
{
    const QString format = FileSniffer::sniff(bytes).description;
    const auto damaged = [&](const QImageReader &reader) {
        qInfo() << "Image reader:" << fileName << reader.errorString();
        return Error{tr("This %1 image is damaged or incomplete and cannot be read.").arg(format), fileName};
    };
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid())
        return damaged(reader);
    const qint64 pixels = qint64(size.width()) * size.height();
    if (pixels > kMaxPixels)
        return Error{tr("This image is %1 × %2 pixels; Dossier reads images up to %3 million pixels. "
                        "Save it at a lower resolution (300 dpi is plenty for text) and import that.")
                         .arg(size.width())
                         .arg(size.height())
                         .arg(kMaxPixels / 1'000'000),
                     fileName};
    if (pixels > ScanReader::kMaxPixels) {
        const double scale = std::sqrt(double(ScanReader::kMaxPixels) / double(pixels));
        reader.setScaledSize(QSize(int(size.width() * scale), int(size.height() * scale)));
    }
    const int frames = reader.imageCount();
    // Qt refuses images over 256 MB by default; kMaxPixels in 32-bit colour needs 400.
    QImageReader::setAllocationLimit(512);
    QImage image = reader.read();
    if (image.isNull())
        return damaged(reader);

    ImportedDocument document;
    document.kind = DocumentKind::Image;
    const int stated = resolutionOf(image);
    int dpi = stated ? stated : ScanReader::kPdfDpi;
    ImportedPage page;
    page.number = 1;
    page.width = image.width() * 72.0 / dpi;
    page.height = image.height() * 72.0 / dpi;
    page.hasTextLayer = false;
    if (frames > 1)
        document.warning = tr("This image file holds %1 pages; Dossier read the first. Save each page as "
                              "its own file, or the whole as a PDF, to import the others.")
                               .arg(frames);
    if (options.ocr) {
        if (options.ocrProgress)
            options.ocrProgress(1, 1);
        Result<OcrPage> ocr = options.ocr->read(forRecognition(image, dpi), dpi, options.cancel);
        if (options.cancelled())
            return Error{tr("The import was cancelled while reading the image."), fileName};
        if (!ocr)
            return Error{ocr.error().message, fileName};
        page.text = ocr->text;
        page.ocr = std::move(*ocr);
    }
    document.pages.push_back(std::move(page));
    segmentPages(document);
    document.title = titleFor(QString(), document, QFileInfo(fileName).completeBaseName());
    return document;
}

} // namespace dossier
