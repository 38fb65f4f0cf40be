#include "figureconsistency.h"

#include "figureparser.h"

#include <cmath>

namespace dossier {

bool FigureConsistency::sameFigure(const Figure &a, const Figure &b)
{
    const auto equal = [](double x, double y) { return std::abs(x - y) <= 1e-9 * std::max(1.0, std::abs(x)); };
    if (!equal(a.value, b.value))
        return false;
    if (a.high.has_value() != b.high.has_value() || (a.high && !equal(*a.high, *b.high)))
        return false;
    if (a.kind == Figure::Kind::Money && b.kind == Figure::Kind::Money)
        return a.unit == b.unit;
    if ((a.kind == Figure::Kind::Percent) != (b.kind == Figure::Kind::Percent))
        return false;
    return true;
}

std::vector<Figure> FigureConsistency::missing(const QString &original, const QString &translation)
{
    const std::vector<Figure> translated = FigureParser::parse(translation);
    std::vector<bool> used(translated.size(), false);
    std::vector<Figure> result;
    for (const Figure &figure : FigureParser::parse(original)) {
        bool found = false;
        for (size_t i = 0; i < translated.size() && !found; ++i) {
            if (!used[i] && sameFigure(figure, translated[i])) {
                used[i] = true;
                found = true;
            }
        }
        // "一个" (one, a, an) is rarely written as a number in English.
        if (!found && !(figure.kind == Figure::Kind::Count && figure.value == 1))
            result.push_back(figure);
    }
    return result;
}

} // namespace dossier
