// Copies of one case on three laptops, merged back: the "newsroom on one case" of issue 18.
#include "mergeplay.h"

#include "merge/mergecaseedit.h"
#include "merge/mergeconflicts.h"
#include "merge/resolveconflictedit.h"
#include "operations/author.h"
#include "operations/claimedits.h"
#include "operations/entityedits.h"
#include "operations/eventedits.h"
#include "operations/translationedits.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <set>

using namespace dossier;
using namespace dossier::test;

namespace {

// Merges `other` into `into` and returns the report; the merge must succeed.
MergeReport merge(CaseFile &into, const QString &other)
{
    Result<std::unique_ptr<MergeCaseEdit>> edit = MergeCaseEdit::from(other, into.path());
    REQUIRE(edit.ok());
    REQUIRE((*edit)->apply(into.db()).ok());
    return (*edit)->report();
}

std::set<QString> conflictUuids(Database &db)
{
    std::set<QString> uuids;
    for (const MergeConflict &conflict : MergeConflicts(db).all())
        uuids.insert(conflict.uuid);
    return uuids;
}

// Settles every conflict with the fact-checker's version, wherever it stands.
void preferVersionsFrom(Database &db, const QString &source)
{
    for (const MergeConflict &conflict : MergeConflicts(db).all()) {
        const auto choice = conflict.source == source ? ResolveConflictEdit::Choice::TakeTheirs
                                                      : ResolveConflictEdit::Choice::KeepMine;
        REQUIRE(ResolveConflictEdit::choose(conflict.id, choice)->apply(db).ok());
    }
}

} // namespace

TEST_CASE("Three people's copies merge back the same in either order, with exactly the true conflicts", "[merge]")
{
    Newsroom room;
    room.reporterWorks();   // the original: a new document, an entity's note, an alias
    room.secondWorks();     // copy A, from the JSON export
    room.factCheckerWorks(); // copy B, a file copy

    const QString first = room.copyOfOriginal(QStringLiteral("first.dossier"));
    const QString second = room.copyOfOriginal(QStringLiteral("second.dossier"));
    std::unique_ptr<CaseFile> aThenB = std::move(CaseFile::open(first).value());
    std::unique_ptr<CaseFile> bThenA = std::move(CaseFile::open(second).value());

    const MergeReport a1 = merge(*aThenB, room.copyA());
    CHECK(a1.count(MergeChange::Action::Conflict) == 0);
    const MergeReport b1 = merge(*aThenB, room.copyB());
    const MergeReport b2 = merge(*bThenA, room.copyB());
    const MergeReport a2 = merge(*bThenA, room.copyA());
    CHECK(b1.count(MergeChange::Action::Conflict) + a1.count(MergeChange::Action::Conflict) == 3);
    CHECK(b2.count(MergeChange::Action::Conflict) + a2.count(MergeChange::Action::Conflict) == 3);

    // The true conflicts: the reporter and the fact-checker both wrote the university's
    // notes; the second reporter and the fact-checker both retitled the event and gave
    // the claim a verdict. Nothing else.
    const std::set<QString> expected = {room.uuidOf(QStringLiteral("entities"), room.szu),
                                        room.uuidOf(QStringLiteral("events"), room.award),
                                        room.uuidOf(QStringLiteral("claims"), room.claim)};
    CHECK(conflictUuids(aThenB->db()) == expected);
    CHECK(conflictUuids(bThenA->db()) == expected);
    for (const MergeConflict &conflict : MergeConflicts(aThenB->db()).all()) {
        CAPTURE(conflict.label);
        CHECK(conflict.mine.has_value());
        CHECK(conflict.theirs.has_value());
        CHECK_FALSE(conflict.differingFields().isEmpty());
    }

    // Every item of all three is there, each once.
    const CaseContents before = CaseContents::of(aThenB->db());
    CHECK(before.count(QStringLiteral("documents")) == 4);
    CHECK(before.has(QStringLiteral("aliases"), QStringLiteral("深大")));
    CHECK(before.has(QStringLiteral("aliases"), QStringLiteral("深圳大学本部")));
    CHECK(before.has(QStringLiteral("aliases"), QStringLiteral("云达")));
    CHECK(before.has(QStringLiteral("entities"), QStringLiteral("Hefei Advanced Computing Center")));
    CHECK(before.has(QStringLiteral("events"), QStringLiteral("Cloud access contract signed")));
    CHECK(before.has(QStringLiteral("event_evidence"), QStringLiteral("云计算服务")));
    CHECK(before.has(QStringLiteral("claims"), QStringLiteral("40 million tokens")));
    CHECK(before.has(QStringLiteral("translations"), QStringLiteral("The fact-checker's rendering")));
    CHECK(before.has(QStringLiteral("translations"), QStringLiteral("The second reporter's rendering")));

    // With the conflicts settled the same way, both orders hold the same case.
    preferVersionsFrom(aThenB->db(), QStringLiteral("copy-b.dossier"));
    preferVersionsFrom(bThenA->db(), QStringLiteral("copy-b.dossier"));
    CHECK(MergeConflicts(aThenB->db()).all().empty());
    const CaseContents one = CaseContents::of(aThenB->db());
    const CaseContents other = CaseContents::of(bThenA->db());
    CHECK(one.lines == other.lines);
    CHECK(one.has(QStringLiteral("entities"), QStringLiteral("The fact-checker's note")));

    // Merging a copy again brings nothing and asks nothing again.
    const MergeReport again = merge(*aThenB, room.copyA());
    CHECK(again.changes.empty());
    const MergeReport againB = merge(*aThenB, room.copyB());
    CHECK(againB.changes.empty());
}

TEST_CASE("A merge is one undoable step, and its dry run lists what the merge then does", "[merge]")
{
    Newsroom room;
    room.secondWorks();
    std::unique_ptr<CaseFile> original = std::move(CaseFile::open(room.originalPath()).value());
    const CaseContents untouched = CaseContents::of(original->db());

    Result<MergeReport> preview = MergeCaseEdit::preview(original->db(), room.copyA(), original->path());
    REQUIRE(preview.ok());
    CHECK(preview->dryRun);
    CHECK(CaseContents::of(original->db()).lines == untouched.lines);

    Result<std::unique_ptr<MergeCaseEdit>> edit = MergeCaseEdit::from(room.copyA(), original->path());
    REQUIRE(edit.ok());
    REQUIRE((*edit)->apply(original->db()).ok());
    const MergeReport &done = (*edit)->report();
    REQUIRE(done.changes.size() == preview->changes.size());
    for (size_t i = 0; i < done.changes.size(); ++i) {
        CHECK(done.changes[i].action == preview->changes[i].action);
        CHECK(done.changes[i].label == preview->changes[i].label);
    }
    const CaseContents merged = CaseContents::of(original->db());
    CHECK(merged.lines != untouched.lines);

    REQUIRE((*edit)->revert(original->db()).ok());
    CHECK(CaseContents::of(original->db()).lines == untouched.lines);
    CHECK(original->db().queryInt(QStringLiteral("SELECT count(*) FROM tombstones")) == 0);
    REQUIRE((*edit)->apply(original->db()).ok());
    CHECK(CaseContents::of(original->db()).lines == merged.lines);
}

TEST_CASE("A deletion travels when the other side never changed the item, and is a conflict when it did", "[merge]")
{
    Newsroom room;
    // The second reporter deletes an entity nobody else touched, and one the reporter gave an alias.
    {
        std::unique_ptr<CaseFile> a = std::move(CaseFile::open(room.copyA()).value());
        REQUIRE(EntityEdit::remove(room.yunda)->apply(a->db()).ok());
        REQUIRE(EntityEdit::remove(room.szu)->apply(a->db()).ok());
    }
    {
        std::unique_ptr<CaseFile> o = std::move(CaseFile::open(room.originalPath()).value());
        Entity szu = *EntityStore(o->db()).get(room.szu);
        szu.aliases << QStringLiteral("深圳大学本部");
        REQUIRE(EntityEdit::update(szu)->apply(o->db()).ok());
        const MergeReport report = merge(*o, room.copyA());
        CHECK_FALSE(EntityStore(o->db()).get(room.yunda).has_value());
        REQUIRE(EntityStore(o->db()).get(room.szu).has_value());
        const std::vector<MergeConflict> conflicts = MergeConflicts(o->db()).all();
        REQUIRE(conflicts.size() == 1);
        CHECK(conflicts.front().uuid == room.uuidOf(QStringLiteral("entities"), room.szu));
        CHECK_FALSE(conflicts.front().theirs.has_value());
        // The reporter keeps it; merging the copy again does not ask again.
        REQUIRE(ResolveConflictEdit::choose(conflicts.front().id, ResolveConflictEdit::Choice::KeepMine)->apply(o->db()).ok());
        CHECK(merge(*o, room.copyA()).count(MergeChange::Action::Conflict) == 0);
    }
}

TEST_CASE("A case merges from its JSON export as from its file, and refuses itself", "[merge]")
{
    Newsroom room;
    room.secondWorks();
    const QString json = room.exportJson(room.copyA(), QStringLiteral("a.json"));
    const QString first = room.copyOfOriginal(QStringLiteral("from-json.dossier"));
    const QString second = room.copyOfOriginal(QStringLiteral("from-file.dossier"));
    std::unique_ptr<CaseFile> viaJson = std::move(CaseFile::open(first).value());
    std::unique_ptr<CaseFile> viaFile = std::move(CaseFile::open(second).value());
    merge(*viaJson, json);
    merge(*viaFile, room.copyA());
    CHECK(CaseContents::of(viaJson->db()).lines == CaseContents::of(viaFile->db()).lines);

    Result<std::unique_ptr<MergeCaseEdit>> itself = MergeCaseEdit::from(first, first);
    REQUIRE_FALSE(itself.ok());
    CHECK(itself.error().message.contains(QStringLiteral("itself")));
    const QString notACase = room.file(QStringLiteral("notes.txt"), "not a case");
    Result<std::unique_ptr<MergeCaseEdit>> foreign = MergeCaseEdit::from(notACase, first);
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().message.contains(QStringLiteral("not a Dossier case file")));
}

TEST_CASE("Two copies of an older case, upgraded apart, recognise what they shared on their first merge", "[merge][migration]")
{
    QTemporaryDir dir;
    const auto copyOfFixture = [&](const QString &name) {
        const QString path = dir.filePath(name);
        REQUIRE(QFile::copy(QStringLiteral(DOSSIER_TEST_DATA "/schema-v9.dossier"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    };
    const QString ours = copyOfFixture(QStringLiteral("ours.dossier"));
    const QString theirs = copyOfFixture(QStringLiteral("theirs.dossier"));
    {
        std::unique_ptr<CaseFile> colleague = std::move(CaseFile::open(theirs).value());
        Entity note = *EntityStore(colleague->db()).get(1);
        note.notes = QStringLiteral("Confirmed by the procurement office");
        REQUIRE(EntityEdit::update(note)->apply(colleague->db()).ok());
    }
    std::unique_ptr<CaseFile> mine = std::move(CaseFile::open(ours).value());
    Database &db = mine->db();
    const qint64 audit = db.queryInt(QStringLiteral("SELECT count(*) FROM audit"));
    const MergeReport report = merge(*mine, theirs);
    CHECK(report.count(MergeChange::Action::Conflict) == 0);
    CHECK(report.count(MergeChange::Action::Add) == 0);
    CHECK(report.count(MergeChange::Action::Update) == 1);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM entities")) == 1);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM events")) == 1);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM aliases")) == 1);
    CHECK(EntityStore(db).get(1)->notes == QStringLiteral("Confirmed by the procurement office"));
    // Only the colleague's own change joins the trail (and the merge's own line).
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM audit")) == audit + 2);
}
