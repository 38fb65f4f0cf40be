#pragma once

#include "sqlrow.h"

#include <functional>
#include <map>
#include <vector>

namespace dossier {

class Database;

// What a merge wrote, row by row, so that undo can put the case back exactly: rows it
// added are deleted again (and leave no tombstone, since they were never here), rows
// it changed get their old values back, rows it deleted come back with their ids and
// identities, together with the rows their deletion cascaded to.
class RowJournal
{
public:
    void inserted(const QString &table, qint64 id, const QString &uuid = {});
    void beforeUpdate(Database &db, const QString &table, qint64 id);
    // Call before deleting: keeps the row and every row its deletion will cascade to.
    void beforeDelete(Database &db, const QString &table, qint64 id);
    // The rows a deletion of this row would take with it (uuid-carrying ones only),
    // as (table, uuid).
    static std::vector<std::pair<QString, QString>> cascade(Database &db, const QString &table, qint64 id);

    // Records that the case has seen this revision of a record (merge bookkeeping).
    void remember(Database &db, const QString &uuid, const QString &revision);
    // Work of another store (an OCR correction) that puts its own rows back.
    void onUndo(std::function<void(Database &)> restore);

    void undo(Database &db) const;
    bool isEmpty() const { return m_entries.empty(); }

private:
    enum class Kind { Inserted, Updated, Deleted, Custom };
    struct Entry
    {
        Kind kind;
        QString table;
        qint64 id = 0;
        QString uuid;
        std::vector<std::pair<QString, SqlRow>> rows; // Updated: the row before; Deleted: it and its dependants
        std::function<void(Database &)> restore; // Custom
    };
    static void collect(Database &db, const QString &table, const SqlRow &row, std::vector<std::pair<QString, SqlRow>> &into);
    std::vector<Entry> m_entries;
};

} // namespace dossier
