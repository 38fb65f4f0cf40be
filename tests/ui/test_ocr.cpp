#include "support/fixtures.h"

#include "session/casesession.h"
#include "documents/documentbrowser.h"
#include "import/importcontroller.h"
#include "shell/mainwindow.h"
#include "ocr/ocrproofreader.h"
#include "reader/readerview.h"
#include "reader/scanpageview.h"
#include "reader/segmentpane.h"
#include "translation/translationeditor.h"

#include "demo/democase.h"
#include "search/searchservice.h"
#include "casefile/casefile.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QAction>
#include <QTableView>
#include <QApplication>
#include <QClipboard>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTest>
#include <QUndoStack>

using namespace dossier;
using namespace dossier::test;

namespace {

// The demo case's photocopied acceptance form, read by OCR on import.
struct ScanFixture
{
    QTemporaryDir dir;
    MainWindow window;
    ReaderView *reader = nullptr;
    int doubtfulSegment = -1;

    ScanFixture()
    {
        const QString casePath = dir.filePath(QStringLiteral("demo.dossier"));
        REQUIRE(DemoCase::create(casePath).ok());
        window.resize(1400, 850);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openCase(casePath));
        reader = window.reader();
        // Opened as the reporter opens it: from the document list.
        QAbstractItemModel *model = window.browser()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString().startsWith(QStringLiteral("算力租赁")))
                window.browser()->view()->selectRow(row);
        QTest::qWait(150);
        REQUIRE(reader->documentId() > 0);
        REQUIRE(window.session()->document(reader->documentId())->kind == QStringLiteral("image"));
        const auto &spans = reader->originalPane()->doubtful();
        for (size_t i = 0; i < spans.size() && doubtfulSegment < 0; ++i)
            if (!spans[i].empty())
                doubtfulSegment = int(i);
    }
    const SegmentInfo &segment(int index) const { return reader->segments().at(size_t(index)); }
};

} // namespace

TEST_CASE("The reader marks the words OCR was unsure of and shows the scan beside the text", "[ui][ocr]")
{
    ScanFixture f;
    // The photocopy's noise leaves at least one doubtful word, marked in its segment.
    REQUIRE(f.doubtfulSegment >= 0);
    for (const SegmentInfo &segment : f.reader->segments())
        CHECK(segment.fromOcr);
    const auto [start, end] = f.reader->originalPane()->doubtful()[size_t(f.doubtfulSegment)].front();
    CHECK(end > start);
    CHECK(f.reader->proofreader()->correctAction()->isEnabled());

    REQUIRE(f.reader->showPageAction()->isEnabled());
    f.reader->showPageAction()->trigger();
    ScanPageView *scan = f.reader->proofreader()->scanView();
    REQUIRE(scan);
    QSignalSpy shown(scan, &ScanPageView::pageShown);
    REQUIRE((shown.count() > 0 || shown.wait(10000)));
    CHECK(scan->isVisible());
    // Beside, not instead of, the text.
    CHECK(f.reader->originalPane()->isVisible());
    CHECK(f.reader->translationPane()->isVisible());
    CHECK(scan->currentPage() == 1);
    CHECK_FALSE(scan->currentImage().isNull());
    CHECK(scan->doubtfulWordsOnPage() >= 1);

    // Clicking a word on the image goes to its passage in the text: the last word, in
    // the last passage.
    f.reader->selectSegment(0);
    int last = 0;
    while (scan->wordRect(last + 1).isValid())
        ++last;
    const QRect word = scan->wordRect(last);
    REQUIRE(word.isValid());
    QWidget *canvas = scan->childAt(word.center());
    REQUIRE(canvas);
    QSignalSpy clicked(scan, &ScanPageView::wordClicked);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->mapFrom(scan, word.center()));
    REQUIRE(clicked.count() == 1);
    const int selected = f.reader->currentSegmentIndex();
    REQUIRE(selected > 0);
    CHECK(f.segment(selected).start <= clicked[0][1].toInt());
    CHECK(clicked[0][1].toInt() < f.segment(selected).end);

    f.reader->showPageAction()->trigger();
    CHECK_FALSE(scan->isVisible());
}

TEST_CASE("Correcting OCR text in the reader is undoable and keeps the machine's reading", "[ui][ocr]")
{
    ScanFixture f;
    REQUIRE(f.doubtfulSegment >= 0);
    const int index = f.doubtfulSegment;
    const QString machine = f.segment(index).text;
    const auto [start, end] = f.reader->originalPane()->doubtful()[size_t(index)].front();

    // Double-clicking opens the editor with the first doubtful word selected, ready to retype.
    f.reader->selectSegment(index);
    TranslationEditor *editor = f.reader->proofreader()->editor();
    const QRect area = f.reader->originalPane()->segmentRect(index);
    QSignalSpy doubleClicked(f.reader->originalPane(), &SegmentPane::segmentDoubleClicked);
    QTest::mouseDClick(f.reader->originalPane()->viewport(), Qt::LeftButton, {}, area.center());
    REQUIRE(doubleClicked.count() == 1);
    REQUIRE(editor->isVisible());
    CHECK(editor->textCursor().selectedText() == machine.mid(start, end - start));
    editor->insertPlainText(QStringLiteral("（演示）")); // typed over the selection (an IME, not keys)
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(editor->isVisible());

    const QString corrected = machine.left(start) + QStringLiteral("（演示）") + machine.mid(end);
    CHECK(f.segment(index).text == corrected);
    CHECK(f.segment(index).machineText == machine);
    // Read by eye now: no more doubtful marks in it.
    CHECK(f.reader->originalPane()->doubtful()[size_t(index)].empty());
    CHECK(f.reader->originalPane()->toPlainText().contains(corrected));
    CHECK(SearchService(f.window.session()->caseFile().db()).search(QStringLiteral("（演示）")).size() >= 1);

    // A quote copied from it says it came from OCR, corrected.
    QTextCursor cursor(f.reader->originalPane()->document()->findBlockByNumber(
        f.reader->originalPane()->blockOfSegmentIndex(index)));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    f.reader->originalPane()->setTextCursor(cursor);
    CHECK(f.reader->selectionWithCitation().contains(QStringLiteral("OCR, corrected by hand")));

    f.window.session()->undoStack()->undo();
    CHECK(f.segment(index).text == machine);
    CHECK_FALSE(f.segment(index).machineText);
    CHECK_FALSE(f.reader->originalPane()->doubtful()[size_t(index)].empty());
    f.window.session()->undoStack()->redo();
    CHECK(f.segment(index).text == corrected);

    // A correction left open while the reader moves to another document still lands on
    // the passage it was opened on.
    const qint64 scannedId = f.reader->documentId();
    const qint64 lastId = f.segment(int(f.reader->segments().size()) - 1).id;
    REQUIRE(f.reader->proofreader()->correct(int(f.reader->segments().size()) - 1));
    editor->setPlainText(QStringLiteral("本文件为演示用扫描件。"));
    qint64 pdfId = 0;
    for (const DocumentInfo &d : f.window.session()->documents())
        if (d.kind == QLatin1String("pdf"))
            pdfId = d.id;
    f.reader->showDocument(pdfId);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    for (const SegmentInfo &s : f.window.session()->segments(scannedId))
        if (s.id == lastId)
            CHECK(s.text == QStringLiteral("本文件为演示用扫描件。"));
    for (const SegmentInfo &s : f.window.session()->segments(pdfId))
        CHECK_FALSE(s.machineText);

    // Text from a text layer is the document itself: there is nothing to correct.
    CHECK_FALSE(f.reader->proofreader()->correctAction()->isEnabled());
    CHECK_FALSE(f.reader->proofreader()->correct(0));
}

TEST_CASE("A long OCR import leaves the window usable, and a case switch stops it first", "[ui][ocr]")
{
    ScanFixture f;
    const QString scan = f.dir.filePath(QStringLiteral("long-scan.pdf"));
    QStringList pages;
    for (int i = 0; i < 6; ++i)
        pages << QStringLiteral("第%1页\n采购人：深圳大学\n成交金额：20万元").arg(i + 1);
    writeFile(scan, makeScannedPdf(pages));
    const QString other = f.dir.filePath(QStringLiteral("other.dossier"));
    REQUIRE(CaseFile::create(other).ok());

    ImportController *controller = f.window.importController();
    controller->setShowReport(false);
    QSignalSpy finished(controller, &ImportController::finished);
    controller->importPaths({scan});
    REQUIRE(controller->isRunning());
    // The import is shown where all long work is: the status bar, with Cancel; no dialog
    // stands in the way.
    auto *progress = f.window.findChild<QWidget *>(QStringLiteral("jobProgress"));
    REQUIRE(progress);
    CHECK(progress->isVisible());
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(f.window.session()->hasRunningJobs());

    // Reading goes on meanwhile; switching cases does not pull the case from under the
    // import: it is cancelled first, and the switch waits for that.
    f.reader->selectSegment(1);
    CHECK(f.reader->currentSegmentIndex() == 1);
    CHECK_FALSE(f.window.openCase(other));
    CHECK(f.window.statusBar()->currentMessage().contains(QStringLiteral("Stopping the import")));
    REQUIRE(finished.wait(60000));
    const auto outcomes = finished.at(0).at(0).value<std::vector<ImportOutcome>>();
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes[0].status == ImportOutcome::Status::Cancelled);
    CHECK(f.window.openCase(other));
}

TEST_CASE("Files given while an import runs are queued behind it, and a cancel drops the queue", "[ui][ocr]")
{
    ScanFixture f;
    const QString scan = f.dir.filePath(QStringLiteral("scan-a.pdf"));
    writeFile(scan, makeScannedPdf({QStringLiteral("采购人：深圳大学"), QStringLiteral("成交金额：20万元")}));
    const QString text = f.dir.filePath(QStringLiteral("later.txt"));
    writeFile(text, encode(QStringLiteral("采购人：四川大学\n成交金额：30万元\n"), "UTF-8"));
    const QString another = f.dir.filePath(QStringLiteral("scan-b.pdf"));
    writeFile(another, makeScannedPdf({QStringLiteral("采购人：浙江大学")}));

    ImportController *controller = f.window.importController();
    controller->setShowReport(false);
    QSignalSpy finished(controller, &ImportController::finished);
    controller->importPaths({scan});
    controller->importPaths({text}); // dropped while the scan is read
    CHECK(controller->queuedBatches() == 1);
    REQUIRE(finished.wait(60000));
    REQUIRE(finished.count() == 1); // one report for both
    auto outcomes = finished.at(0).at(0).value<std::vector<ImportOutcome>>();
    REQUIRE(outcomes.size() == 2);
    CHECK(outcomes[0].status == ImportOutcome::Status::Imported);
    CHECK(outcomes[1].status == ImportOutcome::Status::Imported);
    CHECK(outcomes[1].path == text);

    // Cancel means stop: what was waiting is not imported, and says so.
    controller->importPaths({another});
    controller->importPaths({f.dir.filePath(QStringLiteral("never.txt"))});
    controller->cancel();
    REQUIRE(finished.wait(60000));
    outcomes = finished.at(1).at(0).value<std::vector<ImportOutcome>>();
    REQUIRE(outcomes.size() == 2);
    CHECK(outcomes[1].status == ImportOutcome::Status::Cancelled);
    CHECK(outcomes[1].error.contains(QStringLiteral("cancelled")));
}
