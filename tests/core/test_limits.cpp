#include "support/fixtures.h"

#include "documents/documentstore.h"
#include "documents/originalcheck.h"
#include "import/importservice.h"
#include "operations/entityedits.h"
#include "casefile/casefile.h"
#include "text/htmltextextractor.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <atomic>
#include <map>
#include <chrono>
#include <thread>

#include <sys/resource.h>

using namespace dossier;
using namespace dossier::test;

TEST_CASE("Absurdly deep markup is read flat, with a note, instead of losing the text", "[limits]")
{
    QString html = QStringLiteral("<html><body>");
    for (int i = 0; i < 20000; ++i)
        html += QStringLiteral("<div>");
    html += QStringLiteral("采购人：深圳大学");
    for (int i = 0; i < 20000; ++i)
        html += QStringLiteral("</div>");
    html += QStringLiteral("<p>成交金额：20万元</p></body></html>");
    const HtmlText text = HtmlTextExtractor::extract(html);
    CHECK(text.text.contains(QStringLiteral("采购人：深圳大学")));
    CHECK(text.text.contains(QStringLiteral("成交金额：20万元")));
    CHECK_FALSE(text.warning.isEmpty());

    const HtmlText normal = HtmlTextExtractor::extract(
        QStringLiteral("<html><head><title>t</title><style>p{}</style></head><body><p>采购人：深圳大学</p>"
                       "<table><tr><td>预算金额</td><td>184,000元</td></tr></table></body></html>"));
    CHECK(normal.warning.isEmpty());
    CHECK(HtmlTextExtractor::flatText(QStringLiteral("<p>a &amp; b</p><script>x()</script><p>&#x6DF1;&#22323;</p>")) ==
          QStringLiteral("a & b\n\n深圳"));
}

TEST_CASE("An element with a hundred thousand attributes is read in one pass", "[limits]")
{
    // The parser compares each attribute with the earlier ones: unbounded, this page took
    // minutes. Past the first few dozen, attributes carry no text and are left out.
    QByteArray html = "<html><head><meta charset=\"utf-8\"><title>采购公告</title></head><body><div";
    for (int i = 0; i < 100000; ++i)
        html += " a" + QByteArray::number(i) + "=\"x>y\"";
    html += ">采购人：深圳大学</div><table><tr><td colspan=\"2\">成交金额：20万元</td></tr></table></body></html>";
    auto parsed = ImportService::parse(html, QStringLiteral("attributes.html"));
    REQUIRE(parsed.ok());
    QStringList texts;
    for (const auto &segment : parsed->segments)
        texts << segment.text;
    CHECK(texts.contains(QStringLiteral("采购人：深圳大学")));
    CHECK(texts.join(QLatin1Char('\n')).contains(QStringLiteral("成交金额：20万元")));
    CHECK_FALSE(texts.join(QString()).contains(QStringLiteral("y\"")));
}

TEST_CASE("A page built to expand (nested entities, a billion laughs) stays its own size", "[limits]")
{
    // XML entity expansion is the zip bomb of markup: ten levels of ten copies each.
    QByteArray html = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY l0 \"采购人\">";
    for (int level = 1; level <= 10; ++level) {
        html += "<!ENTITY l" + QByteArray::number(level) + " \"";
        for (int copy = 0; copy < 10; ++copy)
            html += "&l" + QByteArray::number(level - 1) + ";";
        html += "\">";
    }
    html += "]><html><head><meta charset=\"utf-8\"></head><body><p>&l10;</p><p>成交金额：20万元</p></body></html>";
    auto parsed = ImportService::parse(html, QStringLiteral("laughs.html"));
    REQUIRE(parsed.ok());
    qsizetype characters = 0;
    for (const auto &segment : parsed->segments)
        characters += segment.text.size();
    CHECK(characters < html.size());
    CHECK(parsed->segments.back().text == QStringLiteral("成交金额：20万元"));
}

TEST_CASE("A 2 GB file is refused before it is read", "[limits]")
{
    QTemporaryDir dir;
    auto caseFile = std::move(CaseFile::create(dir.filePath(QStringLiteral("c.dossier"))).value());
    const QString huge = dir.filePath(QStringLiteral("huge.pdf"));
    {
        QFile file(huge);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(2LL * 1024 * 1024 * 1024)); // sparse: no disk used
    }
    QElapsedTimer timer;
    timer.start();
    const ImportOutcome outcome = ImportService(caseFile->db()).importFile(huge, {});
    CHECK(outcome.status == ImportOutcome::Status::Failed);
    CHECK(outcome.error.contains(QStringLiteral("512 MB")));
    CHECK(timer.elapsed() < 2000);
    CHECK(DocumentStore(caseFile->db()).list().empty());
}

namespace {

// A small tmpfs of our own, for disk-full and read-only tests. Needs root (as in CI).
struct SmallDisk
{
    QTemporaryDir dir;
    bool mounted = false;

    explicit SmallDisk(const QString &size)
    {
        mounted = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                              QStringLiteral("size=") + size, QStringLiteral("tmpfs"), dir.path()}) == 0;
    }
    ~SmallDisk()
    {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), dir.path()});
    }
    bool remountReadOnly()
    {
        return QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), dir.path()}) == 0;
    }
};

} // namespace

TEST_CASE("A full disk fails the import cleanly and loses nothing", "[limits][disk]")
{
    SmallDisk disk(QStringLiteral("3m"));
    if (!disk.mounted) {
        WARN("SKIPPED: cannot mount a tmpfs here (not root), so the disk-full test did not run");
        return;
    }
    QTemporaryDir sources;
    const QString casePath = disk.dir.filePath(QStringLiteral("c.dossier"));
    auto caseFile = std::move(CaseFile::create(casePath).value());
    const QString small = sources.filePath(QStringLiteral("small.txt"));
    writeFile(small, encode(QStringLiteral("采购人：深圳大学\n成交金额：20万元\n"), "UTF-8"));
    REQUIRE(ImportService(caseFile->db()).importFile(small, {}).status == ImportOutcome::Status::Imported);

    // About 5 MB of text that does not compress: more than the disk can hold.
    QByteArray big;
    for (qint64 i = 0; i < 60000; ++i)
        big += QStringLiteral("第%1条：采购人%2支付了%3元。\n")
                   .arg(QString::number(i), QString::number(i * 7919 % 100003), QString::number(i * 104729 % 1000003))
                   .toUtf8();
    const QString large = sources.filePath(QStringLiteral("large.txt"));
    writeFile(large, big);
    const ImportOutcome outcome = ImportService(caseFile->db()).importFile(large, {});
    CHECK(outcome.status == ImportOutcome::Status::Failed);
    CHECK(outcome.error.contains(QStringLiteral("disk is full")));

    caseFile.reset();
    auto reopened = CaseFile::open(casePath);
    REQUIRE(reopened.ok());
    Statement integrity = (*reopened)->db().prepare(QStringLiteral("PRAGMA integrity_check"));
    REQUIRE(integrity.step());
    CHECK(integrity.text(0) == QStringLiteral("ok"));
    const auto documents = DocumentStore((*reopened)->db()).list();
    REQUIRE(documents.size() == 1);
    CHECK(documents[0].fileName == QStringLiteral("small.txt"));
    CHECK(documents[0].segments == 2);
}

TEST_CASE("On a full disk a case opens for reading, and a change says the disk is full", "[limits][disk]")
{
    SmallDisk disk(QStringLiteral("3m"));
    if (!disk.mounted) {
        WARN("SKIPPED: cannot mount a tmpfs here (not root), so the full-disk reading test did not run");
        return;
    }
    const QString casePath = disk.dir.filePath(QStringLiteral("c.dossier"));
    {
        auto caseFile = std::move(CaseFile::create(casePath).value());
        QTemporaryDir sources;
        const QString small = sources.filePath(QStringLiteral("small.txt"));
        writeFile(small, encode(QStringLiteral("采购人：深圳大学\n成交金额：20万元\n"), "UTF-8"));
        REQUIRE(ImportService(caseFile->db()).importFile(small, {}).status == ImportOutcome::Status::Imported);
    }
    // Another program takes every byte that is left.
    QFile filler(disk.dir.filePath(QStringLiteral("filler")));
    REQUIRE(filler.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'x');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    filler.close();

    auto opened = CaseFile::open(casePath);
    REQUIRE(opened.ok());
    CHECK((*opened)->readOnlyReason().contains(QStringLiteral("full")));
    CHECK(DocumentStore((*opened)->db()).list().size() == 1);
    Entity entity;
    entity.nameZh = QStringLiteral("深圳大学");
    const Status refused = EntityEdit::create(entity)->apply((*opened)->db());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("The disk is full")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("read-only")));
    opened.value().reset();

    filler.remove();
    auto writable = CaseFile::open(casePath);
    REQUIRE(writable.ok());
    CHECK((*writable)->readOnlyReason().isEmpty());
    CHECK(EntityEdit::create(entity)->apply((*writable)->db()).ok());
}

TEST_CASE("A case on a read-only disk is refused with a clear message", "[limits][disk]")
{
    SmallDisk disk(QStringLiteral("4m"));
    if (!disk.mounted) {
        WARN("SKIPPED: cannot mount a tmpfs here (not root), so the read-only test did not run");
        return;
    }
    const QString casePath = disk.dir.filePath(QStringLiteral("c.dossier"));
    { REQUIRE(CaseFile::create(casePath).ok()); }
    REQUIRE(disk.remountReadOnly());
    auto opened = CaseFile::open(casePath);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("read-only")));
}

TEST_CASE("A PDF of ten thousand pages imports whole, and a cancel stops it between pages", "[limits][slow]")
{
    QStringList pages;
    for (int i = 1; i <= 10000; ++i)
        pages << QStringLiteral("第%1页 采购人：深圳大学").arg(i);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    writeFile(path, makePdf(pages));

    {
        auto caseFile = std::move(CaseFile::create(dir.filePath(QStringLiteral("cancel.dossier"))).value());
        std::atomic_bool cancel{false};
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        const ImportOutcome outcome = ImportService(caseFile->db()).importFile(path, {}, &cancel);
        canceller.join();
        CHECK(outcome.status == ImportOutcome::Status::Cancelled);
        CHECK(outcome.error.contains(QStringLiteral("of 10000")));
        CHECK(DocumentStore(caseFile->db()).list().empty());
    }

    auto caseFile = std::move(CaseFile::create(dir.filePath(QStringLiteral("whole.dossier"))).value());
    const ImportOutcome outcome = ImportService(caseFile->db()).importFile(path, {});
    REQUIRE(outcome.status == ImportOutcome::Status::Imported);
    Database &db = caseFile->db();
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM pages")) == 10000);
    CHECK(db.queryInt(QStringLiteral("SELECT count(DISTINCT page) FROM segments")) == 10000);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM segments WHERE text LIKE '第9999页%'")) == 1);
}

TEST_CASE("The PDF fuzz seeds read as a portal's PDFs do, so the fuzzer starts from real structure", "[limits][fuzz]")
{
    // tests/fuzz/seeds/pdf/make-seeds.py writes them; each shows poppler one way of building a PDF.
    const std::map<QString, QString> expected = {
        {QStringLiteral("text.pdf"), QStringLiteral("200,000 yuan")},
        {QStringLiteral("flate.pdf"), QStringLiteral("200,000 yuan")},
        {QStringLiteral("damaged-xref.pdf"), QStringLiteral("200,000 yuan")},
        {QStringLiteral("incremental.pdf"), QStringLiteral("184,000 yuan")},
        {QStringLiteral("object-streams.pdf"), QStringLiteral("200,000 yuan")},
        {QStringLiteral("encrypted.pdf"), QStringLiteral("200,000 yuan")},
        {QStringLiteral("cjk-tounicode.pdf"), QStringLiteral("采购人")},
    };
    for (const auto &[name, text] : expected) {
        INFO(name.toStdString());
        const QByteArray bytes = readFile(QStringLiteral(DOSSIER_SOURCE_DIR "/tests/fuzz/seeds/pdf/") + name);
        REQUIRE(bytes.size() < 2048);
        auto parsed = ImportService::parse(bytes, name);
        REQUIRE(parsed.ok());
        QString all;
        for (const auto &segment : parsed->segments)
            all += segment.text;
        CHECK(all.contains(text));
    }
}

TEST_CASE("A 200 MB text is read in pieces, with flat memory, progress and cancel", "[limits][slow]")
{
    // 200 MB of tender lines, as a scraped dump arrives: held whole, it took 2.1 GB and
    // five minutes with no progress inside the file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dump.txt"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 written = 0;
    int lines = 0;
    QByteArray firstLine, lastLine;
    while (written < 200LL * 1024 * 1024) {
        QByteArray block;
        for (int i = 0; i < 10000; ++i, ++lines) {
            lastLine = QStringLiteral("第%1条：采购人深圳大学公布成交结果，成交金额为%2万元，供应商为云达科技有限公司。\n")
                           .arg(lines)
                           .arg(lines % 997)
                           .toUtf8();
            block += lastLine;
            if (lines == 150000) {
                block += "\xff stray byte in a scraped line\n"; // decoded as browsers do, not refused
                ++lines;
            }
        }
        if (firstLine.isEmpty())
            firstLine = block.left(block.indexOf('\n'));
        out.write(block);
        hash.addData(block);
        written += block.size();
    }
    out.close();
    const QString casePath = dir.filePath(QStringLiteral("dump.dossier"));
    REQUIRE(QProcess::execute(QStringLiteral(DOSSIER_CLI_PATH), {QStringLiteral("new"), casePath}) == 0);

    QProcess import;
    import.start(QStringLiteral(DOSSIER_CLI_PATH), {QStringLiteral("import"), casePath, path});
    REQUIRE(import.waitForFinished(600000));
    INFO(import.readAllStandardError().toStdString());
    REQUIRE(import.exitCode() == 0);
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    // Held whole, this text took ten times its size; in pieces, memory stays near a piece's worth.
    CHECK(usage.ru_maxrss < 200 * 1024);

    auto caseFile = std::move(CaseFile::open(casePath).value());
    DocumentStore store(caseFile->db());
    const std::vector<DocumentInfo> documents = store.list();
    REQUIRE(documents.size() == 1);
    CHECK(documents[0].segments == lines);
    CHECK(store.pages(documents[0].id).size() >= 6);
    CHECK(store.editableFields(documents[0].id).notes.contains(QStringLiteral("parts of about 4 MB")));
    CHECK(documents[0].sha256 == QString::fromLatin1(hash.result().toHex()));
    CHECK(OriginalCheck::verify(caseFile->db()).empty()); // the stored bytes are the file's, all of them
    const std::vector<SegmentInfo> segments = store.segments(documents[0].id);
    CHECK(segments.front().text.toUtf8() == firstLine);
    CHECK(segments.back().text.toUtf8() + '\n' == lastLine);
    CHECK(std::any_of(segments.begin(), segments.end(),
                      [](const SegmentInfo &s) { return s.text == QStringLiteral("\uFFFD stray byte in a scraped line"); }));

    // Cancelled halfway through the file, nothing of it stays.
    auto other = std::move(CaseFile::create(dir.filePath(QStringLiteral("cancel.dossier"))).value());
    ImportService service(other->db());
    std::atomic_bool cancel{false};
    int reported = 0;
    service.setPageProgress([&](const QString &, int page, int) {
        reported = page;
        if (page == 3)
            cancel = true;
    });
    const ImportOutcome outcome = service.importFile(path, {}, &cancel);
    CHECK(outcome.status == ImportOutcome::Status::Cancelled);
    CHECK(reported == 3);
    CHECK(DocumentStore(other->db()).list().empty());
}
