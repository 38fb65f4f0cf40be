#include "glossarycommand.h"

#include "../casesession.h"
#include "storage/casefile.h"

#include <QCoreApplication>

namespace dossier {

GlossaryCommand::GlossaryCommand(CaseSession *session, std::optional<GlossaryEntry> before,
                                 std::optional<GlossaryEntry> after)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
    setText(!m_before ? QCoreApplication::translate("GlossaryCommand", "Add glossary term")
            : !m_after ? QCoreApplication::translate("GlossaryCommand", "Remove glossary term")
                       : QCoreApplication::translate("GlossaryCommand", "Edit glossary term"));
}

void GlossaryCommand::apply(const std::optional<GlossaryEntry> &from, const std::optional<GlossaryEntry> &to)
{
    m_session->write([&] {
        Glossary glossary(m_session->caseFile().db());
        if (from && (!to || from->term != to->term)) {
            for (const GlossaryEntry &entry : glossary.entries())
                if (entry.term == from->term)
                    glossary.remove(entry.id);
        }
        if (to)
            glossary.add(to->term, to->rendering, to->note);
    });
    m_session->notifyGlossaryChanged();
}

} // namespace dossier
