#include "editcommand.h"

#include "casesession.h"

namespace dossier {

EditCommand::EditCommand(CaseSession *session, std::shared_ptr<CaseEdit> edit)
    : m_session(session), m_edit(std::move(edit))
{
    setText(m_edit->description());
}

void EditCommand::redo()
{
    if (!m_edit->isApplied())
        m_session->applyEdit(*m_edit);
}

void EditCommand::undo()
{
    if (m_edit->isApplied())
        m_session->revertEdit(*m_edit);
}

} // namespace dossier
