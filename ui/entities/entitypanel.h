#pragma once

#include "entities/entity.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace dossier {

class BackgroundJob;

class CaseSession;
class EntityTreeModel;

// The case's entities by type, with their mention counts and screening-list flags: create,
// edit, merge, delete (all undoable), scan the case for mentions, and take suggestions.
class EntityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EntityPanel(CaseSession *session, QWidget *parent = nullptr);

    void setSession(CaseSession *session);

    QTreeView *tree() const { return m_tree; }
    EntityTreeModel *model() const { return m_model; }
    qint64 currentEntityId() const;
    void selectEntity(qint64 id);

    qint64 createEntity(const Entity &entity); // undoable; returns the new id
    void editEntity(qint64 id, const Entity &entity);
    void deleteEntity(qint64 id);
    void mergeEntities(qint64 into, qint64 from);
    // Starts the scan; its outcome arrives when the returned job finishes.
    BackgroundJob *scanForMentions();
    void showSuggestions();

Q_SIGNALS:
    void entityActivated(qint64 id);
    void networkRequested();
    void statusMessage(const QString &message);

private:
    CaseSession *m_session = nullptr;
    QLineEdit *m_filter;
    EntityTreeModel *m_model;
    QSortFilterProxyModel *m_filtered;
    QTreeView *m_tree;
    qint64 m_keep = 0; // the entity chosen, chosen again after a reload
};

} // namespace dossier
