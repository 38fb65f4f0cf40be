#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace dossier {

// An exchange rate as a source states it: `rate` units of `quote` for one `base`
// ("1 USD = 7.1440 CNY": base USD, quote CNY, rate 7.144).
struct ExchangeRate
{
    QString base;
    QString quote;
    double rate = 0;
    int decimals = 0; // as written: 7.1440 has 4, so it is exact to ±0.00005
    QString text;     // the words that state it
    int start = 0;    // where they stand in the text searched
    int end = 0;
};

// Finds rates stated in English or Chinese: "1 USD = 7.1440 CNY", "$1 = 7.14 yuan",
// "7.1440 yuan per dollar", "1美元兑7.1440元人民币", "美元兑人民币汇率为7.1440".
class ExchangeRateFinder
{
public:
    static std::vector<ExchangeRate> find(const QString &text);
};

} // namespace dossier
