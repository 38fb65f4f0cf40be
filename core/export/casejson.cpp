#include "casejson.h"

#include "../documents/originalcheck.h"
#include "../figures/figureindex.h"
#include "../operations/auditlog.h"
#include "../storage/database.h"
#include "../casefile/migrations.h"
#include "../storage/sqlerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <map>

#include <sqlite3.h>

namespace dossier {

namespace {

// What is wrong with a row, from SQLite's constraint message, in the export's terms.
QString rowProblem(const SqlError &error)
{
    const QString message = error.message();
    static const QRegularExpression notNull(QStringLiteral(R"(NOT NULL constraint failed: \w+\.(\w+))"));
    static const QRegularExpression unique(QStringLiteral(R"(UNIQUE constraint failed: ([\w., ]+))"));
    if (const QRegularExpressionMatch m = notNull.match(message); m.hasMatch())
        return CaseJson::tr("“%1” is missing").arg(m.captured(1));
    if (const QRegularExpressionMatch m = unique.match(message); m.hasMatch())
        return CaseJson::tr("it repeats another row's %1").arg(m.captured(1));
    if (message.contains(QLatin1String("FOREIGN KEY")))
        return CaseJson::tr("it refers to a row the export does not hold");
    return message;
}

} // namespace

QStringList CaseJson::tables(Database &db)
{
    QStringList virtualTables;
    std::map<QString, QStringList> references; // table -> the tables it refers to
    Statement schema = db.prepare(QStringLiteral(
        "SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\' ORDER BY name"));
    while (schema.step()) {
        if (schema.integer(1))
            virtualTables << schema.text(0);
        else
            references[schema.text(0)];
    }
    const auto derived = [&](const QString &table) {
        if (table == QLatin1String("figures"))
            return true;
        for (const QString &index : virtualTables)
            if (table.startsWith(index + QLatin1Char('_'))) // an FTS5 index's own storage
                return true;
        return false;
    };
    for (auto &[table, parents] : references) {
        Statement keys = db.prepare(QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list('%1')").arg(table));
        while (keys.step())
            if (keys.text(0) != table)
                parents << keys.text(0);
    }
    // Parents first; ties in name order, so the export reads the same every time.
    QStringList ordered;
    std::function<void(const QString &)> visit = [&](const QString &table) {
        if (ordered.contains(table))
            return;
        for (const QString &parent : references[table])
            visit(parent);
        ordered << table;
    };
    for (const auto &entry : references)
        visit(entry.first);
    ordered.erase(std::remove_if(ordered.begin(), ordered.end(), derived), ordered.end());
    return ordered;
}

namespace {

QStringList columnsOf(Database &db, const QString &table)
{
    Statement names = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    QStringList columns;
    while (names.step())
        columns << names.text(0);
    return columns;
}

// One row as JSON; column names come from the table itself, so new columns travel too.
QJsonObject rowJson(const Statement &query, const QStringList &columns)
{
    QJsonObject row;
    for (int c = 0; c < columns.size(); ++c) {
        if (query.isNull(c)) {
            row.insert(columns[c], QJsonValue());
            continue;
        }
        switch (query.columnType(c)) {
        case SQLITE_INTEGER:
            row.insert(columns[c], query.int64(c));
            break;
        case SQLITE_FLOAT:
            row.insert(columns[c], query.real(c));
            break;
        case SQLITE_BLOB:
            row.insert(columns[c], QJsonObject{{QStringLiteral("base64"), QString::fromLatin1(query.blob(c).toBase64())}});
            break;
        default:
            row.insert(columns[c], query.text(c));
        }
    }
    return row;
}

} // namespace

QJsonObject CaseJson::exportCase(Database &db)
{
    QJsonObject tablesJson;
    for (const QString &table : tables(db)) {
        const QStringList columns = columnsOf(db, table);
        Statement query = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
        QJsonArray rows;
        while (query.step())
            rows.append(rowJson(query, columns));
        tablesJson.insert(table, rows);
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("dossier-case")},
                       {QStringLiteral("schema_version"), Migrations::latestVersion()},
                       {QStringLiteral("tables"), tablesJson}};
}

Status CaseJson::write(Database &db, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("The export could not be written: %1").arg(file.errorString()), path);
    // Row by row: a case with thousands of originals never sits in memory whole.
    auto put = [&file](const QByteArray &bytes) { return file.write(bytes) == bytes.size(); };
    bool ok = put("{\n\"format\": \"dossier-case\",\n\"schema_version\": " +
                  QByteArray::number(Migrations::latestVersion()) + ",\n\"tables\": {");
    bool firstTable = true;
    for (const QString &table : tables(db)) {
        if (!ok)
            break;
        const QStringList columns = columnsOf(db, table);
        ok = put(QByteArray(firstTable ? "\n" : ",\n") + "\"" + table.toUtf8() + "\"" +
                 ": [");
        firstTable = false;
        Statement query = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
        bool firstRow = true;
        while (ok && query.step()) {
            ok = put((firstRow ? "\n" : ",\n") + QJsonDocument(rowJson(query, columns)).toJson(QJsonDocument::Compact));
            firstRow = false;
        }
        ok = ok && put(firstRow ? "]" : "\n]");
    }
    ok = ok && put("\n}\n}\n");
    if (!ok || !file.commit())
        return Error(tr("The export could not be written: %1").arg(file.errorString()), path);
    return {};
}

Status CaseJson::importCase(Database &db, const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("dossier-case"))
        return Error(tr("This JSON file is not a Dossier case export."));
    if (json.value(QStringLiteral("schema_version")).toInt() > Migrations::latestVersion())
        return Error(tr("This export comes from a newer version of Dossier; update Dossier to import it."));
    if (db.queryInt(QStringLiteral("SELECT count(*) FROM documents")) > 0)
        return Error(tr("Import a case export into a new, empty case."));
    const QJsonObject tablesJson = json.value(QStringLiteral("tables")).toObject();
    try {
        Transaction transaction(db);
        // The new case's own trail (its creation) follows the imported one.
        db.exec(QStringLiteral("DELETE FROM audit"));
        for (const QString &table : tables(db)) {
            const QJsonArray rows = tablesJson.value(table).toArray();
            if (rows.isEmpty())
                continue;
            Statement names = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
            QStringList columns;
            while (names.step())
                columns << names.text(0);
            QStringList quoted, marks;
            for (const QString &column : columns) {
                quoted << QLatin1Char('"') + column + QLatin1Char('"');
                marks << QStringLiteral("?");
            }
            Statement insert = db.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                              .arg(table, quoted.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
            for (int r = 0; r < rows.size(); ++r) {
                if (!rows[r].isObject())
                    return Error(tr("The export is damaged: row %1 of “%2” is not a record.").arg(r + 1).arg(table));
                const QJsonObject row = rows[r].toObject();
                for (int c = 0; c < columns.size(); ++c) {
                    const QJsonValue value = row.value(columns[c]);
                    if (value.isNull() || value.isUndefined())
                        insert.bindNull(c + 1);
                    else if (value.isObject())
                        insert.bindBlob(c + 1, QByteArray::fromBase64(value.toObject().value(QStringLiteral("base64")).toString().toLatin1()));
                    else if (value.isDouble()) {
                        const double d = value.toDouble();
                        if (d == double(qint64(d)) && std::abs(d) < 9e15)
                            insert.bind(c + 1, qint64(d));
                        else
                            insert.bind(c + 1, d);
                    } else if (value.isBool())
                        insert.bind(c + 1, value.toBool() ? 1 : 0);
                    else
                        insert.bind(c + 1, value.toString());
                }
                try {
                    insert.exec();
                } catch (const SqlError &error) {
                    return Error(tr("The export is damaged: row %1 of “%2” cannot be stored (%3). Nothing was imported.")
                                     .arg(r + 1)
                                     .arg(table, rowProblem(error)),
                                 error.message());
                }
            }
        }
        // An export is only a carrier: every original must still be the file that was
        // imported, or nothing of it comes in.
        const std::vector<OriginalMismatch> mismatches = OriginalCheck::verify(db);
        if (!mismatches.empty()) {
            return Error(tr("Nothing was imported: %n document(s) of the export cannot be trusted.", nullptr, int(mismatches.size())) +
                         QLatin1Char('\n') + OriginalCheck::describe(mismatches).join(QLatin1Char('\n')));
        }
        FigureIndex(db).rebuild();
        AuditLog(db).record(QStringLiteral("import-case"), tr("Rebuilt from a JSON export"), QStringLiteral("case"));
        transaction.commit();
        return {};
    } catch (const SqlError &error) {
        return Error(tr("The case export could not be imported: %1").arg(error.userMessage()), error.message());
    }
}

} // namespace dossier
