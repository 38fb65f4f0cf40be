// The spreadsheet, the manifest and the printed PDF, each checked in the tool it is for:
// LibreOffice Calc, sha256sum, poppler.
#include "exportstory.h"

#include "export/exportpackage.h"
#include "export/pdfreportwriter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <poppler-qt6.h>

using namespace dossier;
using namespace dossier::test;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// The cells of the first sheet as Calc read them: value type and shown text per cell.
struct CalcCell
{
    QString type;
    QString text;
};

std::vector<std::vector<CalcCell>> calcSheet(const QString &csv)
{
    const QString dir = QFileInfo(csv).absolutePath();
    runTool(QStringLiteral("soffice"), {QStringLiteral("-env:UserInstallation=file://") + dir + QStringLiteral("/lo-profile"),
                                        QStringLiteral("--headless"), QStringLiteral("--norestore"),
                                        QStringLiteral("--infilter=CSV:44,34,76,1"), QStringLiteral("--convert-to"),
                                        QStringLiteral("fods"), QStringLiteral("--outdir"), dir + QStringLiteral("/calc"), csv});
    QXmlStreamReader xml(readText(dir + QStringLiteral("/calc/") + QFileInfo(csv).completeBaseName() + QStringLiteral(".fods")));
    std::vector<std::vector<CalcCell>> rows;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.qualifiedName() == u"table:table-row")
            rows.emplace_back();
        else if (xml.isStartElement() && xml.qualifiedName() == u"table:table-cell" && !rows.empty()) {
            const int repeat = qMax(1, xml.attributes().value(QStringLiteral("table:number-columns-repeated")).toInt());
            const QString type = xml.attributes().value(QStringLiteral("office:value-type")).toString();
            const QString shown = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            for (int i = 0; i < repeat && i < 64; ++i)
                rows.back().push_back({type, shown});
        }
    }
    return rows;
}

} // namespace

TEST_CASE("In Calc the events CSV has every quote on a row of its own, dates typed alike, and no visible formula guard",
          "[export][tools][csv]")
{
    ExportStory story;
    const QString folder = story.out(QStringLiteral("csv"));
    REQUIRE(story.run(QStringLiteral("csv"), folder).ok());
    const auto rows = calcSheet(folder + QStringLiteral("/events.csv"));
    REQUIRE(rows.size() >= 2);
    const std::vector<CalcCell> &header = rows.front();
    auto column = [&](const QString &name) {
        for (size_t i = 0; i < header.size(); ++i)
            if (header[i].text == name)
                return i;
        FAIL("no column " << name.toStdString());
        return size_t(0);
    };
    const size_t start = column(QStringLiteral("start_date")), end = column(QStringLiteral("end_date")),
                 quote = column(QStringLiteral("quote"));
    QStringList quotes;
    for (size_t r = 1; r < rows.size(); ++r) {
        if (rows[r].size() <= quote || rows[r][quote].text.isEmpty())
            continue;
        quotes << rows[r][quote].text;
        CHECK(rows[r][start].type == QStringLiteral("date")); // days, months, quarters and ranges alike
        CHECK(rows[r][end].type == QStringLiteral("date"));
    }
    CHECK(quotes.size() == story.quotes.size());
    for (const QString &q : story.quotes)
        CHECK(quotes.contains(q));

    const auto entities = calcSheet(folder + QStringLiteral("/entities.csv"));
    bool formulaKeptAsText = false;
    for (const auto &row : entities)
        for (const CalcCell &cell : row) {
            CHECK_FALSE(cell.text.startsWith(QLatin1Char('\'')));
            if (cell.text.contains(QStringLiteral("=cmd|")))
                formulaKeptAsText = cell.type == QStringLiteral("string") || cell.type.isEmpty();
        }
    CHECK(formulaKeptAsText);
}

TEST_CASE("The manifest lists every exported file and the case file, and sha256sum agrees with it", "[export][tools][manifest]")
{
    ExportStory story;
    const QString folder = story.out(QStringLiteral("package"));
    const Status written = story.run(QStringLiteral("manifest"), folder);
    INFO((written.ok() ? QString() : written.error().fullText()).toStdString());
    REQUIRE(written.ok());
    const QByteArray check = runTool(QStringLiteral("sha256sum"), {QStringLiteral("-c"), QStringLiteral("manifest.sha256")}, folder);
    CHECK_FALSE(check.contains("FAILED"));

    const QJsonObject manifest = QJsonDocument::fromJson(readText(folder + QStringLiteral("/manifest.json")).toUtf8()).object();
    QStringList listed;
    for (const QJsonValue &file : manifest[QStringLiteral("files")].toArray())
        listed << file[QStringLiteral("path")].toString();
    QStringList onDisk;
    for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = QDir(folder).relativeFilePath(it.next());
        if (!path.startsWith(QStringLiteral("manifest.")))
            onDisk << path;
    }
    listed.sort();
    onDisk.sort();
    CHECK(listed == onDisk);
    for (const char *name : {"summary.pdf", "summary.odt", "summary.html", "summary.md", "case.json", "case.ftm.jsonl",
                             "timeline.json", "claimreview.json", "csv/events.csv"})
        CHECK(listed.contains(QString::fromLatin1(name)));

    const QJsonObject caseFile = manifest[QStringLiteral("case_file")].toObject();
    CHECK(caseFile[QStringLiteral("path")] == QStringLiteral("story.dossier"));
    const QString caseSum = QString::fromLatin1(runTool(QStringLiteral("sha256sum"), {story.casePath()}).left(64));
    CHECK(caseFile[QStringLiteral("sha256")].toString() == caseSum);
    CHECK(manifest[QStringLiteral("sources")].toArray().size() == 5);
}

TEST_CASE("The PDF reads like a report: findings on page 1, rows whole under repeated headers, footers, hashes whole, bookmarks",
          "[export][tools][pdf]")
{
    ExportStory story;
    // Enough events that the timeline runs over pages.
    story.options.findings += QStringLiteral("\n\n") + QStringLiteral("A third paragraph of findings. ").repeated(20);
    const QString pdfPath = story.run(QStringLiteral("pdf"));
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(pdfPath);
    REQUIRE(pdf);
    const int pages = pdf->numPages();
    REQUIRE(pages >= 2);
    auto pageText = [&](int page) {
        return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page + 1),
                                                                       QStringLiteral("-l"), QString::number(page + 1), pdfPath, QStringLiteral("-")}));
    };
    const QString first = pageText(0);
    CHECK(first.contains(QStringLiteral("Chips through the cloud")));
    CHECK(first.contains(QStringLiteral("Key findings")));
    CHECK(first.contains(QStringLiteral("Universities reached US chips")));
    CHECK(first.count(QStringLiteral("Chips through the cloud")) == 2); // the title and the footer
    CHECK_FALSE(first.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:")))); // no raw timestamp
    // Rendered, page 1 is a page of text, not a title alone: ink on most of its height.
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-f"),
                                         QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdfPath, story.out(QStringLiteral("page"))});
    const QImage page1(story.out(QStringLiteral("page-1.pgm")));
    REQUIRE_FALSE(page1.isNull());
    int inked = 0;
    for (int y = 0; y < page1.height(); ++y)
        for (int x = 0; x < page1.width(); ++x)
            if (qGray(page1.pixel(x, y)) < 220) {
                ++inked;
                break;
            }
    CHECK(inked > page1.height() / 3);

    QString all;
    for (int page = 0; page < pages; ++page) {
        const QString t = pageText(page);
        INFO("page " << page + 1);
        CHECK(t.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages)));
        // Every citation sits on the page of its quote: no row is split between pages.
        const QString flat = QString(t).remove(QRegularExpression(QStringLiteral("\\s")));
        CHECK_FALSE(flat.endsWith(QStringLiteral("p.")));
        all += t;
    }
    // Hashes print whole, on one line (a copied hash verifies).
    const QRegularExpression hash(QStringLiteral("\\b[0-9a-f]{64}\\b"));
    int hashes = 0;
    for (auto it = hash.globalMatch(all); it.hasNext(); it.next())
        ++hashes;
    CHECK(hashes == 5);

    // Bookmarks for the sections, each on the page where its heading is.
    const QVector<Poppler::OutlineItem> outline = pdf->outline();
    QStringList sections;
    for (const Poppler::OutlineItem &item : outline) {
        sections << item.name();
        REQUIRE(item.destination());
        const int page = item.destination()->pageNumber() - 1;
        CHECK(pageText(page).contains(item.name()));
    }
    CHECK(sections == QStringList{QStringLiteral("Key findings"), QStringLiteral("Timeline"), QStringLiteral("Entities"),
                                  QStringLiteral("Checked figures"), QStringLiteral("Sources")});
}

TEST_CASE("A table row taller than a page is carried over between lines, nothing lost", "[export][pdf]")
{
    QTemporaryDir dir;
    ReportDocument report;
    report.title = QStringLiteral("Long row");
    ReportCell evidence;
    for (int i = 0; i < 120; ++i)
        evidence.push_back(ReportParagraph(QStringLiteral("第%1条引文：成交金额%2万元").arg(i).arg(i + 1)));
    report.table({{QStringLiteral("Date"), QStringLiteral("Evidence")}, {{{ReportParagraph(QStringLiteral("2024-03"))}, evidence}}});
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(PdfReportWriter::write(report, path).ok());
    const QString text = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
    for (int i = 0; i < 120; ++i)
        CHECK(text.contains(QStringLiteral("第%1条引文").arg(i)));
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    REQUIRE(pdf);
    CHECK(pdf->numPages() >= 2);
}
