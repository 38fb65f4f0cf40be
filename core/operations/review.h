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
public:
    explicit ReviewStates(Database &db) : m_db(db) {}

    std::map<qint64, Review> of(ReviewedKind kind);
    std::optional<Review> get(ReviewedKind kind, qint64 id);

    static QString table(ReviewedKind kind);
    static QString kindCode(ReviewedKind kind); // "entity", "event", "claim"
    static std::optional<ReviewedKind> kindFromCode(const QString &code);

private:
    Database &m_db;
};

} // namespace dossier
