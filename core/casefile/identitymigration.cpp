#include "identitymigration.h"

#include "../storage/database.h"

#include <QCryptographicHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace dossier {

namespace {

// A version 4 UUID, from SQLite's own random source, so triggers can make one.
const QString kNewUuid = QStringLiteral(
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "
    "substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))");
const QString kNewRevision = QStringLiteral("lower(hex(randomblob(8)))");
const QString kNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");

// The tables whose rows people make: the columns whose change is a new revision, and
// the columns that tell a row from its neighbours without its content (see
// existingIdentity). Frozen as released: a later migration that adds a content column
// adds its trigger.
struct RecordTable
{
    const char *table;
    std::vector<const char *> content;
    std::vector<const char *> identity;
};

const RecordTable kRecordTables[] = {
    {"documents", {"title", "notes", "source_url", "obtained_at", "deleted_at"}, {"sha256"}},
    {"translations", {"language", "text", "origin", "preferred", "reviewed"}, {"id", "segment_id", "created_at"}},
    {"glossary", {"rendering", "note"}, {"term"}},
    {"entities", {"type", "name_zh", "name_en", "notes", "uscc", "review_state", "review_note"}, {"id", "created_at"}},
    {"aliases", {"text"}, {"entity_id", "text"}},
    {"mentions", {"status"}, {"entity_id", "segment_id", "field", "start", "end"}},
    {"relations", {"from_id", "to_id", "kind", "note"}, {"id", "from_id", "to_id"}},
    {"relation_evidence", {"quote"}, {"relation_id", "segment_id", "start", "end"}},
    {"events", {"date", "date_start", "date_end", "title", "description", "tags", "review_state", "review_note"},
     {"id", "created_at"}},
    {"event_entities", {}, {"event_id", "entity_id"}},
    {"event_evidence", {"field", "start", "end", "quote", "translation_quote", "note"}, {"event_id", "segment_id", "start", "end"}},
    {"claims", {"text", "draft", "status", "note", "checked_by", "checked_at", "review_state", "review_note"},
     {"id", "created_at"}},
    {"claim_evidence", {"quote"}, {"claim_id", "segment_id", "start", "end"}},
    {"screening_entries", {"name", "aliases", "source", "details"}, {"list", "name"}},
};

// A name-based (version 5 style) UUID from a row's table and identity columns. Copies of
// one case made before this migration are upgraded one by one, on different laptops:
// rows they shared when they parted have the same ids, times and keys in each, so they
// get the same uuid in each, and a first merge recognises them instead of doubling them.
QString existingIdentity(const QString &table, const QStringList &values)
{
    QByteArray digest = QCryptographicHash::hash(
        (QStringLiteral("dossier:") + table + QLatin1Char(':') + values.join(QChar(0x1f))).toUtf8(), QCryptographicHash::Sha1);
    digest[6] = char((digest[6] & 0x0f) | 0x50);
    digest[8] = char((digest[8] & 0x3f) | 0x80);
    const QString hex = QString::fromLatin1(digest.left(16).toHex());
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) + QLatin1Char('-') +
           hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

// Gives the existing rows of `table` their uuid from their identity columns and, unless
// the table has none, a first revision from their content: copies that still agree on a
// row after upgrading apart also agree on its revision, so a change since in either
// copy is seen as a change of one side only.
void identifyExisting(Database &db, const QString &table, const std::vector<const char *> &identity,
                      const std::optional<std::vector<const char *>> &content)
{
    QStringList columns;
    for (const char *column : identity)
        columns << QLatin1Char('"') + QLatin1String(column) + QLatin1Char('"');
    if (content)
        for (const char *column : *content)
            columns << QLatin1Char('"') + QLatin1String(column) + QLatin1Char('"');
    Statement rows = db.prepare(QStringLiteral("SELECT rowid, %1 FROM %2").arg(columns.join(QLatin1Char(',')), table));
    Statement update = db.prepare(content ? QStringLiteral("UPDATE %1 SET uuid = ?, revision = ? WHERE rowid = ?").arg(table)
                                          : QStringLiteral("UPDATE %1 SET uuid = ? WHERE rowid = ?").arg(table));
    const int identityCount = int(identity.size());
    while (rows.step()) {
        QStringList key, values;
        for (int c = 1; c <= columns.size(); ++c)
            (c <= identityCount ? key : values) << rows.text(c);
        const QString uuid = existingIdentity(table, key);
        update.reset();
        update.bind(1, uuid);
        if (content)
            update.bind(2, existingIdentity(uuid, values).remove(QLatin1Char('-')).left(16)).bind(3, rows.int64(0));
        else
            update.bind(2, rows.int64(0));
        update.exec();
    }
}

QString quoted(const QString &column)
{
    return QLatin1Char('"') + column + QLatin1Char('"');
}

void addIdentity(Database &db, const QString &table, const std::vector<const char *> &content,
                 const std::vector<const char *> &identity)
{
    db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN uuid TEXT").arg(table));
    db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN revision TEXT").arg(table));
    identifyExisting(db, table, identity, content);
    // Two rows that agree on every identity column (a duplicate no constraint forbade)
    // keep the first its uuid; the others get random ones.
    db.exec(QStringLiteral("UPDATE %1 SET uuid = %2 WHERE rowid NOT IN (SELECT min(rowid) FROM %1 GROUP BY uuid)")
                .arg(table, kNewUuid));
    db.exec(QStringLiteral("CREATE UNIQUE INDEX %1_uuid ON %1(uuid)").arg(table));
    // A row written without an identity (by any writer) gets one; a row put back with
    // its identity (an undo, a merge) is no longer deleted.
    db.exec(QStringLiteral("CREATE TRIGGER %1_identity AFTER INSERT ON %1 WHEN new.uuid IS NULL OR new.revision IS NULL "
                           "BEGIN UPDATE %1 SET uuid = coalesce(new.uuid, %2), revision = coalesce(new.revision, %3) "
                           "WHERE rowid = new.rowid; END")
                .arg(table, kNewUuid, kNewRevision));
    db.exec(QStringLiteral("CREATE TRIGGER %1_undeleted AFTER INSERT ON %1 WHEN new.uuid IS NOT NULL "
                           "BEGIN DELETE FROM tombstones WHERE uuid = new.uuid; END")
                .arg(table));
    if (!content.empty()) {
        QStringList columns, changed;
        for (const char *name : content) {
            const QString column = QLatin1String(name);
            columns << quoted(column);
            changed << QStringLiteral("old.%1 IS NOT new.%1").arg(quoted(column));
        }
        // A writer that sets the revision itself (a merge taking the other copy's
        // version) is trusted; any other change of content is a new revision.
        db.exec(QStringLiteral("CREATE TRIGGER %1_revise AFTER UPDATE OF %2 ON %1 "
                               "WHEN new.revision IS old.revision AND (%3) BEGIN "
                               "INSERT OR IGNORE INTO revisions(uuid, revision) VALUES (old.uuid, old.revision); "
                               "UPDATE %1 SET revision = %4 WHERE rowid = new.rowid; END")
                    .arg(table, columns.join(QLatin1Char(',')), changed.join(QStringLiteral(" OR ")), kNewRevision));
    }
    db.exec(QStringLiteral("CREATE TRIGGER %1_tombstone AFTER DELETE ON %1 BEGIN "
                           "INSERT OR IGNORE INTO revisions(uuid, revision) VALUES (old.uuid, old.revision); "
                           "INSERT OR REPLACE INTO tombstones(uuid, kind, revision, deleted_at) "
                           "VALUES (old.uuid, '%1', old.revision, %2); END")
                .arg(table, kNow));
}

} // namespace

void addRecordIdentity(Database &db)
{
    db.exec(QStringLiteral("CREATE TABLE revisions (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL, revision TEXT NOT NULL, "
                           "UNIQUE (uuid, revision))"));
    db.exec(QStringLiteral("CREATE TABLE tombstones (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, "
                           "revision TEXT NOT NULL, deleted_at TEXT NOT NULL)"));
    // Items changed on both sides of a merge, kept until a person chooses a version:
    // both versions as JSON (null: deleted on that side).
    db.exec(QStringLiteral("CREATE TABLE merge_conflicts (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, uuid TEXT NOT NULL, "
                           "label TEXT NOT NULL DEFAULT '', mine TEXT, theirs TEXT, their_revision TEXT NOT NULL, "
                           "source TEXT NOT NULL, found_at TEXT NOT NULL, UNIQUE (uuid, their_revision))"));
    for (const char *table : {"entities", "events", "claims"}) {
        db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN review_state TEXT NOT NULL DEFAULT 'draft'").arg(QLatin1String(table)));
        db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN review_note TEXT NOT NULL DEFAULT ''").arg(QLatin1String(table)));
    }
    for (const RecordTable &record : kRecordTables)
        addIdentity(db, QLatin1String(record.table), record.content, record.identity);

    // A segment is known by its document's fingerprint and its place; its revision is
    // NULL as imported and changes with each correction of its text.
    db.exec(QStringLiteral("ALTER TABLE segments ADD COLUMN revision TEXT"));
    db.exec(QStringLiteral(
        "CREATE TRIGGER segments_revise AFTER UPDATE OF text ON segments "
        "WHEN new.revision IS old.revision AND old.text IS NOT new.text BEGIN "
        "INSERT OR IGNORE INTO revisions(uuid, revision) VALUES ("
        "'segment:' || (SELECT sha256 FROM documents WHERE id = old.document_id) || ':' || old.ordinal, "
        "coalesce(old.revision, 'imported')); "
        "UPDATE segments SET revision = %1 WHERE rowid = new.rowid; END")
                .arg(kNewRevision));

    // The trail's rows travel with merges too; snapshots of the item before and after
    // each change let its history show old and new values, whichever copy made it.
    db.exec(QStringLiteral("ALTER TABLE audit ADD COLUMN uuid TEXT"));
    db.exec(QStringLiteral("ALTER TABLE audit ADD COLUMN snapshot TEXT"));
    db.exec(QStringLiteral("ALTER TABLE audit ADD COLUMN snapshot_before TEXT"));
    identifyExisting(db, QStringLiteral("audit"), {"id", "at", "author", "action", "detail"}, std::nullopt);
    db.exec(QStringLiteral("UPDATE audit SET uuid = %1 WHERE rowid NOT IN (SELECT min(rowid) FROM audit GROUP BY uuid)").arg(kNewUuid));
    db.exec(QStringLiteral("CREATE UNIQUE INDEX audit_uuid ON audit(uuid)"));
    db.exec(QStringLiteral("CREATE TRIGGER audit_identity AFTER INSERT ON audit WHEN new.uuid IS NULL "
                           "BEGIN UPDATE audit SET uuid = %1 WHERE rowid = new.rowid; END")
                .arg(kNewUuid));
}

} // namespace dossier
