#pragma once

#include "ocrpage.h"

#include <QRectF>
#include <QString>

#include <vector>

namespace dossier {

class Database;

// A word OCR read, as kept in the case: where it stands in its page's text and on the
// page (as fractions of the page's width and height, so any rendering can draw it).
struct StoredOcrWord
{
    int page = 0;
    int start = 0;
    int end = 0;
    QString text;
    QRectF box;
    float confidence = 0;

    bool isDoubtful() const;
};

// The words of OCR'd pages. Written once, when the document is imported: corrections
// change segments, never these, so the machine's reading is always there to compare.
class OcrStore
{
public:
    explicit OcrStore(Database &db) : m_db(db) {}

    void insertPage(qint64 documentId, int page, const OcrPage &ocr);
    // Every word of the document, or of one page, in reading order.
    std::vector<StoredOcrWord> words(qint64 documentId, int page = 0);

private:
    Database &m_db;
};

} // namespace dossier
