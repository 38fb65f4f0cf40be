#pragma once

#include "caseedit.h"
#include "factcheck/claimstore.h"

#include <QStringList>

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

namespace dossier {

// An edit of the fact-checker's list: adding a draft's claims, recording a verdict,
// citing a quote that decides a claim.
class ClaimEdit : public CaseEdit
{
    Q_DECLARE_TR_FUNCTIONS(ClaimEdit)

public:
    // Adds claims after the case's own, in reading order: `ordinals` (one per claim)
    // keeps an article's order with gaps; empty numbers them one after another.
    static std::unique_ptr<ClaimEdit> add(const QStringList &claims, const QString &draft, std::vector<int> ordinals = {});
    // Records a verdict, who made it (`by`, or the current author) and when, with an
    // optional quote that decides it.
    static std::unique_ptr<ClaimEdit> setVerdict(qint64 claimId, Verdict verdict, const QString &note,
                                                 const QString &by = {},
                                                 std::optional<std::tuple<qint64, int, int>> evidence = std::nullopt);
    // Cites [start, end) of a segment's original for a claim, frozen as it reads now.
    static std::unique_ptr<ClaimEdit> cite(qint64 claimId, qint64 segmentId, int start, int end);

    const std::vector<qint64> &claimIds() const { return m_ids; }

protected:
    void perform(Database &db) override;
    void performAgain(Database &db) override;
    void takeBack(Database &db) override;
    EditTarget target() const override;

private:
    enum class Kind { Add, Verdict, Cite };
    ClaimEdit(Kind kind, const QString &description);

    Kind m_kind;
    QStringList m_texts;
    QString m_draft;
    std::vector<int> m_ordinals;
    qint64 m_claimId = 0;
    VerdictState m_before;
    VerdictState m_after;
    std::optional<std::tuple<qint64, int, int>> m_evidence;
    std::vector<qint64> m_ids; // claims added, or the evidence cited
};

} // namespace dossier
