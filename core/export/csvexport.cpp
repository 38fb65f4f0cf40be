#include "csvexport.h"

#include "../figures/figureindex.h"
#include "../figures/figureparser.h"

#include <QCoreApplication>

namespace dossier {

namespace {

QByteArray csvRows(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << CsvExport::cell(cell);
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return "\xef\xbb\xbf" + out.toUtf8(); // BOM: spreadsheets then read the Chinese right
}

QString precisionWords(const FuzzyDate &date)
{
    const QString name = FuzzyDate::precisionName(date.precision);
    return date.range ? QCoreApplication::translate("CsvExport", "%1 range").arg(name) : name;
}

QString originWords(TextOrigin origin)
{
    switch (origin) {
    case TextOrigin::Document:
        return QCoreApplication::translate("CsvExport", "document text");
    case TextOrigin::Ocr:
        return QCoreApplication::translate("CsvExport", "OCR");
    case TextOrigin::CorrectedOcr:
        return QCoreApplication::translate("CsvExport", "OCR, corrected by hand");
    }
    return {};
}

} // namespace

QString CsvExport::cell(const QString &value)
{
    QString cell = value;
    // CSV injection: =, +, -, @, tab and CR start formulas in spreadsheet programs. A
    // leading space keeps such a cell text in Calc and Excel alike, where an apostrophe
    // stays visible in Calc.
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        cell.prepend(QLatin1Char(' '));
    cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

std::map<QString, QByteArray> CsvExport::tables(Database &db, const CaseSummary &summary)
{
    QList<QStringList> entities{{QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("name_zh"), QStringLiteral("name_en"),
                                 QStringLiteral("aliases"), QStringLiteral("credit_code"), QStringLiteral("mentions"),
                                 QStringLiteral("screening"), QStringLiteral("relations"), QStringLiteral("review"),
                                 QStringLiteral("notes")}};
    for (const SummaryEntity &item : summary.entities) {
        QStringList lists, relations;
        for (const ScreeningHit &hit : item.screening)
            lists << hit.entry.list + QStringLiteral(": ") + hit.entry.name;
        for (const Relation &r : item.relations)
            relations << summary.relationText(r);
        entities << QStringList{QString::number(item.entity.id), entityTypeLabel(item.entity.type), item.entity.nameZh,
                                item.entity.nameEn, item.entity.aliases.join(QStringLiteral("; ")), item.entity.uscc,
                                QString::number(item.mentions), lists.join(QStringLiteral("; ")),
                                relations.join(QStringLiteral("; ")), reviewLine(item.entity.review), item.entity.notes};
    }
    QList<QStringList> events{{QStringLiteral("event_id"), QStringLiteral("start_date"), QStringLiteral("end_date"),
                               QStringLiteral("precision"), QStringLiteral("title"), QStringLiteral("description"),
                               QStringLiteral("entities"), QStringLiteral("tags"), QStringLiteral("review"),
                               QStringLiteral("quote"), QStringLiteral("translation"), QStringLiteral("translation_flag"),
                               QStringLiteral("document"), QStringLiteral("page"), QStringLiteral("text_origin"),
                               QStringLiteral("source_changed")}};
    for (const Event &e : summary.events) {
        QStringList names;
        for (qint64 id : e.entityIds)
            names << summary.entityName(id);
        const QStringList common{QString::number(e.id), e.date.start.toString(Qt::ISODate), e.date.end.toString(Qt::ISODate),
                                 precisionWords(e.date), e.title, e.description, names.join(QStringLiteral("; ")),
                                 e.tags.join(QStringLiteral("; ")), reviewLine(e.review)};
        if (e.evidence.empty())
            events << common + QStringList{QString(), QString(), QString(), QString(), QString(), QString(), QString()};
        for (const EventEvidence &ev : e.evidence) {
            events << common + QStringList{ev.quote, CaseSummary::shownTranslation(ev), summary.translationFlag(ev),
                                           summary.citedTitle(ev), QString::number(ev.page),
                                           originWords(ev.origin),
                                           ev.changed || ev.missing ? QStringLiteral("yes") : QStringLiteral("no")};
        }
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

} // namespace dossier
