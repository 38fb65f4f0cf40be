#include "glossaryedit.h"

#include <QCoreApplication>

namespace dossier {

namespace {

std::optional<GlossaryEntry> entryFor(Glossary &glossary, const QString &term)
{
    for (const GlossaryEntry &entry : glossary.entries())
        if (entry.term == term)
            return entry;
    return std::nullopt;
}

} // namespace

GlossaryEdit::GlossaryEdit(const QString &description, std::optional<GlossaryEntry> before,
                           std::optional<GlossaryEntry> after)
    : CaseEdit(description, CaseArea::Glossary), m_before(std::move(before)), m_after(std::move(after))
{
}

std::unique_ptr<GlossaryEdit> GlossaryEdit::add(const GlossaryEntry &entry)
{
    return std::unique_ptr<GlossaryEdit>(new GlossaryEdit(tr("Add glossary term"), std::nullopt, entry));
}

std::unique_ptr<GlossaryEdit> GlossaryEdit::change(const GlossaryEntry &before, const GlossaryEntry &after)
{
    return std::unique_ptr<GlossaryEdit>(new GlossaryEdit(tr("Edit glossary term"), before, after));
}

std::unique_ptr<GlossaryEdit> GlossaryEdit::remove(const QString &term)
{
    return std::unique_ptr<GlossaryEdit>(new GlossaryEdit(tr("Remove glossary term"), GlossaryEntry{0, term, {}, {}}, std::nullopt));
}

void GlossaryEdit::perform(Database &db)
{
    Glossary glossary(db);
    if (m_after) {
        m_after->term = m_after->term.trimmed();
        m_after->rendering = m_after->rendering.trimmed();
        if (m_after->term.isEmpty() || m_after->rendering.isEmpty())
            throw EditRefused(tr("A glossary entry needs a term and its rendering."));
    }
    if (m_before) {
        // The entry as stored, note and all, so that undo puts it back whole.
        m_before = entryFor(glossary, m_before->term);
        if (!m_before)
            throw EditRefused(tr("The glossary has no such term."));
    } else if (m_after) {
        // Adding a term the glossary has replaces its rendering; undo brings the old one back.
        m_before = entryFor(glossary, m_after->term);
    }
    put(db, m_before, m_after);
}

void GlossaryEdit::put(Database &db, const std::optional<GlossaryEntry> &from, const std::optional<GlossaryEntry> &to)
{
    Glossary glossary(db);
    if (from)
        for (const GlossaryEntry &entry : glossary.entries())
            if (entry.term == from->term)
                glossary.remove(entry.id);
    if (to)
        glossary.add(to->term, to->rendering, to->note);
}

} // namespace dossier
