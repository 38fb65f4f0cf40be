#pragma once

#include <QUndoCommand>

#include <vector>

namespace dossier {

class CaseSession;

// Deletes documents by moving them to the case's trash; undo brings them back with
// everything attached to them.
class MoveToTrashCommand : public QUndoCommand
{
public:
    MoveToTrashCommand(CaseSession *session, std::vector<qint64> documentIds);

    void redo() override { apply(true); }
    void undo() override { apply(false); }

private:
    void apply(bool inTrash);

    CaseSession *m_session;
    std::vector<qint64> m_documentIds;
};

} // namespace dossier
