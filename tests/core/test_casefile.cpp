#include "support/fixtures.h"

#include "search/searchservice.h"
#include "casefile/casefile.h"
#include "storage/database.h"
#include "casefile/migrations.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace dossier;
using namespace dossier::test;

namespace {

qint64 pragma(const QString &path, const char *name)
{
    Database db(path, Database::Mode::ReadOnly);
    return db.queryInt(QStringLiteral("PRAGMA ") + QString::fromLatin1(name));
}

} // namespace

TEST_CASE("A new case file carries Dossier's identity and schema", "[casefile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("story.dossier"));
    {
        auto created = CaseFile::create(path);
        REQUIRE(created.ok());
        CHECK((*created)->db().queryInt(QStringLiteral("PRAGMA foreign_keys")) == 1);
        CHECK((*created)->db().queryInt(QStringLiteral("SELECT count(*) FROM audit")) == 1);
        Statement mode = (*created)->db().prepare(QStringLiteral("PRAGMA journal_mode"));
        REQUIRE(mode.step());
        CHECK(mode.text(0) == QStringLiteral("wal"));
    }
    CHECK(pragma(path, "application_id") == CaseFile::kApplicationId);
    CHECK(pragma(path, "user_version") == Migrations::latestVersion());
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));

    auto reopened = CaseFile::open(path);
    REQUIRE(reopened.ok());

    SECTION("create refuses to overwrite")
    {
        auto again = CaseFile::create(path);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.contains(QStringLiteral("already exists")));
    }
}

TEST_CASE("Files that are not Dossier cases are refused and left unchanged", "[casefile]")
{
    QTemporaryDir dir;

    SECTION("missing file")
    {
        auto opened = CaseFile::open(dir.filePath(QStringLiteral("nothing.dossier")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("no case file")));
    }
    SECTION("not SQLite at all")
    {
        const QString path = dir.filePath(QStringLiteral("notes.dossier"));
        writeFile(path, QByteArray("These are my notes, not a database.\n"));
        const QByteArray before = readFile(path);
        auto opened = CaseFile::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("not a Dossier case file")));
        CHECK(readFile(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("browser.sqlite"));
        {
            Database db(path, Database::Mode::ReadWriteCreate);
            db.exec(QStringLiteral("CREATE TABLE history(url TEXT); INSERT INTO history VALUES ('x')"));
        }
        const QByteArray before = readFile(path);
        auto opened = CaseFile::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("not a Dossier case file")));
        CHECK(readFile(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    SECTION("a case from a newer Dossier")
    {
        const QString path = dir.filePath(QStringLiteral("future.dossier"));
        { REQUIRE(CaseFile::create(path).ok()); }
        {
            Database db(path, Database::Mode::ReadWrite);
            db.exec(QStringLiteral("PRAGMA user_version = 99"));
            db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = readFile(path);
        auto opened = CaseFile::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("newer version of Dossier")));
        CHECK(readFile(path) == before);
    }
    SECTION("a read-only case file")
    {
        const QString path = dir.filePath(QStringLiteral("archive.dossier"));
        { REQUIRE(CaseFile::create(path).ok()); }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        const QByteArray before = readFile(path);
        auto opened = CaseFile::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("read-only")));
        CHECK(readFile(path) == before);
    }
}

TEST_CASE("A case open here is refused to a second opener in this process and in another",
          "[casefile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.dossier"));
    auto first = CaseFile::create(path);
    REQUIRE(first.ok());

    auto second = CaseFile::open(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().message.contains(QStringLiteral("already open")));

    QProcess cli;
    cli.start(QStringLiteral(DOSSIER_CLI_PATH), {QStringLiteral("docs"), path});
    REQUIRE(cli.waitForFinished(30000));
    CHECK(cli.exitCode() == 1);
    CHECK(QString::fromUtf8(cli.readAllStandardError()).contains(QStringLiteral("already open")));

    first.value().reset(); // close the case: the other process may now open it
    cli.start(QStringLiteral(DOSSIER_CLI_PATH), {QStringLiteral("docs"), path});
    REQUIRE(cli.waitForFinished(30000));
    CHECK(cli.exitCode() == 0);
}

TEST_CASE("A stale lock left by a crashed process does not block the case", "[casefile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crashed.dossier"));
    { REQUIRE(CaseFile::create(path).ok()); }
    // A lock file naming a process that no longer exists.
    writeFile(path + QStringLiteral(".lock"),
              QByteArray("999999\ndossier\n") + QSysInfo::machineHostName().toUtf8() + "\n");
    auto opened = CaseFile::open(path);
    REQUIRE(opened.ok());
}

TEST_CASE("Save a copy writes a complete and standalone case", "[casefile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("original.dossier"));
    const QString copyPath = dir.filePath(QStringLiteral("copy.dossier"));
    auto caseFile = CaseFile::create(path);
    REQUIRE(caseFile.ok());
    (*caseFile)->audit(QStringLiteral("note"), QStringLiteral("before copy"));
    REQUIRE((*caseFile)->saveCopyAs(copyPath).ok());
    CHECK_FALSE(QFile::exists(copyPath + QStringLiteral("-wal")));

    auto copy = CaseFile::open(copyPath);
    REQUIRE(copy.ok());
    CHECK((*copy)->db().queryInt(QStringLiteral("SELECT count(*) FROM audit")) == 2);
}

TEST_CASE("A case from every older schema opens and upgrades with a backup kept", "[casefile][migration]")
{
    // Each fixture was written by the dossier-cli of the commit that introduced that schema.
    const int version = GENERATE(range(1, Migrations::latestVersion()));
    CAPTURE(version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.dossier"));
    const QString fixture = QStringLiteral(DOSSIER_TEST_DATA "/schema-v%1.dossier").arg(version);
    REQUIRE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = readFile(path);
    qint64 documents = 0;
    qint64 segments = 0;
    {
        Database old(path, Database::Mode::ReadOnly);
        CHECK(old.queryInt(QStringLiteral("PRAGMA user_version")) == version);
        documents = old.queryInt(QStringLiteral("SELECT count(*) FROM documents"));
        segments = old.queryInt(QStringLiteral("SELECT count(*) FROM segments"));
    }
    REQUIRE(documents >= 2);
    {
        auto opened = CaseFile::open(path);
        REQUIRE(opened.ok());
        Database &db = (*opened)->db();
        CHECK(db.queryInt(QStringLiteral("PRAGMA user_version")) == Migrations::latestVersion());
        CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM documents WHERE deleted_at IS NULL")) == documents);
        CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM segments")) == segments);
        Statement integrity = db.prepare(QStringLiteral("PRAGMA integrity_check"));
        REQUIRE(integrity.step());
        CHECK(integrity.text(0) == QStringLiteral("ok"));
        CHECK_FALSE(SearchService(db).search(QStringLiteral("采购人")).empty());
    }
    // The backup is the case as it was, readable by the Dossier of its time.
    Database backup(path + QStringLiteral(".v%1.bak").arg(version), Database::Mode::ReadOnly);
    CHECK(backup.queryInt(QStringLiteral("PRAGMA user_version")) == version);
    CHECK(backup.queryInt(QStringLiteral("SELECT count(*) FROM documents")) == documents);
    CHECK(backup.queryInt(QStringLiteral("SELECT count(*) FROM segments")) == segments);
    (void)before;
}

TEST_CASE("The upgrade backup holds rows that were still in the write-ahead log", "[casefile][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wal.dossier"));
    const int version = Migrations::latestVersion() - 1;
    REQUIRE(QFile::copy(QStringLiteral(DOSSIER_TEST_DATA "/schema-v%1.dossier").arg(version), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        // Another program committed a row and left it in the -wal file, not yet in the case file.
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
        sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        REQUIRE(sqlite3_exec(raw, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; "
                                  "UPDATE documents SET notes = 'committed in the log' WHERE id = 1;",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    {
        auto opened = CaseFile::open(path);
        REQUIRE(opened.ok());
    }
    Database backup(path + QStringLiteral(".v%1.bak").arg(version), Database::Mode::ReadOnly);
    Statement notes = backup.prepare(QStringLiteral("SELECT notes FROM documents WHERE id = 1"));
    REQUIRE(notes.step());
    CHECK(notes.text(0) == QStringLiteral("committed in the log"));
}

TEST_CASE("A case file with a format no Dossier writes, or without its tables, is refused untouched", "[casefile]")
{
    QTemporaryDir dir;
    const auto prepare = [&](const QString &name, const char *sql) {
        const QString path = dir.filePath(name);
        REQUIRE(QFile::copy(QStringLiteral(DOSSIER_TEST_DATA "/schema-v%1.dossier").arg(Migrations::latestVersion() - 1), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
        REQUIRE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
        return path;
    };
    const QString negative = prepare(QStringLiteral("negative.dossier"), "PRAGMA user_version = -3");
    const QByteArray before = readFile(negative);
    auto refused = CaseFile::open(negative);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("format -3, which no version of Dossier writes")));
    CHECK(readFile(negative) == before);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.bak")}).isEmpty());

    const QString emptied = prepare(QStringLiteral("emptied.dossier"),
                                    "PRAGMA foreign_keys = OFF; DROP TABLE segments; DROP TABLE originals;");
    auto noTables = CaseFile::open(emptied);
    REQUIRE_FALSE(noTables.ok());
    CHECK(noTables.error().message.contains(QStringLiteral("lost its tables")));
}
