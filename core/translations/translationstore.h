#pragma once

#include <QString>

#include <optional>

namespace dossier {

class Database;

// What a manual translation edit replaced, so that it can be undone exactly.
struct TranslationEditRecord
{
    qint64 segmentId = 0;
    qint64 translationId = 0;            // the manual translation now preferred
    bool inserted = false;               // a new row, rather than an edited manual one
    QString previousText;                // when an existing manual row was edited
    std::optional<qint64> previousPreferred; // when a new row displaced another
};

// Translations of segments. Every version is kept with its origin (imported, manual,
// machine:PROVIDER); a person's edit becomes a manual translation that is preferred,
// never an overwrite of an imported or machine one.
class TranslationStore
{
public:
    explicit TranslationStore(Database &db) : m_db(db) {}

    std::optional<qint64> preferredId(qint64 segmentId);
    TranslationEditRecord setManual(qint64 segmentId, const QString &text,
                                    const QString &language = QStringLiteral("en"));
    void undo(const TranslationEditRecord &record);

private:
    void setPreferred(qint64 segmentId, std::optional<qint64> translationId);
    Database &m_db;
};

} // namespace dossier
