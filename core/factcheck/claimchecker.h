#pragma once

#include "../figures/figureindex.h"
#include "conversioncheck.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace dossier {

class Database;

// A source figure that could back a claim's figure, best first.
struct FigureMatch
{
    IndexedFigure source;
    double score = 0;      // higher is better: same kind and unit, names nearby
    bool nearName = false; // the claim's names (or their glossary terms) are near it
};

struct ClaimFigure
{
    Figure figure;
    std::vector<FigureMatch> matches;
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

private:
    bool nearName(const IndexedFigure &source, const QStringList &chineseNames, const QStringList &latinNames);

    Database &m_db;
    std::vector<ExchangeRate> m_rates;
    std::vector<std::pair<QString, QString>> m_glossary; // rendering (lower case) → term
};

} // namespace dossier
