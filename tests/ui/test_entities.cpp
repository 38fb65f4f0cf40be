#include "support/fixtures.h"

#include "session/casesession.h"
#include "session/backgroundjob.h"
#include "documents/documentbrowser.h"
#include "entities/entitypage.h"
#include "entities/entitypanel.h"
#include "entities/entitytreemodel.h"
#include "shell/mainwindow.h"
#include "entities/entityworkflow.h"
#include "entities/networkview.h"
#include "reader/readerview.h"
#include "reader/segmentpane.h"
#include "entities/tagdialog.h"

#include "demo/democase.h"
#include "entities/entitystore.h"
#include "operations/author.h"
#include "casefile/casefile.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGraphicsEllipseItem>
#include <QGraphicsScene>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>
#include <QTimer>
#include <QUndoStack>

using namespace dossier;

namespace {

struct EntityWindow
{
    QTemporaryDir dir;
    MainWindow window;

    EntityWindow()
    {
        const QString casePath = dir.filePath(QStringLiteral("demo.dossier"));
        REQUIRE(DemoCase::create(casePath).ok());
        window.resize(1300, 800);
        window.show();
        REQUIRE(window.openCase(casePath));
    }
    void open(const QString &titleStart)
    {
        for (const DocumentInfo &d : window.session()->documents())
            if (d.title.startsWith(titleStart))
                window.browser()->selectDocument(d.id);
    }
    EntityStore store() { return EntityStore(window.session()->caseFile().db()); }
    QUndoStack *undo() { return window.session()->undoStack(); }
};

// Answers the next TagDialog that opens.
void answerTagDialog(const QString &type)
{
    QTimer::singleShot(0, [type] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<TagDialog *>(w)) {
                dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(type));
                dialog->accept();
            }
    });
}

// Presses `button` in the next question about a relation's evidence, noting the quote shown.
void answerRelationEvidence(const QString &button, QString *quote = nullptr)
{
    QTimer::singleShot(0, [button, quote] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->objectName() == QStringLiteral("relationEvidence")) {
                if (quote)
                    *quote = box->informativeText();
                for (QAbstractButton *b : box->buttons())
                    if (b->text().remove(QLatin1Char('&')) == button)
                        b->click();
            }
    });
}

} // namespace

TEST_CASE("Selected text is tagged as a new entity in the reader and the tag can be undone", "[ui][entities]")
{
    EntityWindow w;
    w.open(QStringLiteral("深圳大学"));
    SegmentPane *original = w.window.reader()->originalPane();
    QTextCursor found = original->document()->find(QStringLiteral("云达科技有限公司"));
    REQUIRE_FALSE(found.isNull());
    original->setTextCursor(found);

    answerTagDialog(QStringLiteral("intermediary"));
    REQUIRE(w.window.reader()->requestTag());
    std::vector<Entity> entities = w.store().list();
    REQUIRE(entities.size() == 1);
    CHECK(entities[0].nameZh == QStringLiteral("云达科技有限公司"));
    CHECK(entities[0].type == EntityType::Intermediary);
    const auto mentions = w.store().mentionsOf(entities[0].id);
    REQUIRE(mentions.size() == 1);
    CHECK(mentions[0].status == Mention::Status::Confirmed);
    CHECK(mentions[0].text == QStringLiteral("云达科技有限公司"));

    // The mention is tinted in the original pane.
    bool tinted = false;
    for (const QTextEdit::ExtraSelection &s : original->extraSelections())
        tinted = tinted || s.cursor.selectedText() == QStringLiteral("云达科技有限公司");
    CHECK(tinted);

    w.undo()->undo();
    CHECK(w.store().list().empty());
    w.undo()->redo();
    REQUIRE(w.store().list().size() == 1);
    CHECK(w.store().mentionsOf(w.store().list()[0].id).size() == 1);
}

TEST_CASE("Found mentions are confirmed or rejected in bulk and merges are undoable", "[ui][entities]")
{
    EntityWindow w;
    EntityPanel *panel = w.window.entityPanel();
    Entity szu;
    szu.type = EntityType::Buyer;
    szu.nameZh = QStringLiteral("深圳大学");
    const qint64 szuId = panel->createEntity(szu);
    Entity scu;
    scu.type = EntityType::Buyer;
    scu.nameZh = QStringLiteral("四川大学");
    const qint64 scuId = panel->createEntity(scu);
    Entity scuEn;
    scuEn.type = EntityType::Buyer;
    scuEn.nameEn = QStringLiteral("Sichuan University");
    const qint64 scuEnId = panel->createEntity(scuEn);
    QSignalSpy scanned(panel->scanForMentions(), &BackgroundJob::finished);
    // The window stays live while it runs: its progress is in the status bar.
    CHECK(w.window.findChild<QWidget *>(QStringLiteral("jobProgress"))->isVisible());
    REQUIRE(scanned.wait(60000));
    CHECK(w.window.statusBar()->currentMessage().startsWith(QStringLiteral("Found ")));
    const auto proposals = w.store().mentionsOf(szuId);
    REQUIRE(proposals.size() >= 3);
    for (const Mention &m : proposals)
        CHECK(m.status == Mention::Status::Proposed);

    EntityPage page(w.window.session(), szuId);
    // Its details show who made it and when (the audit trail, read back).
    const QString header = page.findChild<QLabel *>(QStringLiteral("entityHeader"))->text();
    CHECK(header.contains(QStringLiteral("History")));
    CHECK(header.contains(QStringLiteral("New entity")));
    CHECK(header.contains(Author::current().toHtmlEscaped()));
    // Shown one status at a time: the proposals to work through, then none left.
    auto *shown = page.findChild<QComboBox *>(QStringLiteral("mentionStatusFilter"));
    REQUIRE(shown);
    shown->setCurrentIndex(1); // proposed
    CHECK(page.mentions()->model()->rowCount() == int(proposals.size()));
    page.mentions()->selectAll();
    page.setStatusOfSelected(true);
    for (const Mention &m : w.store().mentionsOf(szuId))
        CHECK(m.status == Mention::Status::Confirmed);
    CHECK(page.mentions()->model()->rowCount() == 0);
    shown->setCurrentIndex(0);
    CHECK(page.mentions()->model()->rowCount() == int(proposals.size()));
    w.undo()->undo();
    for (const Mention &m : w.store().mentionsOf(szuId))
        CHECK(m.status == Mention::Status::Proposed);

    const size_t chineseMentions = w.store().mentionsOf(scuId).size();
    const size_t englishMentions = w.store().mentionsOf(scuEnId).size();
    REQUIRE(chineseMentions >= 1);
    REQUIRE(englishMentions >= 1);
    panel->mergeEntities(scuId, scuEnId);
    CHECK_FALSE(w.store().get(scuEnId));
    CHECK(w.store().get(scuId)->aliases.contains(QStringLiteral("Sichuan University")));
    CHECK(w.store().mentionsOf(scuId).size() == chineseMentions + englishMentions);
    w.undo()->undo();
    REQUIRE(w.store().get(scuEnId));
    CHECK(w.store().mentionsOf(scuEnId).size() == englishMentions);
    CHECK(w.store().mentionsOf(scuId).size() == chineseMentions);
    CHECK(w.store().get(scuId)->aliases.isEmpty());
    w.undo()->redo();
    CHECK_FALSE(w.store().get(scuEnId));
}

TEST_CASE("The network view lays out 200 entities without piling them up", "[ui][entities][network]")
{
    EntityWindow w;
    {
        Database &db = w.window.session()->caseFile().db();
        Transaction transaction(db);
        EntityStore store(db);
        std::vector<qint64> ids;
        for (int i = 0; i < 200; ++i) {
            Entity e;
            e.type = allEntityTypes()[i % allEntityTypes().size()];
            e.nameEn = QStringLiteral("Entity %1").arg(i);
            ids.push_back(store.add(e));
        }
        for (int i = 1; i < 200; ++i) {
            Relation r;
            r.fromId = ids[size_t(i)];
            r.toId = ids[size_t(i / 4)];
            r.kind = QStringLiteral("supplied_by");
            store.addRelation(r);
        }
        transaction.commit();
    }
    NetworkView view(w.window.session());
    view.resize(1000, 700);
    view.rebuild();
    CHECK(view.nodeCount() == 200);
    CHECK(view.edgeCount() == 199);
    std::vector<QPointF> centres;
    for (QGraphicsItem *item : view.scene()->items())
        if (qgraphicsitem_cast<QGraphicsEllipseItem *>(item))
            centres.push_back(item->pos());
    REQUIRE(centres.size() == 200);
    double nearest = 1e9;
    for (size_t i = 0; i < centres.size(); ++i)
        for (size_t j = i + 1; j < centres.size(); ++j)
            nearest = std::min(nearest, QLineF(centres[i], centres[j]).length());
    CHECK(nearest > 10.0); // no two nodes on top of each other
    view.setHiddenTypes({EntityType::Chip, EntityType::Person});
    CHECK(view.nodeCount() < 200);
}

TEST_CASE("A relation takes the reader's selection as its evidence and is undoable", "[ui][entities]")
{
    EntityWindow w;
    EntityPanel *panel = w.window.entityPanel();
    Entity szu;
    szu.type = EntityType::Buyer;
    szu.nameZh = QStringLiteral("深圳大学");
    const qint64 szuId = panel->createEntity(szu);
    Entity yunda;
    yunda.type = EntityType::Intermediary;
    yunda.nameZh = QStringLiteral("云达科技有限公司");
    const qint64 yundaId = panel->createEntity(yunda);

    w.open(QStringLiteral("深圳大学"));
    SegmentPane *original = w.window.reader()->originalPane();
    original->setTextCursor(original->document()->find(QStringLiteral("成交供应商：云达科技有限公司")));
    w.window.entityWorkflow()->openEntityPage(szuId);
    auto *page = w.window.findChild<EntityPage *>();
    REQUIRE(page);
    // The quote is shown before it is attached: cancelled, nothing is made.
    QString shownQuote;
    answerRelationEvidence(QStringLiteral("Cancel"), &shownQuote);
    CHECK_FALSE(page->addRelation(yundaId, QStringLiteral("procured_from"), true));
    CHECK(shownQuote.contains(QStringLiteral("成交供应商：云达科技有限公司")));
    CHECK(w.store().relations(szuId).empty());
    answerRelationEvidence(QStringLiteral("Attach as Evidence"));
    REQUIRE(page->addRelation(yundaId, QStringLiteral("procured_from"), true));
    const auto relations = w.store().relations(szuId);
    REQUIRE(relations.size() == 1);
    CHECK(relations[0].toId == yundaId);
    REQUIRE(relations[0].evidence.size() == 1);
    CHECK(relations[0].evidence[0].quote == QStringLiteral("成交供应商：云达科技有限公司"));
    CHECK(page->relations()->model()->rowCount() == 1);
    // Without words selected, a relation without evidence is made only when asked for.
    page->setEvidenceSource([] { return std::optional<Relation::Evidence>(); });
    answerRelationEvidence(QStringLiteral("Add Without Evidence"));
    REQUIRE(page->addRelation(yundaId, QStringLiteral("resells"), false));
    const auto both = w.store().relations(szuId);
    REQUIRE(both.size() == 2);
    CHECK(both[1].evidence.empty());
    w.undo()->undo();
    // Read as words, from the buyer: no stored code reaches the reporter.
    const QString shown = page->relations()->model()->index(0, 0).data().toString();
    CHECK(shown == QStringLiteral("深圳大学 bought from 云达科技有限公司"));
    CHECK_FALSE(shown.contains(QStringLiteral("procured_from")));
    w.undo()->undo();
    CHECK(w.store().relations(szuId).empty());
    page->close();
}

TEST_CASE("An undo that cannot be written says so and leaves an undo history that matches the case", "[ui][entities]")
{
    EntityWindow w;
    EntityPanel *panel = w.window.entityPanel();
    Entity szu;
    szu.type = EntityType::Buyer;
    szu.nameZh = QStringLiteral("深圳大学");
    const qint64 id = panel->createEntity(szu);
    REQUIRE(id);
    QUndoStack *stack = w.window.session()->undoStack();
    REQUIRE(stack->count() == 1);

    QStringList errors;
    QObject::connect(w.window.session(), &CaseSession::errorOccurred, [&](const QString &message) { errors << message; });
    w.window.session()->caseFile().db().exec(QStringLiteral("PRAGMA query_only = ON")); // as if the disk went read-only
    // The window shows the error in a message box; close it as a person would.
    QStringList shown;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible() && box->objectName() == QStringLiteral("errorBox")) {
                shown << box->text();
                box->accept();
            }
    });
    closer.start(50);
    stack->undo();
    QTest::qWait(100);
    closer.stop();
    CHECK(shown.size() == 1);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].startsWith(QStringLiteral("Undo failed:")));
    CHECK(errors[0].contains(QStringLiteral("undo history was cleared")));
    CHECK(stack->count() == 0); // nothing left to undo that is not what the case holds
    CHECK_FALSE(stack->canRedo());
    w.window.session()->caseFile().db().exec(QStringLiteral("PRAGMA query_only = OFF"));
    CHECK(w.store().get(id)); // the entity is still there, as the case says
}

TEST_CASE("The entity list finds an entity by any of its names and keeps the chosen one through edits", "[ui][entities]")
{
    EntityWindow w;
    EntityPanel *panel = w.window.entityPanel();
    Entity szu;
    szu.type = EntityType::Buyer;
    szu.nameZh = QStringLiteral("深圳大学");
    szu.nameEn = QStringLiteral("Shenzhen University");
    szu.aliases = {QStringLiteral("SZU")};
    const qint64 szuId = panel->createEntity(szu);
    Entity yunda;
    yunda.type = EntityType::Intermediary;
    yunda.nameZh = QStringLiteral("云达科技有限公司");
    const qint64 yundaId = panel->createEntity(yunda);

    QLineEdit *filter = panel->findChild<QLineEdit *>();
    REQUIRE(filter);
    filter->setText(QStringLiteral("szu")); // an alias, in another case
    const QAbstractItemModel *shown = panel->tree()->model();
    REQUIRE(shown->rowCount() == 1); // the buyers' group alone
    const QModelIndex group = shown->index(0, 0);
    REQUIRE(shown->rowCount(group) == 1);
    CHECK(shown->index(0, 0, group).data(EntityTreeModel::EntityIdRole).toLongLong() == szuId);
    filter->clear();
    CHECK(shown->rowCount() == 2);

    // An edit elsewhere reloads the list; the entity the reporter chose stays chosen.
    panel->selectEntity(yundaId);
    REQUIRE(panel->currentEntityId() == yundaId);
    szu.nameEn = QStringLiteral("Shenzhen Univ.");
    panel->editEntity(szuId, szu);
    CHECK(panel->currentEntityId() == yundaId);
}
