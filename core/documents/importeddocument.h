#pragma once

#include "documentkind.h"
#include "ocrpage.h"

#include <QString>

#include <optional>
#include <vector>

namespace dossier {

struct ImportedPage
{
    int number = 1;
    double width = 0; // points, for PDFs
    double height = 0;
    bool hasTextLayer = true;
    QString text;
    // Set when the text was read off the page image by OCR: the words with their boxes
    // and confidence. Its text is `text`.
    std::optional<OcrPage> ocr;
};

struct ImportedSegment
{
    int page = 1;
    int start = 0;
    int end = 0;
    QString text;
    QString translation; // empty when the source carries none
    QString translationLanguage;
};

// What a parser made of one file, before it is written to the case.
struct ImportedDocument
{
    QString title;
    DocumentKind kind = DocumentKind::Text;
    QString language;
    QString encoding;
    std::vector<ImportedPage> pages;
    std::vector<ImportedSegment> segments;
    QString warning; // what the reader should know about how the file was read
};

} // namespace dossier

namespace dossier {

// Cuts every page into segments and sets the language from the text; shared by the
// importers whose text has no alignment of its own.
void segmentPages(ImportedDocument &document);

// The first meaningful line of the text, shortened, for documents without a title.
// The title of an imported document: what the file declares if it is a title, else the
// notice's heading or its first meaningful line (see DocumentTitle).
QString titleFor(const QString &declared, const ImportedDocument &document, const QString &fallback);

} // namespace dossier
