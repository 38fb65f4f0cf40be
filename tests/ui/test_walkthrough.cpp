// A reporter who uses only the keyboard, on the real window: create a case, import a
// notice (saying where it came from), tag two entities, make an event with its
// evidence, check a figure, export the summary. A screenshot at each step when
// DOSSIER_SHOTS names a folder.
#include "support/fixtures.h"
#include "support/screenshot.h"

#include "entities/entitystore.h"
#include "entities/tagdialog.h"
#include "export/exportdialog.h"
#include "factcheck/factcheckpanel.h"
#include "factcheck/claimtreemodel.h"
#include "import/provenancedialog.h"
#include "reader/readerview.h"
#include "session/casesession.h"
#include "shell/mainwindow.h"
#include "timeline/eventdialog.h"
#include "timeline/eventstore.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

using namespace dossier;

namespace {

// Types into whatever has the focus, as a person at the keyboard does: Latin letters
// key by key, Chinese as an input method commits it.
void type(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(QApplication::focusWidget(), text);
        return;
    }
    QInputMethodEvent typed;
    typed.setCommitString(text);
    QApplication::sendEvent(QApplication::focusWidget(), &typed);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

// Answers the next modal dialog of type Dialog with `keys` once it is up.
template <typename Dialog>
void whenOpen(std::function<void(Dialog *)> keys, bool *answered)
{
    auto *poll = new QTimer;
    poll->start(30);
    QObject::connect(poll, &QTimer::timeout, [poll, keys, answered] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        // Up, and holding the keyboard (its first field has the focus).
        if (!dialog || !dialog->isVisible() || !dialog->isAncestorOf(QApplication::focusWidget()))
            return;
        poll->stop();
        poll->deleteLater();
        *answered = true;
        keys(dialog);
    });
}

// A file dialog answered by typing the path and pressing Enter.
void answerFileDialog(const QString &path, bool *answered)
{
    whenOpen<QFileDialog>([path](QFileDialog *) {
        type(path);
        press(Qt::Key_Return);
    }, answered);
}

// A window manager gives the focus back to the window when a dialog closes; Xvfb has
// none, so the test does.
void backToWindow(MainWindow &window)
{
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// Find in Case, type the words, go down to the first hit and open it: the words found
// are selected in the reader, with the focus.
void findAndSelect(MainWindow &window, const QString &words)
{
    backToWindow(window);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    press(Qt::Key_A, Qt::ControlModifier);
    type(words);
    press(Qt::Key_Return);
    QTest::qWait(50);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QTest::qWait(50);
}

} // namespace

TEST_CASE("A keyboard alone imports a notice, tags, builds an event with evidence, checks a figure and exports", "[ui][keyboard][walkthrough]")
{
    QTemporaryDir dir;
    const QString notice = dir.filePath(QStringLiteral("szu-award.txt"));
    test::writeFile(notice, test::tenderNoticeText().toUtf8());
    const QString casePath = dir.filePath(QStringLiteral("Walkthrough.dossier"));

    MainWindow window;
    window.resize(1300, 820);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // 1. A new case (Ctrl+N), then the notice (Ctrl+I) with where it came from.
    bool created = false;
    answerFileDialog(casePath, &created);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    REQUIRE(created);
    REQUIRE(window.session());
    backToWindow(window);
    bool chosen = false, provenance = false;
    answerFileDialog(notice, &chosen);
    whenOpen<ProvenanceDialog>([](ProvenanceDialog *) {
        type(QStringLiteral("https://www.ccgp.gov.cn/cggg/dfgg/cjgg/202403/t20240315.htm"));
        press(Qt::Key_Tab);
        type(QStringLiteral("2024-03-16"));
        press(Qt::Key_Return);
    }, &provenance);
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    REQUIRE(chosen);
    REQUIRE(provenance);
    REQUIRE(QTest::qWaitFor([&] { return window.reader()->documentId() > 0; }, 20000)); // QTRY_* would return silently under Catch
    // Typing replaces the address the dialog offers from the last batch.
    CHECK(window.session()->documents().front().sourceUrl == QStringLiteral("https://www.ccgp.gov.cn/cggg/dfgg/cjgg/202403/t20240315.htm"));
    CHECK(window.session()->documents().front().obtainedAt == QStringLiteral("2024-03-16"));
    test::shoot(&window, QStringLiteral("walkthrough-1-import.png"));

    // 2. Two entities: each found, selected by the search, tagged with Ctrl+T; the tag
    //    dialog proposes the kind from the words, Enter keeps it.
    for (const QString &name : {QStringLiteral("深圳大学"), QStringLiteral("云达科技有限公司")}) {
        findAndSelect(window, name);
        bool tagged = false;
        whenOpen<TagDialog>([](TagDialog *) { press(Qt::Key_Return); }, &tagged);
        press(Qt::Key_T, Qt::ControlModifier);
        CAPTURE(name);
        REQUIRE(tagged);
    }
    std::vector<Entity> entities;
    window.session()->read([&](Database &db) { entities = EntityStore(db).list(); });
    REQUIRE(entities.size() == 2);
    CHECK(std::any_of(entities.begin(), entities.end(), [](const Entity &e) { return e.type == EntityType::Buyer; }));
    test::shoot(&window, QStringLiteral("walkthrough-2-tags.png"));

    // 3. An event: the supplier's line as evidence (Ctrl+E), a date and a title typed.
    findAndSelect(window, QStringLiteral("云达科技有限公司"));
    bool evented = false;
    whenOpen<EventDialog>([&](EventDialog *dialog) {
        test::shoot(dialog, QStringLiteral("walkthrough-3-event.png"));
        // The date has the focus (the first thing to give); then the title.
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("2024-03-15"));
        press(Qt::Key_Tab);
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("Award to Yunda Technology"));
        press(Qt::Key_Return);
    }, &evented);
    press(Qt::Key_E, Qt::ControlModifier);
    REQUIRE(evented);
    std::vector<Event> events;
    window.session()->read([&](Database &db) { events = EventStore(db).list(); });
    REQUIRE(events.size() == 1);
    CHECK(events.front().title == QStringLiteral("Award to Yunda Technology"));
    CHECK(events.front().date.toIso() == QStringLiteral("2024-03-15"));
    REQUIRE(events.front().evidence.size() == 1);
    CHECK(events.front().evidence.front().quote == QStringLiteral("云达科技有限公司"));

    // 4. A figure checked: Ctrl+K sends it to the fact-check's draft, Ctrl+Enter checks
    //    it, and the claim comes with the source that states it.
    findAndSelect(window, QStringLiteral("20万元"));
    press(Qt::Key_K, Qt::ControlModifier);
    CHECK(window.factCheckPanel()->draftEdit()->toPlainText().contains(QStringLiteral("20万元")));
    CHECK(QApplication::focusWidget() == window.factCheckPanel()->draftEdit());
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return window.factCheckPanel()->model()->rowCount() > 0; }, 10000)); // QTRY_* would return silently under Catch
    const QModelIndex claim = window.factCheckPanel()->model()->index(0, 0);
    CHECK(claim.data().toString().contains(QStringLiteral("20万元")));
    CHECK(window.factCheckPanel()->model()->rowCount(claim) > 0); // the figure, found in the notice
    test::shoot(&window, QStringLiteral("walkthrough-4-figure.png"));

    // 5. The summary exported (Ctrl+Shift+E): Enter exports, the file dialog takes a name.
    backToWindow(window);
    const QString summary = dir.filePath(QStringLiteral("summary.html"));
    bool exporting = false, named = false;
    whenOpen<ExportDialog>([&](ExportDialog *dialog) {
        test::shoot(dialog, QStringLiteral("walkthrough-5-export.png"));
        answerFileDialog(summary, &named);
        press(Qt::Key_Return);
    }, &exporting);
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(exporting);
    REQUIRE(named);
    REQUIRE(QTest::qWaitFor([&] { return QFileInfo::exists(summary) || QFileInfo::exists(summary + QStringLiteral(".pdf")); }, 20000)); // QTRY_* would return silently under Catch
}
