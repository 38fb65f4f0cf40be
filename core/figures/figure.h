#pragma once

#include <QString>

#include <optional>

namespace dossier {

// A number as written in a text, with what it counts or costs.
struct Figure
{
    enum class Kind { Money, Count, Percent, Number };

    int start = 0; // [start, end) in the parsed text
    int end = 0;
    QString text;  // as written: "20万元", "$27,996", "eight"
    double value = 0;
    std::optional<double> high; // upper end of a range ("100至200台")
    bool approximate = false;   // "2000余元", "两千多元": at least, not exactly
    Kind kind = Kind::Number;
    QString unit; // currency code (CNY, USD, GBP, EUR, HKD) for money; "台", "tokens"… for counts

    static QString kindName(Kind kind);
};

} // namespace dossier
