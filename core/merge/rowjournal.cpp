#include "rowjournal.h"

#include "storage/database.h"

namespace dossier {

namespace {

struct ChildKey
{
    QString table;
    QString column;
};

// Tables whose rows go when a row of `parent` goes (ON DELETE CASCADE), read from the
// schema, so a table added later is covered without a change here.
std::vector<ChildKey> cascadingChildren(Database &db, const QString &parent)
{
    std::vector<ChildKey> children;
    Statement tables = db.prepare(QStringLiteral(
        "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
        "WHERE m.type = 'table' AND f.\"table\" = ? AND f.on_delete = 'CASCADE'"));
    tables.bind(1, parent);
    while (tables.step())
        children.push_back({tables.text(0), tables.text(1)});
    return children;
}

} // namespace

void RowJournal::inserted(const QString &table, qint64 id, const QString &uuid)
{
    m_entries.push_back({Kind::Inserted, table, id, uuid, {}, {}});
}

void RowJournal::beforeUpdate(Database &db, const QString &table, qint64 id)
{
    if (std::optional<SqlRow> row = sqlrow::read(db, table, id))
        m_entries.push_back({Kind::Updated, table, id, {}, {{table, std::move(*row)}}, {}});
}

void RowJournal::collect(Database &db, const QString &table, const SqlRow &row,
                         std::vector<std::pair<QString, SqlRow>> &into)
{
    for (const auto &[seenTable, seen] : into)
        if (seenTable == table && seen.values == row.values)
            return; // reached twice (a relation from an entity to itself)
    const QVariant id = row.value(QStringLiteral("id"));
    into.emplace_back(table, row);
    for (const ChildKey &child : cascadingChildren(db, table))
        for (const SqlRow &dependant : sqlrow::readWhere(db, child.table, QStringLiteral("\"%1\" = ?").arg(child.column), id))
            collect(db, child.table, dependant, into);
}

void RowJournal::beforeDelete(Database &db, const QString &table, qint64 id)
{
    std::optional<SqlRow> row = sqlrow::read(db, table, id);
    if (!row)
        return;
    Entry entry{Kind::Deleted, table, id, {}, {}, {}};
    collect(db, table, *row, entry.rows);
    m_entries.push_back(std::move(entry));
}

std::vector<std::pair<QString, QString>> RowJournal::cascade(Database &db, const QString &table, qint64 id)
{
    std::vector<std::pair<QString, QString>> dependants;
    std::optional<SqlRow> row = sqlrow::read(db, table, id);
    if (!row)
        return dependants;
    std::vector<std::pair<QString, SqlRow>> rows;
    collect(db, table, *row, rows);
    for (size_t i = 1; i < rows.size(); ++i) {
        const QString uuid = rows[i].second.value(QStringLiteral("uuid")).toString();
        if (!uuid.isEmpty())
            dependants.emplace_back(rows[i].first, uuid);
    }
    return dependants;
}

void RowJournal::remember(Database &db, const QString &uuid, const QString &revision)
{
    Statement seen = db.prepare(QStringLiteral("INSERT OR IGNORE INTO revisions(uuid, revision) VALUES (?, ?)"));
    seen.bind(1, uuid).bind(2, revision).exec();
    if (db.changes() > 0)
        inserted(QStringLiteral("revisions"), db.lastInsertId());
}

void RowJournal::onUndo(std::function<void(Database &)> restore)
{
    m_entries.push_back({Kind::Custom, {}, 0, {}, {}, std::move(restore)});
}

void RowJournal::undo(Database &db) const
{
    for (auto entry = m_entries.rbegin(); entry != m_entries.rend(); ++entry) {
        switch (entry->kind) {
        case Kind::Inserted: {
            Statement remove = db.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(entry->table));
            remove.bind(1, entry->id).exec();
            if (!entry->uuid.isEmpty()) {
                Statement forget = db.prepare(QStringLiteral("DELETE FROM tombstones WHERE uuid = ?"));
                forget.bind(1, entry->uuid).exec();
            }
            break;
        }
        case Kind::Updated:
            sqlrow::update(db, entry->table, entry->id, entry->rows.front().second);
            break;
        case Kind::Deleted:
            for (const auto &[table, row] : entry->rows)
                sqlrow::insert(db, table, row);
            break;
        case Kind::Custom:
            entry->restore(db);
            break;
        }
    }
}

} // namespace dossier
