#include "support/fixtures.h"

#include "session/casesession.h"
#include "documents/documentbrowser.h"
#include "timeline/eventdialog.h"
#include "shell/mainwindow.h"
#include "operations/eventedits.h"
#include "timeline/eventlistmodel.h"
#include "timeline/timelineaxis.h"
#include "timeline/timelineworkflow.h"
#include "timeline/proposalsdialog.h"
#include "reader/readerview.h"
#include "reader/segmentpane.h"
#include "timeline/timelinepanel.h"

#include "demo/democase.h"
#include "entities/entitystore.h"
#include "import/importservice.h"
#include "casefile/casefile.h"
#include "timeline/eventstore.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QGraphicsItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLineEdit>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>

using namespace dossier;

namespace {

template <typename Dialog>
void answer(std::function<void(Dialog *)> fill)
{
    QTimer::singleShot(0, [fill] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<Dialog *>(w); dialog && dialog->isVisible()) {
                fill(dialog);
                dialog->accept();
            }
    });
}

struct TimelineWindow
{
    QTemporaryDir dir;
    MainWindow window;

    TimelineWindow()
    {
        const QString casePath = dir.filePath(QStringLiteral("demo.dossier"));
        REQUIRE(DemoCase::create(casePath).ok());
        window.resize(1300, 860);
        window.show();
        REQUIRE(window.openCase(casePath));
    }
    qint64 open(const QString &titleStart)
    {
        for (const DocumentInfo &d : window.session()->documents())
            if (d.title.startsWith(titleStart)) {
                window.browser()->selectDocument(d.id);
                return d.id;
            }
        return 0;
    }
    std::vector<Event> events() { return EventStore(window.session()->caseFile().db()).list(); }
};

} // namespace

TEST_CASE("An event is added from a selection with its date proposed and opens its evidence again", "[ui][timeline]")
{
    TimelineWindow w;
    w.open(QStringLiteral("深圳大学"));
    SegmentPane *original = w.window.reader()->originalPane();
    original->setTextCursor(original->document()->find(QStringLiteral("发布时间：2024年3月15日")));
    QString proposedDate;
    answer<EventDialog>([&](EventDialog *dialog) {
        proposedDate = dialog->dateEdit()->text();
        dialog->titleEdit()->setText(QStringLiteral("Shenzhen University buys an AWS account via Yunda"));
    });
    REQUIRE(w.window.reader()->requestTimeline());
    CHECK(proposedDate == QStringLiteral("2024-03-15"));
    std::vector<Event> events = w.events();
    REQUIRE(events.size() == 1);
    CHECK(events[0].date.toIso() == QStringLiteral("2024-03-15"));
    REQUIRE(events[0].evidence.size() == 1);
    CHECK(events[0].evidence[0].quote == QStringLiteral("发布时间：2024年3月15日"));

    TimelinePanel *panel = w.window.timelinePanel();
    REQUIRE(panel->list()->model()->rowCount() == 1);
    CHECK(panel->list()->model()->index(0, EventListModel::Evidence).data().toString().contains(QStringLiteral("1")));

    // Jump back from the timeline: another document first, then the event.
    w.open(QStringLiteral("之江"));
    Q_EMIT panel->eventActivated(events[0].id);
    ReaderView *reader = w.window.reader();
    REQUIRE(reader->currentSegmentIndex() >= 0);
    CHECK(reader->segments()[size_t(reader->currentSegmentIndex())].id == *events[0].evidence[0].segmentId);

    // The time axis shows a card for it.
    bool card = false;
    for (QGraphicsItem *item : panel->axis()->scene()->items())
        card = card || item->data(0).toLongLong() == events[0].id;
    CHECK(card);

    w.window.session()->undoStack()->undo();
    CHECK(w.events().empty());
    w.window.session()->undoStack()->redo();
    CHECK(w.events().size() == 1);
}

TEST_CASE("Events proposed from a notice land on the timeline with their evidence", "[ui][timeline]")
{
    TimelineWindow w;
    const qint64 zhejiang = w.open(QStringLiteral("之江"));
    answer<ProposalsDialog>([](ProposalsDialog *dialog) {
        dialog->list()->model()->setData(dialog->list()->model()->index(2, 0), Qt::Unchecked, Qt::CheckStateRole); // dismiss "Bids opened"
    });
    w.window.timelineWorkflow()->proposeEvents(zhejiang);
    const std::vector<Event> events = w.events();
    REQUIRE(events.size() == 2);
    CHECK(events[0].date.toIso() == QStringLiteral("2024-04-08"));
    CHECK(events[0].evidence.size() == 1);
    CHECK(events[1].title.startsWith(QStringLiteral("Bid deadline")));
    w.window.session()->undoStack()->undo();
    CHECK(w.events().empty());
}

TEST_CASE("What a real notice says is kept in one step and undone in one", "[ui][timeline][notices]")
{
    TimelineWindow w;
    Database &db = w.window.session()->caseFile().db();
    const ImportOutcome outcome = ImportService(db).importFile(
        QStringLiteral(DOSSIER_TEST_DATA "/realnotices/ccgp-gz-qingzhen-solar-lamps-award-2025.html"), {});
    REQUIRE(outcome.status == ImportOutcome::Status::Imported);
    const size_t entitiesBefore = EntityStore(db).list().size();
    const size_t relationsBefore = EntityStore(db).relations().size();
    int parties = 0;
    answer<ProposalsDialog>([&](ProposalsDialog *dialog) {
        parties = dialog->partiesList()->model()->rowCount();
        CHECK(dialog->dealsList()->model()->rowCount() == 1);
        CHECK(dialog->list()->model()->index(0, 0).data().toString().contains(QStringLiteral("569800.00")));
    });
    w.window.timelineWorkflow()->proposeEvents(outcome.documentId);
    CHECK(parties == 3);
    CHECK(EntityStore(db).list().size() == entitiesBefore + 3);
    const std::vector<Relation> relations = EntityStore(db).relations();
    REQUIRE(relations.size() == relationsBefore + 1);
    CHECK(relations.back().kind == QStringLiteral("procured_from"));
    REQUIRE(relations.back().evidence.size() == 1);
    CHECK(relations.back().evidence[0].quote.contains(QStringLiteral("江苏新煦光电科技有限公司")));
    const std::vector<Event> events = w.events();
    REQUIRE(events.size() == 1);
    CHECK(events[0].entityIds.size() == 2);
    CHECK(events[0].title.startsWith(QStringLiteral("Award to 江苏新煦光电科技有限公司")));
    w.window.session()->undoStack()->undo();
    CHECK(w.events().empty());
    CHECK(EntityStore(db).list().size() == entitiesBefore);
    CHECK(EntityStore(db).relations().size() == relationsBefore);
}

TEST_CASE("Conflicting dates, missing evidence and changed sources are flagged", "[ui][timeline]")
{
    Event a;
    a.id = 1;
    a.date = *FuzzyDate::fromIso(QStringLiteral("2024-03"));
    a.title = QStringLiteral("SZU buys AWS account");
    EventEvidence cited;
    cited.segmentId = 7;
    cited.quote = QStringLiteral("20万元");
    a.evidence.push_back(cited);
    Event b = a;
    b.id = 2;
    b.date = *FuzzyDate::fromIso(QStringLiteral("2024-04"));
    Event c;
    c.id = 3;
    c.date = *FuzzyDate::fromIso(QStringLiteral("2024"));
    c.title = QStringLiteral("Unsourced");
    Event d;
    d.id = 4;
    d.date = *FuzzyDate::fromIso(QStringLiteral("2024-05"));
    d.title = QStringLiteral("Changed");
    EventEvidence changed;
    changed.changed = true;
    d.evidence.push_back(changed);
    const QMap<qint64, QString> problems = TimelinePanel::conflicts({a, b, c, d});
    CHECK(problems[1].contains(QStringLiteral("2024-04")));
    CHECK(problems[2].contains(QStringLiteral("2024-03")));
    CHECK(problems[3].contains(QStringLiteral("no evidence")));
    CHECK(problems[4].contains(QStringLiteral("changed")));
}

TEST_CASE("The event list sorts dates by when they start, whatever their precision", "[ui][timeline]")
{
    TimelineWindow w;
    w.open(QStringLiteral("深圳大学"));
    const qint64 segment = w.window.reader()->segments().front().id;
    const auto add = [&](const FuzzyDate &date, const QString &title) {
        Event event;
        event.date = date;
        event.title = title;
        REQUIRE(w.window.session()->perform(EventEdit::create(event, {Citation{segment, QStringLiteral("original"), 0, 2, {}}})));
    };
    // As text, "2024-03-15/2024-04-22" sorts before "2024-Q1"; as time it comes after.
    add(FuzzyDate::between(FuzzyDate::day(QDate(2024, 3, 15)), FuzzyDate::day(QDate(2024, 4, 22))), QStringLiteral("Bidding open"));
    add(FuzzyDate::quarter(2024, 1), QStringLiteral("Budget approved"));
    add(FuzzyDate::month(2024, 2), QStringLiteral("Tender drafted"));
    QTreeView *list = w.window.timelinePanel()->list();
    list->sortByColumn(EventListModel::Date, Qt::AscendingOrder);
    QStringList titles;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        titles << list->model()->index(row, EventListModel::Title).data().toString();
    CHECK(titles == QStringList{QStringLiteral("Budget approved"), QStringLiteral("Tender drafted"), QStringLiteral("Bidding open")});
}

TEST_CASE("The event dialog finds an entity among many by any name and keeps what was checked", "[ui][timeline]")
{
    std::vector<Entity> entities;
    for (int i = 0; i < 300; ++i) {
        Entity e;
        e.id = i + 1;
        e.nameZh = QStringLiteral("单位%1").arg(i);
        entities.push_back(e);
    }
    Entity yunda;
    yunda.id = 1000;
    yunda.nameZh = QStringLiteral("云达科技有限公司");
    yunda.aliases = {QStringLiteral("Yunda Technology")};
    entities.push_back(yunda);
    Event event;
    event.entityIds = {1}; // already involved
    EventDialog dialog(event, entities, {}, QString());
    auto *find = dialog.findChild<QLineEdit *>();
    QListView *list = dialog.findChild<QListView *>();
    REQUIRE(list);
    // The first line edit is the date; the entity search says what it is for.
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        if (edit->placeholderText() == QStringLiteral("Find an entity"))
            find = edit;
    REQUIRE(find->placeholderText() == QStringLiteral("Find an entity"));
    find->setText(QStringLiteral("yunda"));
    REQUIRE(list->model()->rowCount() == 1);
    list->model()->setData(list->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
    find->clear();
    const std::vector<qint64> involved = dialog.event().entityIds;
    CHECK(involved == std::vector<qint64>{1, 1000});
}

TEST_CASE("A long event title stays inside its card on the time axis", "[ui][timeline]")
{
    TimelineWindow w;
    w.open(QStringLiteral("深圳大学"));
    const qint64 segment = w.window.reader()->segments().front().id;
    Event event;
    event.date = FuzzyDate::day(QDate(2024, 3, 15));
    event.title = QStringLiteral("Shenzhen University buys a year of access to an Amazon Web Services account with Nvidia "
                                 "A100 and H100 servers through Yunda Technology, a local reseller");
    REQUIRE(w.window.session()->perform(EventEdit::create(event, {Citation{segment, QStringLiteral("original"), 0, 20, {}}})));
    QGraphicsScene *scene = w.window.timelinePanel()->axis()->scene();
    QRectF card;
    for (QGraphicsItem *item : scene->items())
        if (auto *rect = qgraphicsitem_cast<QGraphicsRectItem *>(item); rect && rect->data(0).toLongLong())
            card = rect->sceneBoundingRect();
    REQUIRE(card.isValid());
    int texts = 0;
    for (QGraphicsItem *item : scene->items())
        if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item); text && text->data(0).toLongLong()) {
            ++texts;
            INFO(text->text().toStdString());
            CHECK(text->sceneBoundingRect().right() <= card.right() + 1);
        }
    CHECK(texts == 2); // the title and the quote
}
