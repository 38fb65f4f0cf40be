#include "support/fixtures.h"

#include "session/casesession.h"
#include "documents/documentbrowser.h"
#include "import/importcontroller.h"
#include "shell/mainwindow.h"
#include "reader/readerview.h"
#include "search/searchpanel.h"
#include "search/searchresultmodel.h"
#include "reader/segmentpane.h"
#include "translation/translationeditor.h"

#include "demo/democase.h"
#include "documents/documentstore.h"
#include "casefile/casefile.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QTextDocument>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace dossier;
using namespace dossier::test;

namespace {

struct DemoWindow
{
    QTemporaryDir dir;
    QString casePath = dir.filePath(QStringLiteral("demo.dossier"));
    MainWindow window;

    DemoWindow()
    {
        REQUIRE(DemoCase::create(casePath).ok());
        window.resize(1300, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.openCase(casePath));
    }
    int rowOf(const QString &titleStart)
    {
        QAbstractItemModel *model = window.browser()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString().startsWith(titleStart))
                return row;
        return -1;
    }
    void open(const QString &titleStart)
    {
        const int row = rowOf(titleStart);
        REQUIRE(row >= 0);
        window.browser()->view()->selectRow(row);
        QTest::qWait(150); // let the reader align its rows
    }
    ReaderView *reader() { return window.reader(); }
};

} // namespace

TEST_CASE("The window lists the case's documents and opens one in the reader", "[ui]")
{
    DemoWindow demo;
    CHECK(demo.window.browser()->view()->model()->rowCount() == 5);
    CHECK(demo.window.windowTitle().contains(QStringLiteral("demo")));

    demo.open(QStringLiteral("四川大学"));
    ReaderView *reader = demo.reader();
    REQUIRE(reader->segments().size() == 6);
    CHECK(reader->originalPane()->toPlainText().contains(QStringLiteral("四川学动科技有限公司")));
    CHECK(reader->translationPane()->toPlainText().contains(QStringLiteral("Sichuan Xuedong Technology")));

    SECTION("rows of the original and translation line up")
    {
        for (int i = 0; i < int(reader->segments().size()); ++i) {
            INFO("segment " << i);
            CHECK(std::abs(reader->originalPane()->segmentRect(i).top() -
                           reader->translationPane()->segmentRect(i).top()) <= 1);
        }
    }
    SECTION("clicking a segment selects it and its counterpart")
    {
        QSignalSpy changed(reader, &ReaderView::currentSegmentChanged);
        const QRect rect = reader->translationPane()->segmentRect(3);
        QTest::mouseClick(reader->translationPane()->viewport(), Qt::LeftButton, {}, rect.center());
        CHECK(reader->originalPane()->currentSegment() == 3);
        CHECK(reader->translationPane()->currentSegment() == 3);
        REQUIRE(changed.count() >= 1);
        CHECK(changed.last().at(0).toLongLong() == reader->segments()[3].id);
    }
}

TEST_CASE("The reader panes scroll together unless unlinked", "[ui]")
{
    DemoWindow demo;
    demo.window.resize(900, 420); // a small window so the PDF's text must scroll
    demo.open(QStringLiteral("深圳大学"));
    QTest::qWait(150);
    ReaderView *reader = demo.reader();
    QScrollBar *left = reader->originalPane()->verticalScrollBar();
    QScrollBar *right = reader->translationPane()->verticalScrollBar();
    REQUIRE(left->maximum() > 100);

    left->setValue(120);
    CHECK(right->value() == 120);
    reader->linkScrollingAction()->setChecked(false);
    left->setValue(40);
    CHECK(right->value() == 120);
    reader->linkScrollingAction()->setChecked(true);
    right->setValue(60);
    CHECK(left->value() == 60);
}

TEST_CASE("Editing a translation in place is saved at once and undoable", "[ui]")
{
    DemoWindow demo;
    demo.open(QStringLiteral("深圳大学"));
    ReaderView *reader = demo.reader();
    const qint64 segmentId = reader->segments()[1].id;
    CHECK_FALSE(reader->segments()[1].translation.has_value());

    reader->editTranslation(1);
    auto *editor = reader->findChild<TranslationEditor *>(QStringLiteral("translationEditor"));
    REQUIRE(editor);
    REQUIRE(editor->isVisible());
    QTest::keyClicks(editor, QStringLiteral("Project number: SZU-DEMO-2024-0315"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(editor->isVisible());

    auto storedTranslation = [&]() -> std::optional<QString> {
        for (const SegmentInfo &s : DocumentStore(demo.window.session()->caseFile().db()).segments(reader->documentId()))
            if (s.id == segmentId)
                return s.translation;
        return std::nullopt;
    };
    CHECK(storedTranslation() == QStringLiteral("Project number: SZU-DEMO-2024-0315"));
    CHECK(reader->translationPane()->toPlainText().contains(QStringLiteral("Project number: SZU-DEMO")));

    QUndoStack *undo = demo.window.session()->undoStack();
    REQUIRE(undo->canUndo());
    undo->undo();
    CHECK_FALSE(storedTranslation().has_value());
    CHECK_FALSE(reader->translationPane()->toPlainText().contains(QStringLiteral("Project number")));
    undo->redo();
    CHECK(storedTranslation() == QStringLiteral("Project number: SZU-DEMO-2024-0315"));

    SECTION("Escape discards the edit")
    {
        reader->editTranslation(2);
        QTest::keyClicks(editor, QStringLiteral("discard me"));
        QTest::keyClick(editor, Qt::Key_Escape);
        CHECK(undo->count() == 1);
    }
}

TEST_CASE("A search lands on the hit with the match highlighted", "[ui]")
{
    DemoWindow demo;
    SearchPanel *search = demo.window.searchPanel();
    search->queryEdit()->setText(QStringLiteral("學動科技")); // keyClicks types ASCII only
    QTest::keyClick(search->queryEdit(), Qt::Key_Return);
    REQUIRE(search->model()->rowCount() == 1);
    const SearchHit hit = *search->model()->hitAt(0);
    CHECK(SearchResultModel::snippetHtml(hit.snippet).contains(QStringLiteral("学动科技</b>")));

    Q_EMIT search->resultView()->activated(search->model()->index(0));
    ReaderView *reader = demo.reader();
    CHECK(reader->documentId() == hit.documentId);
    const int current = reader->currentSegmentIndex();
    REQUIRE(current >= 0);
    CHECK(reader->segments()[size_t(current)].id == hit.segmentId);
    CHECK(demo.window.browser()->currentDocumentId() == hit.documentId);

    bool highlighted = false;
    for (const QTextEdit::ExtraSelection &selection : reader->originalPane()->extraSelections())
        highlighted = highlighted || selection.cursor.selectedText() == QStringLiteral("学动科技");
    CHECK(highlighted);
}

TEST_CASE("Deleting documents moves them to the trash and undo restores them", "[ui]")
{
    DemoWindow demo;
    demo.open(QStringLiteral("之江实验室"));
    QTableView *view = demo.window.browser()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(view->model()->rowCount() == 4);
    CHECK(demo.rowOf(QStringLiteral("之江实验室")) == -1);
    CHECK(demo.window.session()->search(QStringLiteral("之江实验室")).empty());
    demo.window.session()->undoStack()->undo();
    CHECK(view->model()->rowCount() == 5);
    CHECK_FALSE(demo.window.session()->search(QStringLiteral("之江实验室")).empty());
}

TEST_CASE("Dropped files import in the background and errors are reported per file", "[ui]")
{
    DemoWindow demo;
    const QString good = demo.dir.filePath(QStringLiteral("new-notice.txt"));
    const QString bad = demo.dir.filePath(QStringLiteral("broken.pdf"));
    writeFile(good, encode(tenderNoticeText() + QStringLiteral("补充说明。"), "GB18030"));
    writeFile(bad, QByteArray("%PDF-1.4 this is not really a pdf"));

    ImportController *controller = demo.window.importController();
    controller->setShowReport(false);
    QSignalSpy finished(controller, &ImportController::finished);
    controller->importPaths({good, bad});
    REQUIRE(finished.wait(20000));
    const auto outcomes = finished.at(0).at(0).value<std::vector<ImportOutcome>>();
    REQUIRE(outcomes.size() == 2);
    CHECK(outcomes[0].status == ImportOutcome::Status::Imported);
    CHECK(outcomes[1].status == ImportOutcome::Status::Failed);
    CHECK(ImportController::reportText(outcomes).contains(QStringLiteral("broken.pdf")));
    CHECK(demo.window.browser()->view()->model()->rowCount() == 6);
}

TEST_CASE("Selected text is copied with its document and page", "[ui]")
{
    DemoWindow demo;
    demo.open(QStringLiteral("深圳大学"));
    ReaderView *reader = demo.reader();
    SegmentPane *original = reader->originalPane();
    const QString needle = QStringLiteral("云达科技有限公司");
    QTextCursor cursor = original->document()->find(needle);
    REQUIRE_FALSE(cursor.isNull());
    original->setTextCursor(cursor);
    reader->copyWithCitationAction()->trigger();
    CHECK(QApplication::clipboard()->text() ==
          QStringLiteral("“云达科技有限公司” (深圳大学科研云计算服务采购项目成交结果公告, p. 1)"));
}
