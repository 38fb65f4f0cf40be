// Who did what on a shared case: review states, an item's history with its old and new
// values, exports limited to verified items, identities given to an older case.
#include "mergeplay.h"

#include "casefile/migrations.h"
#include "export/casesummary.h"
#include "export/summaryhtml.h"
#include "operations/auditlog.h"
#include "operations/author.h"
#include "operations/reviewedit.h"
#include "storage/database.h"
#include "support/fixtures.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace dossier;
using namespace dossier::test;

TEST_CASE("An item's review state is one undoable action, and disputing it needs a reason", "[review]")
{
    Newsroom room;
    std::unique_ptr<CaseFile> o = std::move(CaseFile::open(room.originalPath()).value());
    Database &db = o->db();
    CHECK(ReviewStates(db).get(ReviewedKind::Event, room.award)->state == ReviewState::Draft);

    auto refused = ReviewEdit::set(ReviewedKind::Claim, room.claim, ReviewState::Disputed, QStringLiteral("  "));
    const Status noReason = refused->apply(db);
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().message.contains(QStringLiteral("needs a note")));

    Author::set(QStringLiteral("Fact-checker"));
    auto verified = ReviewEdit::set(ReviewedKind::Event, room.award, ReviewState::Verified);
    REQUIRE(verified->apply(db).ok());
    CHECK(ReviewStates(db).get(ReviewedKind::Event, room.award)->state == ReviewState::Verified);
    REQUIRE(verified->revert(db).ok());
    CHECK(ReviewStates(db).get(ReviewedKind::Event, room.award)->state == ReviewState::Draft);
    REQUIRE(verified->apply(db).ok());

    // The history says who verified it, with the old and new value.
    const std::vector<AuditEntry> history = AuditLog(db).history(QStringLiteral("event"), room.award);
    REQUIRE(history.size() >= 2);
    const AuditEntry &last = history.back();
    CHECK(last.author == QStringLiteral("Fact-checker"));
    const std::vector<FieldChange> changes = AuditLog::changes(history[history.size() - 2].snapshot, last.snapshot);
    REQUIRE(changes.size() == 1);
    CHECK(changes.front().field == QStringLiteral("review_state"));
    CHECK(changes.front().after.toString() == QStringLiteral("verified"));

    REQUIRE(ReviewEdit::set(ReviewedKind::Claim, room.claim, ReviewState::Disputed, QStringLiteral("Wrong exchange rate"))
                ->apply(db)
                .ok());
    CHECK(ReviewStates(db).get(ReviewedKind::Claim, room.claim)->note == QStringLiteral("Wrong exchange rate"));
}

TEST_CASE("An export limited to verified items holds only them and says so on its title page", "[review][export]")
{
    Newsroom room;
    std::unique_ptr<CaseFile> o = std::move(CaseFile::open(room.originalPath()).value());
    Database &db = o->db();
    REQUIRE(ReviewEdit::set(ReviewedKind::Entity, room.szu, ReviewState::Verified)->apply(db).ok());
    REQUIRE(ReviewEdit::set(ReviewedKind::Claim, room.claim, ReviewState::Disputed, QStringLiteral("Rate is off"))->apply(db).ok());

    SummaryOptions everything;
    everything.title = QStringLiteral("Chips");
    const CaseSummary all = CaseSummary::gather(db, everything);
    CHECK(all.entities.size() == 2);
    CHECK(all.events.size() == 1);
    const QString allHtml = SummaryHtml::render(all);
    CHECK(allHtml.contains(QStringLiteral("Disputed: Rate is off")));
    CHECK(allHtml.contains(QStringLiteral("Verified by fact-checker")));

    SummaryOptions verifiedOnly = everything;
    verifiedOnly.onlyVerified = true;
    const CaseSummary verified = CaseSummary::gather(db, verifiedOnly);
    REQUIRE(verified.entities.size() == 1);
    CHECK(verified.entities.front().entity.id == room.szu);
    CHECK(verified.events.empty());
    CHECK(verified.claims.empty());
    CHECK(SummaryHtml::render(verified).contains(QStringLiteral("verified items only")));
}

TEST_CASE("A case from before identities gets a uuid for every record, and new records get theirs", "[review][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v9.dossier"));
    REQUIRE(QFile::copy(QStringLiteral(DOSSIER_TEST_DATA "/schema-v9.dossier"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::unique_ptr<CaseFile> upgraded = std::move(CaseFile::open(path).value());
    Database &db = upgraded->db();
    for (const char *table : {"documents", "entities", "aliases", "events", "audit"}) {
        CAPTURE(table);
        CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) > 0);
        CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM %1 WHERE uuid IS NULL OR length(uuid) != 36").arg(QLatin1String(table))) == 0);
        CHECK(db.queryInt(QStringLiteral("SELECT count(DISTINCT uuid) = count(*) FROM %1").arg(QLatin1String(table))) == 1);
    }
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM entities WHERE review_state = 'draft'")) == 1);
    // A record written by any writer, even without knowing of identities, gets one.
    db.exec(QStringLiteral("INSERT INTO glossary(term, rendering) VALUES ('中标', 'won the tender')"));
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM glossary WHERE uuid IS NOT NULL AND revision IS NOT NULL")) == 1);
    // A change of content is a new revision, the old one kept; a deletion leaves a tombstone.
    const qint64 before = db.queryInt(QStringLiteral("SELECT count(*) FROM revisions"));
    db.exec(QStringLiteral("UPDATE glossary SET rendering = 'was awarded' WHERE term = '中标'"));
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM revisions")) == before + 1);
    db.exec(QStringLiteral("UPDATE glossary SET rendering = 'was awarded' WHERE term = '中标'"));
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM revisions")) == before + 1);
    db.exec(QStringLiteral("DELETE FROM glossary WHERE term = '中标'"));
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM tombstones WHERE kind = 'glossary'")) == 1);
}
