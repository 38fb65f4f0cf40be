#pragma once

#include "reviewstate.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>

namespace dossier {

class Database;

// The kinds of item that carry a review state.
enum class ReviewedKind { Entity, Event, Claim };

class ReviewStates
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStates)

public:
    explicit ReviewStates(Database &db) : m_db(db) {}

    std::map<qint64, Review> of(ReviewedKind kind);
    std::optional<Review> get(ReviewedKind kind, qint64 id);

    static QString code(ReviewState state) { return reviewCode(state); }
    static std::optional<ReviewState> fromCode(const QString &code) { return reviewFromCode(code); }
    static QString label(ReviewState state) { return reviewLabel(state); }
    static QString table(ReviewedKind kind);
    static QString kindCode(ReviewedKind kind); // "entity", "event", "claim"
    static std::optional<ReviewedKind> kindFromCode(const QString &code);

private:
    Database &m_db;
};

} // namespace dossier
