#pragma once

#include "../figures/figure.h"
#include "exchangerate.h"

#include <QString>

#include <optional>

namespace dossier {

// Whether two amounts in different currencies agree at a stated rate, with the
// arithmetic written out and the rounding tolerance it allowed.
struct ConversionResult
{
    Figure from;
    Figure to;
    ExchangeRate rate;
    double expected = 0;  // `from` converted into `to`'s currency
    double tolerance = 0; // half a unit of `to`'s last digit, plus the rate's rounding
    bool consistent = false;
    QString arithmetic;
};

class ConversionCheck
{
public:
    // Nothing when the rate does not relate the two currencies.
    static std::optional<ConversionResult> check(const Figure &from, const Figure &to, const ExchangeRate &rate);
};

} // namespace dossier
