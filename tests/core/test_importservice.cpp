#include "support/fixtures.h"

#include "documents/documentstore.h"
#include "import/importservice.h"
#include "casefile/casefile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace dossier;
using namespace dossier::test;

namespace {

struct Workspace
{
    QTemporaryDir dir;
    std::unique_ptr<CaseFile> caseFile;

    Workspace()
    {
        auto created = CaseFile::create(dir.filePath(QStringLiteral("case.dossier")));
        REQUIRE(created.ok());
        caseFile = std::move(created.value());
    }
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        writeFile(path, bytes);
        return path;
    }
    qint64 count(const char *table)
    {
        return caseFile->db().queryInt(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
    }
};

} // namespace

TEST_CASE("Importing keeps the original bytes and their SHA-256 and the provenance", "[import][store]")
{
    Workspace ws;
    const QByteArray pdf = makePdf({tenderNoticeText()});
    const QString path = ws.file(QStringLiteral("szu.pdf"), pdf);
    ImportService service(ws.caseFile->db());
    ImportOptions options;
    options.sourceUrl = QStringLiteral("https://www.ccgp.gov.cn/notice/123.html");
    options.obtainedAt = QStringLiteral("2024-08-20");

    const ImportOutcome outcome = service.importFile(path, options);
    REQUIRE(outcome.status == ImportOutcome::Status::Imported);

    DocumentStore store(ws.caseFile->db());
    const auto info = store.get(outcome.documentId);
    REQUIRE(info);
    CHECK(info->sha256 == sha256(pdf));
    CHECK(info->fileName == QStringLiteral("szu.pdf"));
    CHECK(info->kind == QStringLiteral("pdf"));
    CHECK(info->size == pdf.size());
    CHECK(info->sourceUrl == options.sourceUrl);
    CHECK(info->obtainedAt == options.obtainedAt);
    CHECK_FALSE(info->importedAt.isEmpty());
    CHECK(info->pages == 1);
    CHECK(info->segments > 3);
    CHECK(store.original(outcome.documentId) == pdf);

    SECTION("the same bytes again are a duplicate and add nothing")
    {
        const qint64 segments = ws.count("segments");
        const ImportOutcome again = service.importFile(ws.file(QStringLiteral("copy-of-szu.pdf"), pdf), {});
        CHECK(again.status == ImportOutcome::Status::Duplicate);
        CHECK(again.documentId == outcome.documentId);
        CHECK(ws.count("documents") == 1);
        CHECK(ws.count("segments") == segments);
    }
}

TEST_CASE("A batch with broken files imports the rest and reports each failure", "[import][batch]")
{
    Workspace ws;
    ws.file(QStringLiteral("in/a-notice.txt"), encode(tenderNoticeText(), "GB18030"));
    ws.file(QStringLiteral("in/b-broken.pdf"), QByteArray("%PDF-1.4\n") + QByteArray(300, 'z'));
    ws.file(QStringLiteral("in/c-locked.pdf"), encryptPdf(makePdf({QStringLiteral("保密")}), QStringLiteral("pw")));
    ws.file(QStringLiteral("in/sub/d-page.html"),
            encode(QStringLiteral("<html><head><meta charset=gbk></head><body><p>采购人：四川大学</p></body></html>"), "GB18030"));
    ws.file(QStringLiteral("in/e-photo.jpg"), QByteArray("\xff\xd8\xff\xe0") + QByteArray(64, '\x10'));
    ws.file(QStringLiteral("in/.hidden.txt"), QByteArray("not me"));

    ImportService service(ws.caseFile->db());
    std::vector<int> progress;
    const auto outcomes = service.importFiles({ws.dir.filePath(QStringLiteral("in"))}, {},
                                              [&](int done, int, const QString &) { progress.push_back(done); });
    REQUIRE(outcomes.size() == 5);
    CHECK(outcomes[0].status == ImportOutcome::Status::Imported);
    CHECK(outcomes[1].status == ImportOutcome::Status::Failed);
    CHECK(outcomes[1].error.contains(QStringLiteral("damaged")));
    CHECK(outcomes[2].status == ImportOutcome::Status::Failed);
    CHECK(outcomes[2].error.contains(QStringLiteral("password")));
    CHECK(outcomes[3].status == ImportOutcome::Status::Failed); // in/e-photo.jpg sorts before in/sub/
    CHECK(outcomes[3].error.contains(QStringLiteral("JPEG")));
    CHECK(outcomes[4].status == ImportOutcome::Status::Imported);
    CHECK(ws.count("documents") == 2);
    CHECK(ws.count("originals") == 2);
    CHECK(progress == std::vector<int>{0, 1, 2, 3, 4, 5});
}

TEST_CASE("Cancelling a batch stops between documents and leaves none half-written", "[import][batch]")
{
    Workspace ws;
    QStringList paths;
    for (int i = 0; i < 4; ++i)
        paths << ws.file(QStringLiteral("n%1.txt").arg(i),
                         encode(tenderNoticeText() + QString::number(i), "UTF-8"));
    std::atomic_bool cancel{false};
    ImportService service(ws.caseFile->db());
    const auto outcomes = service.importFiles(paths, {}, [&](int done, int, const QString &) {
        if (done == 2)
            cancel = true;
    }, &cancel);
    REQUIRE(outcomes.size() == 4);
    CHECK(outcomes[1].status == ImportOutcome::Status::Imported);
    CHECK(outcomes[2].status == ImportOutcome::Status::Imported); // already started
    CHECK(outcomes[3].status == ImportOutcome::Status::Cancelled);
    CHECK(ws.count("documents") == 3);
    CHECK(ws.caseFile->db().queryInt(QStringLiteral(
              "SELECT count(*) FROM documents d WHERE NOT EXISTS "
              "(SELECT 1 FROM segments s WHERE s.document_id = d.id)")) == 0);
}

TEST_CASE("A document that fails to write is rolled back whole", "[import][transaction]")
{
    Workspace ws;
    // Make the translation insert fail after the document, pages and segments rows
    // were written: nothing of the document may remain.
    ws.caseFile->db().exec(QStringLiteral(
        "CREATE TEMP TRIGGER fail_translation BEFORE INSERT ON main.translations BEGIN "
        "SELECT RAISE(ABORT, 'simulated failure'); END"));
    const QString path = ws.file(QStringLiteral("bilingual.txt"), encode(QStringLiteral(
        "One.\n一。\nTwo.\n二。\nThree.\n三。\n"), "UTF-8"));
    ImportService service(ws.caseFile->db());
    const ImportOutcome outcome = service.importFile(path, {});
    CHECK(outcome.status == ImportOutcome::Status::Failed);
    CHECK_FALSE(outcome.error.isEmpty());
    CHECK(ws.count("documents") == 0);
    CHECK(ws.count("segments") == 0);
    CHECK(ws.count("originals") == 0);
}
