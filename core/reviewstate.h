#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dossier {

// Where an item (an entity, an event, a claim) stands in the newsroom's review: a
// reporter's draft, checked by an editor, verified by a fact-checker, or disputed (with
// a note saying why). Stored as its code; shown as its label.
enum class ReviewState { Draft, Checked, Verified, Disputed };

struct Review
{
    ReviewState state = ReviewState::Draft;
    QString note;
};

inline QString reviewCode(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        return QStringLiteral("draft");
    case ReviewState::Checked:
        return QStringLiteral("checked");
    case ReviewState::Verified:
        return QStringLiteral("verified");
    case ReviewState::Disputed:
        return QStringLiteral("disputed");
    }
    return {};
}

inline std::optional<ReviewState> reviewFromCode(const QString &code)
{
    for (ReviewState state : {ReviewState::Draft, ReviewState::Checked, ReviewState::Verified, ReviewState::Disputed})
        if (reviewCode(state) == code)
            return state;
    return std::nullopt;
}

inline QString reviewLabel(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft:
        return QCoreApplication::translate("ReviewState", "Draft");
    case ReviewState::Checked:
        return QCoreApplication::translate("ReviewState", "Checked by editor");
    case ReviewState::Verified:
        return QCoreApplication::translate("ReviewState", "Verified by fact-checker");
    case ReviewState::Disputed:
        return QCoreApplication::translate("ReviewState", "Disputed");
    }
    return {};
}

} // namespace dossier
