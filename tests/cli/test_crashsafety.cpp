#include "casechecks.h"
#include "support/fixtures.h"

#include "documents/documentstore.h"
#include "import/importservice.h"
#include "casefile/casefile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <map>
#include <random>

using namespace dossier;
using namespace dossier::test;

// An import killed with SIGKILL at a random moment leaves a sound case: SQLite's
// integrity check passes, the search index is consistent, and every document is there
// whole (all its pages, segments and original bytes) or not at all.
TEST_CASE("An import killed at random points leaves every document whole or absent", "[crash]")
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in"));
    QDir().mkpath(input);
    std::map<QString, int> expectedSegments; // file name -> segments a full import makes
    for (int i = 0; i < 60; ++i) {
        QString text = QStringLiteral("第%1号公告\n\n").arg(i);
        for (int j = 0; j < 40 + i; ++j)
            text += QStringLiteral("采购人：第%1大学，成交金额：%2万元。服务器%3台。\n").arg(i).arg(j + 1).arg(j * 10);
        const QString name = QStringLiteral("notice-%1.txt").arg(i, 3, 10, QLatin1Char('0'));
        const QByteArray bytes = encode(text, i % 2 ? "GB18030" : "UTF-8");
        writeFile(QDir(input).filePath(name), bytes);
        expectedSegments[name] = int(ImportService::parse(bytes, name)->segments.size());
    }

    std::mt19937 random(20241126);
    int killedMidway = 0;
    for (int round = 0; round < 8; ++round) {
        const QString casePath = dir.filePath(QStringLiteral("case-%1.dossier").arg(round));
        { REQUIRE(CaseFile::create(casePath).ok()); }
        QProcess cli;
        cli.start(QStringLiteral(DOSSIER_CLI_PATH), {QStringLiteral("import"), casePath, input});
        REQUIRE(cli.waitForStarted());
        QThread::msleep(std::uniform_int_distribution<int>(30, 700)(random));
        const bool running = cli.state() == QProcess::Running;
        cli.kill(); // SIGKILL: no chance to clean up
        cli.waitForFinished();
        killedMidway += running ? 1 : 0;

        auto opened = CaseFile::open(casePath); // the dead process's lock is stale
        REQUIRE(opened.ok());
        Database &db = (*opened)->db();
        checkCaseIsSound(db);
        DocumentStore store(db);
        for (const DocumentInfo &d : store.list()) {
            INFO("round " << round << ", " << d.fileName.toStdString());
            CHECK(d.segments == expectedSegments[d.fileName]);
            CHECK(d.pages == 1);
            CHECK(store.original(d.id).size() == d.size);
        }
    }
    CHECK(killedMidway >= 4); // most rounds really did stop an import half-way
}
