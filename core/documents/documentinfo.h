#pragma once

#include <QString>

#include <optional>

namespace dossier {

// A document as listed in the case: metadata and counts, never the original bytes.
struct DocumentInfo
{
    qint64 id = 0;
    QString title;
    QString kind;
    QString language;
    QString sha256;
    QString fileName;
    qint64 size = 0;
    QString encoding;
    std::optional<QString> sourceUrl;
    std::optional<QString> obtainedAt; // ISO date, as the reporter gave it
    QString importedAt;                // ISO date-time, UTC
    QString notes;
    bool inTrash = false;
    int pages = 0;
    int pagesWithoutText = 0; // neither a text layer nor OCR text
    int ocrPages = 0;         // text read by OCR
    int segments = 0;
    int translatedSegments = 0;
};

struct PageInfo
{
    int number = 0;
    double width = 0;
    double height = 0;
    bool hasTextLayer = false;
    QString text;
    std::optional<double> ocrConfidence; // set when the text was read by OCR: the mean, 0-100
};

// The fields of a document a reporter may edit after import.
struct DocumentEdit
{
    QString title;
    std::optional<QString> sourceUrl;
    std::optional<QString> obtainedAt;
    QString notes;

    bool operator==(const DocumentEdit &other) const
    {
        return title == other.title && sourceUrl == other.sourceUrl &&
               obtainedAt == other.obtainedAt && notes == other.notes;
    }
};

// A segment of a document's original text and its preferred translation, if any.
struct SegmentInfo
{
    qint64 id = 0;
    qint64 documentId = 0;
    int page = 0;
    int ordinal = 0;
    QString text;
    int start = 0;
    int end = 0;
    std::optional<QString> translation;
    std::optional<QString> translationOrigin;
    bool translationReviewed = false; // a person checked the preferred translation
    bool fromOcr = false;                 // the text was read off a page image
    std::optional<QString> machineText;   // OCR's reading, when a person corrected the text
};

} // namespace dossier
