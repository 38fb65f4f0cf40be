#include "columnwidths.h"

#include <algorithm>
#include <numeric>

namespace dossier {

std::vector<double> ColumnWidths::fit(const std::vector<double> &minimum, const std::vector<double> &natural, double available)
{
    const size_t n = minimum.size();
    std::vector<double> low(n), high(n), widths(n);
    for (size_t i = 0; i < n; ++i) {
        low[i] = std::max(1.0, minimum[i]);
        high[i] = std::max(low[i], natural[i]);
    }
    const double sumLow = std::accumulate(low.begin(), low.end(), 0.0);
    const double sumHigh = std::accumulate(high.begin(), high.end(), 0.0);
    for (size_t i = 0; i < n; ++i) {
        if (sumHigh <= available) // everything fits on one line: share what is left alike
            widths[i] = high[i] + (available - sumHigh) * high[i] / sumHigh;
        else if (sumLow >= available) // even the longest words do not fit: shrink alike
            widths[i] = available * low[i] / sumLow;
        else // the longest words fit: the rest goes to the columns with the most text
            widths[i] = low[i] + (available - sumLow) * (high[i] - low[i]) / (sumHigh - sumLow);
    }
    return widths;
}

} // namespace dossier
