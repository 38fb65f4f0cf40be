#include "dataexports.h"

#include "../figures/figureindex.h"
#include "../figures/figureparser.h"

#include <QJsonDocument>

namespace dossier {

namespace {

QByteArray csvRows(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << DataExports::csvCell(cell);
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return "\xef\xbb\xbf" + out.toUtf8(); // BOM: spreadsheets then read the Chinese right
}

QString ftmSchema(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QStringLiteral("Person");
    case EntityType::Buyer:
    case EntityType::Intermediary:
    case EntityType::Provider:
    case EntityType::ComputingCentre:
    case EntityType::GovernmentBody:
        return QStringLiteral("Organization");
    default:
        return QStringLiteral("LegalEntity");
    }
}

QJsonObject timelineDate(const QDate &date, FuzzyDate::Precision precision)
{
    QJsonObject d{{QStringLiteral("year"), QString::number(date.year())}};
    if (precision == FuzzyDate::Precision::Day || precision == FuzzyDate::Precision::Month ||
        precision == FuzzyDate::Precision::Quarter)
        d.insert(QStringLiteral("month"), QString::number(date.month()));
    if (precision == FuzzyDate::Precision::Day)
        d.insert(QStringLiteral("day"), QString::number(date.day()));
    return d;
}

} // namespace

QString DataExports::csvCell(const QString &value)
{
    QString cell = value;
    // CSV injection: =, +, -, @, tab and CR start formulas in spreadsheet programs.
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

std::map<QString, QByteArray> DataExports::csv(Database &db, const CaseSummary &summary)
{
    QList<QStringList> entities{{QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("name_zh"), QStringLiteral("name_en"),
                                 QStringLiteral("aliases"), QStringLiteral("uscc"), QStringLiteral("mentions"),
                                 QStringLiteral("screening"), QStringLiteral("notes")}};
    for (const SummaryEntity &item : summary.entities) {
        QStringList lists;
        for (const ScreeningHit &hit : item.screening)
            lists << hit.entry.list + QStringLiteral(": ") + hit.entry.name;
        entities << QStringList{QString::number(item.entity.id), toString(item.entity.type), item.entity.nameZh,
                                item.entity.nameEn, item.entity.aliases.join(QStringLiteral("; ")), item.entity.uscc,
                                QString::number(item.mentions), lists.join(QStringLiteral("; ")), item.entity.notes};
    }
    QList<QStringList> events{{QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("precision"), QStringLiteral("title"),
                               QStringLiteral("description"), QStringLiteral("entities"), QStringLiteral("tags"),
                               QStringLiteral("quote"), QStringLiteral("document"), QStringLiteral("page"),
                               QStringLiteral("text_origin")}};
    for (const Event &e : summary.events) {
        QStringList names;
        for (qint64 id : e.entityIds)
            names << (summary.entityNames.count(id) ? summary.entityNames.at(id) : QString());
        const EventEvidence *first = e.evidence.empty() ? nullptr : &e.evidence.front();
        events << QStringList{QString::number(e.id), e.date.toIso(), FuzzyDate::precisionName(e.date.precision), e.title,
                              e.description, names.join(QStringLiteral("; ")), e.tags.join(QStringLiteral("; ")),
                              first ? first->quote : QString(), first ? first->documentTitle : QString(),
                              first ? QString::number(first->page) : QString(),
                              first ? textOriginName(first->origin) : QString()};
    }
    QList<QStringList> figures{{QStringLiteral("document_id"), QStringLiteral("document"), QStringLiteral("segment_id"),
                                QStringLiteral("page"), QStringLiteral("text"), QStringLiteral("value"), QStringLiteral("unit"),
                                QStringLiteral("kind"), QStringLiteral("context")}};
    for (const IndexedFigure &f : FigureIndex(db).figures())
        figures << QStringList{QString::number(f.documentId), f.documentTitle, QString::number(f.segmentId),
                               QString::number(f.page), f.figure.text, FigureParser::formatValue(f.figure.value).remove(QLatin1Char(',')),
                               f.figure.unit, Figure::kindName(f.figure.kind), f.segmentText};
    return {{QStringLiteral("entities.csv"), csvRows(entities)},
            {QStringLiteral("events.csv"), csvRows(events)},
            {QStringLiteral("figures.csv"), csvRows(figures)}};
}

QByteArray DataExports::followTheMoney(const CaseSummary &summary)
{
    QByteArray lines;
    auto line = [&lines](const QJsonObject &object) {
        lines += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    };
    auto id = [](const char *kind, qint64 n) { return QStringLiteral("dossier-%1-%2").arg(QString::fromLatin1(kind)).arg(n); };
    for (const SummaryEntity &item : summary.entities) {
        const Entity &e = item.entity;
        QJsonArray names;
        if (!e.nameZh.isEmpty())
            names.append(e.nameZh);
        if (!e.nameEn.isEmpty())
            names.append(e.nameEn);
        QJsonObject properties{{QStringLiteral("name"), names}};
        if (!e.aliases.isEmpty())
            properties.insert(QStringLiteral("alias"), QJsonArray::fromStringList(e.aliases));
        if (!e.uscc.isEmpty())
            properties.insert(QStringLiteral("registrationNumber"), QJsonArray{e.uscc});
        QJsonArray notes;
        if (!e.notes.isEmpty())
            notes.append(e.notes);
        for (const ScreeningHit &hit : item.screening)
            notes.append(QStringLiteral("On %1: %2 (%3)").arg(hit.entry.list, hit.entry.name, hit.entry.source));
        if (!notes.isEmpty())
            properties.insert(QStringLiteral("notes"), notes);
        line(QJsonObject{{QStringLiteral("id"), id("entity", e.id)},
                         {QStringLiteral("schema"), ftmSchema(e.type)},
                         {QStringLiteral("properties"), properties}});
        for (const Relation &r : item.relations)
            line(QJsonObject{{QStringLiteral("id"), id("relation", r.id)},
                             {QStringLiteral("schema"), QStringLiteral("UnknownLink")},
                             {QStringLiteral("properties"),
                              QJsonObject{{QStringLiteral("subject"), QJsonArray{id("entity", r.fromId)}},
                                          {QStringLiteral("object"), QJsonArray{id("entity", r.toId)}},
                                          {QStringLiteral("role"), QJsonArray{r.kind}}}}});
    }
    for (const Event &e : summary.events) {
        QJsonArray involved;
        for (qint64 entity : e.entityIds)
            involved.append(id("entity", entity));
        line(QJsonObject{{QStringLiteral("id"), id("event", e.id)},
                         {QStringLiteral("schema"), QStringLiteral("Event")},
                         {QStringLiteral("properties"),
                          QJsonObject{{QStringLiteral("name"), QJsonArray{e.title}},
                                      {QStringLiteral("date"), QJsonArray{e.date.toIso()}},
                                      {QStringLiteral("description"), QJsonArray{e.description}},
                                      {QStringLiteral("involved"), involved}}}});
    }
    for (const DocumentInfo &d : summary.sources) {
        QJsonObject properties{{QStringLiteral("title"), QJsonArray{d.title}},
                               {QStringLiteral("fileName"), QJsonArray{d.fileName}},
                               {QStringLiteral("notes"), QJsonArray{QStringLiteral("SHA-256: ") + d.sha256}}};
        if (d.sourceUrl)
            properties.insert(QStringLiteral("sourceUrl"), QJsonArray{*d.sourceUrl});
        if (d.obtainedAt)
            properties.insert(QStringLiteral("retrievedAt"), QJsonArray{*d.obtainedAt});
        line(QJsonObject{{QStringLiteral("id"), id("document", d.id)},
                         {QStringLiteral("schema"), QStringLiteral("Document")},
                         {QStringLiteral("properties"), properties}});
    }
    return lines;
}

QJsonArray DataExports::claimReview(const CaseSummary &summary)
{
    QJsonArray reviews;
    for (const Claim &claim : summary.claims) {
        int rating = 0;
        switch (claim.verdict) {
        case Verdict::Supported: rating = 5; break;
        case Verdict::Contradicted: rating = 1; break;
        case Verdict::Unverifiable: rating = 3; break;
        default: continue; // a claim still being checked has no review yet
        }
        QJsonObject review{
            {QStringLiteral("@context"), QStringLiteral("https://schema.org")},
            {QStringLiteral("@type"), QStringLiteral("ClaimReview")},
            {QStringLiteral("claimReviewed"), claim.text},
            {QStringLiteral("datePublished"), claim.checkedAt.left(10)},
            {QStringLiteral("author"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Organization")},
                                                   {QStringLiteral("name"), summary.options.author.isEmpty() ? QStringLiteral("Dossier") : summary.options.author}}},
            {QStringLiteral("reviewRating"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Rating")},
                                                         {QStringLiteral("ratingValue"), rating},
                                                         {QStringLiteral("bestRating"), 5},
                                                         {QStringLiteral("worstRating"), 1},
                                                         {QStringLiteral("alternateName"), verdictLabel(claim.verdict)}}},
            {QStringLiteral("itemReviewed"), QJsonObject{{QStringLiteral("@type"), QStringLiteral("Claim")}}},
        };
        if (!claim.note.isEmpty())
            review.insert(QStringLiteral("reviewBody"), claim.note);
        reviews.append(review);
    }
    return reviews;
}

QJsonObject DataExports::timelineJs(const CaseSummary &summary)
{
    // TimelineJS renders text as HTML: everything from the case is escaped.
    QJsonArray events;
    for (const Event &e : summary.events) {
        QString text = e.description.toHtmlEscaped();
        for (const EventEvidence &ev : e.evidence)
            text += QStringLiteral("<blockquote>“%1”</blockquote><p>%2</p>")
                        .arg(ev.quote.toHtmlEscaped(), citation(ev.documentTitle, ev.page, ev.origin).toHtmlEscaped());
        QJsonObject event{{QStringLiteral("start_date"), timelineDate(e.date.start, e.date.precision)},
                          {QStringLiteral("display_date"), e.date.toIso()},
                          {QStringLiteral("text"), QJsonObject{{QStringLiteral("headline"), e.title.toHtmlEscaped()},
                                                               {QStringLiteral("text"), text}}},
                          {QStringLiteral("unique_id"), QStringLiteral("event-%1").arg(e.id)}};
        if (e.date.range)
            event.insert(QStringLiteral("end_date"), timelineDate(e.date.end, e.date.precision));
        if (!e.entityIds.empty() && summary.entityNames.count(e.entityIds.front()))
            event.insert(QStringLiteral("group"), summary.entityNames.at(e.entityIds.front()).toHtmlEscaped());
        events.append(event);
    }
    return QJsonObject{{QStringLiteral("title"), QJsonObject{{QStringLiteral("text"),
                                                              QJsonObject{{QStringLiteral("headline"), summary.options.title.toHtmlEscaped()},
                                                                          {QStringLiteral("text"), summary.options.author.toHtmlEscaped()}}}}},
                       {QStringLiteral("events"), events}};
}

QJsonObject DataExports::manifest(const CaseSummary &summary, const QString &caseFile)
{
    QJsonArray files;
    for (const DocumentInfo &d : summary.sources)
        files.append(QJsonObject{{QStringLiteral("document_id"), d.id},
                                 {QStringLiteral("title"), d.title},
                                 {QStringLiteral("file_name"), d.fileName},
                                 {QStringLiteral("sha256"), d.sha256},
                                 {QStringLiteral("size"), d.size},
                                 {QStringLiteral("source_url"), d.sourceUrl ? QJsonValue(*d.sourceUrl) : QJsonValue()},
                                 {QStringLiteral("obtained_at"), d.obtainedAt ? QJsonValue(*d.obtainedAt) : QJsonValue()},
                                 {QStringLiteral("imported_at"), d.importedAt}});
    return QJsonObject{{QStringLiteral("case"), caseFile},
                       {QStringLiteral("generated_at"), summary.generatedAt},
                       {QStringLiteral("how_to_verify"),
                        QStringLiteral("Compute the SHA-256 of each file (e.g. `sha256sum FILE`) and compare it with "
                                       "`sha256`; the size is in bytes.")},
                       {QStringLiteral("files"), files}};
}

} // namespace dossier
