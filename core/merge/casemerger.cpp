#include "casemerger.h"

#include "recordkind.h"
#include "rowjournal.h"
#include "sqlrow.h"

#include "storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace dossier {

namespace {

QString quoted(const QString &column)
{
    return QLatin1Char('"') + column + QLatin1Char('"');
}

QString keyString(const QVariantList &values)
{
    QStringList parts;
    for (const QVariant &value : values)
        parts << value.toString();
    return parts.join(QChar(0x1f));
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

CaseMerger::CaseMerger(Database &mine, Database &theirs, QString sourceName, RowJournal *journal)
    : m_mine(mine), m_theirs(theirs), m_journal(journal)
{
    m_report.source = std::move(sourceName);
    m_report.dryRun = journal == nullptr;
}

MergeReport CaseMerger::run()
{
    m_mineHistory = RecordHistory::read(m_mine);
    m_theirHistory = RecordHistory::read(m_theirs);
    mergeDocuments();
    for (const RecordKind &kind : RecordKind::all())
        if (kind.table != QLatin1String("documents"))
            mergeRecords(kind);
    if (writing()) {
        uniteHistories();
        bringAuditTrail();
    }
    return m_report;
}

CaseMerger::Verdict CaseMerger::decide(const QString &mineUuid, const QString &mineToken, const QString &theirUuid,
                                       const QString &theirToken, bool sameContent) const
{
    if (sameContent || mineToken == theirToken)
        return Verdict::Same;
    if (m_mineHistory.had(mineUuid, theirToken))
        return Verdict::KeepMine; // theirs is a version this copy moved on from
    if (m_theirHistory.had(theirUuid, mineToken))
        return Verdict::TakeTheirs; // only they changed it since
    return Verdict::Conflict;
}

std::vector<CaseMerger::Loaded> CaseMerger::load(Database &db, const RecordKind &kind)
{
    QStringList columns{QStringLiteral("rowid"), QStringLiteral("uuid"), QStringLiteral("revision")};
    for (const QString &column : kind.content)
        columns << quoted(column);
    for (const RecordReference &reference : kind.references)
        columns << quoted(reference.column);
    for (const QString &column : kind.naturalKey)
        columns << quoted(column);
    for (const QString &column : kind.labelColumns)
        columns << quoted(column);
    Statement rows = db.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(columns.join(QLatin1Char(',')), kind.table));
    std::vector<Loaded> loaded;
    while (rows.step()) {
        Loaded row;
        row.id = rows.int64(0);
        row.uuid = rows.text(1);
        row.token = rows.text(2);
        int c = 3;
        for (qsizetype i = 0; i < kind.content.size(); ++i)
            row.content << sqlrow::value(rows, c++);
        for (size_t i = 0; i < kind.references.size(); ++i)
            row.references << sqlrow::value(rows, c++);
        for (qsizetype i = 0; i < kind.naturalKey.size(); ++i)
            row.key << sqlrow::value(rows, c++);
        for (qsizetype i = 0; i < kind.labelColumns.size(); ++i)
            row.labels << rows.text(c++);
        loaded.push_back(std::move(row));
    }
    return loaded;
}

qint64 CaseMerger::translate(const QString &table, qint64 theirId) const
{
    const auto ids = m_ids.find(table);
    if (ids == m_ids.end())
        return 0;
    const auto found = ids->second.find(theirId);
    return found == ids->second.end() ? 0 : found->second;
}

QString CaseMerger::labelOf(const Loaded &row) const
{
    for (const QString &label : row.labels)
        if (!label.trimmed().isEmpty())
            return label.size() > 80 ? label.left(79) + QChar(0x2026) : label;
    return {};
}

void CaseMerger::change(MergeChange::Action action, const QString &kind, const QString &uuid, const QString &label,
                        const QString &detail)
{
    m_report.changes.push_back({action, kind, uuid, label, detail});
}

void CaseMerger::conflict(const QString &kind, const QString &uuid, const QString &label, const QJsonValue &mine,
                          const QJsonValue &theirs, const QString &theirToken, const QString &detail)
{
    change(MergeChange::Action::Conflict, kind, uuid, label, detail);
    if (!writing())
        return;
    const auto text = [](const QJsonValue &value) {
        return value.isNull() ? std::optional<QString>()
                              : std::optional<QString>(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    };
    Statement insert = m_mine.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO merge_conflicts(kind, uuid, label, mine, theirs, their_revision, source, found_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(1, kind).bind(2, uuid).bind(3, label).bind(4, text(mine)).bind(5, text(theirs)).bind(6, theirToken);
    insert.bind(7, m_report.source).bind(8, now()).exec();
    if (m_mine.changes() > 0)
        m_journal->inserted(QStringLiteral("merge_conflicts"), m_mine.lastInsertId());
}

void CaseMerger::mergeRecords(const RecordKind &kind)
{
    const std::vector<Loaded> mine = load(m_mine, kind);
    const std::vector<Loaded> theirs = load(m_theirs, kind);
    std::unordered_map<QString, const Loaded *> mineByUuid, mineByKey;
    for (const Loaded &row : mine) {
        mineByUuid[row.uuid] = &row;
        if (!kind.naturalKey.isEmpty())
            mineByKey[keyString(row.key)] = &row;
        m_liveHere.insert(row.uuid);
    }
    std::unordered_set<QString> theirUuids;
    for (const Loaded &row : theirs)
        theirUuids.insert(row.uuid);

    // What they deleted and this copy still has: gone here too, unless changed here since.
    std::unordered_set<QString> deletedNow;
    for (const Loaded &row : mine) {
        const std::optional<QString> deleted = m_theirHistory.deletedAt(row.uuid);
        if (theirUuids.count(row.uuid) || !deleted)
            continue;
        const QString theirToken = QStringLiteral("deleted:") + *deleted;
        if (m_mineHistory.had(row.uuid, theirToken))
            continue; // a person here already chose to keep it
        if (*deleted == row.token || m_theirHistory.had(row.uuid, row.token)) {
            deleteMine(kind, row);
            if (!m_liveHere.count(row.uuid))
                deletedNow.insert(row.uuid);
        } else {
            conflict(kind.kind, row.uuid, labelOf(row), sqlrow::toJson(sqlrow::read(m_mine, kind.table, row.id)), QJsonValue::Null,
                     theirToken, tr("changed here, deleted in the other copy"));
        }
    }

    std::unordered_map<qint64, qint64> &ids = m_ids[kind.table];
    const auto translated = [&](const Loaded &row, const QStringList &columns, const QVariantList &values) {
        QVariantList result = values;
        for (qsizetype i = 0; i < columns.size(); ++i)
            for (size_t r = 0; r < kind.references.size(); ++r)
                if (kind.references[r].column == columns[i])
                    result[i] = translate(kind.references[r].table, row.references[int(r)].toLongLong());
        return result;
    };
    for (const Loaded &row : theirs) {
        const Loaded *here = nullptr;
        if (const auto found = mineByUuid.find(row.uuid); found != mineByUuid.end())
            here = found->second;
        else if (!kind.naturalKey.isEmpty())
            if (const auto found = mineByKey.find(keyString(translated(row, kind.naturalKey, row.key))); found != mineByKey.end())
                here = found->second;
        if (here && deletedNow.count(here->uuid))
            here = nullptr; // the same item under a new identity (an alias typed again): it comes in
        if (here) {
            ids[row.id] = here->id;
            const QVariantList content = translated(row, kind.content, row.content);
            switch (decide(here->uuid, here->token, row.uuid, row.token, content == here->content)) {
            case Verdict::Same:
                if (writing() && here->token != row.token)
                    m_journal->remember(m_mine, here->uuid, row.token);
                break;
            case Verdict::KeepMine:
                break;
            case Verdict::TakeTheirs:
                takeTheirs(kind, *here, labelOf(row), content, row.token);
                break;
            case Verdict::Conflict: {
                std::optional<SqlRow> theirRow = sqlrow::read(m_theirs, kind.table, row.id);
                for (int c = 0; c < kind.content.size(); ++c)
                    theirRow->set(kind.content[c], content[c]);
                conflict(kind.kind, here->uuid, labelOf(row), sqlrow::toJson(sqlrow::read(m_mine, kind.table, here->id)),
                         sqlrow::toJson(theirRow), row.token, tr("changed in both copies"));
                break;
            }
            }
            continue;
        }
        if (const std::optional<QString> deleted = m_mineHistory.deletedAt(row.uuid)) {
            const bool overruled = m_theirHistory.had(row.uuid, QStringLiteral("deleted:") + *deleted);
            if (!overruled && (*deleted == row.token || m_mineHistory.had(row.uuid, row.token)))
                continue; // deleted here, and they have not changed it since
            if (!overruled) {
                std::optional<SqlRow> theirRow = sqlrow::read(m_theirs, kind.table, row.id);
                for (size_t r = 0; r < kind.references.size(); ++r)
                    theirRow->set(kind.references[r].column, translate(kind.references[r].table, row.references[int(r)].toLongLong()));
                conflict(kind.kind, row.uuid, labelOf(row), QJsonValue::Null, sqlrow::toJson(theirRow), row.token,
                         tr("deleted here, changed in the other copy"));
                continue;
            }
        }
        addTheirs(kind, row);
    }
}

void CaseMerger::takeTheirs(const RecordKind &kind, const Loaded &here, const QString &label, const QVariantList &content,
                            const QString &theirToken)
{
    change(MergeChange::Action::Update, kind.kind, here.uuid, label, tr("changed only in the other copy"));
    if (!writing())
        return;
    m_journal->beforeUpdate(m_mine, kind.table, here.id);
    SqlRow update{kind.content, content};
    update.set(QStringLiteral("revision"), theirToken);
    sqlrow::update(m_mine, kind.table, here.id, update);
}

void CaseMerger::deleteMine(const RecordKind &kind, const Loaded &mine)
{
    int unseen = 0;
    for (const auto &[table, uuid] : RowJournal::cascade(m_mine, kind.table, mine.id))
        if (!m_theirHistory.deletedAt(uuid))
            ++unseen;
    const QString theirToken = QStringLiteral("deleted:") + m_theirHistory.deletedAt(mine.uuid).value_or(QString());
    if (unseen > 0) {
        conflict(kind.kind, mine.uuid, labelOf(mine), sqlrow::toJson(sqlrow::read(m_mine, kind.table, mine.id)), QJsonValue::Null,
                 theirToken, tr("deleted in the other copy, but here it holds %n item(s) the other copy never had", nullptr, unseen));
        return;
    }
    change(MergeChange::Action::Delete, kind.kind, mine.uuid, labelOf(mine));
    m_liveHere.erase(mine.uuid);
    if (!writing())
        return;
    m_journal->beforeDelete(m_mine, kind.table, mine.id);
    Statement remove = m_mine.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(kind.table));
    remove.bind(1, mine.id).exec();
}

void CaseMerger::addTheirs(const RecordKind &kind, const Loaded &theirs)
{
    std::optional<SqlRow> row = writing() ? sqlrow::read(m_theirs, kind.table, theirs.id) : std::nullopt;
    for (size_t r = 0; r < kind.references.size(); ++r) {
        const RecordReference &reference = kind.references[r];
        const qint64 here = theirs.references[int(r)].isNull() ? 0 : translate(reference.table, theirs.references[int(r)].toLongLong());
        if (here == 0 && !reference.optional) {
            ++m_report.unplaced; // its document or parent is not here (left out, or deleted here)
            return;
        }
        if (row)
            row->set(reference.column, here == 0 ? QVariant() : QVariant(here));
    }
    change(MergeChange::Action::Add, kind.kind, theirs.uuid, labelOf(theirs));
    m_liveHere.insert(theirs.uuid);
    if (!writing()) {
        m_ids[kind.table][theirs.id] = m_nextPlaceholder--;
        return;
    }
    row->remove(QStringLiteral("id"));
    const qint64 id = sqlrow::insert(m_mine, kind.table, *row);
    m_journal->inserted(kind.table, id, theirs.uuid);
    m_ids[kind.table][theirs.id] = id;
}

void CaseMerger::uniteHistories()
{
    Statement theirs = m_theirs.prepare(QStringLiteral("SELECT uuid, revision FROM revisions ORDER BY id"));
    Statement insert = m_mine.prepare(QStringLiteral("INSERT OR IGNORE INTO revisions(uuid, revision) VALUES (?, ?)"));
    while (theirs.step()) {
        insert.reset();
        insert.bind(1, theirs.text(0)).bind(2, theirs.text(1)).exec();
        if (m_mine.changes() > 0)
            m_journal->inserted(QStringLiteral("revisions"), m_mine.lastInsertId());
    }
    // Deletions this copy did not know of travel on, so a third copy merged later hears of them.
    Statement tombstones = m_theirs.prepare(QStringLiteral("SELECT uuid, kind, revision, deleted_at FROM tombstones ORDER BY id"));
    Statement keep = m_mine.prepare(QStringLiteral("INSERT OR IGNORE INTO tombstones(uuid, kind, revision, deleted_at) VALUES (?, ?, ?, ?)"));
    while (tombstones.step()) {
        if (m_liveHere.count(tombstones.text(0)))
            continue;
        keep.reset();
        keep.bind(1, tombstones.text(0)).bind(2, tombstones.text(1)).bind(3, tombstones.text(2)).bind(4, tombstones.text(3)).exec();
        if (m_mine.changes() > 0)
            m_journal->inserted(QStringLiteral("tombstones"), m_mine.lastInsertId());
    }
}

void CaseMerger::bringAuditTrail()
{
    std::unordered_set<QString> known;
    Statement mine = m_mine.prepare(QStringLiteral("SELECT uuid FROM audit"));
    while (mine.step())
        known.insert(mine.text(0));
    Statement theirs = m_theirs.prepare(
        QStringLiteral("SELECT at, author, action, detail, target_kind, target_id, uuid, snapshot, snapshot_before FROM audit "
                       "ORDER BY id"));
    Statement insert = m_mine.prepare(QStringLiteral(
        "INSERT INTO audit(at, author, action, detail, target_kind, target_id, uuid, snapshot, snapshot_before) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    while (theirs.step()) {
        if (known.count(theirs.text(6)) || theirs.text(2) == QLatin1String("create"))
            continue;
        const RecordKind *kind = RecordKind::forKind(theirs.text(4));
        const QString table = theirs.text(4) == QLatin1String("segment") ? QStringLiteral("segments")
                              : kind                                      ? kind->table
                                                                          : QString();
        const qint64 target = table.isEmpty() ? 0 : translate(table, theirs.int64(5));
        insert.reset();
        insert.bind(1, theirs.text(0)).bind(2, theirs.text(1)).bind(3, theirs.text(2)).bind(4, theirs.text(3));
        insert.bind(5, theirs.text(4)).bind(6, target).bind(7, theirs.text(6)).bind(8, theirs.optionalText(7));
        insert.bind(9, theirs.optionalText(8)).exec();
        m_journal->inserted(QStringLiteral("audit"), m_mine.lastInsertId());
    }
}

} // namespace dossier
