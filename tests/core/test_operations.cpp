// Every user-level edit is one core operation: checked, made in one transaction with an
// audit row naming its author, undone and redone exactly; a refused or failed edit
// changes nothing.
#include "support/fixtures.h"

#include "demo/democase.h"
#include "documents/documentstore.h"
#include "entities/entitystore.h"
#include "factcheck/claimstore.h"
#include "operations/auditlog.h"
#include "operations/author.h"
#include "operations/claimedits.h"
#include "operations/documentedits.h"
#include "operations/entityedits.h"
#include "operations/eventedits.h"
#include "operations/glossaryedit.h"
#include "operations/translationedits.h"
#include "casefile/casefile.h"
#include "timeline/eventstore.h"
#include "translations/glossary.h"
#include "translations/translationstore.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace dossier;

namespace {

struct DemoCaseFile
{
    QTemporaryDir dir;
    std::unique_ptr<CaseFile> caseFile;

    DemoCaseFile()
    {
        const QString path = dir.filePath(QStringLiteral("ops.dossier"));
        REQUIRE(DemoCase::create(path).ok());
        caseFile = std::move(CaseFile::open(path).value());
    }
    Database &db() { return caseFile->db(); }
    SegmentInfo segmentContaining(const QString &text)
    {
        for (const DocumentInfo &d : DocumentStore(db()).list())
            for (const SegmentInfo &s : DocumentStore(db()).segments(d.id))
                if (s.text.contains(text))
                    return s;
        FAIL("no segment with " << text.toStdString());
        return {};
    }
    qint64 auditRows() { return db().queryInt(QStringLiteral("SELECT count(*) FROM audit")); }
};

Entity named(const QString &zh, EntityType type = EntityType::Buyer)
{
    Entity e;
    e.type = type;
    e.nameZh = zh;
    return e;
}

} // namespace

TEST_CASE("A tag made through the entity edit is undone and redone exactly, with its author on record", "[operations]")
{
    DemoCaseFile c;
    Author::set(QStringLiteral("Li Wei"));
    const SegmentInfo segment = c.segmentContaining(QStringLiteral("深圳大学"));
    Mention mention;
    mention.segmentId = segment.id;
    mention.start = int(segment.text.indexOf(QStringLiteral("深圳大学")));
    mention.end = mention.start + 4;
    auto edit = EntityEdit::tagAsNew(mention, named(QStringLiteral("深圳大学")));
    REQUIRE(edit->apply(c.db()).ok());
    REQUIRE(edit->created().size() == 1);
    const qint64 id = edit->created().front();
    EntityStore store(c.db());
    REQUIRE(store.mentionsOf(id).size() == 1);
    CHECK(store.mentionsOf(id).front().text == QStringLiteral("深圳大学")); // quoted by core from the segment
    CHECK(store.mentionsOf(id).front().status == Mention::Status::Confirmed);

    REQUIRE(edit->revert(c.db()).ok());
    CHECK_FALSE(store.get(id));
    REQUIRE(edit->apply(c.db()).ok());
    REQUIRE(store.get(id));
    CHECK(store.mentionsOf(id).size() == 1);

    const std::vector<AuditEntry> history = AuditLog(c.db()).history(QStringLiteral("entity"), id);
    REQUIRE(history.size() == 3);
    CHECK(history[0].action == QStringLiteral("edit"));
    CHECK(history[1].action == QStringLiteral("undo"));
    CHECK(history[2].action == QStringLiteral("redo"));
    CHECK(history[0].author == QStringLiteral("Li Wei"));
    CHECK(history[0].description == QStringLiteral("Tag mention"));
    Author::set({});
}

TEST_CASE("A merge puts both entities back on undo, names, mentions and relations", "[operations]")
{
    DemoCaseFile c;
    EntityStore store(c.db());
    const qint64 a = store.add(named(QStringLiteral("云达科技有限公司"), EntityType::Intermediary));
    const qint64 b = store.add(named(QStringLiteral("云达科技"), EntityType::Intermediary));
    const qint64 buyer = store.add(named(QStringLiteral("深圳大学")));
    Relation r;
    r.fromId = buyer;
    r.toId = b;
    r.kind = QStringLiteral("procured_from");
    REQUIRE(EntityEdit::addRelation(r)->apply(c.db()).ok());

    auto merge = EntityEdit::merge(a, b);
    REQUIRE(merge->apply(c.db()).ok());
    CHECK_FALSE(store.get(b));
    CHECK(store.get(a)->aliases.contains(QStringLiteral("云达科技")));
    REQUIRE(store.relations(a).size() == 1);

    REQUIRE(merge->revert(c.db()).ok());
    REQUIRE(store.get(b));
    CHECK_FALSE(store.get(a)->aliases.contains(QStringLiteral("云达科技")));
    CHECK(store.relations(a).empty());
    REQUIRE(store.relations(b).size() == 1);
    CHECK(store.relations(b).front().fromId == buyer);
}

TEST_CASE("A refused edit says why and changes nothing, not even the audit trail", "[operations]")
{
    DemoCaseFile c;
    const qint64 rowsBefore = c.auditRows();
    const SegmentInfo segment = c.segmentContaining(QStringLiteral("深圳大学"));

    Event event;
    event.date = *FuzzyDate::fromIso(QStringLiteral("2024-03"));
    event.title = QStringLiteral("Shenzhen University buys cloud access");
    event.entityIds = {999};
    auto withUnknownEntity = EventEdit::create(event, {Citation{segment.id, QStringLiteral("original"), 0, 4, {}}});
    const Status refused = withUnknownEntity->apply(c.db());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == QStringLiteral("There is no entity 999 in this case."));
    CHECK_FALSE(withUnknownEntity->isApplied());

    event.entityIds.clear();
    auto withUnknownSegment = EventEdit::create(event, {Citation{987654, QStringLiteral("original"), 0, 4, {}}});
    const Status noSegment = withUnknownSegment->apply(c.db());
    REQUIRE_FALSE(noSegment.ok());
    CHECK(noSegment.error().message.contains(QStringLiteral("987654")));
    // The event itself was written before the evidence failed: the transaction took it back.
    CHECK(EventStore(c.db()).list().empty());

    Mention outside;
    outside.segmentId = segment.id;
    outside.start = 0;
    outside.end = int(segment.text.size()) + 5;
    CHECK_FALSE(EntityEdit::tagAsNew(outside, named(QStringLiteral("深圳大学")))->apply(c.db()).ok());
    CHECK(EntityStore(c.db()).list().empty());

    CHECK_FALSE(DocumentDetailsEdit::change(1, DocumentEdit{QStringLiteral("t"), {}, QStringLiteral("20x4"), {}})
                    ->apply(c.db())
                    .ok());
    CHECK_FALSE(ClaimEdit::setVerdict(4242, Verdict::Supported, {})->apply(c.db()).ok());
    CHECK(c.auditRows() == rowsBefore);
}

TEST_CASE("A storage failure is reported in words and leaves the case and the edit as they were", "[operations]")
{
    DemoCaseFile c;
    auto create = EntityEdit::create(named(QStringLiteral("深圳大学")));
    c.db().exec(QStringLiteral("PRAGMA query_only = ON")); // every write now fails, as on a read-only disk
    const Status failed = create->apply(c.db());
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.startsWith(QStringLiteral("“New entity” could not be saved:")));
    CHECK_FALSE(failed.error().detail.isEmpty()); // SQLite's own words, for the log and the CLI
    CHECK_FALSE(create->isApplied());
    c.db().exec(QStringLiteral("PRAGMA query_only = OFF"));
    CHECK(EntityStore(c.db()).list().empty());
    REQUIRE(create->apply(c.db()).ok()); // the same edit can be tried again
    CHECK(EntityStore(c.db()).list().size() == 1);
}

TEST_CASE("Events, verdicts, document details, trash, translations and the glossary round-trip through undo", "[operations]")
{
    DemoCaseFile c;
    const SegmentInfo segment = c.segmentContaining(QStringLiteral("深圳大学"));

    Event event;
    event.date = *FuzzyDate::fromIso(QStringLiteral("2024-03"));
    event.title = QStringLiteral("Shenzhen University buys cloud access");
    auto add = EventEdit::create(event, {Citation{segment.id, QStringLiteral("original"), 0, 4, {}}});
    REQUIRE(add->apply(c.db()).ok());
    auto cite = EventEdit::cite(add->eventId(), Citation{segment.id, QStringLiteral("original"), 4, 8, {}});
    REQUIRE(cite->apply(c.db()).ok());
    CHECK(EventStore(c.db()).get(add->eventId())->evidence.size() == 2);
    REQUIRE(cite->revert(c.db()).ok());
    CHECK(EventStore(c.db()).get(add->eventId())->evidence.size() == 1);
    REQUIRE(add->revert(c.db()).ok());
    CHECK(EventStore(c.db()).list().empty());

    auto claims = ClaimEdit::add({QStringLiteral("The university paid 200,000 yuan.")}, QStringLiteral("draft"));
    REQUIRE(claims->apply(c.db()).ok());
    const qint64 claim = claims->claimIds().front();
    auto verdict = ClaimEdit::setVerdict(claim, Verdict::Supported, QStringLiteral("notice"), QStringLiteral("Wang Fang"),
                                         std::make_tuple(segment.id, 0, 4));
    REQUIRE(verdict->apply(c.db()).ok());
    CHECK(ClaimStore(c.db()).claim(claim)->verdict == Verdict::Supported);
    CHECK(ClaimStore(c.db()).claim(claim)->checkedBy == QStringLiteral("Wang Fang"));
    CHECK(ClaimStore(c.db()).claim(claim)->evidence.size() == 1);
    REQUIRE(verdict->revert(c.db()).ok());
    CHECK(ClaimStore(c.db()).claim(claim)->verdict == Verdict::Unchecked);
    CHECK(ClaimStore(c.db()).claim(claim)->evidence.empty());

    const qint64 document = segment.documentId;
    const DocumentEdit before = DocumentStore(c.db()).editableFields(document);
    DocumentEdit after = before;
    after.obtainedAt = QStringLiteral("2024"); // a year stays a year
    auto details = DocumentDetailsEdit::change(document, after);
    REQUIRE(details->apply(c.db()).ok());
    CHECK(DocumentStore(c.db()).get(document)->obtainedAt == QStringLiteral("2024"));
    REQUIRE(details->revert(c.db()).ok());
    CHECK(DocumentStore(c.db()).editableFields(document) == before);

    auto trash = TrashEdit::moveToTrash({document});
    REQUIRE(trash->apply(c.db()).ok());
    CHECK(DocumentStore(c.db()).get(document)->inTrash);
    REQUIRE(trash->revert(c.db()).ok());
    CHECK_FALSE(DocumentStore(c.db()).get(document)->inTrash);

    auto translation = TranslationEdit::set(segment.id, QStringLiteral("Shenzhen University (purchaser)"));
    REQUIRE(translation->apply(c.db()).ok());
    CHECK(translation->documentId() == document);
    REQUIRE(translation->revert(c.db()).ok());
    REQUIRE(translation->apply(c.db()).ok());
    bool found = false;
    for (const TranslationVersion &v : TranslationStore(c.db()).versions(segment.id))
        found = found || (v.text == QStringLiteral("Shenzhen University (purchaser)") && v.preferred);
    CHECK(found);

    auto term = GlossaryEdit::add(GlossaryEntry{0, QStringLiteral("中标"), QStringLiteral("won the tender"), {}});
    REQUIRE(term->apply(c.db()).ok());
    auto replace = GlossaryEdit::add(GlossaryEntry{0, QStringLiteral("中标"), QStringLiteral("was awarded"), {}});
    REQUIRE(replace->apply(c.db()).ok());
    REQUIRE(replace->revert(c.db()).ok()); // adding a known term replaced it; undo brings the old rendering back
    REQUIRE(Glossary(c.db()).entries().size() == 1);
    CHECK(Glossary(c.db()).entries().front().rendering == QStringLiteral("won the tender"));
}
