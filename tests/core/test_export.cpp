#include "support/fixtures.h"

#include "demo/democase.h"
#include "documents/documentstore.h"
#include "entities/entitystore.h"
#include "export/caseimport.h"
#include "export/casejson.h"
#include "export/exporter.h"
#include "factcheck/claimstore.h"
#include "import/importservice.h"
#include "casefile/casefile.h"
#include "timeline/eventstore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <poppler-qt6.h>

using namespace dossier;
using namespace dossier::test;

namespace {

// The demo case with an entity, an event and a checked claim, plus a hostile document.
struct ExportCase
{
    QTemporaryDir dir;
    std::unique_ptr<CaseFile> caseFile;
    SummaryOptions options;

    ExportCase()
    {
        const QString path = dir.filePath(QStringLiteral("story.dossier"));
        REQUIRE(DemoCase::create(path).ok());
        caseFile = std::move(CaseFile::open(path).value());
        Database &db = caseFile->db();
        const QString hostile = dir.filePath(QStringLiteral("hostile.txt"));
        writeFile(hostile, encode(QStringLiteral("<img src=x onerror=alert(1)> 采购人：=HYPERLINK(\"http://evil\") "
                                                 "[click](javascript:alert(1)) | *bold* # heading\n"), "UTF-8"));
        REQUIRE(ImportService(db).importFile(hostile, {}).status == ImportOutcome::Status::Imported);

        qint64 szuDoc = 0, hostileDoc = 0;
        for (const DocumentInfo &d : DocumentStore(db).list()) {
            if (d.title.startsWith(QStringLiteral("深圳大学")))
                szuDoc = d.id;
            if (d.fileName == QLatin1String("hostile.txt"))
                hostileDoc = d.id;
        }
        EntityStore entities(db);
        Entity szu;
        szu.type = EntityType::Buyer;
        szu.nameZh = QStringLiteral("深圳大学");
        szu.nameEn = QStringLiteral("Shenzhen University");
        const qint64 szuId = entities.add(szu);
        Entity evil;
        evil.nameEn = QStringLiteral("=cmd|' /C calc'!A0");
        entities.add(evil);

        EventStore events(db);
        Event award;
        award.date = *FuzzyDate::fromIso(QStringLiteral("2024-03-15"));
        award.title = QStringLiteral("Shenzhen University buys an AWS account via Yunda");
        award.entityIds = {szuId};
        const qint64 awardId = events.add(award);
        for (const SegmentInfo &s : DocumentStore(db).segments(szuDoc))
            if (s.text.contains(QStringLiteral("20万元")))
                events.addEvidence(awardId, s.id, QStringLiteral("original"), 0, int(s.text.size()));
        Event injected;
        injected.date = *FuzzyDate::fromIso(QStringLiteral("2024-05"));
        injected.title = QStringLiteral("<b>injected</b> [x](y)");
        const qint64 injectedId = events.add(injected);
        events.addEvidence(injectedId, DocumentStore(db).segments(hostileDoc).front().id, QStringLiteral("original"), 0, 30);

        ClaimStore claims(db);
        const qint64 claim = claims.add(QStringLiteral("Shenzhen University spent 200,000 yuan."));
        claims.setVerdict(claim, {Verdict::Supported, QStringLiteral("Award notice"), QStringLiteral("checker"),
                                  QStringLiteral("2024-08-23T10:00:00Z")});
        options.title = QStringLiteral("Chips through the cloud");
        options.author = QStringLiteral("Investigations desk");
        options.findings = QStringLiteral("Universities reached US chips through Chinese resellers.");
        options.publishedUrl = QStringLiteral("https://news.example.org/chips");
    }
    QString out(const QString &name) { return dir.filePath(name); }
    Status run(const QString &format, const QString &path)
    {
        return Exporter::exportCase(caseFile->db(), dir.filePath(QStringLiteral("story.dossier")), format, path, options);
    }
};

QString pdfText(const QString &path)
{
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    REQUIRE(pdf);
    QString text;
    for (int i = 0; i < pdf->numPages(); ++i)
        text += pdf->page(i)->text(QRectF(), Poppler::Page::PhysicalLayout);
    return text;
}

// The text in content order, where each table cell stays together. poppler-qt's own raw
// order depends on the state of the process (it dropped whole pages once Tesseract had
// run in the same process), so ask poppler's pdftotext in a process of its own.
QString pdfRawText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30000));
    REQUIRE(pdftotext.exitCode() == 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

TEST_CASE("The summary exports to PDF with selectable Chinese quotes and citations", "[export]")
{
    ExportCase c;
    REQUIRE(c.run(QStringLiteral("pdf"), c.out(QStringLiteral("summary.pdf"))).ok());
    // Raw content order keeps each table cell together; spacing between words varies.
    QString text = pdfRawText(c.out(QStringLiteral("summary.pdf")));
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    // Raw order sometimes drops a heading word that poppler's reading order keeps.
    CHECK(pdfText(c.out(QStringLiteral("summary.pdf")))
              .contains(QStringLiteral("Chips through the cloud")));
    CHECK(text.contains(QStringLiteral("成交金额：20万元"))); // the quote, characters intact
    CHECK(text.contains(QStringLiteral("深圳大学科研云计算服务采购项目成交结果公告,p.1")));
    CHECK(text.contains(QStringLiteral("2024-03-15")));
    CHECK(text.contains(QStringLiteral("Supported")));
    CHECK_FALSE(QFile::exists(c.out(QStringLiteral("summary.pdf.partial"))));
}

TEST_CASE("The summary exports to an ODT that carries the quotes", "[export]")
{
    ExportCase c;
    REQUIRE(c.run(QStringLiteral("odt"), c.out(QStringLiteral("summary.odt"))).ok());
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), c.out(QStringLiteral("summary.odt")), QStringLiteral("content.xml")});
    REQUIRE(unzip.waitForFinished(30000));
    const QString content = QString::fromUtf8(unzip.readAllStandardOutput());
    CHECK(content.contains(QStringLiteral("成交金额：20万元")));
    CHECK(content.contains(QStringLiteral("Investigations desk")));
}

TEST_CASE("The JSON export round-trips into an empty case unchanged", "[export][json]")
{
    ExportCase c;
    const QJsonObject first = CaseJson::exportCase(c.caseFile->db());
    // The file is written row by row, and reads back as the same JSON.
    REQUIRE(c.run(QStringLiteral("json"), c.out(QStringLiteral("case.json"))).ok());
    QJsonParseError error;
    const QJsonDocument written = QJsonDocument::fromJson(readFile(c.out(QStringLiteral("case.json"))), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(written.object() == first);
    auto copy = std::move(CaseFile::create(c.out(QStringLiteral("copy.dossier"))).value());
    REQUIRE(CaseJson::importCase(copy->db(), first).ok());
    QJsonObject second = CaseJson::exportCase(copy->db());
    // The copy's trail is the original's, then its own rebuilding.
    QJsonObject secondTables = second.value(QStringLiteral("tables")).toObject();
    QJsonArray trail = secondTables.value(QStringLiteral("audit")).toArray();
    REQUIRE_FALSE(trail.isEmpty());
    CHECK(trail.last()[QStringLiteral("action")] == QStringLiteral("import-case"));
    trail.removeLast();
    secondTables.insert(QStringLiteral("audit"), trail);
    second.insert(QStringLiteral("tables"), secondTables);
    CHECK(QJsonDocument(first).toJson() == QJsonDocument(second).toJson());
    CHECK(DocumentStore(copy->db()).list().size() == DocumentStore(c.caseFile->db()).list().size());
    CHECK(DocumentStore(copy->db()).original(1) == DocumentStore(c.caseFile->db()).original(1));
    CHECK(copy->db().queryInt(QStringLiteral("SELECT count(*) FROM figures")) ==
          c.caseFile->db().queryInt(QStringLiteral("SELECT count(*) FROM figures")));
    // Into a case that already holds documents it refuses, and changes nothing.
    CHECK_FALSE(CaseJson::importCase(copy->db(), first).ok());
}

TEST_CASE("Text from documents cannot inject anything into an export", "[export][injection]")
{
    ExportCase c;
    for (const char *format : {"html", "md", "timelinejs", "ftm", "claimreview", "manifest"})
        REQUIRE(c.run(QString::fromLatin1(format), c.out(QStringLiteral("out.") + QString::fromLatin1(format))).ok());
    REQUIRE(c.run(QStringLiteral("csv"), c.out(QStringLiteral("csv"))).ok());

    const QString html = QString::fromUtf8(readFile(c.out(QStringLiteral("out.html"))));
    CHECK_FALSE(html.contains(QStringLiteral("<img")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>injected")));
    CHECK(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));

    const QString md = QString::fromUtf8(readFile(c.out(QStringLiteral("out.md"))));
    CHECK(md.contains(QStringLiteral("\\[x\\]\\(y\\)")));
    CHECK(md.contains(QStringLiteral("&lt;b\\>injected")));
    CHECK_FALSE(md.contains(QStringLiteral("<b>")));
    CHECK_FALSE(md.contains(QStringLiteral("[click](javascript")));

    const QString timeline = QString::fromUtf8(readFile(c.out(QStringLiteral("out.timelinejs"))));
    CHECK_FALSE(timeline.contains(QStringLiteral("<b>injected")));
    CHECK(timeline.contains(QStringLiteral("&lt;b&gt;injected")));

    const QString entities = QString::fromUtf8(readFile(c.out(QStringLiteral("csv/entities.csv"))));
    CHECK(entities.contains(QStringLiteral("\" =cmd|' /C calc'!A0\""))); // kept text by a leading space
    const QString figures = QString::fromUtf8(readFile(c.out(QStringLiteral("csv/figures.csv"))));
    CHECK(figures.contains(QStringLiteral("20万元")));
}

TEST_CASE("Only confirmed material leaves out events with changed sources and unsupported claims", "[export]")
{
    ExportCase c;
    ClaimStore(c.caseFile->db()).add(QStringLiteral("An unchecked claim."));
    c.options.onlyConfirmed = true;
    REQUIRE(c.run(QStringLiteral("md"), c.out(QStringLiteral("confirmed.md"))).ok());
    const QString md = QString::fromUtf8(readFile(c.out(QStringLiteral("confirmed.md"))));
    CHECK(md.contains(QStringLiteral("Shenzhen University spent 200,000 yuan")));
    CHECK_FALSE(md.contains(QStringLiteral("An unchecked claim")));
}

TEST_CASE("The JSON export carries every table the schema holds, read from the schema, not from a list", "[export][json]")
{
    ExportCase c;
    Database &db = c.caseFile->db();
    const QJsonObject exported = CaseJson::exportCase(db);
    auto copy = std::move(CaseFile::create(c.out(QStringLiteral("schema-copy.dossier"))).value());
    REQUIRE(CaseJson::importCase(copy->db(), exported).ok());

    // Every ordinary table of the schema, except what an import derives again.
    Statement schema = db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
        "AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%fts%' AND name <> 'figures' ORDER BY name"));
    int populated = 0;
    while (schema.step()) {
        const QString table = schema.text(0);
        INFO(table.toStdString());
        CHECK(exported.value(QStringLiteral("tables")).toObject().contains(table));
        const QString dump = QStringLiteral("SELECT count(*) FROM %1").arg(table);
        const qint64 rows = db.queryInt(dump);
        populated += rows > 0;
        if (table == QLatin1String("audit"))
            CHECK(copy->db().queryInt(dump) == rows + 1); // and the copy's own line
        else
            CHECK(copy->db().queryInt(dump) == rows);
    }
    CHECK(populated >= 12); // the fixture fills most of the schema, so a lost table shows
}

namespace {

// The export of a case, with `change` applied to its JSON.
QJsonObject alteredExport(Database &db, const std::function<void(QJsonObject &tables)> &change)
{
    QJsonObject json = CaseJson::exportCase(db);
    QJsonObject tables = json.value(QStringLiteral("tables")).toObject();
    change(tables);
    json.insert(QStringLiteral("tables"), tables);
    return json;
}

} // namespace

TEST_CASE("An export whose originals were altered or left out is refused, naming the document", "[export][json][integrity]")
{
    ExportCase c;
    const QJsonObject tampered = alteredExport(c.caseFile->db(), [](QJsonObject &tables) {
        QJsonArray originals = tables.value(QStringLiteral("originals")).toArray();
        QJsonObject first = originals[0].toObject();
        QByteArray bytes = QByteArray::fromBase64(first[QStringLiteral("bytes")][QStringLiteral("base64")].toString().toLatin1());
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20); // one byte changed, fingerprint kept
        first.insert(QStringLiteral("bytes"), QJsonObject{{QStringLiteral("base64"), QString::fromLatin1(bytes.toBase64())}});
        originals[0] = first;
        tables.insert(QStringLiteral("originals"), originals);
    });
    auto copy = std::move(CaseFile::create(c.out(QStringLiteral("tampered.dossier"))).value());
    const Status refused = CaseJson::importCase(copy->db(), tampered);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().message.contains(QStringLiteral("Nothing was imported")));
    CHECK(refused.error().message.contains(QStringLiteral("Document 1 ")));
    CHECK(refused.error().message.contains(QStringLiteral("is not the one imported")));
    CHECK(copy->db().queryInt(QStringLiteral("SELECT count(*) FROM documents")) == 0);

    const QJsonObject withoutOriginals = alteredExport(c.caseFile->db(), [](QJsonObject &tables) {
        tables.insert(QStringLiteral("originals"), QJsonArray());
    });
    const Status missing = CaseJson::importCase(copy->db(), withoutOriginals);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("has no original file")));
    CHECK(copy->db().queryInt(QStringLiteral("SELECT count(*) FROM documents")) == 0);
}

TEST_CASE("A damaged export names the table, the row and what is wrong with it", "[export][json]")
{
    ExportCase c;
    const QJsonObject untitled = alteredExport(c.caseFile->db(), [](QJsonObject &tables) {
        QJsonArray documents = tables.value(QStringLiteral("documents")).toArray();
        QJsonObject second = documents[1].toObject();
        second.remove(QStringLiteral("title"));
        documents[1] = second;
        tables.insert(QStringLiteral("documents"), documents);
    });
    auto copy = std::move(CaseFile::create(c.out(QStringLiteral("damaged.dossier"))).value());
    const Status refused = CaseJson::importCase(copy->db(), untitled);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          QStringLiteral("The export is damaged: row 2 of “documents” cannot be stored (“title” is missing). Nothing was imported."));
}

TEST_CASE("A case rebuilt from an export appears whole or not at all, even after a killed attempt", "[export][json]")
{
    ExportCase c;
    const QString json = c.out(QStringLiteral("case.json"));
    writeFile(json, QJsonDocument(CaseJson::exportCase(c.caseFile->db())).toJson());
    const QString target = c.out(QStringLiteral("rebuilt.dossier"));

    // A killed attempt leaves only its temporary file, which a retry replaces.
    writeFile(target + QStringLiteral(".partial"), QByteArray("half a case"));
    auto rebuilt = CaseImport::fromExport(json, target);
    REQUIRE(rebuilt.ok());
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".partial")));
    CHECK(DocumentStore((*rebuilt)->db()).list().size() == DocumentStore(c.caseFile->db()).list().size());
    rebuilt.value().reset();

    // A failed import leaves nothing under the chosen name.
    const QString broken = c.out(QStringLiteral("broken.json"));
    writeFile(broken, QByteArray("{\"format\": \"dossier-case\", \"tables\": {\"documents\": [1]}}"));
    const QString other = c.out(QStringLiteral("other.dossier"));
    auto failed = CaseImport::fromExport(broken, other);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QStringLiteral("row 1 of “documents” is not a record")));
    CHECK_FALSE(QFile::exists(other));
    CHECK_FALSE(QFile::exists(other + QStringLiteral(".partial")));

    writeFile(broken, QByteArray("{\"format\": \"dossier-case\", "));
    auto unreadable = CaseImport::fromExport(broken, other);
    REQUIRE_FALSE(unreadable.ok());
    CHECK(unreadable.error().message.contains(QStringLiteral("is not valid JSON")));
}
