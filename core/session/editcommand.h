#pragma once

#include "operations/caseedit.h"

#include <QUndoCommand>

#include <memory>

namespace dossier {

class CaseSession;

// The undo stack's step for any edit of the case: core's CaseEdit does the work, this
// only replays it. Pushed after the edit was first applied, so the push's redo() does
// nothing.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(CaseSession *session, std::shared_ptr<CaseEdit> edit);

    void redo() override;
    void undo() override;

private:
    CaseSession *m_session;
    std::shared_ptr<CaseEdit> m_edit;
};

} // namespace dossier
