#pragma once

#include <QJsonObject>
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
    QJsonObject snapshot; // the item as the change left it (empty: not recorded)
    QJsonObject before;   // the item as the change found it (empty: it was new, or not recorded)
};

// One field an edit changed, as two snapshots of the item tell it.
struct FieldChange
{
    QString field;
    QJsonValue before;
    QJsonValue after;
};

// The case's audit trail: every change with who made it and when. Written inside the
// change's own transaction, so the trail and the case never disagree.
class AuditLog
{
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    void record(const QString &action, const QString &description, const QString &targetKind = {},
                qint64 targetId = 0, const QJsonObject &before = {});
    // The changes made to one item, oldest first.
    std::vector<AuditEntry> history(const QString &targetKind, qint64 targetId);
    std::vector<AuditEntry> all();
    // The fields in which two snapshots of an item differ, in the item's column order.
    static std::vector<FieldChange> changes(const QJsonObject &before, const QJsonObject &after);

    // The item's fields now, as the trail keeps them (empty for kinds it does not keep).
    QJsonObject snapshot(const QString &targetKind, qint64 targetId);

private:
    Database &m_db;
};

} // namespace dossier
