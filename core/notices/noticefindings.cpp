#include "noticefindings.h"

#include <QStringList>

#include <algorithm>

namespace dossier {

namespace {

// How a value was found, best first: a field label says what it is; a portal's header
// line, prose, a signature or a notice period only suggest it.
int rankOf(const QString &how)
{
    static const QStringList order = {QStringLiteral("label"),  QStringLiteral("table"),     QStringLiteral("section"),
                                      QStringLiteral("header"), QStringLiteral("prose"),     QStringLiteral("signature"),
                                      QStringLiteral("period")};
    const qsizetype rank = order.indexOf(how);
    return rank < 0 ? int(order.size()) : int(rank);
}

const NoticeLine *lineOf(const std::vector<NoticeLine> &lines, qint64 segmentId)
{
    for (const NoticeLine &line : lines)
        if (line.segmentId == segmentId)
            return &line;
    return nullptr;
}

// Without an award table: each winner named with the amount stated after it (before
// the next winner), else the notice's award amount.
std::vector<NoticeAward> pairedAwards(const std::vector<ProcurementField> &found)
{
    std::vector<NoticeAward> awards;
    const ProcurementField *mainAmount = nullptr;
    for (const ProcurementField &f : found)
        if (f.key == QLatin1String("award_amount") && (!mainAmount || rankOf(f.how) < rankOf(mainAmount->how)))
            mainAmount = &f;
    for (size_t i = 0; i < found.size(); ++i) {
        if (found[i].key != QLatin1String("supplier"))
            continue;
        NoticeAward award;
        award.supplier = found[i];
        for (size_t j = i + 1; j < found.size() && found[j].key != QLatin1String("supplier"); ++j)
            if (found[j].key == QLatin1String("award_amount")) {
                award.amount = found[j];
                break;
            }
        const auto same = std::find_if(awards.begin(), awards.end(), [&](const NoticeAward &a) {
            return a.supplier->value == award.supplier->value;
        });
        if (same != awards.end()) {
            if (!same->amount && award.amount)
                same->amount = award.amount;
            continue;
        }
        awards.push_back(award);
    }
    for (NoticeAward &award : awards)
        if (!award.amount && awards.size() == 1 && mainAmount)
            award.amount = *mainAmount;
    return awards;
}

} // namespace

NoticeReading NoticeFindings::settle(std::vector<ProcurementField> found, const std::vector<NoticeAward> &tableAwards,
                                     const std::vector<NoticeLine> &lines)
{
    NoticeReading reading;
    // The notice period starts on the day the notice is published.
    for (const ProcurementField &f : found) {
        if (f.key == QLatin1String("notice_period") && f.date) {
            ProcurementField published = f;
            published.key = QStringLiteral("published");
            published.how = QStringLiteral("period");
            published.date = FuzzyDate::day(f.date->start);
            if (f.date->precision == FuzzyDate::Precision::Day)
                found.push_back(published);
            break;
        }
    }
    for (const ProcurementField &f : found) {
        auto best = std::find_if(reading.fields.begin(), reading.fields.end(),
                                 [&](const ProcurementField &b) { return b.key == f.key; });
        if (best == reading.fields.end())
            reading.fields.push_back(f);
        else if (rankOf(f.how) < rankOf(best->how))
            *best = f;
    }
    reading.awards = tableAwards.empty() ? pairedAwards(found) : tableAwards;
    for (NoticeAward &award : reading.awards) {
        award.segmentId = award.supplier->segmentId;
        award.start = award.supplier->start;
        award.end = award.supplier->end;
        if (award.amount && award.amount->segmentId == award.segmentId) {
            award.start = std::min(award.start, award.amount->start);
            award.end = std::max(award.end, award.amount->end);
        }
        if (const NoticeLine *line = lineOf(lines, award.segmentId))
            award.quote = line->text.mid(award.start, award.end - award.start);
    }
    return reading;
}

} // namespace dossier
