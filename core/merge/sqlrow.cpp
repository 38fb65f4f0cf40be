#include "sqlrow.h"

#include "storage/database.h"

#include <QJsonObject>

#include <sqlite3.h>

namespace dossier {

QVariant SqlRow::value(const QString &column) const
{
    const qsizetype at = columns.indexOf(column);
    return at < 0 ? QVariant() : values.at(at);
}

void SqlRow::set(const QString &column, const QVariant &value)
{
    const qsizetype at = columns.indexOf(column);
    if (at < 0) {
        columns << column;
        values << value;
    } else {
        values[at] = value;
    }
}

void SqlRow::remove(const QString &column)
{
    const qsizetype at = columns.indexOf(column);
    if (at >= 0) {
        columns.removeAt(at);
        values.removeAt(at);
    }
}

namespace sqlrow {

namespace {

QString quoted(const QString &column)
{
    return QLatin1Char('"') + column + QLatin1Char('"');
}

} // namespace

QVariant value(const Statement &statement, int column)
{
    switch (statement.columnType(column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return statement.int64(column);
    case SQLITE_FLOAT:
        return statement.real(column);
    case SQLITE_BLOB:
        return statement.blob(column);
    default:
        return statement.text(column);
    }
}

void bind(Statement &statement, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        statement.bindNull(index);
        break;
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        statement.bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
        statement.bind(index, value.toDouble());
        break;
    case QMetaType::QByteArray:
        statement.bindBlob(index, value.toByteArray());
        break;
    default:
        if (value.isNull())
            statement.bindNull(index);
        else
            statement.bind(index, value.toString());
    }
}

QStringList columns(Database &db, const QString &table)
{
    Statement names = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    names.bind(1, table);
    QStringList result;
    while (names.step())
        result << names.text(0);
    return result;
}

std::vector<SqlRow> readWhere(Database &db, const QString &table, const QString &where, const QVariant &argument)
{
    const QStringList names = columns(db, table);
    QStringList list;
    for (const QString &name : names)
        list << quoted(name);
    Statement rows = db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY rowid").arg(list.join(QLatin1Char(',')), table, where));
    bind(rows, 1, argument);
    std::vector<SqlRow> result;
    while (rows.step()) {
        SqlRow row{names, {}};
        for (int c = 0; c < names.size(); ++c)
            row.values << value(rows, c);
        result.push_back(std::move(row));
    }
    return result;
}

std::optional<SqlRow> read(Database &db, const QString &table, qint64 id)
{
    std::vector<SqlRow> rows = readWhere(db, table, QStringLiteral("rowid = ?"), id);
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

qint64 insert(Database &db, const QString &table, const SqlRow &row)
{
    const QStringList present = columns(db, table);
    QStringList names, marks;
    QVariantList values;
    for (int c = 0; c < row.columns.size(); ++c) {
        if (!present.contains(row.columns[c]))
            continue;
        names << quoted(row.columns[c]);
        marks << QStringLiteral("?");
        values << row.values[c];
    }
    Statement insert = db.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)").arg(table, names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (int i = 0; i < values.size(); ++i)
        bind(insert, i + 1, values[i]);
    insert.exec();
    return db.lastInsertId();
}

void update(Database &db, const QString &table, qint64 id, const SqlRow &row)
{
    const QStringList present = columns(db, table);
    QStringList sets;
    QVariantList values;
    for (int c = 0; c < row.columns.size(); ++c) {
        if (!present.contains(row.columns[c]) || row.columns[c] == QLatin1String("id"))
            continue;
        sets << quoted(row.columns[c]) + QStringLiteral(" = ?");
        values << row.values[c];
    }
    if (sets.isEmpty())
        return;
    Statement update = db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE rowid = ?").arg(table, sets.join(QLatin1Char(','))));
    int i = 1;
    for (const QVariant &value : values)
        bind(update, i++, value);
    update.bind(i, id);
    update.exec();
}

QJsonValue toJson(const std::optional<SqlRow> &row)
{
    if (!row)
        return QJsonValue::Null;
    QJsonObject object;
    for (int c = 0; c < row->columns.size(); ++c) {
        const QString &column = row->columns[c];
        const QVariant &value = row->values[c];
        if (column == QLatin1String("id") || column == QLatin1String("folded") || value.typeId() == QMetaType::QByteArray)
            continue;
        object.insert(column, value.isNull() ? QJsonValue::Null : QJsonValue::fromVariant(value));
    }
    return object;
}

} // namespace sqlrow

} // namespace dossier
