#pragma once

#include "rowjournal.h"

#include "operations/caseedit.h"

#include <QCoreApplication>

#include <memory>

namespace dossier {

// A person's choice between the two versions of a merge conflict. Keeping this copy's
// version records the other's as seen, so merging that copy again does not ask again
// (and the other copy, merging this one, takes the choice); taking theirs writes their
// version (or their deletion) here. Either way the conflict is settled, undoably.
class ResolveConflictEdit : public CaseEdit
{
    Q_DECLARE_TR_FUNCTIONS(ResolveConflictEdit)

public:
    enum class Choice { KeepMine, TakeTheirs };
    static std::unique_ptr<ResolveConflictEdit> choose(qint64 conflictId, Choice choice);

protected:
    void perform(Database &db) override;
    void performAgain(Database &db) override;
    void takeBack(Database &db) override;
    EditTarget target() const override { return m_target; }

private:
    ResolveConflictEdit(qint64 conflictId, Choice choice);
    void takeTheirs(Database &db, const struct MergeConflict &conflict);
    qint64 m_conflictId;
    Choice m_choice;
    RowJournal m_journal;
    EditTarget m_target;
};

} // namespace dossier
