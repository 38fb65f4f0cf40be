// What a reporter does with a selection in the reader, from the keyboard and from the
// context menu, wherever the focus is in the reader.
#include "support/demowindow.h"
#include "support/fixtures.h"

#include "demo/democase.h"
#include "documents/documentbrowser.h"
#include "factcheck/factcheckpanel.h"
#include "search/searchhit.h"
#include "search/searchpanel.h"
#include "translation/glossarypanel.h"
#include "search/searchresultmodel.h"
#include "shell/guidedialog.h"
#include "shell/mainwindow.h"
#include "reader/readerview.h"
#include "reader/segmentpane.h"
#include "session/casesession.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTranslator>

using namespace dossier;

namespace {

// A reader on the demo case, showing the Shenzhen University notice, on screen.
struct Reader
{
    QTemporaryDir dir;
    std::unique_ptr<CaseSession> session;
    std::unique_ptr<ReaderView> view;

    Reader()
    {
        const QString path = dir.filePath(QStringLiteral("demo.dossier"));
        REQUIRE(DemoCase::create(path).ok());
        session = std::move(CaseSession::open(path).value());
        view = std::make_unique<ReaderView>(session.get());
        view->resize(1100, 700);
        view->show();
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
        for (const DocumentInfo &d : session->documents())
            if (d.title.startsWith(QStringLiteral("深圳大学")))
                view->showDocument(d.id);
        REQUIRE(!view->segments().empty());
    }
    // Selects `words` in a pane and gives it the focus, as a reporter dragging over them.
    void select(SegmentPane *pane, const QString &words)
    {
        const QTextCursor found = pane->document()->find(words);
        REQUIRE_FALSE(found.isNull());
        pane->setTextCursor(found);
        pane->setFocus();
        REQUIRE(pane->hasFocus());
    }
};

} // namespace

TEST_CASE("Tag, add to timeline and edit the translation by key while the focus is in a reading pane", "[ui][reader][keyboard]")
{
    Reader r;
    SegmentPane *original = r.view->originalPane();
    r.select(original, QStringLiteral("云达科技有限公司"));

    QSignalSpy tag(r.view.get(), &ReaderView::tagRequested);
    QTest::keyClick(original, Qt::Key_T, Qt::ControlModifier);
    REQUIRE(tag.count() == 1);
    CHECK(tag.at(0).at(4).toString() == QStringLiteral("云达科技有限公司"));

    QSignalSpy timeline(r.view.get(), &ReaderView::timelineRequested);
    QTest::keyClick(original, Qt::Key_E, Qt::ControlModifier);
    REQUIRE(timeline.count() == 1);
    CHECK(timeline.at(0).at(4).toString() == QStringLiteral("云达科技有限公司"));
    // The selection is still the one the reporter made: Ctrl+E did not move the cursor.
    CHECK(original->textCursor().selectedText() == QStringLiteral("云达科技有限公司"));

    QTest::keyClick(original, Qt::Key_F2);
    auto *editor = r.view->findChild<QWidget *>(QStringLiteral("translationEditor"));
    REQUIRE(editor);
    CHECK(editor->isVisible());
}

TEST_CASE("The reading panes' context menu offers every action on a selection", "[ui][reader][menu]")
{
    Reader r;
    SegmentPane *original = r.view->originalPane();
    r.select(original, QStringLiteral("20万元"));
    std::unique_ptr<QMenu> menu(r.view->contextMenuFor(original));
    QStringList texts;
    for (QAction *action : menu->actions())
        if (!action->isSeparator())
            texts << action->text().remove(QLatin1Char('&')).section(QLatin1Char('\t'), 0, 0); // "Copy\tCtrl+C"
    for (const QString &expected : {QStringLiteral("Tag as Entity…"), QStringLiteral("Add as Evidence to the Timeline…"),
                                    QStringLiteral("Check This Figure"), QStringLiteral("Search the Case for This"),
                                    QStringLiteral("Copy with Citation"), QStringLiteral("Copy")}) {
        INFO(expected.toStdString());
        CHECK(texts.contains(expected));
    }
    // Each one works from the menu too: the search asks for the selected words.
    QSignalSpy search(r.view.get(), &ReaderView::searchRequested);
    for (QAction *action : menu->actions())
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Search the Case for This"))
            action->trigger();
    REQUIRE(search.count() == 1);
    CHECK(search.at(0).at(0).toString() == QStringLiteral("20万元"));
    QSignalSpy check(r.view.get(), &ReaderView::figureCheckRequested);
    for (QAction *action : menu->actions())
        if (action->text().remove(QLatin1Char('&')) == QStringLiteral("Check This Figure"))
            action->trigger();
    REQUIRE(check.count() == 1);
    CHECK(check.at(0).at(0).toString().contains(QStringLiteral("20万元")));
}

TEST_CASE("Search and figure checks from the reader land in their panels", "[ui][reader][menu]")
{
    test::DemoWindow demo;
    MainWindow &window = demo.window;
    REQUIRE(demo.open(QStringLiteral("深圳大学")));
    SegmentPane *original = window.reader()->originalPane();
    original->setTextCursor(original->document()->find(QStringLiteral("云达科技有限公司")));
    original->setFocus();
    QTest::keyClick(original, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(window.searchPanel()->queryEdit()->text() == QStringLiteral("云达科技有限公司"));
    CHECK(window.searchPanel()->model()->rowCount() >= 1);
    CHECK(window.findChild<QDockWidget *>(QStringLiteral("searchDock"))->isVisible());

    original->setTextCursor(original->document()->find(QStringLiteral("20万元")));
    original->setFocus();
    QTest::keyClick(original, Qt::Key_K, Qt::ControlModifier);
    CHECK(window.findChild<QDockWidget *>(QStringLiteral("factCheckDock"))->isVisible());
    CHECK(window.factCheckPanel()->draftEdit()->toPlainText() == QStringLiteral("20万元"));
}

TEST_CASE("Help's guide gives the work in five steps and every shortcut, in English and Chinese", "[ui][help]")
{
    MainWindow window;
    window.show();
    {
        GuideDialog guide(&window);
        const QString text = guide.html();
        CHECK(text.contains(QStringLiteral("Dossier in five steps")));
        // Read from the window's own actions: the reader's, the menus', the fact-check's keys.
        for (const QString &expected : {QStringLiteral("Tag as Entity"), QStringLiteral("Add as Evidence to the Timeline"),
                                        QStringLiteral("Check This Figure"), QStringLiteral("Export Case Summary"),
                                        QStringLiteral("Next claim"), QStringLiteral("Import Files")}) {
            INFO(expected.toStdString());
            CHECK(text.contains(expected));
        }
        CHECK(text.contains(QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText)));
    }
    QTranslator chinese;
    REQUIRE(chinese.load(QStringLiteral(":/i18n/dossier_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    QString zh;
    {
        MainWindow chineseWindow; // its actions are named as it starts, in Chinese
        zh = GuideDialog(&chineseWindow).html();
    }
    QCoreApplication::removeTranslator(&chinese);
    CHECK(zh.contains(QStringLiteral("五步")));
    CHECK(zh.contains(QStringLiteral("标注为实体")));
    CHECK_FALSE(zh.contains(QStringLiteral("(N)"))); // no menu mnemonics in the list
    CHECK_FALSE(zh.contains(QStringLiteral("Dossier in five steps")));
}

TEST_CASE("An English search over untranslated Chinese says why it finds nothing and offers the glossary's Chinese", "[ui][search]")
{
    test::DemoWindow demo;
    MainWindow &window = demo.window;
    window.glossaryPanel()->addEntry(QStringLiteral("成交供应商"), QStringLiteral("winning supplier"));
    SearchPanel *search = window.searchPanel();
    search->queryEdit()->setText(QStringLiteral("winning supplier"));
    search->runSearch();
    REQUIRE(search->model()->rowCount() == 0);
    auto *status = search->findChild<QLabel *>(QStringLiteral("searchStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("no full English translation")));
    CHECK(status->text().contains(QStringLiteral("href=\"成交供应商\"")));
    // Following the offered term searches the Chinese.
    Q_EMIT status->linkActivated(QStringLiteral("成交供应商"));
    CHECK(search->queryEdit()->text() == QStringLiteral("成交供应商"));
    CHECK(search->model()->rowCount() >= 1);
    // A Chinese query that finds nothing is just that.
    search->queryEdit()->setText(QStringLiteral("不存在的词语"));
    search->runSearch();
    CHECK(status->text() == QStringLiteral("No hits."));
}

TEST_CASE("A translation being typed is saved when the case goes, and nothing reaches a reader that is gone", "[ui][reader]")
{
    Reader r;
    const qint64 documentId = r.view->documentId();
    const qint64 segment = r.view->segments()[1].id;
    r.view->editTranslation(1);
    auto *editor = r.view->findChild<QPlainTextEdit *>(QStringLiteral("translationEditor"));
    REQUIRE(editor);
    REQUIRE(editor->isVisible());
    editor->setPlainText(QStringLiteral("Typed, and not yet confirmed."));
    r.view->setSession(nullptr); // the window closes the case
    for (const SegmentInfo &s : r.session->segments(documentId))
        if (s.id == segment)
            CHECK(s.translation == QStringLiteral("Typed, and not yet confirmed."));
    // Destroyed with the editor open (the editor saves on losing the focus): the reader
    // it would report to is gone, and nothing is called on it (ASan/UBSan watch this).
    r.view->setSession(r.session.get());
    r.view->showDocument(documentId);
    r.view->editTranslation(2);
    editor->setPlainText(QStringLiteral("Left open."));
    r.view.reset();
    CHECK(r.session->documents().size() >= 1);
}

namespace {

// How far apart the rows of the two panes are, at most, over the document.
int rowDrift(ReaderView *view)
{
    QTest::qWaitFor([view] { return !view->isAligning(); }, 5000);
    QCoreApplication::processEvents();
    int drift = 0;
    for (int i = 0; i < int(view->segments().size()); ++i) {
        const QRect a = view->originalPane()->segmentRect(i);
        const QRect b = view->translationPane()->segmentRect(i);
        if (a.isValid() && b.isValid())
            drift = std::max(drift, std::abs(a.top() - b.top()));
    }
    return drift;
}

} // namespace

TEST_CASE("Rows stay side by side after the original page is shown and hidden, and after a search jump", "[ui][reader][align]")
{
    Reader r;
    REQUIRE(r.view->showPageAction()->isEnabled()); // a PDF: F4 shows its page
    CHECK(rowDrift(r.view.get()) <= 1);
    r.view->originalPane()->setFocus();
    QTest::keyClick(r.view->originalPane(), Qt::Key_F4);
    QTest::qWait(300);
    QTest::keyClick(r.view.get(), Qt::Key_F4);
    QTest::qWait(300);
    CHECK(rowDrift(r.view.get()) <= 1);

    SearchHit hit;
    hit.documentId = r.view->documentId();
    hit.segmentId = r.view->segments().back().id;
    hit.field = SearchHit::Field::Original;
    hit.matches = {{0, 2}};
    r.view->showHit(hit, QStringLiteral("采购"));
    CHECK(rowDrift(r.view.get()) <= 1);
}

TEST_CASE("The current row is highlighted over all its lines, not the first one only", "[ui][reader][align]")
{
    Reader r;
    r.view->resize(700, 700); // narrow, so that long segments wrap
    int longest = 0;
    for (int i = 0; i < int(r.view->segments().size()); ++i)
        if (r.view->segments()[size_t(i)].text.size() > r.view->segments()[size_t(longest)].text.size())
            longest = i;
    r.view->selectSegment(longest);
    bool whole = false;
    for (const QTextEdit::ExtraSelection &s : r.view->originalPane()->extraSelections())
        if (s.format.property(QTextFormat::FullWidthSelection).toBool() && s.cursor.block().userState() == longest)
            whole = whole || (s.cursor.selectionStart() == s.cursor.block().position() &&
                              s.cursor.selectionEnd() == s.cursor.block().position() + s.cursor.block().length() - 1);
    CHECK(whole);
}
