#pragma once

#include "../timeline/fuzzydate.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dossier {

// One field of a procurement notice, read with its evidence ("采购人：深圳大学").
struct ProcurementField
{
    QString key;   // project_number, project_name, purchaser, agent, budget, price_ceiling,
                   // supplier, award_amount, published, award_date, bid_opening, bid_deadline,
                   // notice_period
    QString label; // as written: 成交供应商
    QString value; // as written: 云达科技有限公司
    std::optional<FuzzyDate> date;  // for the date fields
    std::optional<double> yuan;     // for amounts: the value in yuan
    std::optional<double> yuanHigh; // the upper end of a range ("50-80万元")
    QString how;                    // label, table, section, prose, header, signature, period
    qint64 segmentId = 0;
    int start = 0; // the value's span in the segment
    int end = 0;
};

// An award of a notice: one package (分包) or one winner, with the line that says so.
struct NoticeAward
{
    QString package; // 包号 as written, or empty for the only award
    std::optional<ProcurementField> supplier;
    std::optional<ProcurementField> amount;
    // The award's quote: the winner, and its amount when the same line states it.
    qint64 segmentId = 0;
    int start = 0;
    int end = 0;
    QString quote;
};

// What a notice says: its main fields (the first or best of each key) and its awards.
struct NoticeReading
{
    std::vector<ProcurementField> fields;
    std::vector<NoticeAward> awards;

    const ProcurementField *field(const char *key) const
    {
        for (const ProcurementField &f : fields)
            if (f.key == QLatin1String(key))
                return &f;
        return nullptr;
    }
};

} // namespace dossier
