#include "mergecaseedit.h"

#include "casemerger.h"
#include "mergesource.h"

#include "storage/sqlerror.h"

namespace dossier {

MergeCaseEdit::MergeCaseEdit(std::unique_ptr<MergeSource> source)
    : CaseEdit(tr("Merge “%1”").arg(source->name()),
               CaseArea::Documents | CaseArea::Text | CaseArea::Translations | CaseArea::Glossary | CaseArea::Claims |
                   CaseArea::Entities | CaseArea::Events),
      m_source(std::move(source))
{
}

MergeCaseEdit::~MergeCaseEdit() = default;

Result<std::unique_ptr<MergeCaseEdit>> MergeCaseEdit::from(const QString &path, const QString &ownCase)
{
    Result<std::unique_ptr<MergeSource>> source = MergeSource::open(path, ownCase);
    if (!source)
        return source.error();
    return std::unique_ptr<MergeCaseEdit>(new MergeCaseEdit(std::move(*source)));
}

Result<MergeReport> MergeCaseEdit::preview(Database &db, const QString &path, const QString &ownCase)
{
    Result<std::unique_ptr<MergeSource>> source = MergeSource::open(path, ownCase);
    if (!source)
        return source.error();
    try {
        return CaseMerger(db, (*source)->db(), (*source)->name(), nullptr).run();
    } catch (const SqlError &error) {
        return Error(tr("The two copies could not be compared: %1").arg(error.userMessage()), error.message());
    }
}

void MergeCaseEdit::perform(Database &db)
{
    m_journal = RowJournal();
    m_report = CaseMerger(db, m_source->db(), m_source->name(), &m_journal).run();
    const QStringList summary = m_report.summary();
    setDescription(tr("Merge “%1”: %2").arg(m_source->name(), summary.join(QStringLiteral("; "))));
}

void MergeCaseEdit::performAgain(Database &db)
{
    // The case is as it was before the first merge, so merging again does the same.
    perform(db);
}

void MergeCaseEdit::takeBack(Database &db)
{
    m_journal.undo(db);
}

} // namespace dossier
