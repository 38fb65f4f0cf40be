#include "review.h"

#include "storage/database.h"

namespace dossier {

std::map<qint64, Review> ReviewStates::of(ReviewedKind kind)
{
    std::map<qint64, Review> states;
    Statement rows = m_db.prepare(QStringLiteral("SELECT id, review_state, review_note FROM %1").arg(table(kind)));
    while (rows.step())
        states[rows.int64(0)] = {reviewFromCode(rows.text(1)).value_or(ReviewState::Draft), rows.text(2)};
    return states;
}

std::optional<Review> ReviewStates::get(ReviewedKind kind, qint64 id)
{
    Statement row = m_db.prepare(QStringLiteral("SELECT review_state, review_note FROM %1 WHERE id = ?").arg(table(kind)));
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    return Review{reviewFromCode(row.text(0)).value_or(ReviewState::Draft), row.text(1)};
}

QString ReviewStates::table(ReviewedKind kind)
{
    switch (kind) {
    case ReviewedKind::Entity:
        return QStringLiteral("entities");
    case ReviewedKind::Event:
        return QStringLiteral("events");
    case ReviewedKind::Claim:
        return QStringLiteral("claims");
    }
    return {};
}

QString ReviewStates::kindCode(ReviewedKind kind)
{
    switch (kind) {
    case ReviewedKind::Entity:
        return QStringLiteral("entity");
    case ReviewedKind::Event:
        return QStringLiteral("event");
    case ReviewedKind::Claim:
        return QStringLiteral("claim");
    }
    return {};
}

std::optional<ReviewedKind> ReviewStates::kindFromCode(const QString &code)
{
    for (ReviewedKind kind : {ReviewedKind::Entity, ReviewedKind::Event, ReviewedKind::Claim})
        if (kindCode(kind) == code)
            return kind;
    return std::nullopt;
}

} // namespace dossier
