#include "mergereport.h"

#include "recordkind.h"

#include <QJsonArray>

#include <algorithm>
#include <iterator>
#include <map>

namespace dossier {

QString MergeChange::actionName(Action action)
{
    switch (action) {
    case Action::Add:
        return QStringLiteral("add");
    case Action::Update:
        return QStringLiteral("update");
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

int MergeReport::count(MergeChange::Action action) const
{
    return int(std::count_if(changes.begin(), changes.end(), [&](const MergeChange &c) { return c.action == action; }));
}

std::vector<MergeChange> MergeReport::conflicts() const
{
    std::vector<MergeChange> result;
    std::copy_if(changes.begin(), changes.end(), std::back_inserter(result),
                 [](const MergeChange &c) { return c.action == MergeChange::Action::Conflict; });
    return result;
}

QStringList MergeReport::summary() const
{
    QStringList lines;
    const auto line = [&](MergeChange::Action action, const QString &heading) {
        std::map<QString, int> perKind;
        for (const MergeChange &change : changes)
            if (change.action == action)
                ++perKind[RecordKind::label(change.kind)];
        if (perKind.empty())
            return;
        QStringList parts;
        for (const auto &[kind, n] : perKind)
            parts << QStringLiteral("%1 × %2").arg(kind).arg(n);
        lines << heading.arg(parts.join(QStringLiteral(", ")));
    };
    line(MergeChange::Action::Add, dryRun ? tr("Would add: %1") : tr("Added: %1"));
    line(MergeChange::Action::Update, dryRun ? tr("Would update: %1") : tr("Updated: %1"));
    line(MergeChange::Action::Delete, dryRun ? tr("Would delete (deleted in the other copy): %1")
                                             : tr("Deleted (deleted in the other copy): %1"));
    const int conflicts = count(MergeChange::Action::Conflict);
    if (conflicts > 0)
        lines << tr("%n item(s) changed in both copies: choose a version for each.", nullptr, conflicts);
    if (unplaced > 0)
        lines << tr("%n item(s) of the other copy refer to something this case does not hold and were left out.", nullptr,
                    unplaced);
    if (lines.isEmpty())
        lines << tr("Nothing to bring in: this case already holds everything the other copy has.");
    return lines;
}

QJsonObject MergeReport::toJson() const
{
    QJsonArray list;
    for (const MergeChange &change : changes)
        list.append(QJsonObject{{QStringLiteral("action"), MergeChange::actionName(change.action)},
                                {QStringLiteral("kind"), change.kind},
                                {QStringLiteral("uuid"), change.uuid},
                                {QStringLiteral("label"), change.label},
                                {QStringLiteral("detail"), change.detail}});
    return QJsonObject{{QStringLiteral("source"), source},
                       {QStringLiteral("dry_run"), dryRun},
                       {QStringLiteral("added"), count(MergeChange::Action::Add)},
                       {QStringLiteral("updated"), count(MergeChange::Action::Update)},
                       {QStringLiteral("deleted"), count(MergeChange::Action::Delete)},
                       {QStringLiteral("conflicts"), count(MergeChange::Action::Conflict)},
                       {QStringLiteral("left_out"), unplaced},
                       {QStringLiteral("changes"), list}};
}

} // namespace dossier
