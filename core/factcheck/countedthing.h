#pragma once

#include "../figures/figure.h"

#include <QString>

namespace dossier {

// What a count counts, in one vocabulary for English and Chinese: "eight A100 chips" and
// 八块英伟达A100芯片 both count chips; 500台 counts machines; 4000万个词元 counts tokens.
// A count of servers is never support for a count of chips, whatever the number.
class CountedThing
{
public:
    // The class of a figure's counted thing ("chip", "machine", "token", "account",
    // "person", "month", "year", "day", "organisation", "document"), read from its unit
    // and the words right after it in `text`; empty when the text does not say.
    static QString of(const Figure &figure, const QString &text);
};

} // namespace dossier
