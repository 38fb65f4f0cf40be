// Long work beside the reader: a scan of a screening list's worth of names while the
// reporter keeps reading.
#include "casefile/casefile.h"
#include "demo/democase.h"
#include "documents/documentbrowser.h"
#include "entities/entitypanel.h"
#include "entities/entitystore.h"
#include "reader/readerview.h"
#include "reader/segmentpane.h"
#include "session/backgroundjob.h"
#include "session/casesession.h"
#include "shell/mainwindow.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QWheelEvent>

using namespace dossier;

TEST_CASE("A scan of 5,000 names runs beside the reader: the reporter keeps scrolling", "[ui][entities][background]")
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("names.dossier"));
    REQUIRE(DemoCase::create(casePath).ok());
    {
        // A screening-list-sized set of names, written straight into the file.
        auto opened = CaseFile::open(casePath);
        REQUIRE(opened.ok());
        Database &db = opened.value()->db();
        Transaction transaction(db);
        EntityStore store(db);
        for (int i = 0; i < 5000; ++i) {
            Entity e;
            e.type = EntityType::Other;
            e.nameZh = QStringLiteral("测试单位%1号有限公司").arg(i);
            e.nameEn = QStringLiteral("Test Company No. %1").arg(i);
            store.add(e);
        }
        transaction.commit();
    }
    MainWindow window;
    window.resize(1300, 800);
    window.show();
    REQUIRE(window.openCase(casePath));
    // The longest document, so that there is something to scroll.
    qint64 longest = 0;
    int most = 0;
    for (const DocumentInfo &d : window.session()->documents())
        if (d.segments > most) {
            most = d.segments;
            longest = d.id;
        }
    window.browser()->selectDocument(longest);
    window.resize(900, 500);
    ReaderView *reader = window.reader();
    REQUIRE(!reader->segments().empty());

    BackgroundJob *job = window.entityPanel()->scanForMentions();
    QSignalSpy scanned(job, &BackgroundJob::finished);
    REQUIRE(job->isRunning());
    // While it runs the window answers: a segment chosen and a scroll both take effect,
    // and the job is still running when they have.
    QScrollBar *bar = reader->originalPane()->verticalScrollBar();
    const int last = int(reader->segments().size()) - 1;
    reader->selectSegment(last);
    QCoreApplication::processEvents();
    CHECK(reader->currentSegmentIndex() == last);
    REQUIRE(bar->maximum() > bar->minimum());
    bar->setValue(bar->minimum());
    QWheelEvent wheel(QPointF(50, 50), reader->originalPane()->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(),
                      QPoint(0, -240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(reader->originalPane()->viewport(), &wheel);
    QCoreApplication::processEvents();
    CHECK(bar->value() > bar->minimum());
    CHECK(job->isRunning());
    REQUIRE(scanned.wait(120000));
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Found ")));
}
