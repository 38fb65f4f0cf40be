#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace dossier {

class Database;
class Statement;

// One row of any table as column names and values, for the code that moves records
// between two copies of a case without knowing their tables.
struct SqlRow
{
    QStringList columns;
    QVariantList values;

    QVariant value(const QString &column) const;
    void set(const QString &column, const QVariant &value);
    void remove(const QString &column);
};

namespace sqlrow {

QVariant value(const Statement &statement, int column);
void bind(Statement &statement, int index, const QVariant &value);
// A table's columns in schema order.
QStringList columns(Database &db, const QString &table);
// Every column of the row with this id (nothing when there is none).
std::optional<SqlRow> read(Database &db, const QString &table, qint64 id);
// Rows matching `where` (with `?` bound to `argument`), id first.
std::vector<SqlRow> readWhere(Database &db, const QString &table, const QString &where, const QVariant &argument);
// Inserts the row's columns that the table has; returns the new row's id.
qint64 insert(Database &db, const QString &table, const SqlRow &row);
void update(Database &db, const QString &table, qint64 id, const SqlRow &row);
// The row as JSON for a person to compare (no ids, no derived columns, no bytes); null
// when there is no row.
QJsonValue toJson(const std::optional<SqlRow> &row);

} // namespace sqlrow

} // namespace dossier
