#include "outletcomparison.h"

#include "../figures/figureparser.h"

#include <map>

namespace dossier {

std::vector<OutletFact> OutletComparison::compare(const std::vector<Article> &articles)
{
    // Facts by the source figure that best backs them.
    std::map<qint64, OutletFact> facts;
    for (const auto &[outlet, claims] : articles) {
        for (const CheckedClaim &claim : claims) {
            for (const ClaimFigure &figure : claim.figures) {
                if (figure.matches.empty())
                    continue;
                OutletStatement statement;
                statement.outlet = outlet;
                statement.claim = claim.text;
                statement.figure = figure.figure;
                statement.supported = figure.supported();
                for (const ConversionResult &c : claim.conversions)
                    if (c.from.start == figure.figure.start || c.to.start == figure.figure.start)
                        statement.conversions.push_back(c);
                // "200,000 yuan ($27,996)": the other currency's amount, rate or not.
                if (figure.figure.kind == Figure::Kind::Money)
                    for (const ClaimFigure &other : claim.figures)
                        if (other.figure.kind == Figure::Kind::Money && other.figure.unit != figure.figure.unit)
                            statement.equivalents.push_back(other.figure);
                OutletFact &fact = facts[figure.matches.front().source.id];
                fact.source = figure.matches.front().source;
                fact.statements.push_back(statement);
            }
        }
    }
    std::vector<OutletFact> result;
    for (auto &[id, fact] : facts) {
        QStringList outlets;
        for (const OutletStatement &s : fact.statements)
            if (!outlets.contains(s.outlet))
                outlets << s.outlet;
        if (outlets.size() < 2)
            continue; // one outlet alone has nothing to disagree with
        // The same fact converted into the same currency must give the same amount.
        std::map<QString, std::pair<double, QString>> converted;
        for (const OutletStatement &s : fact.statements) {
            for (const Figure &other : s.equivalents) {
                auto [it, inserted] = converted.try_emplace(other.unit, other.value, s.outlet);
                if (!inserted && it->second.first != other.value) {
                    fact.disagreement = true;
                    fact.notes << tr("%1 gives %2 %3, %4 gives %5 %3")
                                      .arg(it->second.second, FigureParser::formatValue(it->second.first), other.unit, s.outlet,
                                           FigureParser::formatValue(other.value));
                }
            }
            for (const ConversionResult &c : s.conversions) {
                const Figure &other = c.from.start == s.figure.start ? c.to : c.from;
                if (!c.consistent) {
                    fact.disagreement = true;
                    fact.notes << tr("%1: %2 does not follow at its own rate (%3)").arg(s.outlet, other.text, c.arithmetic);
                }
            }
        }
        if (converted.size() > 1) {
            QStringList units;
            for (const auto &[unit, value] : converted)
                units << unit;
            fact.notes << tr("converted into %1 by different outlets").arg(units.join(QStringLiteral(", ")));
        }
        result.push_back(std::move(fact));
    }
    return result;
}

} // namespace dossier
