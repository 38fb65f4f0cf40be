#include "procurementfields.h"

#include "../documents/documentstore.h"
#include "../storage/database.h"
#include "dateparser.h"

#include <QRegularExpression>

namespace dossier {

namespace {

struct Label
{
    const char *key;
    const char16_t *pattern;
    bool isDate;
};

// Most specific labels first; the value runs to the end of the line or the next label.
const Label kLabels[] = {
    {"project_number", u"项目编号|采购项目编号|招标编号", false},
    {"project_name", u"项目名称|采购项目名称", false},
    {"agent", u"采购代理机构(?:名称)?|代理机构", false},
    {"purchaser", u"采购人(?:名称)?|采购单位", false},
    {"budget", u"预算金额|采购预算", false},
    {"price_ceiling", u"最高限价", false},
    {"supplier", u"(?:中标|成交)(?:（成交）)?供应商(?:名称)?|中标人|成交人", false},
    {"award_amount", u"(?:中标|成交)(?:（成交）)?(?:金额|价格|价)", false},
    {"notice_date", u"公告日期|公告时间", true},
    {"published", u"发布时间|发布日期", true},
    {"bid_opening", u"开标时间(?:和地点)?", true},
    {"bid_deadline", u"(?:提交)?投标(?:文件)?截止时间|响应文件提交截止时间", true},
};

} // namespace

std::vector<ProcurementField> ProcurementFields::extract(const QString &text, qint64 segmentId, int year)
{
    std::vector<ProcurementField> fields;
    for (const Label &label : kLabels) {
        const QRegularExpression pattern(
            QStringLiteral("(?:^|[\\s、.．)）])((?:%1))\\s*[：:]\\s*([^\\n；;]+)").arg(QString::fromUtf16(label.pattern)));
        const QRegularExpressionMatch m = pattern.match(text);
        if (!m.hasMatch())
            continue;
        ProcurementField field;
        field.key = QString::fromLatin1(label.key);
        field.label = m.captured(1);
        field.value = m.captured(2).trimmed();
        // A value ends where the sentence does.
        if (const qsizetype stop = field.value.indexOf(QChar(u'。')); stop >= 0 && !label.isDate)
            field.value.truncate(stop);
        field.segmentId = segmentId;
        field.start = int(m.capturedStart(2));
        field.end = field.start + int(field.value.size());
        if (label.isDate) {
            DateParser::Options options = DateParser::defaults();
            if (year > 0)
                options.referenceYear = year;
            field.date = DateParser::parse(field.value, options);
            if (!field.date)
                continue;
        }
        // One field per key in a segment: the purchaser label inside 采购人信息 is not a value.
        if (field.value.isEmpty())
            continue;
        fields.push_back(field);
    }
    return fields;
}

std::vector<ProcurementField> ProcurementFields::ofDocument(qint64 documentId)
{
    std::vector<ProcurementField> fields;
    for (const SegmentInfo &segment : DocumentStore(m_db).segments(documentId)) {
        for (ProcurementField &field : extract(segment.text, segment.id)) {
            const bool known = std::any_of(fields.begin(), fields.end(),
                                           [&](const ProcurementField &f) { return f.key == field.key; });
            if (!known)
                fields.push_back(std::move(field));
        }
    }
    return fields;
}

std::vector<ProposedEvent> ProcurementFields::propose(qint64 documentId)
{
    const std::vector<ProcurementField> fields = ofDocument(documentId);
    auto value = [&](const char *key) -> const ProcurementField * {
        for (const ProcurementField &f : fields)
            if (f.key == QLatin1String(key))
                return &f;
        return nullptr;
    };
    const std::optional<DocumentInfo> document = DocumentStore(m_db).get(documentId);
    const QString title = document ? document->title : QString();
    const ProcurementField *name = value("project_name");
    const ProcurementField *purchaser = value("purchaser");
    const ProcurementField *supplier = value("supplier");
    const ProcurementField *amount = value("award_amount");
    const ProcurementField *budget = value("budget");
    const ProcurementField *published = value("published");
    if (!published)
        published = value("notice_date");
    const QString project = name ? name->value : title;
    QStringList entities;
    if (purchaser)
        entities << purchaser->value;
    if (supplier)
        entities << supplier->value;

    std::vector<ProposedEvent> proposals;
    const bool award = supplier || title.contains(QStringLiteral("结果")) || title.contains(QStringLiteral("中标")) ||
                       title.contains(QStringLiteral("成交"));
    if (published && published->date) {
        ProposedEvent e;
        e.date = *published->date;
        if (award && supplier) {
            e.title = QStringLiteral("Award to %1%2").arg(supplier->value, amount ? QStringLiteral(" for ") + amount->value : QString());
            e.description = QStringLiteral("%1: %2 awarded to %3%4.")
                                .arg(purchaser ? purchaser->value : QString(), project, supplier->value,
                                     amount ? QStringLiteral(" (") + amount->value + QLatin1Char(')') : QString());
        } else {
            e.title = QStringLiteral("Tender notice published: %1").arg(project);
            e.description = budget ? QStringLiteral("Budget: %1").arg(budget->value) : QString();
        }
        e.entityNames = entities;
        e.segmentId = published->segmentId;
        e.start = published->start;
        e.end = published->end;
        proposals.push_back(e);
    }
    for (const auto &[key, what] : {std::pair{"bid_deadline", "Bid deadline"}, std::pair{"bid_opening", "Bids opened"}}) {
        if (const ProcurementField *f = value(key); f && f->date) {
            ProposedEvent e;
            e.date = *f->date;
            e.title = QStringLiteral("%1: %2").arg(QString::fromLatin1(what), project);
            e.entityNames = purchaser ? QStringList{purchaser->value} : QStringList();
            e.segmentId = f->segmentId;
            e.start = f->start;
            e.end = f->end;
            proposals.push_back(e);
        }
    }
    return proposals;
}

} // namespace dossier
