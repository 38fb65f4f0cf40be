#pragma once

#include "../import/importeddocument.h"
#include "documentinfo.h"

#include <QByteArray>

#include <optional>
#include <vector>

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

    std::optional<qint64> findBySha256(const QString &sha256);
    qint64 insert(const ImportedDocument &document, const QByteArray &original,
                  const QString &sha256, const Provenance &provenance);

    std::vector<DocumentInfo> list();
    std::optional<DocumentInfo> get(qint64 id);
    std::vector<PageInfo> pages(qint64 documentId);
    std::vector<SegmentInfo> segments(qint64 documentId);
    QByteArray original(qint64 documentId);

private:
    Database &m_db;
};

} // namespace dossier
