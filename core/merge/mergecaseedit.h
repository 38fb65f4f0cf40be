#pragma once

#include "mergereport.h"
#include "rowjournal.h"

#include "operations/caseedit.h"

#include <memory>

namespace dossier {

class MergeSource;

// "Merge case…": brings in what another copy of the case holds (see CaseMerger), in
// one transaction, as one step of the undo history; its report says what came in and
// what waits for a person's choice.
class MergeCaseEdit : public CaseEdit
{
    Q_DECLARE_TR_FUNCTIONS(MergeCaseEdit)

public:
    static Result<std::unique_ptr<MergeCaseEdit>> from(const QString &path, const QString &ownCase = {});
    ~MergeCaseEdit() override;
    // What merging would do, written nowhere (dossier-cli --dry-run, the dialog's preview).
    static Result<MergeReport> preview(Database &db, const QString &path, const QString &ownCase = {});

    const MergeReport &report() const { return m_report; }

protected:
    void perform(Database &db) override;
    void performAgain(Database &db) override;
    void takeBack(Database &db) override;
    EditTarget target() const override { return {QStringLiteral("case"), 0}; }

private:
    explicit MergeCaseEdit(std::unique_ptr<MergeSource> source);
    std::unique_ptr<MergeSource> m_source;
    RowJournal m_journal;
    MergeReport m_report;
};

} // namespace dossier
