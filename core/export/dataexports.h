#pragma once

#include "casesummary.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <map>

namespace dossier {

class Database;

// Exports for other tools: CSV tables, FollowTheMoney entities for Aleph, ClaimReview
// JSON-LD, TimelineJS, and the chain-of-custody manifest of the sources.
class DataExports
{
public:
    // entities.csv, events.csv and figures.csv, each a complete file.
    static std::map<QString, QByteArray> csv(Database &db, const CaseSummary &summary);
    static QByteArray followTheMoney(const CaseSummary &summary); // JSON lines
    static QJsonArray claimReview(const CaseSummary &summary);
    static QJsonObject timelineJs(const CaseSummary &summary);
    static QJsonObject manifest(const CaseSummary &summary, const QString &caseFile);

    // A CSV cell: quoted, and with a leading ' where a spreadsheet would read a formula.
    static QString csvCell(const QString &value);
};

} // namespace dossier
