#include "support/demowindow.h"
#include "support/fixtures.h"

#include "session/casesession.h"
#include "documents/documentbrowser.h"
#include "factcheck/claimtreemodel.h"
#include "factcheck/factcheckpanel.h"
#include "factcheck/figurelistmodel.h"
#include "factcheck/figurespanel.h"
#include "shell/mainwindow.h"
#include "reader/readerview.h"
#include "reader/segmentpane.h"

#include "demo/democase.h"
#include "factcheck/claimstore.h"
#include "operations/author.h"
#include "casefile/casefile.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTreeView>
#include <QUndoStack>

using namespace dossier;

namespace {

// The first row, breadth first, whose text starts with `start`, as the view shows it.
QModelIndex findItem(QTreeView *tree, const QString &start)
{
    const QAbstractItemModel *model = tree->model();
    QList<QModelIndex> queue;
    for (int row = 0; row < model->rowCount(); ++row)
        queue << model->index(row, 0);
    while (!queue.isEmpty()) {
        const QModelIndex index = queue.takeFirst();
        if (index.data().toString().startsWith(start))
            return index;
        for (int row = 0; row < model->rowCount(index); ++row)
            queue << model->index(row, 0, index);
    }
    return {};
}


} // namespace

TEST_CASE("A draft is checked in the fact-check panel and a verdict recorded with evidence", "[ui][factcheck]")
{
    test::DemoWindow demo(QSize(1400, 860));
    MainWindow &window = demo.window;
    FactCheckPanel *panel = window.factCheckPanel();
    REQUIRE(panel);

    panel->draftEdit()->setPlainText(QStringLiteral("Zhejiang Lab set a budget of 184,000 yuan. It wanted 50 servers."));
    panel->checkDraft();
    QTreeView *tree = panel->tree();
    const QModelIndex budget = findItem(tree, QStringLiteral("Zhejiang Lab set a budget"));
    REQUIRE(budget.isValid());
    const QModelIndex figure = findItem(tree, QStringLiteral("184,000 yuan"));
    REQUIRE(figure.isValid());
    CHECK(tree->model()->rowCount(figure) >= 1);
    const QModelIndex servers = findItem(tree, QStringLiteral("50 servers"));
    REQUIRE(servers.isValid());
    CHECK(tree->model()->rowCount(servers) == 0); // the tender says 500

    // Open the source in the reader, then cite it and record a verdict.
    const QModelIndex source = tree->model()->index(0, 0, figure);
    tree->setCurrentIndex(source);
    Q_EMIT tree->activated(source);
    ReaderView *reader = window.reader();
    const int current = reader->currentSegmentIndex();
    REQUIRE(current >= 0);
    CHECK(reader->segments()[size_t(current)].text.contains(QStringLiteral("184,000元")));

    panel->citeSelectedSource();
    tree->setCurrentIndex(findItem(tree, QStringLiteral("Zhejiang Lab set a budget")));
    panel->recordVerdict(Verdict::Supported, QStringLiteral("Tender notice, budget line"));
    // Who and when, in this computer's time as a person reads it, not the stored UTC.
    const QString detail = panel->findChild<QLabel *>(QStringLiteral("verdictDetail"))->text();
    CHECK(detail.contains(Author::current()));
    CHECK_FALSE(detail.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T"))));
    const std::vector<Claim> claims = ClaimStore(window.session()->caseFile().db()).claims();
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].verdict == Verdict::Supported);
    CHECK(claims[0].note == QStringLiteral("Tender notice, budget line"));
    REQUIRE(claims[0].evidence.size() == 1);
    CHECK(claims[0].evidence[0].quote.contains(QStringLiteral("184,000")));

    QUndoStack *undo = window.session()->undoStack();
    undo->undo();
    CHECK(ClaimStore(window.session()->caseFile().db()).claims()[0].verdict == Verdict::Unchecked);
    undo->undo();
    CHECK(ClaimStore(window.session()->caseFile().db()).claims()[0].evidence.empty());
    undo->undo();
    CHECK(ClaimStore(window.session()->caseFile().db()).claims().empty());
}

TEST_CASE("Figures are underlined in the original and listed per document", "[ui][factcheck]")
{
    test::DemoWindow demo;
    MainWindow &window = demo.window;
    REQUIRE(demo.open(QStringLiteral("之江")));
    QTreeView *figures = window.figuresPanel()->view();
    const auto column = [figures](int column) {
        QStringList texts;
        for (int row = 0; row < figures->model()->rowCount(); ++row)
            texts << figures->model()->index(row, column).data().toString();
        return texts;
    };
    QStringList written = column(FigureListModel::AsWritten);
    CHECK(written.contains(QStringLiteral("184,000元")));
    CHECK(written.contains(QStringLiteral("500台")));
    CHECK(written.contains(QStringLiteral("4000万个")));

    // Sorted by value, numbers sort as numbers: 500 before 184,000 before 40,000,000.
    figures->sortByColumn(FigureListModel::Value, Qt::AscendingOrder);
    written = column(FigureListModel::AsWritten);
    CHECK(written.indexOf(QStringLiteral("500台")) < written.indexOf(QStringLiteral("184,000元")));
    CHECK(written.indexOf(QStringLiteral("184,000元")) < written.indexOf(QStringLiteral("4000万个")));
    // A figure opens at its place in the original, whatever the sort.
    const QModelIndex servers = figures->model()->index(int(written.indexOf(QStringLiteral("500台"))), 0);
    window.reader()->originalPane()->setCurrentSegment(-1);
    Q_EMIT figures->activated(servers);
    const int current = window.reader()->currentSegmentIndex();
    REQUIRE(current >= 0);
    CHECK(window.reader()->segments()[size_t(current)].text.contains(QStringLiteral("500台")));

    // The figure's characters carry the underline format in the original pane.
    SegmentPane *original = window.reader()->originalPane();
    QTextCursor cursor = original->document()->find(QStringLiteral("500台"));
    REQUIRE_FALSE(cursor.isNull());
    QTextCursor inside(original->document());
    inside.setPosition(cursor.selectionStart() + 1);
    CHECK(inside.charFormat().underlineStyle() == QTextCharFormat::DotLine);
}

TEST_CASE("An article is walked through claim by claim from the keyboard", "[ui][factcheck]")
{
    test::DemoWindow demo(QSize(1400, 860));
    QTemporaryDir &dir = demo.dir;
    MainWindow &window = demo.window;
    FactCheckPanel *panel = window.factCheckPanel();
    REQUIRE(panel);
    window.findChild<QDockWidget *>(QStringLiteral("factCheckDock"))->show();
    const QString article = dir.filePath(QStringLiteral("story.html"));
    test::writeFile(article, test::encode(QStringLiteral("<html><body><h1>Labs rent chips abroad</h1>"
                                             "<p>Zhejiang Lab set a budget of 184,000 yuan. The lab wanted 500 servers. "
                                             "Experts were not surprised. The notice was published on April 8, 2024.</p></body></html>"),
                              "UTF-8"));
    panel->openArticle(article);
    QTreeView *tree = panel->tree();
    // Three checkable sentences; "Experts were not surprised." is none.
    int claims = 0;
    for (int row = 0; row < tree->model()->rowCount(); ++row)
        claims += tree->model()->index(row, 0).data(ClaimTreeModel::ClaimIdRole).toLongLong() ? 1 : 0;
    CHECK(claims == 3);
    CHECK(panel->progressLabel()->text().startsWith(QStringLiteral("0 of 3")));
    CHECK(tree->currentIndex().data().toString().startsWith(QStringLiteral("Zhejiang Lab set a budget")));
    // Shortcuts reach the active window only, as for a person at the keyboard.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_F8);
    CHECK(tree->currentIndex().data().toString().startsWith(QStringLiteral("The lab wanted 500 servers")));
    QTest::keyClick(tree, Qt::Key_F8, Qt::ShiftModifier);
    CHECK(tree->currentIndex().data().toString().startsWith(QStringLiteral("Zhejiang Lab set a budget")));
    QTest::keyClick(tree, Qt::Key_1, Qt::ControlModifier);
    CHECK(panel->progressLabel()->text().startsWith(QStringLiteral("1 of 3")));
    window.session()->undoStack()->undo();
    CHECK(panel->progressLabel()->text().startsWith(QStringLiteral("0 of 3")));
}

TEST_CASE("Two outlets' reports of one fact are lined up in the panel", "[ui][factcheck][outlets]")
{
    test::DemoWindow demo(QSize(1400, 860));
    QTemporaryDir &dir = demo.dir;
    MainWindow &window = demo.window;
    FactCheckPanel *panel = window.factCheckPanel();
    const QString agency = dir.filePath(QStringLiteral("agency.html"));
    test::writeFile(agency, test::encode(QStringLiteral("<p>Zhejiang Lab set a budget of 184,000 yuan ($25,756) for cloud computing. "
                                                        "($1 = 7.1440 Chinese yuan renminbi)</p>"), "UTF-8"));
    const QString weekly = dir.filePath(QStringLiteral("weekly.md"));
    test::writeFile(weekly, test::encode(QStringLiteral("Zhejiang Lab budgeted 184,000 yuan ($27,000) for the cloud.\n"), "UTF-8"));
    panel->openArticle(agency);
    panel->openArticle(weekly);
    const QModelIndex across = findItem(panel->tree(), QStringLiteral("Across outlets"));
    REQUIRE(across.isValid());
    REQUIRE(panel->tree()->model()->rowCount(across) == 1);
    CHECK(panel->tree()->model()->index(0, 1, across).data().toString() == QStringLiteral("outlets disagree"));
    CHECK(findItem(panel->tree(), QStringLiteral("agency.html gives 25,756 USD, weekly.md gives 27,000 USD")).isValid());

    // The filter keeps a claim with its tree when a figure under it matches.
    panel->findChild<QLineEdit *>(QStringLiteral("claimFilter"))->setText(QStringLiteral("27,000"));
    REQUIRE(panel->tree()->model()->rowCount() >= 1);
    CHECK_FALSE(findItem(panel->tree(), QStringLiteral("Figures lost")).isValid());
    CHECK(findItem(panel->tree(), QStringLiteral("Zhejiang Lab budgeted 184,000 yuan ($27,000)")).isValid());
}

TEST_CASE("A long claim's tooltip wraps", "[ui][factcheck]")
{
    test::DemoWindow demo(QSize(1400, 860));
    FactCheckPanel *panel = demo.window.factCheckPanel();
    const QString claim = QStringLiteral("Zhejiang Lab set a budget of 184,000 yuan for cloud computing services that it said "
                                         "were needed because domestic providers could not offer enough computing power.");
    panel->draftEdit()->setPlainText(claim);
    panel->checkDraft();
    const QString tip = panel->tree()->model()->index(0, 0).data(Qt::ToolTipRole).toString();
    // Qt wraps a tooltip only when it is rich text.
    CHECK(Qt::mightBeRichText(tip));
    CHECK(tip.contains(QStringLiteral("domestic providers")));
}

TEST_CASE("A draft typed in the fact-check panel survives switching panels and a figure sent from the reader",
          "[ui][factcheck]")
{
    test::DemoWindow demo(QSize(1400, 860));
    MainWindow &window = demo.window;
    FactCheckPanel *panel = window.factCheckPanel();
    REQUIRE(panel);
    const QString typed = QStringLiteral("Zhejiang Lab set a budget of 184,000 yuan.");
    panel->draftEdit()->setPlainText(typed);

    // Away to the timeline and back.
    QDockWidget *timeline = window.findChild<QDockWidget *>(QStringLiteral("timelineDock"));
    REQUIRE(timeline);
    timeline->raise();
    QApplication::processEvents();
    Q_EMIT window.reader()->figureCheckRequested(QStringLiteral("500台"));
    QApplication::processEvents();
    CHECK(panel->draftEdit()->toPlainText() == typed + QStringLiteral("\n500台"));
    // The figure was added as an edit of the draft: one undo takes only it away.
    panel->draftEdit()->undo();
    CHECK(panel->draftEdit()->toPlainText() == typed);
}
