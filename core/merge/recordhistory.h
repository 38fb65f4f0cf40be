#pragma once

#include <QHash>
#include <QString>

#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace dossier {

class Database;

// What one copy of a case knows of its records' past: every revision each record has
// had, and the records it deleted (with the revision they had then). A merge asks it
// whether the other copy's version of a record is one this copy already moved on from.
class RecordHistory
{
public:
    static RecordHistory read(Database &db);

    // Whether the record had this revision here (now or before).
    bool had(const QString &uuid, const QString &revision) const;
    // The revision the record had when it was deleted here, if it was.
    std::optional<QString> deletedAt(const QString &uuid) const;
    std::optional<QString> deletedKind(const QString &uuid) const;
    void add(const QString &uuid, const QString &revision);
    const std::unordered_map<QString, std::pair<QString, QString>> &tombstones() const { return m_tombstones; }

private:
    std::unordered_set<QString> m_known; // uuid + '\n' + revision
    std::unordered_map<QString, std::pair<QString, QString>> m_tombstones; // uuid -> (kind, revision)
};

} // namespace dossier
