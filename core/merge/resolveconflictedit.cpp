#include "resolveconflictedit.h"

#include "mergeconflicts.h"
#include "recordkind.h"
#include "sqlrow.h"

#include "segmentcorrection.h"

#include "documents/documentstore.h"
#include "storage/database.h"
#include "text/textfolder.h"

#include <cmath>

namespace dossier {

namespace {

QVariant fromJson(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == std::floor(d) && std::abs(d) < 9e15 ? QVariant(qint64(d)) : QVariant(d);
    }
    if (value.isBool())
        return qint64(value.toBool());
    return value.toString();
}

// The local row of a record (a segment: of its document's fingerprint and place).
qint64 localId(Database &db, const QString &table, const QString &uuid)
{
    if (table == QLatin1String("segments")) {
        const QStringList parts = uuid.split(QLatin1Char(':'));
        Statement segment = db.prepare(QStringLiteral(
            "SELECT s.id FROM segments s JOIN documents d ON d.id = s.document_id WHERE d.sha256 = ? AND s.ordinal = ?"));
        segment.bind(1, parts.value(1)).bind(2, parts.value(2).toLongLong());
        return segment.step() ? segment.int64(0) : 0;
    }
    Statement row = db.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE uuid = ?").arg(table));
    row.bind(1, uuid);
    return row.step() ? row.int64(0) : 0;
}

} // namespace

ResolveConflictEdit::ResolveConflictEdit(qint64 conflictId, Choice choice)
    : CaseEdit(choice == Choice::KeepMine ? tr("Keep this copy's version") : tr("Take the other copy's version"),
               CaseArea::Documents | CaseArea::Text | CaseArea::Translations | CaseArea::Glossary | CaseArea::Claims |
                   CaseArea::Entities | CaseArea::Events),
      m_conflictId(conflictId),
      m_choice(choice)
{
}

std::unique_ptr<ResolveConflictEdit> ResolveConflictEdit::choose(qint64 conflictId, Choice choice)
{
    return std::unique_ptr<ResolveConflictEdit>(new ResolveConflictEdit(conflictId, choice));
}

void ResolveConflictEdit::perform(Database &db)
{
    const std::optional<MergeConflict> conflict = MergeConflicts(db).get(m_conflictId);
    if (!conflict)
        throw EditRefused(tr("There is no conflict %1 waiting in this case.").arg(m_conflictId));
    m_journal = RowJournal();
    const RecordKind *kind = RecordKind::forKind(conflict->kind);
    const QString table = kind ? kind->table : QStringLiteral("segments");
    m_target = {kind ? conflict->kind : QStringLiteral("segment"), localId(db, table, conflict->uuid)};
    noteItemBefore(db, m_target);
    setDescription(m_choice == Choice::KeepMine ? tr("Keep this copy's version of “%1”").arg(conflict->label)
                                                : tr("Take the other copy's version of “%1”").arg(conflict->label));
    if (m_choice == Choice::KeepMine) {
        m_journal.remember(db, conflict->uuid, conflict->theirRevision);
    } else {
        takeTheirs(db, *conflict);
    }
    if (m_target.id == 0) // it was deleted here and comes back
        m_target.id = localId(db, table, conflict->uuid);
    m_journal.beforeDelete(db, QStringLiteral("merge_conflicts"), m_conflictId);
    Statement settled = db.prepare(QStringLiteral("DELETE FROM merge_conflicts WHERE id = ?"));
    settled.bind(1, m_conflictId).exec();
}

void ResolveConflictEdit::takeTheirs(Database &db, const MergeConflict &conflict)
{
    if (conflict.kind == QLatin1String("segment")) {
        const qint64 segment = localId(db, QStringLiteral("segments"), conflict.uuid);
        if (segment == 0)
            throw EditRefused(tr("The passage of this conflict is no longer in the case."));
        takeCorrection(db, m_journal, segment, conflict.theirs->value(QStringLiteral("text")).toString(), conflict.theirRevision);
        return;
    }
    const RecordKind *kind = RecordKind::forKind(conflict.kind);
    if (!kind)
        throw EditRefused(tr("This conflict is about a kind of item this version of Dossier does not know."));
    const qint64 here = localId(db, kind->table, conflict.uuid);
    if (!conflict.theirs) { // they deleted it
        if (here == 0)
            return;
        if (kind->table == QLatin1String("documents")) {
            m_journal.beforeUpdate(db, kind->table, here);
            DocumentStore(db).setInTrash(here, true);
        } else {
            m_journal.beforeDelete(db, kind->table, here);
            Statement remove = db.prepare(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(kind->table));
            remove.bind(1, here).exec();
        }
        return;
    }
    SqlRow row;
    for (auto field = conflict.theirs->begin(); field != conflict.theirs->end(); ++field)
        row.set(field.key(), fromJson(field.value()));
    row.set(QStringLiteral("revision"), conflict.theirRevision);
    if (row.columns.contains(QStringLiteral("text")) && kind->content.contains(QStringLiteral("folded")))
        row.set(QStringLiteral("folded"), TextFolder::foldedString(row.value(QStringLiteral("text")).toString()));
    if (here == 0) { // deleted here: it comes back as they have it
        const qint64 id = sqlrow::insert(db, kind->table, row);
        m_journal.inserted(kind->table, id, conflict.uuid);
        return;
    }
    Statement mine = db.prepare(QStringLiteral("SELECT revision FROM %1 WHERE rowid = ?").arg(kind->table));
    mine.bind(1, here).step();
    m_journal.remember(db, conflict.uuid, mine.text(0));
    SqlRow update;
    for (const QString &column : kind->content)
        if (row.columns.contains(column))
            update.set(column, row.value(column));
    update.set(QStringLiteral("revision"), conflict.theirRevision);
    m_journal.beforeUpdate(db, kind->table, here);
    sqlrow::update(db, kind->table, here, update);
}

void ResolveConflictEdit::performAgain(Database &db)
{
    perform(db);
}

void ResolveConflictEdit::takeBack(Database &db)
{
    m_journal.undo(db);
}

} // namespace dossier
