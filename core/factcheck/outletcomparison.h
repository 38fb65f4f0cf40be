#pragma once

#include "claimchecker.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace dossier {

// What one article says of a fact: the figure as it wrote it and the conversions it gave.
struct OutletStatement
{
    QString outlet; // the article's name
    QString claim;
    Figure figure;
    bool supported = false;
    std::vector<Figure> equivalents;           // the same amount in other currencies, as written
    std::vector<ConversionResult> conversions; // each checked against the rate the article states
};

// One fact of the sources (a figure in a document) as several articles report it.
struct OutletFact
{
    IndexedFigure source;
    std::vector<OutletStatement> statements;
    bool disagreement = false; // the articles give it different values or conversions
    QStringList notes;         // what differs, and which conversion is wrong, in words
};

// Lines up what several outlets report of the same source figure — one outlet's
// "$27,996", another's "£21,925" for the same 200,000 yuan — and says where they
// disagree and whose conversion does not hold at its own stated rate.
class OutletComparison
{
    Q_DECLARE_TR_FUNCTIONS(OutletComparison)

public:
    using Article = std::pair<QString, std::vector<CheckedClaim>>;
    static std::vector<OutletFact> compare(const std::vector<Article> &articles);
};

} // namespace dossier
