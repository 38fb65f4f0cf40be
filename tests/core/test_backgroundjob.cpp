// Long work runs on a worker and reports back on the thread that started it.
#include "support/fixtures.h"

#include "demo/democase.h"
#include "entities/entitystore.h"
#include "operations/entityedits.h"
#include "session/backgroundjob.h"
#include "session/casesession.h"
#include "casefile/casefile.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

using namespace dossier;

TEST_CASE("A background job reports progress and its outcome on the thread that started it", "[session][jobs]")
{
    QThread *worker = nullptr;
    std::vector<int> seen;
    BackgroundJob job(QStringLiteral("Counting"), [&](BackgroundJob::Context &context) -> Status {
        worker = QThread::currentThread();
        for (int i = 0; i <= 3; ++i)
            context.progress(i, 3);
        return Error{QStringLiteral("The fourth page could not be read.")};
    });
    QObject::connect(&job, &BackgroundJob::progressed, [&](int done, int, const QString &) {
        CHECK(QThread::currentThread() == QCoreApplication::instance()->thread());
        seen.push_back(done);
    });
    QSignalSpy finished(&job, &BackgroundJob::finished);
    job.start();
    REQUIRE(finished.wait(10000));
    CHECK(worker != QCoreApplication::instance()->thread());
    CHECK(seen == std::vector<int>{0, 1, 2, 3});
    const Status status = finished[0][0].value<Status>();
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message == QStringLiteral("The fourth page could not be read."));
    CHECK_FALSE(job.isRunning());
}

TEST_CASE("A cancelled job stops, and a cancelled background edit leaves the case unchanged", "[session][jobs]")
{
    std::atomic<int> rounds{0};
    BackgroundJob job(QStringLiteral("Waiting"), [&](BackgroundJob::Context &context) -> Status {
        while (!context.cancelled()) {
            ++rounds;
            QThread::msleep(5);
        }
        return {};
    });
    QSignalSpy finished(&job, &BackgroundJob::finished);
    job.start();
    QThread::msleep(30);
    job.cancel();
    REQUIRE(finished.wait(10000));
    CHECK(job.wasCancelled());
    CHECK(rounds > 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scan.dossier"));
    REQUIRE(DemoCase::create(path).ok());
    auto session = std::move(CaseSession::open(path).value());
    Entity szu;
    szu.type = EntityType::Buyer;
    szu.nameZh = QStringLiteral("深圳大学");
    const EntityEdit *created = session->perform(EntityEdit::create(szu));
    REQUIRE(created);
    const qint64 id = created->created().front();

    bool reported = false;
    const CaseEdit *outcome = nullptr;
    BackgroundJob *scan = session->performInBackground(EntityEdit::scanMentions(), [&](const CaseEdit *edit) {
        reported = true;
        outcome = edit;
    });
    QSignalSpy scanned(scan, &BackgroundJob::finished);
    scan->cancel(); // too late to stop the reading, so it is taken back
    REQUIRE(scanned.wait(60000));
    QCoreApplication::processEvents();
    CHECK(reported);
    CHECK(outcome == nullptr);
    CHECK(session->undoStack()->count() == 1);
    CHECK(EntityStore(session->caseFile().db()).mentionsOf(id).empty());

    BackgroundJob *again = session->performInBackground(EntityEdit::scanMentions(), [&](const CaseEdit *edit) { outcome = edit; });
    QSignalSpy done(again, &BackgroundJob::finished);
    REQUIRE(done.wait(60000));
    REQUIRE(outcome);
    CHECK(session->undoStack()->count() == 2);
    CHECK_FALSE(EntityStore(session->caseFile().db()).mentionsOf(id).empty());
    session->undoStack()->undo();
    CHECK(EntityStore(session->caseFile().db()).mentionsOf(id).empty());
}
