#pragma once

#include "reviewstate.h"

#include <optional>

#include <QStandardItemModel>

namespace dossier {

class CaseSession;

// The case's entities grouped by type, with how often each is mentioned (and how many of
// those a person confirmed) and whether it stands on a screening list. Refreshed when
// entities or documents change. Filter on AllNamesRole to find an entity by any of its
// names, Chinese, English or alias.
class EntityTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role { EntityIdRole = Qt::UserRole + 1, AllNamesRole };
    enum Column { Name, Mentions, Lists, Review, ColumnCount };

    explicit EntityTreeModel(QObject *parent = nullptr);

    void setSession(CaseSession *session);
    void reload();
    QModelIndex indexOfEntity(qint64 entityId) const;
    // Lists only entities in this review state (nothing: all).
    void setReviewFilter(std::optional<ReviewState> state);

Q_SIGNALS:
    void reloaded();

private:
    CaseSession *m_session = nullptr;
    std::optional<ReviewState> m_reviewFilter;
};

} // namespace dossier
