#pragma once

#include "casesummary.h"

#include <QByteArray>
#include <QString>

#include <map>

namespace dossier {

class Database;

// Three spreadsheets (entities, events, figures) as UTF-8 CSV a spreadsheet opens as
// it should: one row per quote (an event with three quotes is three rows), dates as
// days in every row (start, end and the precision beside them) so the column sorts.
class CsvExport
{
public:
    static std::map<QString, QByteArray> tables(Database &db, const CaseSummary &summary);
    // One quoted cell; text a spreadsheet would run as a formula is kept as text.
    static QString cell(const QString &value);
};

} // namespace dossier
