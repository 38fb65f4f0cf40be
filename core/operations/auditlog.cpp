#include "auditlog.h"

#include "author.h"
#include "storage/database.h"

#include <QDateTime>

namespace dossier {

namespace {

std::vector<AuditEntry> read(Statement &rows)
{
    std::vector<AuditEntry> entries;
    while (rows.step())
        entries.push_back({rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.int64(5)});
    return entries;
}

const QString kColumns = QStringLiteral("at, author, action, detail, target_kind, target_id");

} // namespace

void AuditLog::record(const QString &action, const QString &description, const QString &targetKind, qint64 targetId)
{
    Statement insert = m_db.prepare(QStringLiteral("INSERT INTO audit(%1) VALUES (?, ?, ?, ?, ?, ?)").arg(kColumns));
    insert.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(2, Author::current())
        .bind(3, action)
        .bind(4, description)
        .bind(5, targetKind)
        .bind(6, targetId)
        .exec();
}

std::vector<AuditEntry> AuditLog::history(const QString &targetKind, qint64 targetId)
{
    Statement rows = m_db.prepare(
        QStringLiteral("SELECT %1 FROM audit WHERE target_kind = ? AND target_id = ? ORDER BY id").arg(kColumns));
    rows.bind(1, targetKind).bind(2, targetId);
    return read(rows);
}

std::vector<AuditEntry> AuditLog::all()
{
    Statement rows = m_db.prepare(QStringLiteral("SELECT %1 FROM audit ORDER BY id").arg(kColumns));
    return read(rows);
}

} // namespace dossier
