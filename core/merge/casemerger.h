#pragma once

#include "mergereport.h"
#include "recordhistory.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QVariantList>

#include <map>
#include <unordered_map>
#include <unordered_set>

namespace dossier {

class Database;
class RowJournal;
struct RecordKind;

// Brings into one copy of a case ("mine") what another copy ("theirs") holds, deciding
// record by record with both copies' histories: a record only one side changed since
// they parted takes that side's version; one both changed is a conflict, kept with both
// versions for a person to choose; a record one side deleted is deleted only if the
// other never changed it (documents go to the trash, never further); new records come
// in. Documents are the same when their original bytes are (SHA-256), other records
// when their uuid is (or their natural key, for an alias or a glossary term made twice).
//
// The decisions depend only on the two copies, not on the order of merges, so merging
// A then B gives what B then A gives. A dry run decides everything and writes nothing.
// Runs inside the caller's transaction; SqlError escapes.
class CaseMerger
{
    Q_DECLARE_TR_FUNCTIONS(CaseMerger)

public:
    CaseMerger(Database &mine, Database &theirs, QString sourceName, RowJournal *journal);

    MergeReport run(); // with a null journal: a dry run

private:
    // A record as a merge compares it: identity, revision, content, references (as that
    // copy's ids), natural key and the words that name it.
    struct Loaded
    {
        qint64 id = 0;
        QString uuid;
        QString token;
        QVariantList content;
        QVariantList references;
        QVariantList key;
        QStringList labels;
    };
    enum class Verdict { Same, KeepMine, TakeTheirs, Conflict };
    Verdict decide(const QString &mineUuid, const QString &mineToken, const QString &theirUuid, const QString &theirToken,
                   bool sameContent) const;

    void mergeDocuments();
    void mergeCorrections(qint64 myDocument, qint64 theirDocument, const QString &sha256);
    void mergeRecords(const RecordKind &kind);
    // Their version replaces this copy's: content, then revision (no new revision is made).
    void takeTheirs(const RecordKind &kind, const Loaded &here, const QString &label, const QVariantList &content,
                    const QString &theirToken);
    void deleteMine(const RecordKind &kind, const Loaded &mine);
    void addTheirs(const RecordKind &kind, const Loaded &theirs);
    void conflict(const QString &kind, const QString &uuid, const QString &label, const QJsonValue &mine,
                  const QJsonValue &theirs, const QString &theirToken, const QString &detail = {});
    void uniteHistories();
    void bringAuditTrail();

    std::vector<Loaded> load(Database &db, const RecordKind &kind);
    // Their row id of `table` as the id here; 0 when it is not here.
    qint64 translate(const QString &table, qint64 theirId) const;
    QString labelOf(const Loaded &row) const;

    bool writing() const { return m_journal != nullptr; }
    void change(MergeChange::Action action, const QString &kind, const QString &uuid, const QString &label,
                const QString &detail = {});

    Database &m_mine;
    Database &m_theirs;
    RowJournal *m_journal;
    MergeReport m_report;
    RecordHistory m_mineHistory;
    RecordHistory m_theirHistory;
    std::map<QString, std::unordered_map<qint64, qint64>> m_ids; // table -> their id -> id here
    std::unordered_set<QString> m_liveHere; // uuids of records this case holds after the merge
    qint64 m_nextPlaceholder = -1; // a dry run's stand-in ids for records it would add
};

} // namespace dossier
