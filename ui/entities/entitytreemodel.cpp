#include "entities/entitytreemodel.h"

#include "entities/entitydialog.h"
#include "entities/entitystore.h"
#include "entities/screeninglist.h"
#include "session/casesession.h"
#include "shell/reviewcontrols.h"

#include <algorithm>
#include <map>

namespace dossier {

EntityTreeModel::EntityTreeModel(QObject *parent) : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Entity"), tr("Mentions"), tr("Lists"), tr("Review")});
}

void EntityTreeModel::setSession(CaseSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &CaseSession::entitiesChanged, this, &EntityTreeModel::reload);
        connect(m_session, &CaseSession::documentsChanged, this, &EntityTreeModel::reload);
    }
    reload();
}

QModelIndex EntityTreeModel::indexOfEntity(qint64 entityId) const
{
    for (int group = 0; group < rowCount(); ++group)
        for (int row = 0; row < item(group)->rowCount(); ++row)
            if (item(group)->child(row)->data(EntityIdRole).toLongLong() == entityId)
                return item(group)->child(row)->index();
    return {};
}

void EntityTreeModel::setReviewFilter(std::optional<ReviewState> state)
{
    m_reviewFilter = state;
    reload();
}

void EntityTreeModel::reload()
{
    removeRows(0, rowCount());
    if (m_session) {
        m_session->read([&](Database &db) {
            EntityStore store(db);
            ScreeningList screening(db);
            std::map<EntityType, QStandardItem *> groups;
            for (const Entity &e : store.list()) {
                if (m_reviewFilter && e.review.state != *m_reviewFilter)
                    continue;
                QStandardItem *&group = groups[e.type];
                if (!group) {
                    group = new QStandardItem(entityTypeLabel(e.type));
                    group->setForeground(entityTypeColor(e.type));
                    QFont bold = group->font();
                    bold.setBold(true);
                    group->setFont(bold);
                    group->setEditable(false);
                    appendRow({group, new QStandardItem, new QStandardItem, new QStandardItem});
                }
                const std::vector<Mention> mentions = store.mentionsOf(e.id);
                const int confirmed = int(std::count_if(mentions.begin(), mentions.end(), [](const Mention &m) {
                    return m.status == Mention::Status::Confirmed;
                }));
                const auto hits = screening.check(e);
                auto *name = new QStandardItem(e.displayName());
                name->setData(e.id, EntityIdRole);
                name->setData(e.allNames().join(QLatin1Char(' ')), AllNamesRole);
                auto *count = new QStandardItem(tr("%1 (%2 confirmed)").arg(mentions.size()).arg(confirmed));
                auto *flag = new QStandardItem(hits.empty() ? QString() : QStringLiteral("⚑ %1").arg(hits.size()));
                if (!hits.empty()) {
                    flag->setForeground(QColor(180, 0, 0));
                    flag->setToolTip(hits.front().entry.list + QStringLiteral(": ") + hits.front().entry.name +
                                     QStringLiteral(" — ") + hits.front().entry.source);
                }
                auto *review = new QStandardItem(ReviewControls::text(e.review));
                review->setForeground(ReviewControls::color(e.review.state));
                review->setToolTip(e.review.note);
                for (QStandardItem *cell : {name, count, flag, review})
                    cell->setEditable(false);
                group->appendRow({name, count, flag, review});
            }
        });
    }
    Q_EMIT reloaded();
}

} // namespace dossier
