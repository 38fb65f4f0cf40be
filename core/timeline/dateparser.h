#pragma once

#include "fuzzydate.h"

#include <QString>

#include <optional>
#include <vector>

namespace dossier {

struct FoundDate
{
    int start = 0; // [start, end) in the text
    int end = 0;
    QString text;
    FuzzyDate date;
};

// Finds dates written in Chinese or English, each at the precision it was written:
// 2024年3月15日, 二〇二四年三月, 2024年第二季度, 2024年3月15日至4月22日, 2024-03-15,
// 15/03/2024, March 15, 2024, 15 March 2024, March 2024, Q2 2024, "in May".
class DateParser
{
public:
    struct Options
    {
        bool dayFirst;                    // 05/03/2024 is 5 March (false: US order)
        std::optional<int> referenceYear; // for dates without a year ("in May", "3月15日")
    };
    static Options defaults() { return {true, std::nullopt}; }

    static std::vector<FoundDate> find(const QString &text, const Options &options);
    static std::vector<FoundDate> find(const QString &text) { return find(text, defaults()); }
    // The first date in the text, if any.
    static std::optional<FuzzyDate> parse(const QString &text, const Options &options = defaults());
};

} // namespace dossier
