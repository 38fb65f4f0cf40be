#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace dossier {

class Database;

// An item two copies of a case changed differently, with both versions, waiting for a
// person to choose one. A side that deleted the item has no version (null).
struct MergeConflict
{
    qint64 id = 0;
    QString kind; // RecordKind::kind, or "segment"
    QString uuid;
    QString label;
    std::optional<QJsonObject> mine;
    std::optional<QJsonObject> theirs;
    QString theirRevision;
    QString source;
    QString foundAt;

    // The fields in which the versions differ, in the order the record has them.
    QStringList differingFields() const;
};

class MergeConflicts
{
public:
    explicit MergeConflicts(Database &db) : m_db(db) {}
    std::vector<MergeConflict> all();
    std::optional<MergeConflict> get(qint64 id);

private:
    std::vector<MergeConflict> query(const QString &where, qint64 id);
    Database &m_db;
};

} // namespace dossier
