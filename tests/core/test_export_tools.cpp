// Each export opened in the tool it is for: LibreOffice (ODT, its DOCX conversion, CSV
// in Calc), a GFM renderer (Markdown), the followthemoney model (FtM), TimelineJS's own
// linking, sha256sum (the manifest), poppler (the PDF's pages and bookmarks).
#include "exportstory.h"

#include "export/exportpackage.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <poppler-qt6.h>

using namespace dossier;
using namespace dossier::test;

namespace {

const QString kTools = QStringLiteral(DOSSIER_SOURCE_DIR "/tests/tools");

// LibreOffice headless, with a profile of its own so it runs beside a desktop session.
QString convert(const QString &file, const QString &to, const QStringList &extra = {})
{
    const QString outDir = QFileInfo(file).absolutePath() + QStringLiteral("/converted-") + to.section(QLatin1Char(':'), 0, 0);
    QDir().mkpath(outDir);
    runTool(QStringLiteral("soffice"),
            QStringList{QStringLiteral("-env:UserInstallation=file://") + QFileInfo(file).absolutePath() + QStringLiteral("/lo-profile"),
                        QStringLiteral("--headless"), QStringLiteral("--norestore")} +
                extra + QStringList{QStringLiteral("--convert-to"), to, QStringLiteral("--outdir"), outDir, file});
    const QStringList made = QDir(outDir).entryList(QDir::Files);
    REQUIRE(made.size() >= 1);
    return QDir(outDir).filePath(QFileInfo(file).completeBaseName() + QLatin1Char('.') + to.section(QLatin1Char(':'), 0, 0));
}

QString text(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QString squeezed(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

TEST_CASE("The ODT opens in LibreOffice with every quote, translation, citation and mark, and survives conversion to DOCX",
          "[export][tools][odt]")
{
    ExportStory story;
    const QString odt = story.run(QStringLiteral("odt"));
    const QString docx = convert(odt, QStringLiteral("docx"));
    for (const QString &document : {odt, docx}) {
        INFO(document.toStdString());
        const QString read = squeezed(text(convert(document, QStringLiteral("txt:Text (encoded):UTF8"))));
        for (const QString &quote : story.quotes)
            CHECK(read.contains(squeezed(quote)));
        for (const QString &translation : story.translations)
            CHECK(read.contains(squeezed(translation)));
        CHECK(read.contains(QStringLiteral("p.1(OCR)")));
        CHECK(read.contains(QStringLiteral("(titlereadbyOCR)")));
        CHECK(read.contains(QStringLiteral("Translationflagged:“500台”isnotinthetranslation")));
        CHECK(read.contains(squeezed(story.description)));
        CHECK(read.contains(story.creditCode));
        CHECK(read.contains(QStringLiteral("boughtfrom云达科技有限公司/YundaTechnology")));
        CHECK_FALSE(read.contains(QStringLiteral("procured_from")));
        CHECK_FALSE(read.contains(QStringLiteral("ai_model")));
        CHECK_FALSE(read.contains(QStringLiteral("Claude/Claude")));
    }
}

TEST_CASE("The ODT has one cell per column in every row, real headings, styles, metadata and Chinese set as Chinese",
          "[export][tools][odt]")
{
    ExportStory story;
    const QString odt = story.run(QStringLiteral("odt"));
    // LibreOffice's own reading of the file, flat: what it kept of tables and headings.
    const QString flat = text(convert(odt, QStringLiteral("fodt")));
    QXmlStreamReader xml(flat);
    int columns = 0, headings = 0, tables = 0, rows = 0;
    QList<int> cellsPerRow;
    bool zhAsian = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.qualifiedName();
        if (name == u"table:table") {
            ++tables;
            columns = 0;
        } else if (name == u"table:table-column") {
            columns += qMax(1, xml.attributes().value(QStringLiteral("table:number-columns-repeated")).toInt());
        } else if (name == u"table:table-row") {
            ++rows;
            cellsPerRow << 0;
        } else if (name == u"table:table-cell" || name == u"table:covered-table-cell") {
            ++cellsPerRow.last();
            CHECK(cellsPerRow.last() <= columns);
        } else if (name == u"text:h") {
            ++headings;
        } else if (xml.attributes().value(QStringLiteral("style:language-asian")) == u"zh") {
            zhAsian = zhAsian || xml.attributes().value(QStringLiteral("style:country-asian")) == u"CN";
        }
    }
    CHECK(tables == 3);
    CHECK(rows == 1 + 4 + 1 + 10 + 1 + 2); // a header row and the rows of each table
    CHECK(headings == 5);
    CHECK(zhAsian);
    const QByteArray listing = runTool(QStringLiteral("unzip"), {QStringLiteral("-l"), odt});
    for (const char *part : {"mimetype", "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"})
        CHECK(listing.contains(part));
}

TEST_CASE("The Markdown renders with working links, one quote per block and nothing of the case left out", "[export][tools][markdown]")
{
    ExportStory story;
    const QString md = story.run(QStringLiteral("md"));
    const QString html = QString::fromUtf8(runTool(QStringLiteral("cmark-gfm"), {QStringLiteral("--extension"), QStringLiteral("table"),
                                                                                 QStringLiteral("--extension"), QStringLiteral("autolink"), md}));
    QStringList links;
    const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    for (auto it = href.globalMatch(html); it.hasNext();)
        links << it.next().captured(1);
    for (const QString &url : story.sourceUrls)
        CHECK(links.contains(url));
    for (const QString &link : links)
        CHECK_FALSE(link.contains(QLatin1Char('\\')));
    // Each quote in a blockquote of its own, never run together with the next.
    const QRegularExpression blockquote(QStringLiteral("<blockquote>(.*?)</blockquote>"), QRegularExpression::DotMatchesEverythingOption);
    QStringList blocks;
    for (auto it = blockquote.globalMatch(html); it.hasNext();)
        blocks << it.next().captured(1);
    for (const QString &quote : story.quotes) {
        const QString escaped = QString(quote).toHtmlEscaped();
        const auto holding = std::count_if(blocks.begin(), blocks.end(), [&](const QString &b) { return b.contains(escaped); });
        INFO(quote.toStdString());
        CHECK(holding == 1);
    }
    CHECK(blocks.size() >= story.quotes.size());
    CHECK(html.contains(story.creditCode));
    CHECK(html.contains(QStringLiteral("www.ccgp.gov.cn/cggg/dfgg/202403/t2024.htm")));
    CHECK(html.contains(QStringLiteral("Translation flagged")));
    CHECK(html.contains(QStringLiteral("bought from 云达科技有限公司 / Yunda Technology")));
    CHECK_FALSE(html.contains(QStringLiteral("procured_from")));
}

TEST_CASE("The FtM export validates against the followthemoney model", "[export][tools][ftm]")
{
    ExportStory story;
    const QString ftm = story.run(QStringLiteral("ftm"));
    const QByteArray report = runTool(QStringLiteral("node"), {kTools + QStringLiteral("/validate-ftm.mjs"), ftm});
    CHECK(report.contains(" 0 errors"));
    bool asset = false, quarter = false, range = false;
    for (const QByteArray &line : QFile::exists(ftm) ? text(ftm).toUtf8().split('\n') : QList<QByteArray>{}) {
        const QJsonObject entity = QJsonDocument::fromJson(line).object();
        const QJsonObject properties = entity[QStringLiteral("properties")].toObject();
        asset = asset || (entity[QStringLiteral("schema")] == QStringLiteral("Asset") &&
                          properties[QStringLiteral("name")].toArray() == QJsonArray{QStringLiteral("Claude")});
        quarter = quarter || (properties[QStringLiteral("startDate")].toArray() == QJsonArray{QStringLiteral("2024-07")} &&
                              properties[QStringLiteral("endDate")].toArray() == QJsonArray{QStringLiteral("2024-09")});
        range = range || (properties[QStringLiteral("startDate")].toArray() == QJsonArray{QStringLiteral("2024-04-08")} &&
                          properties[QStringLiteral("endDate")].toArray() == QJsonArray{QStringLiteral("2024-04-22")});
        if (entity[QStringLiteral("schema")] == QStringLiteral("UnknownLink"))
            CHECK_FALSE(properties[QStringLiteral("role")].toArray().first().toString().contains(QLatin1Char('_')));
    }
    CHECK(asset);
    CHECK(quarter);
    CHECK(range);
}

TEST_CASE("ClaimReview carries every property Google's fact-check markup requires and recommends", "[export][claimreview]")
{
    ExportStory story;
    const QJsonArray reviews = QJsonDocument::fromJson(text(story.run(QStringLiteral("claimreview"))).toUtf8()).array();
    REQUIRE(reviews.size() == 2);
    for (const QJsonValue &review : reviews) {
        CHECK(review[QStringLiteral("@type")] == QStringLiteral("ClaimReview"));
        CHECK(review[QStringLiteral("url")].toString().startsWith(QStringLiteral("https://news.example.org/chips-story#claim-")));
        CHECK_FALSE(review[QStringLiteral("claimReviewed")].toString().isEmpty());
        CHECK_FALSE(review[QStringLiteral("reviewRating")][QStringLiteral("alternateName")].toString().isEmpty());
        CHECK(review[QStringLiteral("author")][QStringLiteral("name")] == QStringLiteral("Investigations desk"));
        CHECK(review[QStringLiteral("author")][QStringLiteral("url")] == QStringLiteral("https://news.example.org/"));
        const QJsonValue claim = review[QStringLiteral("itemReviewed")];
        CHECK(claim[QStringLiteral("@type")] == QStringLiteral("Claim"));
        CHECK(claim[QStringLiteral("appearance")][QStringLiteral("url")] == QStringLiteral("https://news.example.org/chips-story"));
        CHECK_FALSE(claim[QStringLiteral("author")][QStringLiteral("name")].toString().isEmpty());
        CHECK(QDate::fromString(claim[QStringLiteral("datePublished")].toString(), Qt::ISODate).isValid());
    }
    // Without the address it will be published at, there is no review to write.
    story.options.publishedUrl.clear();
    const Status refused = story.run(QStringLiteral("claimreview"), story.out(QStringLiteral("none.json")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("web address")));
    CHECK_FALSE(QFile::exists(story.out(QStringLiteral("none.json"))));
}

TEST_CASE("TimelineJS shows each quote with its translation, and its own linking makes no broken link", "[export][tools][timelinejs]")
{
    ExportStory story;
    const QString file = story.run(QStringLiteral("timelinejs"));
    const QJsonArray slides =
        QJsonDocument::fromJson(runTool(QStringLiteral("node"), {kTools + QStringLiteral("/timelinejs-linkify.mjs"), file})).array();
    REQUIRE(slides.size() == 4);
    QString all;
    for (const QJsonValue &slide : slides) {
        const QString html = slide[QStringLiteral("html")].toString();
        CHECK_FALSE(html.contains(QStringLiteral("<a "))); // nothing TimelineJS would link, so no link cut short
        all += html;
    }
    auto shown = [](QString html) { // as the browser shows it
        return html.replace(QStringLiteral("&#58;"), QStringLiteral(":")).replace(QStringLiteral("&#64;"), QStringLiteral("@"))
            .replace(QStringLiteral("&#46;"), QStringLiteral("."));
    };
    for (const QString &quote : story.quotes)
        CHECK(shown(all).contains(quote.toHtmlEscaped()));
    for (const QString &translation : story.translations)
        CHECK(shown(all).contains(translation.toHtmlEscaped()));
    CHECK(shown(all).contains(story.description.toHtmlEscaped()));
    QSet<QString> lanes;
    for (const QJsonValue &event : QJsonDocument::fromJson(text(file).toUtf8())[QStringLiteral("events")].toArray())
        lanes.insert(event[QStringLiteral("group")].toString());
    CHECK(lanes.size() <= 3); // lanes by kind of party, not one per party
}
