#pragma once

#include "figure.h"

#include <vector>

namespace dossier {

// Checks that every figure of an original reappears, converted, in its translation:
// 20万元 as 200,000 yuan, 4000万 as 40 million, 八个 as eight. Values must be equal;
// two amounts of money must also be in the same currency.
class FigureConsistency
{
public:
    // Figures of `original` that `translation` does not carry.
    static std::vector<Figure> missing(const QString &original, const QString &translation);
    static bool sameFigure(const Figure &a, const Figure &b);
};

} // namespace dossier
