#pragma once

#include "fuzzydate.h"

#include <QString>

#include <optional>
#include <vector>

namespace dossier {

class Database;

// One labelled field of a Chinese procurement notice ("采购人：深圳大学").
struct ProcurementField
{
    QString key;   // project_number, project_name, purchaser, agent, budget, price_ceiling,
                   // supplier, award_amount, notice_date, published, bid_opening, bid_deadline
    QString label; // as written: 成交供应商
    QString value; // as written: 云达科技有限公司
    std::optional<FuzzyDate> date; // for the date fields
    qint64 segmentId = 0;
    int start = 0; // the value's span in the segment
    int end = 0;
};

// An event Dossier proposes from a notice's fields, for the reporter to accept, edit or
// dismiss.
struct ProposedEvent
{
    FuzzyDate date;
    QString title;
    QString description;
    QStringList entityNames; // purchaser and supplier, to link if they are entities
    qint64 segmentId = 0;    // evidence: the field that gives the date
    int start = 0;
    int end = 0;
};

class ProcurementFields
{
public:
    // Fields found in one segment's text.
    static std::vector<ProcurementField> extract(const QString &text, qint64 segmentId = 0, int year = 0);

    explicit ProcurementFields(Database &db) : m_db(db) {}
    std::vector<ProcurementField> ofDocument(qint64 documentId);
    std::vector<ProposedEvent> propose(qint64 documentId);

private:
    Database &m_db;
};

} // namespace dossier
