#include "timelinejsexport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dossier {

namespace {

QJsonObject timelineDate(const QDate &date, FuzzyDate::Precision precision)
{
    QJsonObject d{{QStringLiteral("year"), QString::number(date.year())}};
    if (precision != FuzzyDate::Precision::Year)
        d.insert(QStringLiteral("month"), QString::number(date.month()));
    if (precision == FuzzyDate::Precision::Day)
        d.insert(QStringLiteral("day"), QString::number(date.day()));
    return d;
}

QString evidenceHtml(const CaseSummary &summary, const EventEvidence &ev)
{
    QString html = QStringLiteral("<blockquote>“%1”</blockquote>").arg(TimelineJsExport::slideText(ev.quote));
    if (const QString translation = CaseSummary::shownTranslation(ev); !translation.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(TimelineJsExport::slideText(translation));
    if (const QString flag = summary.translationFlag(ev); !flag.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(TimelineJsExport::slideText(QCoreApplication::translate("SummaryReport", "Translation flagged: %1").arg(flag)));
    html += QStringLiteral("<p><small>%1</small></p>").arg(TimelineJsExport::slideText(summary.citationOf(ev)));
    return html;
}

} // namespace

QString TimelineJsExport::slideText(const QString &text)
{
    QString html = text.toHtmlEscaped();
    // A browser reads &#58; as ":" and &#64; as "@"; TimelineJS's patterns do not.
    html.replace(QStringLiteral("://"), QStringLiteral("&#58;//"));
    html.replace(QLatin1Char('@'), QStringLiteral("&#64;"));
    html.replace(QStringLiteral("www."), QStringLiteral("www&#46;"), Qt::CaseInsensitive);
    return html;
}

QJsonObject TimelineJsExport::render(const CaseSummary &summary)
{
    std::map<qint64, EntityType> types;
    for (const SummaryEntity &item : summary.entities)
        types[item.entity.id] = item.entity.type;
    QJsonArray events;
    for (const Event &e : summary.events) {
        QString text;
        if (!e.description.isEmpty())
            text += QStringLiteral("<p>%1</p>").arg(slideText(e.description));
        QStringList names;
        for (qint64 id : e.entityIds)
            names << summary.entityName(id);
        if (!names.isEmpty())
            text += QStringLiteral("<p><small>%1</small></p>").arg(slideText(names.join(QStringLiteral(", "))));
        for (const EventEvidence &ev : e.evidence)
            text += evidenceHtml(summary, ev);
        QJsonObject event{{QStringLiteral("start_date"), timelineDate(e.date.start, e.date.precision)},
                          {QStringLiteral("display_date"), slideText(e.date.toIso())},
                          {QStringLiteral("text"), QJsonObject{{QStringLiteral("headline"), slideText(e.title)},
                                                               {QStringLiteral("text"), text}}},
                          {QStringLiteral("unique_id"), QStringLiteral("event-%1").arg(e.id)}};
        if (e.date.range || e.date.precision == FuzzyDate::Precision::Quarter)
            event.insert(QStringLiteral("end_date"), timelineDate(e.date.end, e.date.precision));
        if (!e.entityIds.empty() && types.count(e.entityIds.front()))
            event.insert(QStringLiteral("group"), entityTypeLabel(types.at(e.entityIds.front())));
        events.append(event);
    }
    return QJsonObject{{QStringLiteral("title"), QJsonObject{{QStringLiteral("text"),
                                                              QJsonObject{{QStringLiteral("headline"), slideText(summary.options.title)},
                                                                          {QStringLiteral("text"), slideText(summary.options.author)}}}}},
                       {QStringLiteral("events"), events}};
}

} // namespace dossier
