#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <unordered_map>

namespace dossier {

class Database;
class Statement;

// Brings a document the receiving case does not hold over from another copy, whole:
// its record, original bytes, pages, segments (with any corrections), OCR words and
// figures. Translations, mentions and evidence follow as records of their own.
class DocumentCopier
{
public:
    DocumentCopier(Database &from, Database &to);
    ~DocumentCopier();

    // The new document's id here; `segments` gets the other copy's segment ids mapped to the new ones.
    qint64 copy(qint64 documentId, std::unordered_map<qint64, qint64> &segments);

private:
    struct Table;
    Table &table(const QString &name);
    Database &m_from;
    Database &m_to;
    std::unordered_map<QString, std::unique_ptr<Table>> m_tables;
};

} // namespace dossier
