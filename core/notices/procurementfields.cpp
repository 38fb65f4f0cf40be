#include "procurementfields.h"

#include "../documents/documentstore.h"
#include "../figures/figureparser.h"
#include "noticereader.h"
#include "../storage/database.h"

namespace dossier {

namespace {

ProposedEvent fromField(const ProcurementField &evidence)
{
    ProposedEvent e;
    e.segmentId = evidence.segmentId;
    e.start = evidence.start;
    e.end = evidence.end;
    e.quote = evidence.value;
    return e;
}

QString amountText(const ProcurementField &amount)
{
    if (!amount.yuan)
        return amount.value;
    QString text = FigureParser::formatValue(*amount.yuan);
    if (amount.yuanHigh)
        text += QStringLiteral("–") + FigureParser::formatValue(*amount.yuanHigh);
    return QStringLiteral("%1 yuan").arg(text);
}

} // namespace

NoticeReading ProcurementFields::readText(const QString &text, qint64 segmentId)
{
    std::vector<NoticeLine> lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            lines.emplace_back(segmentId, line);
    return NoticeReader::read(lines);
}

NoticeReading ProcurementFields::read(qint64 documentId)
{
    std::vector<NoticeLine> lines;
    for (const SegmentInfo &segment : DocumentStore(m_db).segments(documentId))
        if (!segment.text.trimmed().isEmpty())
            lines.emplace_back(segment.id, segment.text);
    return NoticeReader::read(lines);
}

std::vector<ProposedEvent> ProcurementFields::propose(qint64 documentId)
{
    const std::optional<DocumentInfo> document = DocumentStore(m_db).get(documentId);
    return propose(read(documentId), document ? document->title : QString());
}

std::vector<ProposedEvent> ProcurementFields::propose(const NoticeReading &reading, const QString &documentTitle)
{
    const ProcurementField *name = reading.field("project_name");
    const ProcurementField *purchaser = reading.field("purchaser");
    const ProcurementField *budget = reading.field("budget");
    const ProcurementField *ceiling = reading.field("price_ceiling");
    const ProcurementField *published = reading.field("published");
    const ProcurementField *awarded = reading.field("award_date");
    const QString project = name ? name->value : documentTitle;
    const ProcurementField *dated = published ? published : awarded;

    std::vector<ProposedEvent> proposals;
    if (dated && dated->date) {
        for (const NoticeAward &award : reading.awards) {
            // The evidence is the line that names the winner (and, in a table, its amount).
            ProposedEvent e;
            e.segmentId = award.segmentId;
            e.start = award.start;
            e.end = award.end;
            e.quote = award.quote;
            e.date = *(awarded && awarded->date && !published ? awarded->date : dated->date);
            e.package = award.package;
            const QString package = award.package.isEmpty() || reading.awards.size() < 2
                                        ? QString()
                                        : QStringLiteral(" (package %1)").arg(award.package);
            const QString amount = award.amount ? QStringLiteral(" for ") + amountText(*award.amount) : QString();
            e.title = QStringLiteral("Award to %1%2%3").arg(award.supplier->value, package, amount);
            e.description = QStringLiteral("%1%2 awarded to %3%4.")
                                .arg(purchaser ? purchaser->value + QStringLiteral(": ") : QString(), project,
                                     award.supplier->value,
                                     award.amount ? QStringLiteral(" (") + award.amount->value + QLatin1Char(')') : QString());
            if (award.amount)
                e.yuan = award.amount->yuan;
            if (purchaser)
                e.entityNames << purchaser->value;
            e.entityNames << award.supplier->value;
            proposals.push_back(e);
        }
        if (reading.awards.empty() && published && published->date) {
            ProposedEvent e = fromField(*published);
            e.date = *published->date;
            e.title = QStringLiteral("Tender notice published: %1").arg(project);
            const ProcurementField *money = budget ? budget : ceiling;
            if (money) {
                e.description = QStringLiteral("%1: %2").arg(money == budget ? QStringLiteral("Budget") : QStringLiteral("Price ceiling"),
                                                             money->value);
                e.yuan = money->yuan;
            }
            if (purchaser)
                e.entityNames << purchaser->value;
            proposals.push_back(e);
        }
    }
    for (const auto &[key, what] : {std::pair{"bid_deadline", "Bid deadline"}, std::pair{"bid_opening", "Bids opened"}}) {
        if (const ProcurementField *f = reading.field(key); f && f->date) {
            ProposedEvent e = fromField(*f);
            e.date = *f->date;
            e.title = QStringLiteral("%1: %2").arg(QString::fromLatin1(what), project);
            if (purchaser)
                e.entityNames << purchaser->value;
            proposals.push_back(e);
        }
    }
    return proposals;
}

} // namespace dossier
