#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace dossier {

// One thing a merge brings (or would bring, in a dry run) into a case.
struct MergeChange
{
    enum class Action { Add, Update, Delete, Conflict };
    Action action = Action::Add;
    QString kind; // RecordKind::kind, or "segment"
    QString uuid;
    QString label; // the item as a person recognises it: a title, a name, a quote
    QString detail; // for a conflict: what each side did

    static QString actionName(Action action); // "add" ... as JSON writes it
};

// What a merge did, in the words of its summary and as JSON for dossier-cli.
struct MergeReport
{
    Q_DECLARE_TR_FUNCTIONS(MergeReport)

public:
    QString source; // the other copy's file name
    bool dryRun = false;
    std::vector<MergeChange> changes;
    int unplaced = 0; // records of the other copy whose document or parent is not here

    int count(MergeChange::Action action) const;
    std::vector<MergeChange> conflicts() const;
    // "3 documents and 12 entities added, 2 events updated, 1 conflict to resolve" ...
    QStringList summary() const;
    QJsonObject toJson() const;
};

} // namespace dossier
