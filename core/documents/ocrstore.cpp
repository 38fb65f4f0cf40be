#include "ocrstore.h"

#include "../storage/database.h"

namespace dossier {

bool StoredOcrWord::isDoubtful() const
{
    return confidence < OcrWord::kLowConfidence;
}

void OcrStore::insertPage(qint64 documentId, int page, const OcrPage &ocr)
{
    if (ocr.imageSize.isEmpty())
        return;
    const double width = ocr.imageSize.width();
    const double height = ocr.imageSize.height();
    Statement insert = m_db.prepare(QStringLiteral(
        "INSERT INTO ocr_words(document_id, page, start, \"end\", text, x, y, width, height, confidence) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)"));
    for (const OcrWord &word : ocr.words) {
        insert.bind(1, documentId)
            .bind(2, page)
            .bind(3, word.start)
            .bind(4, word.end)
            .bind(5, word.text)
            .bind(6, word.box.x() / width)
            .bind(7, word.box.y() / height)
            .bind(8, word.box.width() / width)
            .bind(9, word.box.height() / height)
            .bind(10, double(word.confidence))
            .exec();
    }
}

std::vector<StoredOcrWord> OcrStore::words(qint64 documentId, int page)
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT page, start, \"end\", text, x, y, width, height, confidence FROM ocr_words "
        "WHERE document_id = ? AND (? = 0 OR page = ?) ORDER BY page, start"));
    query.bind(1, documentId).bind(2, page).bind(3, page);
    std::vector<StoredOcrWord> words;
    while (query.step()) {
        StoredOcrWord word;
        word.page = query.integer(0);
        word.start = query.integer(1);
        word.end = query.integer(2);
        word.text = query.text(3);
        word.box = QRectF(query.real(4), query.real(5), query.real(6), query.real(7));
        word.confidence = float(query.real(8));
        words.push_back(std::move(word));
    }
    return words;
}

} // namespace dossier
