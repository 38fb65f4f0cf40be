#pragma once

#include "entities/entity.h"

#include <QWidget>

class QLineEdit;
class QTreeWidget;

namespace dossier {

class BackgroundJob;

class CaseSession;

// The case's entities by type, with their mention counts and screening-list flags: create,
// edit, merge, delete (all undoable), scan the case for mentions, and take suggestions.
class EntityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EntityPanel(CaseSession *session, QWidget *parent = nullptr);

    void setSession(CaseSession *session);

    QTreeWidget *tree() const { return m_tree; }
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
    void reload();

    CaseSession *m_session = nullptr;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace dossier
