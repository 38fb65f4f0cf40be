#include "reviewedit.h"

#include "storage/database.h"

namespace dossier {

ReviewEdit::ReviewEdit(ReviewedKind kind, qint64 id, Review review)
    : CaseEdit(tr("Mark as “%1”").arg(reviewLabel(review.state)),
               kind == ReviewedKind::Entity ? CaseAreas(CaseArea::Entities)
               : kind == ReviewedKind::Event ? CaseAreas(CaseArea::Events)
                                             : CaseAreas(CaseArea::Claims)),
      m_kind(kind),
      m_id(id),
      m_review(std::move(review))
{
}

std::unique_ptr<ReviewEdit> ReviewEdit::set(ReviewedKind kind, qint64 id, ReviewState state, const QString &note)
{
    return std::unique_ptr<ReviewEdit>(new ReviewEdit(kind, id, {state, note.trimmed()}));
}

void ReviewEdit::perform(Database &db)
{
    if (m_review.state == ReviewState::Disputed && m_review.note.isEmpty())
        throw EditRefused(tr("Say why the item is disputed: a disputed item needs a note."));
    const std::optional<Review> before = ReviewStates(db).get(m_kind, m_id);
    if (!before)
        throw EditRefused(tr("There is no %1 %2 in this case.").arg(ReviewStates::kindCode(m_kind)).arg(m_id));
    m_before = *before;
    write(db, m_review);
}

void ReviewEdit::performAgain(Database &db)
{
    write(db, m_review);
}

void ReviewEdit::takeBack(Database &db)
{
    write(db, m_before);
}

void ReviewEdit::write(Database &db, const Review &review)
{
    Statement update = db.prepare(
        QStringLiteral("UPDATE %1 SET review_state = ?, review_note = ? WHERE id = ?").arg(ReviewStates::table(m_kind)));
    update.bind(1, reviewCode(review.state)).bind(2, review.note).bind(3, m_id).exec();
}

EditTarget ReviewEdit::target() const
{
    return {ReviewStates::kindCode(m_kind), m_id};
}

} // namespace dossier
