#pragma once

#include <vector>

namespace dossier {

// Widths for the columns of a table, sized to their content the way browsers size an
// automatic table: every column gets at least its longest word, and the rest of the
// width goes where the text is long, so a date column stays narrow and the evidence
// column gets the room.
class ColumnWidths
{
public:
    static std::vector<double> fit(const std::vector<double> &minimum, const std::vector<double> &natural, double available);
};

} // namespace dossier
