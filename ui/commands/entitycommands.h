#pragma once

#include "entities/entitystore.h"

#include <QUndoCommand>

#include <functional>
#include <vector>

namespace dossier {

class CaseSession;
class Database;

// Any edit of entities, mentions or relations, undone by putting back snapshots of the
// entities it touches: creating, editing, deleting and merging entities, tagging a
// mention, confirming or rejecting found ones, adding a relation.
class EntityEditCommand : public QUndoCommand
{
public:
    // `change` runs inside a transaction and returns the ids of entities it created.
    using Change = std::function<std::vector<qint64>(EntityStore &)>;

    EntityEditCommand(CaseSession *session, const QString &text, std::vector<qint64> touched, Change change);

    void redo() override;
    void undo() override;
    // Entities the first redo created (e.g. the entity a new tag made).
    const std::vector<qint64> &created() const { return m_created; }

private:
    CaseSession *m_session;
    std::vector<qint64> m_touched;
    Change m_change;
    std::vector<EntitySnapshot> m_before;
    std::vector<EntitySnapshot> m_after;
    std::vector<qint64> m_created;
    bool m_done = false;
};

} // namespace dossier
