#include "auditlog.h"

#include "author.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonDocument>

#include <map>

namespace dossier {

namespace {

std::vector<AuditEntry> read(Statement &rows)
{
    std::vector<AuditEntry> entries;
    while (rows.step())
        entries.push_back({rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.int64(5),
                           QJsonDocument::fromJson(rows.text(6).toUtf8()).object(),
                           QJsonDocument::fromJson(rows.text(7).toUtf8()).object()});
    return entries;
}

const QString kColumns = QStringLiteral("at, author, action, detail, target_kind, target_id, snapshot, snapshot_before");

// The tables of the items whose history is kept with their values.
QString tableOf(const QString &kind)
{
    static const std::map<QString, QString> tables = {
        {QStringLiteral("document"), QStringLiteral("documents")}, {QStringLiteral("entity"), QStringLiteral("entities")},
        {QStringLiteral("event"), QStringLiteral("events")},       {QStringLiteral("claim"), QStringLiteral("claims")},
        {QStringLiteral("segment"), QStringLiteral("segments")},
    };
    const auto found = tables.find(kind);
    return found == tables.end() ? QString() : found->second;
}

// Columns that are bookkeeping or derived, never what a person changed.
bool bookkeeping(const QString &column)
{
    static const QStringList skipped = {QStringLiteral("id"),        QStringLiteral("uuid"),       QStringLiteral("revision"),
                                        QStringLiteral("folded"),    QStringLiteral("date_start"), QStringLiteral("date_end"),
                                        QStringLiteral("created_at"), QStringLiteral("imported_at"), QStringLiteral("ordinal"),
                                        QStringLiteral("start"),     QStringLiteral("end"),        QStringLiteral("document_id"),
                                        QStringLiteral("page"),      QStringLiteral("sha256"),     QStringLiteral("size")};
    return skipped.contains(column);
}

} // namespace

QJsonObject AuditLog::snapshot(const QString &targetKind, qint64 targetId)
{
    const QString table = tableOf(targetKind);
    QJsonObject item;
    if (table.isEmpty() || targetId <= 0)
        return item;
    Statement names = m_db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    names.bind(1, table);
    QStringList columns;
    while (names.step())
        if (!bookkeeping(names.text(0)))
            columns << names.text(0);
    QStringList quoted;
    for (const QString &column : columns)
        quoted << QLatin1Char('"') + column + QLatin1Char('"');
    Statement row = m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(quoted.join(QLatin1Char(',')), table));
    row.bind(1, targetId);
    if (!row.step())
        return item; // deleted by this change
    for (int c = 0; c < columns.size(); ++c)
        item.insert(columns[c], row.isNull(c) ? QJsonValue() : QJsonValue(row.text(c)));
    if (table == QLatin1String("entities")) {
        Statement aliases = m_db.prepare(QStringLiteral("SELECT group_concat(text, ', ') FROM aliases WHERE entity_id = ?"));
        aliases.bind(1, targetId);
        if (aliases.step())
            item.insert(QStringLiteral("aliases"), aliases.text(0));
    }
    return item;
}

std::vector<FieldChange> AuditLog::changes(const QJsonObject &before, const QJsonObject &after)
{
    std::vector<FieldChange> result;
    for (auto field = after.begin(); field != after.end(); ++field)
        if (before.value(field.key()) != field.value())
            result.push_back({field.key(), before.value(field.key()), field.value()});
    return result;
}

void AuditLog::record(const QString &action, const QString &description, const QString &targetKind, qint64 targetId,
                      const QJsonObject &before)
{
    const QJsonObject item = snapshot(targetKind, targetId);
    const auto json = [](const QJsonObject &o) {
        return o.isEmpty() ? std::optional<QString>() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    Statement insert = m_db.prepare(QStringLiteral("INSERT INTO audit(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns));
    insert.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(2, Author::current())
        .bind(3, action)
        .bind(4, description)
        .bind(5, targetKind)
        .bind(6, targetId)
        .bind(7, json(item))
        .bind(8, json(before))
        .exec();
}

std::vector<AuditEntry> AuditLog::history(const QString &targetKind, qint64 targetId)
{
    Statement rows = m_db.prepare(
        QStringLiteral("SELECT %1 FROM audit WHERE target_kind = ? AND target_id = ? ORDER BY at, id").arg(kColumns));
    rows.bind(1, targetKind).bind(2, targetId);
    return read(rows);
}

std::vector<AuditEntry> AuditLog::all()
{
    Statement rows = m_db.prepare(QStringLiteral("SELECT %1 FROM audit ORDER BY id").arg(kColumns));
    return read(rows);
}

} // namespace dossier
