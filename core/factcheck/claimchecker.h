#pragma once

#include "../figures/figureindex.h"
#include "conversioncheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace dossier {

class Database;

// A source figure that could back a claim's figure, best first.
struct FigureMatch
{
    enum class Strength { Candidate, Supports };

    IndexedFigure source;
    double score = 0;      // higher is better: same kind and unit, names nearby
    bool nearName = false; // the claim's names (or their glossary terms) are near it
    // Supports: the value, the kind, the currency or the counted thing and the names
    // all agree. Candidate: the value agrees and nothing contradicts, but something is
    // not stated (a bare number, a count whose thing is not named, no name nearby).
    Strength strength = Strength::Candidate;
    QStringList why; // what agrees and what is missing, in words

    bool supports() const { return strength == Strength::Supports; }
};

struct ClaimFigure
{
    Figure figure;
    QString thing; // what it counts, if it is a count
    std::vector<FigureMatch> matches;

    bool supported() const
    {
        return std::any_of(matches.begin(), matches.end(), [](const FigureMatch &m) { return m.supports(); });
    }
};

// One sentence of a draft, with its figures, the source spans that carry the same
// values, and any currency conversion it states, checked against a rate in the case.
struct CheckedClaim
{
    QString text;
    QStringList names; // names the claim mentions (Latin words, glossary renderings)
    std::vector<ClaimFigure> figures;
    std::vector<ConversionResult> conversions;
    QString conversionProblem; // e.g. no rate for the currencies in the case
};

// Splits a draft into claims and looks up every figure in the case's figure index.
class ClaimChecker
{
    Q_DECLARE_TR_FUNCTIONS(ClaimChecker)

public:
    explicit ClaimChecker(Database &db);

    // Sentences of a draft; Markdown markup (headings, emphasis, links, list marks) is
    // dropped first so it does not end up in the claims.
    static QStringList splitClaims(const QString &draft);
    static QString plainText(const QString &markdown);
    std::vector<CheckedClaim> checkDraft(const QString &draft);
    // `draftRates`: rates stated elsewhere in the same draft.
    CheckedClaim checkClaim(const QString &claim, const std::vector<ExchangeRate> &draftRates = {});
    const std::vector<ExchangeRate> &ratesInCase() const { return m_rates; }

    // The names a claim uses, read once per claim.
    struct ClaimNames
    {
        QStringList chinese;              // glossary terms and entities' Chinese names
        QStringList latin;                // capitalised words and entities' Latin names
        QStringList known;                // those the case knows (entities, glossary)
        QStringList unknownOrganisations; // organisations named that the case does not know
    };
    // Whether a source figure can back a claim's figure, and how strongly; nothing when
    // it cannot (another kind, currency, counted thing or product).
    std::optional<FigureMatch> match(const Figure &claim, const QString &claimText, const IndexedFigure &source,
                                     const ClaimNames &names);

private:
    bool nearName(const IndexedFigure &source, const QStringList &chineseNames, const QStringList &latinNames);
    bool namedInDocument(qint64 documentId, const QStringList &names);

    Database &m_db;
    std::vector<ExchangeRate> m_rates;
    std::vector<std::pair<QString, QString>> m_glossary; // rendering (lower case) → term
    std::vector<QStringList> m_entityNames;               // each entity's names, to join languages
    QHash<qint64, QString> m_documentText;                // folded, per document, as checked
};

} // namespace dossier
