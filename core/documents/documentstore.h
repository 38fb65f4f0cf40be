#pragma once

#include "importeddocument.h"
#include "documentinfo.h"

#include <QByteArray>

#include <optional>
#include <vector>

class QIODevice;

namespace dossier {

class Database;

// Where a document came from, as the reporter tells it.
struct Provenance
{
    QString fileName;
    std::optional<QString> sourceUrl;
    std::optional<QString> obtainedAt;
};

// Reads and writes documents, pages and segments. Callers own the transaction: one
// imported document is one unit of work.
class DocumentStore
{
public:
    explicit DocumentStore(Database &db) : m_db(db) {}

    // Any document with these bytes, including one in the trash.
    std::optional<qint64> findBySha256(const QString &sha256);
    // A document written in parts (a long text read piece by piece): its record, its
    // original streamed from `source`, then its pages and segments, part after part.
    qint64 insertRecord(const ImportedDocument &document, qint64 size, const QString &sha256, const Provenance &provenance);
    void streamOriginal(qint64 documentId, QIODevice &source, qint64 size);
    // Pages and segments (numbered on from `ordinal`), with their figures and translations.
    void insertContent(qint64 documentId, const ImportedDocument &document, int &ordinal);
    qint64 insert(const ImportedDocument &document, const QByteArray &original,
                  const QString &sha256, const Provenance &provenance);

    std::vector<DocumentInfo> list(bool includeTrash = false);
    std::optional<DocumentInfo> get(qint64 id);
    std::vector<PageInfo> pages(qint64 documentId);
    std::vector<SegmentInfo> segments(qint64 documentId);
    // A segment's original text as it reads now; nothing when there is no such segment.
    std::optional<QString> segmentText(qint64 segmentId);
    std::optional<qint64> documentOfSegment(qint64 segmentId);
    QByteArray original(qint64 documentId);

    DocumentEdit editableFields(qint64 documentId);
    void update(qint64 documentId, const DocumentEdit &edit);
    // Deleting moves to the trash; restoring takes it out again. Both are undoable.
    void setInTrash(qint64 documentId, bool inTrash);

private:
    Database &m_db;
};

} // namespace dossier
