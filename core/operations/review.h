#pragma once

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>

namespace dossier {

class Database;

// Where an item stands in the newsroom's review: a reporter's draft, checked by an
// editor, verified by a fact-checker, or disputed (with a note saying why).
enum class ReviewState { Draft, Checked, Verified, Disputed };

// The kinds of item that carry a review state.
enum class ReviewedKind { Entity, Event, Claim };

struct Review
{
    ReviewState state = ReviewState::Draft;
    QString note;
};

class ReviewStates
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStates)

public:
    explicit ReviewStates(Database &db) : m_db(db) {}

    std::map<qint64, Review> of(ReviewedKind kind);
    std::optional<Review> get(ReviewedKind kind, qint64 id);

    static QString code(ReviewState state); // "draft" ... as stored and in JSON
    static std::optional<ReviewState> fromCode(const QString &code);
    static QString label(ReviewState state); // "Verified by fact-checker", translated
    static QString table(ReviewedKind kind);
    static QString kindCode(ReviewedKind kind); // "entity", "event", "claim"
    static std::optional<ReviewedKind> kindFromCode(const QString &code);

private:
    Database &m_db;
};

} // namespace dossier
