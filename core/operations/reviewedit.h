#pragma once

#include "caseedit.h"
#include "review.h"

#include <QCoreApplication>

#include <memory>

namespace dossier {

// Sets the review state of an entity, event or claim ("Verified by
// fact-checker"); disputing needs a note saying why. The audit trail names who did it,
// so an item's history says who verified it and when.
class ReviewEdit : public CaseEdit
{
    Q_DECLARE_TR_FUNCTIONS(ReviewEdit)

public:
    static std::unique_ptr<ReviewEdit> set(ReviewedKind kind, qint64 id, ReviewState state, const QString &note = {});

protected:
    void perform(Database &db) override;
    void performAgain(Database &db) override;
    void takeBack(Database &db) override;
    EditTarget target() const override;

private:
    ReviewEdit(ReviewedKind kind, qint64 id, Review review);
    void write(Database &db, const Review &review);

    ReviewedKind m_kind;
    qint64 m_id;
    Review m_review;
    Review m_before;
};

} // namespace dossier
