#pragma once

#include "figure.h"

#include <QString>

#include <vector>

namespace dossier {

// Money columns of a table read row by row: a header cell "成交金额(元)" or
// "中标价（万元）" makes the bare numbers under it amounts in yuan. Rows are lines whose
// cells are apart by tabs, as the importers store tables.
class TableColumnUnits
{
public:
    // Reads one row: a header sets the columns' units; a data row of the same width has
    // its unitless numbers in a money column turned into money.
    void apply(const QString &row, std::vector<Figure> &figures);

private:
    int m_columns = 0;
    std::vector<double> m_multipliers; // per column; 0 = not money
};

} // namespace dossier
