#include "documentstore.h"

#include "../figures/figureindex.h"
#include "ocrstore.h"
#include "../storage/database.h"
#include "../storage/sqlerror.h"
#include "../text/textfolder.h"

#include <QDateTime>

#include <sqlite3.h>
#include <QIODevice>

namespace dossier {

namespace {

const char kInfoColumns[] = R"(
    d.id, d.title, d.kind, d.language, d.sha256, d.file_name, d.size, d.encoding,
    d.source_url, d.obtained_at, d.imported_at, d.notes, d.deleted_at IS NOT NULL,
    (SELECT count(*) FROM pages p WHERE p.document_id = d.id),
    (SELECT count(*) FROM pages p WHERE p.document_id = d.id AND p.has_text_layer = 0
      AND p.ocr_confidence IS NULL),
    (SELECT count(*) FROM pages p WHERE p.document_id = d.id AND p.ocr_confidence IS NOT NULL),
    (SELECT count(*) FROM segments s WHERE s.document_id = d.id),
    (SELECT count(DISTINCT t.segment_id) FROM segments s JOIN translations t ON t.segment_id = s.id
      WHERE s.document_id = d.id)
    FROM documents d )";

DocumentInfo readInfo(const Statement &row)
{
    DocumentInfo info;
    info.id = row.int64(0);
    info.title = row.text(1);
    info.kind = row.text(2);
    info.language = row.text(3);
    info.sha256 = row.text(4);
    info.fileName = row.text(5);
    info.size = row.int64(6);
    info.encoding = row.text(7);
    info.sourceUrl = row.optionalText(8);
    info.obtainedAt = row.optionalText(9);
    info.importedAt = row.text(10);
    info.notes = row.text(11);
    info.inTrash = row.integer(12) != 0;
    info.pages = row.integer(13);
    info.pagesWithoutText = row.integer(14);
    info.ocrPages = row.integer(15);
    info.segments = row.integer(16);
    info.translatedSegments = row.integer(17);
    return info;
}

} // namespace

std::optional<qint64> DocumentStore::findBySha256(const QString &sha256)
{
    Statement query = m_db.prepare(QStringLiteral("SELECT id FROM documents WHERE sha256 = ?"));
    query.bind(1, sha256);
    if (query.step())
        return query.int64(0);
    return std::nullopt;
}

qint64 DocumentStore::insert(const ImportedDocument &document, const QByteArray &original,
                             const QString &sha256, const Provenance &provenance)
{
    const qint64 id = insertRecord(document, original.size(), sha256, provenance);
    Statement insertOriginal =
        m_db.prepare(QStringLiteral("INSERT INTO originals(document_id, bytes) VALUES (?, ?)"));
    insertOriginal.bind(1, id).bindBlob(2, original).exec();
    int ordinal = 0;
    insertContent(id, document, ordinal);
    return id;
}

qint64 DocumentStore::insertRecord(const ImportedDocument &document, qint64 size, const QString &sha256,
                                   const Provenance &provenance)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Statement insertDocument = m_db.prepare(QStringLiteral(
        "INSERT INTO documents(title, kind, language, sha256, file_name, size, encoding, "
        "source_url, obtained_at, imported_at, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    insertDocument.bind(1, document.title)
        .bind(2, toString(document.kind))
        .bind(3, document.language.isEmpty() ? QStringLiteral("und") : document.language)
        .bind(4, sha256)
        .bind(5, provenance.fileName)
        .bind(6, size)
        .bind(7, document.encoding)
        .bind(8, provenance.sourceUrl)
        .bind(9, provenance.obtainedAt)
        .bind(10, now)
        .bind(11, document.warning)
        .exec();
    return m_db.lastInsertId();
}

void DocumentStore::streamOriginal(qint64 documentId, QIODevice &source, qint64 size)
{
    // Room for the bytes first, then written through SQLite's blob I/O in pieces, so a
    // large original never has to be in memory whole.
    Statement reserve = m_db.prepare(QStringLiteral("INSERT INTO originals(document_id, bytes) VALUES (?, zeroblob(?))"));
    reserve.bind(1, documentId).bind(2, size).exec();
    sqlite3_blob *blob = nullptr;
    const qint64 row = m_db.lastInsertId();
    if (const int rc = sqlite3_blob_open(m_db.handle(), "main", "originals", "bytes", row, 1, &blob); rc != SQLITE_OK)
        throw SqlError(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    qint64 offset = 0;
    QByteArray chunk;
    while (offset < size) {
        chunk = source.read(std::min<qint64>(4 * 1024 * 1024, size - offset));
        if (chunk.isEmpty())
            break;
        if (const int rc = sqlite3_blob_write(blob, chunk.constData(), int(chunk.size()), int(offset)); rc != SQLITE_OK) {
            sqlite3_blob_close(blob);
            throw SqlError(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
        }
        offset += chunk.size();
    }
    sqlite3_blob_close(blob);
    if (offset != size)
        throw SqlError(SQLITE_IOERR, QStringLiteral("the file changed while it was read (%1 of %2 bytes)").arg(offset).arg(size));
}

void DocumentStore::insertContent(qint64 id, const ImportedDocument &document, int &ordinal)
{
    Statement insertPage = m_db.prepare(QStringLiteral(
        "INSERT INTO pages(document_id, number, width, height, has_text_layer, text, ocr_confidence) "
        "VALUES (?,?,?,?,?,?,?)"));
    OcrStore ocrWords(m_db);
    for (const ImportedPage &page : document.pages) {
        insertPage.bind(1, id)
            .bind(2, page.number)
            .bind(3, page.width)
            .bind(4, page.height)
            .bind(5, page.hasTextLayer ? 1 : 0)
            .bind(6, page.text)
            .bind(7, page.ocr ? std::optional<double>(page.ocr->meanConfidence) : std::nullopt)
            .exec();
        if (page.ocr)
            ocrWords.insertPage(id, page.number, *page.ocr);
    }

    Statement insertSegment = m_db.prepare(QStringLiteral(
        "INSERT INTO segments(document_id, page, ordinal, text, start, \"end\", folded) "
        "VALUES (?,?,?,?,?,?,?)"));
    Statement insertTranslation = m_db.prepare(QStringLiteral(
        "INSERT INTO translations(segment_id, language, text, origin, created_at, folded) "
        "VALUES (?,?,?,'imported',?,?)"));
    FigureIndex figures(m_db);
    for (const ImportedSegment &segment : document.segments) {
        insertSegment.bind(1, id)
            .bind(2, segment.page)
            .bind(3, ++ordinal)
            .bind(4, segment.text)
            .bind(5, segment.start)
            .bind(6, segment.end)
            .bind(7, TextFolder::foldedString(segment.text))
            .exec();
        const qint64 segmentId = m_db.lastInsertId();
        figures.indexSegment(segmentId, segment.text);
        if (segment.translation.isEmpty())
            continue;
        insertTranslation.bind(1, segmentId)
            .bind(2, segment.translationLanguage)
            .bind(3, segment.translation)
            .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
            .bind(5, TextFolder::foldedString(segment.translation))
            .exec();
    }
}


std::vector<DocumentInfo> DocumentStore::list(bool includeTrash)
{
    Statement query = m_db.prepare(QStringLiteral("SELECT ") + QString::fromUtf8(kInfoColumns) +
                                   (includeTrash ? QString() : QStringLiteral("WHERE d.deleted_at IS NULL ")) +
                                   QStringLiteral("ORDER BY d.id"));
    std::vector<DocumentInfo> documents;
    while (query.step())
        documents.push_back(readInfo(query));
    return documents;
}

std::optional<DocumentInfo> DocumentStore::get(qint64 id)
{
    Statement query = m_db.prepare(QStringLiteral("SELECT ") + QString::fromUtf8(kInfoColumns) +
                                   QStringLiteral("WHERE d.id = ?"));
    query.bind(1, id);
    if (query.step())
        return readInfo(query);
    return std::nullopt;
}

std::vector<PageInfo> DocumentStore::pages(qint64 documentId)
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT number, width, height, has_text_layer, text, ocr_confidence FROM pages "
        "WHERE document_id = ? ORDER BY number"));
    query.bind(1, documentId);
    std::vector<PageInfo> pages;
    while (query.step()) {
        PageInfo page{query.integer(0), query.real(1), query.real(2), query.integer(3) != 0, query.text(4), {}};
        if (!query.isNull(5))
            page.ocrConfidence = query.real(5);
        pages.push_back(std::move(page));
    }
    return pages;
}

std::vector<SegmentInfo> DocumentStore::segments(qint64 documentId)
{
    // The preferred translation, newest first when several are marked preferred.
    Statement query = m_db.prepare(QStringLiteral(R"(
        SELECT s.id, s.document_id, s.page, s.ordinal, s.text, s.start, s."end",
               (SELECT t.text FROM translations t WHERE t.segment_id = s.id
                 ORDER BY t.preferred DESC, t.id DESC LIMIT 1),
               (SELECT t.origin FROM translations t WHERE t.segment_id = s.id
                 ORDER BY t.preferred DESC, t.id DESC LIMIT 1),
               (SELECT t.reviewed OR t.origin = 'manual' FROM translations t WHERE t.segment_id = s.id
                 ORDER BY t.preferred DESC, t.id DESC LIMIT 1),
               (SELECT p.ocr_confidence IS NOT NULL FROM pages p
                 WHERE p.document_id = s.document_id AND p.number = s.page),
               s.machine_text
        FROM segments s WHERE s.document_id = ? ORDER BY s.ordinal)"));
    query.bind(1, documentId);
    std::vector<SegmentInfo> segments;
    while (query.step()) {
        SegmentInfo segment;
        segment.id = query.int64(0);
        segment.documentId = query.int64(1);
        segment.page = query.integer(2);
        segment.ordinal = query.integer(3);
        segment.text = query.text(4);
        segment.start = query.integer(5);
        segment.end = query.integer(6);
        segment.translation = query.optionalText(7);
        segment.translationOrigin = query.optionalText(8);
        segment.translationReviewed = query.integer(9) != 0;
        segment.fromOcr = query.integer(10) != 0;
        segment.machineText = query.optionalText(11);
        segments.push_back(std::move(segment));
    }
    return segments;
}

std::optional<QString> DocumentStore::segmentText(qint64 segmentId)
{
    Statement row = m_db.prepare(QStringLiteral("SELECT text FROM segments WHERE id = ?"));
    row.bind(1, segmentId);
    if (!row.step())
        return std::nullopt;
    return row.text(0);
}

std::optional<qint64> DocumentStore::documentOfSegment(qint64 segmentId)
{
    Statement row = m_db.prepare(QStringLiteral("SELECT document_id FROM segments WHERE id = ?"));
    row.bind(1, segmentId);
    if (!row.step())
        return std::nullopt;
    return row.int64(0);
}

QByteArray DocumentStore::original(qint64 documentId)
{
    Statement query =
        m_db.prepare(QStringLiteral("SELECT bytes FROM originals WHERE document_id = ?"));
    query.bind(1, documentId);
    return query.step() ? query.blob(0) : QByteArray();
}

DocumentEdit DocumentStore::editableFields(qint64 documentId)
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT title, source_url, obtained_at, notes FROM documents WHERE id = ?"));
    query.bind(1, documentId);
    DocumentEdit edit;
    if (query.step())
        edit = {query.text(0), query.optionalText(1), query.optionalText(2), query.text(3)};
    return edit;
}

void DocumentStore::update(qint64 documentId, const DocumentEdit &edit)
{
    Statement statement = m_db.prepare(QStringLiteral(
        "UPDATE documents SET title = ?, source_url = ?, obtained_at = ?, notes = ? WHERE id = ?"));
    statement.bind(1, edit.title)
        .bind(2, edit.sourceUrl)
        .bind(3, edit.obtainedAt)
        .bind(4, edit.notes)
        .bind(5, documentId)
        .exec();
}

void DocumentStore::setInTrash(qint64 documentId, bool inTrash)
{
    Statement statement = m_db.prepare(QStringLiteral("UPDATE documents SET deleted_at = ? WHERE id = ?"));
    if (inTrash)
        statement.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    else
        statement.bindNull(1);
    statement.bind(2, documentId).exec();
}

} // namespace dossier
