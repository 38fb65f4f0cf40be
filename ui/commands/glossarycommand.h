#pragma once

#include "translations/glossary.h"

#include <QUndoCommand>

#include <optional>

namespace dossier {

class CaseSession;

// Adds, changes or removes one glossary entry; undo puts the previous entry back.
class GlossaryCommand : public QUndoCommand
{
public:
    // `after` empty: remove `before`; `before` empty: add `after`.
    GlossaryCommand(CaseSession *session, std::optional<GlossaryEntry> before, std::optional<GlossaryEntry> after);

    void redo() override { apply(m_before, m_after); }
    void undo() override { apply(m_after, m_before); }

private:
    void apply(const std::optional<GlossaryEntry> &from, const std::optional<GlossaryEntry> &to);

    CaseSession *m_session;
    std::optional<GlossaryEntry> m_before;
    std::optional<GlossaryEntry> m_after;
};

} // namespace dossier
