// dossier-cli makes every edit the GUI makes, through the same core operations, and
// says what went wrong with which input.
#include "clirun.h"
#include "support/fixtures.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace dossier::test;

namespace {

// A case holding the test tender notice; returns its path.
QString tenderCase(const QTemporaryDir &dir)
{
    const QString casePath = dir.filePath(QStringLiteral("edits.dossier"));
    const QString text = dir.filePath(QStringLiteral("notice.txt"));
    writeFile(text, tenderNoticeText().toUtf8());
    REQUIRE(cli({QStringLiteral("new"), casePath}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("import"), casePath, text}).exitCode == 0);
    return casePath;
}

} // namespace

TEST_CASE("Every edit has its dossier-cli command and each is on record with who made it", "[cli][operations]")
{
    QTemporaryDir dir;
    const QString c = tenderCase(dir);
    const QStringList asLi{QStringLiteral("--author"), QStringLiteral("Li Wei")};

    const Run added = cli(asLi + QStringList{QStringLiteral("entity"), QStringLiteral("add"), c, QStringLiteral("--type"),
                                             QStringLiteral("buyer"), QStringLiteral("--zh"), QStringLiteral("深圳大学"),
                                             QStringLiteral("--json")});
    REQUIRE(added.exitCode == 0);
    const int entity = added.json()[QStringLiteral("id")].toInt();
    const Run edited = cli({QStringLiteral("entity"), QStringLiteral("edit"), c, QString::number(entity),
                            QStringLiteral("--en"), QStringLiteral("Shenzhen University"), QStringLiteral("--alias"),
                            QStringLiteral("深大"), QStringLiteral("--json")});
    REQUIRE(edited.exitCode == 0);
    CHECK(edited.json()[QStringLiteral("name_en")] == QStringLiteral("Shenzhen University"));
    CHECK(edited.json()[QStringLiteral("aliases")].toArray().contains(QStringLiteral("深大")));

    const Run tagged = cli({QStringLiteral("entity"), QStringLiteral("tag"), c, QString::number(entity), QStringLiteral("1:0:2")});
    CHECK(tagged.exitCode == 0);
    const Run outside = cli({QStringLiteral("entity"), QStringLiteral("tag"), c, QString::number(entity), QStringLiteral("1:0:99999")});
    CHECK(outside.exitCode == 1);
    CHECK(outside.err.contains(QStringLiteral("not inside segment 1")));

    // A typo in an entity number is a usage error, not entity 0.
    const Run typo = cli({QStringLiteral("event"), QStringLiteral("add"), c, QStringLiteral("--date"), QStringLiteral("2024-03"),
                          QStringLiteral("--title"), QStringLiteral("Award"), QStringLiteral("--entity"), QStringLiteral("l")});
    CHECK(typo.exitCode == 2);
    CHECK(typo.err.contains(QStringLiteral("--entity must be an entity number")));
    const Run unknown = cli({QStringLiteral("event"), QStringLiteral("add"), c, QStringLiteral("--date"), QStringLiteral("2024-03"),
                             QStringLiteral("--title"), QStringLiteral("Award"), QStringLiteral("--entity"), QStringLiteral("77")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("There is no entity 77 in this case.")));
    const Run event = cli({QStringLiteral("event"), QStringLiteral("add"), c, QStringLiteral("--date"), QStringLiteral("2024-03"),
                           QStringLiteral("--title"), QStringLiteral("Award"), QStringLiteral("--entity"), QString::number(entity),
                           QStringLiteral("--evidence"), QStringLiteral("1:0:4"), QStringLiteral("--json")});
    REQUIRE(event.exitCode == 0);
    CHECK(event.json()[QStringLiteral("evidence")].toArray().size() == 1);

    CHECK(cli({QStringLiteral("document"), QStringLiteral("edit"), c, QStringLiteral("1"), QStringLiteral("--obtained"),
               QStringLiteral("2024")}).exitCode == 0);
    const Run docs = cli({QStringLiteral("docs"), c, QStringLiteral("--json")});
    CHECK(docs.json().toArray()[0][QStringLiteral("obtained_at")] == QStringLiteral("2024"));
    const Run badDate = cli({QStringLiteral("document"), QStringLiteral("edit"), c, QStringLiteral("1"), QStringLiteral("--obtained"),
                             QStringLiteral("24.3.2024")});
    CHECK(badDate.exitCode == 1);
    CHECK(badDate.err.contains(QStringLiteral("“24.3.2024” is not a date")));

    CHECK(cli({QStringLiteral("translation"), QStringLiteral("set"), c, QStringLiteral("1"), QStringLiteral("Shenzhen University")}).exitCode == 0);
    CHECK(cli({QStringLiteral("glossary"), QStringLiteral("add"), c, QStringLiteral("中标"), QStringLiteral("won the tender")}).exitCode == 0);
    CHECK(cli({QStringLiteral("document"), QStringLiteral("trash"), c, QStringLiteral("1")}).exitCode == 0);
    CHECK(cli({QStringLiteral("document"), QStringLiteral("restore"), c, QStringLiteral("1")}).exitCode == 0);
    const Run claim = cli({QStringLiteral("claim"), QStringLiteral("add"), c, QStringLiteral("The university paid 200,000 yuan."),
                           QStringLiteral("--json")});
    REQUIRE(claim.exitCode == 0);
    CHECK(cli({QStringLiteral("claim"), QStringLiteral("verdict"), c, QString::number(claim.json()[QStringLiteral("id")].toInt()),
               QStringLiteral("supported"), QStringLiteral("--evidence"), QStringLiteral("1:0:4")}).exitCode == 0);

    const Run history = cli({QStringLiteral("history"), c, QStringLiteral("--json")});
    REQUIRE(history.exitCode == 0);
    QStringList done;
    for (const QJsonValue &row : history.json().toArray())
        if (row[QStringLiteral("action")] == QStringLiteral("edit"))
            done << row[QStringLiteral("description")].toString();
    CHECK(done == QStringList{QStringLiteral("New entity"), QStringLiteral("Edit entity"), QStringLiteral("Tag mention"),
                              QStringLiteral("Add event"), QStringLiteral("Edit document details"),
                              QStringLiteral("Edit translation"), QStringLiteral("Add glossary term"),
                              QStringLiteral("Delete 1 document"), QStringLiteral("Restore 1 document"),
                              QStringLiteral("Add claims to check"), QStringLiteral("Record verdict")});
    const Run entityHistory = cli({QStringLiteral("history"), c, QStringLiteral("entity"), QString::number(entity), QStringLiteral("--json")});
    const QJsonArray rows = entityHistory.json().toArray();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0][QStringLiteral("author")] == QStringLiteral("Li Wei"));
    CHECK(rows[1][QStringLiteral("author")] != QStringLiteral("Li Wei"));
}

TEST_CASE("dossier-cli --help succeeds and export --json says what it wrote", "[cli]")
{
    QTemporaryDir dir;
    const QString c = tenderCase(dir);
    const Run help = cli({QStringLiteral("entity"), QStringLiteral("add"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("--zh"));
    CHECK(cli({QStringLiteral("--help")}).exitCode == 0);
    CHECK(cli({}).exitCode == 2);

    const QString output = dir.filePath(QStringLiteral("summary.md"));
    const Run exported = cli({QStringLiteral("export"), c, QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"),
                              output, QStringLiteral("--json")});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.json()[QStringLiteral("format")] == QStringLiteral("md"));
    CHECK(exported.json()[QStringLiteral("bytes")].toInt() == QFile(output).size());
}

TEST_CASE("dossier-cli names SQLite's reason when the case file fails", "[cli]")
{
    QTemporaryDir dir;
    const QString c = tenderCase(dir);
    // Damage the segments' pages: the header stays readable, so the case opens and then fails on reading.
    QFile file(c);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    for (qint64 at = 2 * 4096; at < size; at += 4096) {
        file.seek(at);
        file.write(QByteArray(64, '\xA5'));
    }
    file.close();
    const Run search = cli({QStringLiteral("show"), c, QStringLiteral("1")});
    CHECK(search.exitCode == 1);
    INFO(search.err.toStdString());
    CHECK(search.err.contains(QStringLiteral("damaged")));
    CHECK(search.err.contains(QStringLiteral("malformed")));
}

TEST_CASE("dossier-cli verify names a document whose original was altered in the case file", "[cli][integrity]")
{
    QTemporaryDir dir;
    const QString c = tenderCase(dir);
    const Run sound = cli({QStringLiteral("verify"), c});
    CHECK(sound.exitCode == 0);
    CHECK(sound.out.contains("Every original is the file that was imported."));

    // Another program changes the stored original and keeps its fingerprint.
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {c, QStringLiteral("UPDATE originals SET bytes = CAST('forged' AS BLOB) WHERE document_id = 1")});
    REQUIRE(sqlite.waitForFinished(30000));
    REQUIRE(sqlite.exitCode() == 0);
    const Run altered = cli({QStringLiteral("verify"), c, QStringLiteral("--json")});
    CHECK(altered.exitCode == 1);
    CHECK(altered.err.contains(QStringLiteral("Document 1 ")));
    CHECK(altered.err.contains(QStringLiteral("is not the one imported")));
    CHECK(altered.json()[QStringLiteral("sound")] == false);
    CHECK(altered.json()[QStringLiteral("mismatches")].toArray().size() == 1);
}

TEST_CASE("dossier-cli merges a colleague's JSON export, previews it, and settles its conflicts", "[cli][merge]")
{
    QTemporaryDir dir;
    const QString mine = tenderCase(dir);
    REQUIRE(cli({QStringLiteral("entity"), QStringLiteral("add"), mine, QStringLiteral("--type"), QStringLiteral("buyer"),
                 QStringLiteral("--zh"), QStringLiteral("深圳大学")})
                .exitCode == 0);
    const QString shared = dir.filePath(QStringLiteral("shared.json"));
    REQUIRE(cli({QStringLiteral("export"), mine, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), shared}).exitCode == 0);
    const QString theirs = dir.filePath(QStringLiteral("colleague.dossier"));
    REQUIRE(cli({QStringLiteral("import-case"), theirs, shared}).exitCode == 0);

    REQUIRE(cli({QStringLiteral("--author"), QStringLiteral("Ann"), QStringLiteral("entity"), QStringLiteral("edit"), mine,
                 QStringLiteral("1"), QStringLiteral("--notes"), QStringLiteral("Ann's note")})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("--author"), QStringLiteral("Bo"), QStringLiteral("entity"), QStringLiteral("edit"), theirs,
                 QStringLiteral("1"), QStringLiteral("--notes"), QStringLiteral("Bo's note")})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("--author"), QStringLiteral("Bo"), QStringLiteral("review"), theirs, QStringLiteral("entity"),
                 QStringLiteral("1"), QStringLiteral("checked")})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("--author"), QStringLiteral("Bo"), QStringLiteral("entity"), QStringLiteral("add"), theirs,
                 QStringLiteral("--type"), QStringLiteral("intermediary"), QStringLiteral("--zh"), QStringLiteral("云达科技")})
                .exitCode == 0);
    const QString mailed = dir.filePath(QStringLiteral("colleague.json"));
    REQUIRE(cli({QStringLiteral("export"), theirs, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), mailed}).exitCode == 0);

    const Run preview = cli({QStringLiteral("merge"), mine, mailed, QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.json()[QStringLiteral("dry_run")].toBool());
    CHECK(preview.json()[QStringLiteral("added")].toInt() == 1);
    CHECK(preview.json()[QStringLiteral("conflicts")].toInt() == 1);
    CHECK(cli({QStringLiteral("conflicts"), mine, QStringLiteral("--json")}).json().toArray().isEmpty());

    const Run merged = cli({QStringLiteral("--author"), QStringLiteral("Ann"), QStringLiteral("merge"), mine, mailed});
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.out.contains("Added: Entity × 1"));
    const QJsonArray conflicts = cli({QStringLiteral("conflicts"), mine, QStringLiteral("--json")}).json().toArray();
    REQUIRE(conflicts.size() == 1);
    const QJsonObject conflict = conflicts.first().toObject();
    CHECK(conflict[QStringLiteral("fields")].toArray().contains(QStringLiteral("notes")));
    CHECK(conflict[QStringLiteral("theirs")].toObject()[QStringLiteral("notes")] == QStringLiteral("Bo's note"));

    const Run badChoice = cli({QStringLiteral("resolve"), mine, QString::number(conflict[QStringLiteral("id")].toInt()),
                               QStringLiteral("--keep"), QStringLiteral("both")});
    CHECK(badChoice.exitCode == 2);
    REQUIRE(cli({QStringLiteral("resolve"), mine, QString::number(conflict[QStringLiteral("id")].toInt()), QStringLiteral("--keep"),
                 QStringLiteral("theirs")})
                .exitCode == 0);
    CHECK(cli({QStringLiteral("conflicts"), mine, QStringLiteral("--json")}).json().toArray().isEmpty());
    const Run shown = cli({QStringLiteral("entity"), QStringLiteral("show"), mine, QStringLiteral("1"), QStringLiteral("--json")});
    CHECK(shown.json()[QStringLiteral("notes")] == QStringLiteral("Bo's note"));
    // Bo's edit came with the copy: the entity's history names him.
    const Run history = cli({QStringLiteral("history"), mine, QStringLiteral("entity"), QStringLiteral("1")});
    CHECK(history.out.contains("Bo"));
    CHECK(history.out.contains("Ann"));
    // Merging the same copy again changes nothing.
    CHECK(cli({QStringLiteral("merge"), mine, mailed}).out.contains("Nothing to bring in"));
}
