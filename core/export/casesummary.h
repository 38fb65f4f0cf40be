#pragma once

#include "../documents/documentinfo.h"
#include "../entities/entitystore.h"
#include "../entities/screeninglist.h"
#include "../factcheck/claimstore.h"
#include "../timeline/event.h"

#include <QString>

#include <map>
#include <vector>

namespace dossier {

class Database;

// What goes into a summary: everything, or only what is confirmed (events whose
// evidence still reads as cited, supported claims, confirmed mentions), optionally only
// what carries a tag.
struct SummaryOptions
{
    QString title;
    QString author;
    QString findings; // the key findings the editor writes, plain text paragraphs
    bool onlyConfirmed = false;
    // Only entities, events and claims a fact-checker verified; the title says so.
    bool onlyVerified = false;
    QString tag;
    // Where the fact-check is published and who publishes it: ClaimReview needs both.
    QString publishedUrl;
    QString authorUrl;
};

struct SummaryEntity
{
    Entity entity;
    int mentions = 0;
    std::vector<ScreeningHit> screening;
    std::vector<Relation> relations;
};

// The case as an editor reads it, gathered once and rendered in every format.
struct CaseSummary
{
    SummaryOptions options;
    QString generatedAt;
    std::vector<Event> events;
    std::vector<SummaryEntity> entities;
    std::vector<Claim> claims;
    std::vector<DocumentInfo> sources;
    std::map<qint64, QString> entityNames; // id -> display name, for relations and events
    // Event evidence id -> what its cited translation gets wrong (a figure or glossary
    // term lost), so no export prints a flagged translation beside its original unmarked.
    std::map<qint64, QString> translationFlags;

    static CaseSummary gather(Database &db, const SummaryOptions &options);
    const DocumentInfo *source(qint64 documentId) const;
    QString entityName(qint64 id) const;
    // The translation printed beside a quote: none when the quote is itself translated.
    static QString shownTranslation(const EventEvidence &evidence);
    // What the quote's translation gets wrong, or nothing.
    QString translationFlag(const EventEvidence &evidence) const;
    // "Title, p. 3 (OCR)", the title marked when its source was scanned.
    QString citationOf(const EventEvidence &evidence) const;
    QString citationOf(const Evidence &evidence) const;
    // The title an evidence quote cites, marked the same way.
    QString citedTitle(const EventEvidence &evidence) const;
    // "bought from Yunda Technology": the relation as a sentence, in the reader's language.
    QString relationText(const Relation &relation) const;
    // When the summary was made, as a person writes it ("2 December 2026, 10:15 UTC").
    QString generatedOn() const;
};

// A source's title, marked when it was read by OCR from a scan (it may hold misreadings).
QString sourceTitle(const DocumentInfo &document);

QString verdictLabel(Verdict verdict);
// "Verified by fact-checker", or with a disputed item "Disputed: why", for a summary.
QString reviewLine(const Review &review);

} // namespace dossier
