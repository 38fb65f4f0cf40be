#pragma once

#include <QString>

#include <optional>
#include <vector>

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

// One stored translation of a segment.
struct TranslationVersion
{
    qint64 id = 0;
    qint64 segmentId = 0;
    QString text;
    QString language;
    QString origin; // imported, manual, machine:PROVIDER:MODEL
    QString createdAt;
    bool preferred = false;
    bool reviewed = false;
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

    // Adds a version. It becomes the preferred one unless a person's (manual or
    // reviewed) translation is preferred now: machine runs never displace a person's work.
    qint64 add(qint64 segmentId, const QString &text, const QString &language, const QString &origin);
    std::vector<TranslationVersion> versions(qint64 segmentId);
    void prefer(qint64 segmentId, qint64 translationId);
    void setReviewed(qint64 translationId, bool reviewed);
    // A translation of exactly this original text anywhere in the case, from a person or
    // the given origin, to reuse instead of asking a machine again.
    std::optional<QString> existingFor(const QString &originalText, const QString &language);

    // Every stored translation of these segments, to restore them exactly later.
    std::vector<TranslationVersion> snapshot(const std::vector<qint64> &segmentIds);
    void restore(const std::vector<qint64> &segmentIds, const std::vector<TranslationVersion> &rows);
    // Replaces the text of a segment's preferred translation (re-alignment moves text
    // between segments); an empty text removes it, a segment without one gets one of
    // `origin`.
    void setPreferredText(qint64 segmentId, const QString &text, const QString &language, const QString &origin);

private:
    void setPreferred(qint64 segmentId, std::optional<qint64> translationId);
    Database &m_db;
};

} // namespace dossier
