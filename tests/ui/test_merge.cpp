// A colleague's copy merged in the real window: the preview, the conflicts side by side,
// the review states in the panels, and the history of a merged item.
#include "support/demowindow.h"
#include "support/screenshot.h"

#include "entities/entitypage.h"
#include "entities/entitypanel.h"
#include "entities/entitystore.h"
#include "entities/entitytreemodel.h"
#include "merge/conflictsdialog.h"
#include "merge/mergedialog.h"
#include "merge/mergeworkflow.h"
#include "casefile/casefile.h"
#include "operations/author.h"
#include "operations/entityedits.h"
#include "operations/eventedits.h"
#include "operations/reviewedit.h"
#include "session/casesession.h"
#include "shell/reviewcontrols.h"
#include "timeline/eventstore.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace dossier;

namespace {

template <typename Dialog>
Dialog *openDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<Dialog *>(w); dialog && dialog->isVisible())
            return dialog;
    return nullptr;
}

void setNotes(Database &db, qint64 id, const QString &notes)
{
    Entity entity = *EntityStore(db).get(id);
    entity.notes = notes;
    REQUIRE(EntityEdit::update(entity)->apply(db).ok());
}

} // namespace

TEST_CASE("A colleague's copy is previewed, merged as one undo step, and its conflicts settled side by side", "[ui][merge]")
{
    test::DemoWindow w(QSize(1300, 820));
    CaseSession *session = w.window.session();
    REQUIRE(session);
    qint64 entity = 0;
    qint64 event = 0;
    Entity university{0, EntityType::Buyer, QStringLiteral("深圳大学"), QStringLiteral("Shenzhen University"), {}, {}, {}};
    REQUIRE(session->perform(EntityEdit::create(university)));
    session->read([&](Database &db) {
        for (const Entity &e : EntityStore(db).list())
            entity = std::max(entity, e.id);
    });
    {
        Event award;
        award.date = FuzzyDate::day(QDate(2024, 3, 15));
        award.title = QStringLiteral("Shenzhen University awards the cloud contract");
        Citation quote;
        quote.segmentId = session->segments(session->documents().front().id).front().id;
        EventEdit *made = session->perform(EventEdit::create(award, {quote}));
        REQUIRE(made);
        event = made->eventId();
    }
    const QString copy = w.dir.filePath(QStringLiteral("Li Wei's copy.dossier"));
    REQUIRE(session->saveCopyAs(copy).ok());
    {
        Author::set(QStringLiteral("Li Wei"));
        std::unique_ptr<CaseFile> colleague = std::move(CaseFile::open(copy).value());
        setNotes(colleague->db(), entity, QStringLiteral("Procurement office confirmed by phone"));
        REQUIRE(ReviewEdit::set(ReviewedKind::Event, event, ReviewState::Verified)->apply(colleague->db()).ok());
        Entity fresh{0, EntityType::Intermediary, QStringLiteral("四川学东科技有限公司"), QStringLiteral("Sichuan Xuedong Technology"), {}, {}, {}};
        REQUIRE(EntityEdit::create(fresh)->apply(colleague->db()).ok());
    }
    Author::set(QStringLiteral("Chen Jing"));
    Entity mine;
    session->read([&](Database &db) { mine = *EntityStore(db).get(entity); });
    mine.notes = QStringLiteral("Buyer named in the award notice");
    REQUIRE(session->perform(EntityEdit::update(mine)));
    const int undoBefore = session->undoStack()->count();

    MergeWorkflow merging(w.window.docks(), &w.window);
    bool previewed = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = openDialog<MergeDialog>();
        REQUIRE(dialog);
        auto *table = dialog->findChild<QTableView *>(QStringLiteral("mergeChanges"));
        REQUIRE(table->model()->rowCount() == 3);
        // What needs a person comes first.
        CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("Changed on both sides"));
        test::shoot(dialog, QStringLiteral("merge-preview.png"));
        previewed = true;
        dialog->accept();
    });
    bool settled = false;
    QString shownTheirs;
    const auto settle = [&] {
        auto *dialog = openDialog<ConflictsDialog>();
        if (!dialog)
            return false;
        shownTheirs = dialog->findChild<QTextBrowser *>(QStringLiteral("theirVersion"))->toPlainText();
        test::shoot(dialog, QStringLiteral("conflicts.png"));
        dialog->findChild<QPushButton *>(QStringLiteral("takeTheirs"))->click();
        settled = dialog->conflictCount() == 0;
        dialog->reject();
        return true;
    };
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (settle())
            poll.stop();
    });
    poll.start(50);
    merging.mergeCase(copy);
    CHECK(previewed);
    REQUIRE(QTest::qWaitFor([&] { return settled; }, 20000)); // QTRY_* would return silently under Catch
    CHECK(shownTheirs.contains(QStringLiteral("Procurement office confirmed by phone")));

    // The merge and the choice are two steps on the undo stack; the case holds both people's work.
    CHECK(session->undoStack()->count() == undoBefore + 2);
    session->read([&](Database &db) {
        CHECK(EntityStore(db).get(entity)->notes == QStringLiteral("Procurement office confirmed by phone"));
        CHECK(EventStore(db).get(event)->review.state == ReviewState::Verified);
    });

    // The entity panel filters by review state.
    REQUIRE(ReviewControls::mark(session, &w.window, ReviewedKind::Entity, entity, ReviewState::Verified));
    EntityPanel *panel = w.window.entityPanel();
    auto *filter = panel->findChild<QComboBox *>(QStringLiteral("reviewFilter"));
    REQUIRE(filter);
    filter->setCurrentIndex(filter->findData(QStringLiteral("verified")));
    QMetaObject::invokeMethod(filter, "activated", Q_ARG(int, filter->currentIndex()));
    QTreeView *tree = panel->tree();
    int shown = 0;
    for (int group = 0; group < tree->model()->rowCount(); ++group)
        shown += tree->model()->rowCount(tree->model()->index(group, 0));
    CHECK(shown == 1);

    // The merged entity's history names both people, with the old and new notes.
    EntityPage page(session, entity, &w.window);
    page.resize(900, 700);
    page.show();
    QTest::qWait(100);
    QString history;
    for (QLabel *label : page.findChildren<QLabel *>())
        history += label->text();
    CHECK(history.contains(QStringLiteral("Li Wei")));
    CHECK(history.contains(QStringLiteral("Chen Jing")));
    CHECK(history.contains(QStringLiteral("“Buyer named in the award notice” → “Procurement office confirmed by phone”")));
    test::shoot(&page, QStringLiteral("history.png"));
    session->undoStack()->undo(); // the review
    session->undoStack()->undo(); // the choice
    session->undoStack()->undo(); // the merge
    session->read([&](Database &db) {
        CHECK(EntityStore(db).get(entity)->notes == QStringLiteral("Buyer named in the award notice"));
        CHECK(EventStore(db).get(event)->review.state == ReviewState::Draft);
        for (const Entity &e : EntityStore(db).list())
            CHECK(e.nameEn != QStringLiteral("Sichuan Xuedong Technology"));
    });
}
