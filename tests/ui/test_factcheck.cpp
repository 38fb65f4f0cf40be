#include "support/fixtures.h"

#include "casesession.h"
#include "documentbrowser.h"
#include "factcheckpanel.h"
#include "figurespanel.h"
#include "mainwindow.h"
#include "readerview.h"
#include "segmentpane.h"

#include "demo/democase.h"
#include "factcheck/claimstore.h"
#include "storage/casefile.h"

#include <catch2/catch.hpp>

#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>
#include <QUndoStack>

using namespace dossier;

namespace {

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &start)
{
    QList<QTreeWidgetItem *> stack;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        stack << tree->topLevelItem(i);
    while (!stack.isEmpty()) {
        QTreeWidgetItem *item = stack.takeFirst();
        if (item->text(0).startsWith(start))
            return item;
        for (int i = 0; i < item->childCount(); ++i)
            stack << item->child(i);
    }
    return nullptr;
}

} // namespace

TEST_CASE("A draft is checked in the fact-check panel and a verdict recorded with evidence", "[ui][factcheck]")
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("demo.dossier"));
    REQUIRE(DemoCase::create(casePath).ok());
    MainWindow window;
    window.resize(1400, 860);
    window.show();
    REQUIRE(window.openCase(casePath));
    FactCheckPanel *panel = window.factCheckPanel();
    REQUIRE(panel);

    panel->draftEdit()->setPlainText(QStringLiteral("Zhejiang Lab set a budget of 184,000 yuan. It wanted 50 servers."));
    panel->checkDraft();
    QTreeWidget *tree = panel->tree();
    QTreeWidgetItem *budget = findItem(tree, QStringLiteral("Zhejiang Lab set a budget"));
    REQUIRE(budget);
    QTreeWidgetItem *figure = findItem(tree, QStringLiteral("184,000 yuan"));
    REQUIRE(figure);
    CHECK(figure->childCount() >= 1);
    QTreeWidgetItem *servers = findItem(tree, QStringLiteral("50 servers"));
    REQUIRE(servers);
    CHECK(servers->childCount() == 0); // the tender says 500

    // Open the source in the reader, then cite it and record a verdict.
    QTreeWidgetItem *source = figure->child(0);
    tree->setCurrentItem(source);
    Q_EMIT tree->itemActivated(source, 0);
    ReaderView *reader = window.reader();
    const int current = reader->currentSegmentIndex();
    REQUIRE(current >= 0);
    CHECK(reader->segments()[size_t(current)].text.contains(QStringLiteral("184,000元")));

    panel->citeSelectedSource();
    tree->setCurrentItem(findItem(tree, QStringLiteral("Zhejiang Lab set a budget")));
    panel->recordVerdict(Verdict::Supported, QStringLiteral("Tender notice, budget line"));
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
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("demo.dossier"));
    REQUIRE(DemoCase::create(casePath).ok());
    MainWindow window;
    window.show();
    REQUIRE(window.openCase(casePath));
    qint64 zhejiang = 0;
    for (const DocumentInfo &d : window.session()->documents())
        if (d.title.startsWith(QStringLiteral("之江")))
            zhejiang = d.id;
    window.browser()->selectDocument(zhejiang);
    QTreeWidget *figures = window.figuresPanel()->tree();
    QStringList written;
    for (int i = 0; i < figures->topLevelItemCount(); ++i)
        written << figures->topLevelItem(i)->text(0);
    CHECK(written.contains(QStringLiteral("184,000元")));
    CHECK(written.contains(QStringLiteral("500台")));
    CHECK(written.contains(QStringLiteral("4000万个")));

    // The figure's characters carry the underline format in the original pane.
    SegmentPane *original = window.reader()->originalPane();
    QTextCursor cursor = original->document()->find(QStringLiteral("500台"));
    REQUIRE_FALSE(cursor.isNull());
    QTextCursor inside(original->document());
    inside.setPosition(cursor.selectionStart() + 1);
    CHECK(inside.charFormat().underlineStyle() == QTextCharFormat::DotLine);
}
