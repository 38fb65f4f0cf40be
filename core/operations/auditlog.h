#pragma once

#include <QString>

#include <vector>

namespace dossier {

class Database;

// One change in a case's audit trail.
struct AuditEntry
{
    QString at; // UTC, ISO 8601 with milliseconds
    QString author;
    QString action; // create, edit, undo, redo
    QString description;
    QString targetKind;
    qint64 targetId = 0;
};

// The case's audit trail: every change with who made it and when. Written inside the
// change's own transaction, so the trail and the case never disagree.
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    void record(const QString &action, const QString &description, const QString &targetKind = {},
                qint64 targetId = 0);
    // The changes made to one item, oldest first.
    std::vector<AuditEntry> history(const QString &targetKind, qint64 targetId);
    std::vector<AuditEntry> all();

private:
    Database &m_db;
};

} // namespace dossier
