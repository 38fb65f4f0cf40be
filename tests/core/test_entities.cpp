#include "support/fixtures.h"

#include "documents/documentstore.h"
#include "entities/codereport.h"
#include "entities/entitystore.h"
#include "entities/relationkind.h"
#include "notices/entitysuggester.h"
#include "entities/mentionscanner.h"
#include "entities/namematcher.h"
#include "entities/screeninglist.h"
#include "entities/uscc.h"
#include "import/importservice.h"
#include "casefile/casefile.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <set>

using namespace dossier;
using namespace dossier::test;

TEST_CASE("The name matcher finds many names in one pass, folded and longest first", "[entities]")
{
    NameMatcher matcher;
    const int szu = matcher.add(QStringLiteral("深圳大学"));
    const int shenzhen = matcher.add(QStringLiteral("深圳"));
    const int aws = matcher.add(QStringLiteral("AWS"));
    const int ustc = matcher.add(QStringLiteral("中国科学技术大学"));
    matcher.build();

    const QString text = QStringLiteral("深圳大學通过ＡＷＳ采购；laws 不算；中國科學技術大學与深圳市政府。");
    const auto matches = matcher.find(text);
    REQUIRE(matches.size() == 4);
    CHECK(matches[0].pattern == szu);
    CHECK(text.mid(matches[0].start, matches[0].end - matches[0].start) == QStringLiteral("深圳大學"));
    CHECK(matches[1].pattern == aws);
    CHECK(text.mid(matches[1].start, matches[1].end - matches[1].start) == QStringLiteral("ＡＷＳ"));
    CHECK(matches[2].pattern == ustc);
    CHECK(matches[3].pattern == shenzhen);
}

TEST_CASE("Unified social credit codes are found and their check character verified", "[entities]")
{
    CHECK(Uscc::hasValidCheck(QStringLiteral("91350100M000100Y43")));
    CHECK_FALSE(Uscc::hasValidCheck(QStringLiteral("91350100M000100Y44")));
    CHECK(Uscc::checkCharacter(QStringLiteral("91350100M000100Y4")) == QLatin1Char('3'));
    const QStringList codes = Uscc::find(QStringLiteral("统一社会信用代码：91350100M000100Y43；另一家：91350100M000100Y44。"));
    CHECK(codes == QStringList{QStringLiteral("91350100M000100Y43"), QStringLiteral("91350100M000100Y44")});
}

TEST_CASE("Credit codes written in groups are found, and each fault is named", "[entities][uscc]")
{
    CHECK(Uscc::find(QStringLiteral("统一社会信用代码：91 110000 600037341L。")) == QStringList{QStringLiteral("91110000600037341L")});
    CHECK(Uscc::normalize(QStringLiteral("９１１１００００６０００３７３４１ｌ")) == QStringLiteral("91110000600037341L"));
    CHECK(Uscc::problemOf(QStringLiteral("91 110000 600037341L")) == Uscc::Problem::None);
    CHECK(Uscc::problemOf(QStringLiteral("91110000600037341")) == Uscc::Problem::Length);
    CHECK(Uscc::describe(QStringLiteral("91110000600037341")).contains(QStringLiteral("17")));
    CHECK(Uscc::problemOf(QStringLiteral("9111000060003734IL")) == Uscc::Problem::Alphabet);
    CHECK(Uscc::describe(QStringLiteral("9111000060003734IL")).contains(QStringLiteral("Character 17")));
    CHECK(Uscc::problemOf(QStringLiteral("91A10000600037341L")) == Uscc::Problem::RegionDigits);
    CHECK(Uscc::problemOf(QStringLiteral("91110000600037341M")) == Uscc::Problem::Check);
    CHECK(Uscc::describe(QStringLiteral("91110000600037341M")).contains(QStringLiteral("should be L")));
}

TEST_CASE("Entities are suggested from name forms, chip codes and notice roles", "[entities]")
{
    const auto suggestions = EntitySuggester::suggestFromText(QStringLiteral(
        "采购人：深圳大学。成交供应商：云达科技有限公司。该账号可访问英伟达A100芯片，通过亚马逊云。"
        "Sichuan Xuedong Technology Co., Ltd. resold Claude."));
    std::set<QString> names;
    for (const EntitySuggestion &s : suggestions) {
        names.insert(s.name);
        UNSCOPED_INFO(s.name.toStdString());
    }
    for (const char16_t *expected : {u"深圳大学", u"云达科技有限公司", u"A100", u"Sichuan Xuedong Technology Co., Ltd."})
        CHECK(names.count(QString::fromUtf16(expected)) == 1);
    for (const EntitySuggestion &s : suggestions) {
        if (s.name == QStringLiteral("深圳大学"))
            CHECK(s.reason == QStringLiteral("buyer in a notice"));
        if (s.name == QStringLiteral("云达科技有限公司"))
            CHECK(s.reason == QStringLiteral("winner in a notice"));
        if (s.name == QStringLiteral("A100"))
            CHECK(s.type == EntityType::Chip);
    }
}

namespace {

struct EntityCase
{
    QTemporaryDir dir;
    std::unique_ptr<CaseFile> caseFile;
    qint64 documentId = 0;

    EntityCase(const QString &text)
    {
        caseFile = std::move(CaseFile::create(dir.filePath(QStringLiteral("e.dossier"))).value());
        const QString path = dir.filePath(QStringLiteral("n.txt"));
        writeFile(path, encode(text, "UTF-8"));
        documentId = ImportService(caseFile->db()).importFile(path, {}).documentId;
        REQUIRE(documentId > 0);
    }
    Database &db() { return caseFile->db(); }
};

} // namespace

TEST_CASE("Scanning the case proposes every mention; rejected ones stay rejected", "[entities][scan]")
{
    // Seven known mentions, written in Simplified, Traditional, full-width and spaced forms.
    EntityCase c(QStringLiteral(
        "采购人：深圳大学。\n"
        "深圳大學再次通过雲達科技有限公司购买AWS账号。\n"
        "ＡＷＳ 与 Amazon Web Services 是同一家。\n"
        "云达科技 有限公司 负责维护。\n"
        "laws and paws are not mentions.\n"));
    EntityStore store(c.db());
    Entity szu;
    szu.type = EntityType::Buyer;
    szu.nameZh = QStringLiteral("深圳大学");
    szu.nameEn = QStringLiteral("Shenzhen University");
    const qint64 szuId = store.add(szu);
    Entity yunda;
    yunda.type = EntityType::Intermediary;
    yunda.nameZh = QStringLiteral("云达科技有限公司");
    const qint64 yundaId = store.add(yunda);
    Entity aws;
    aws.type = EntityType::Provider;
    aws.nameEn = QStringLiteral("Amazon Web Services");
    aws.aliases = {QStringLiteral("AWS")};
    const qint64 awsId = store.add(aws);

    const ScanReport report = MentionScanner(c.db()).scan();
    CHECK(report.found == 7);
    CHECK(report.proposed == 7);
    const auto szuMentions = store.mentionsOf(szuId);
    const auto yundaMentions = store.mentionsOf(yundaId);
    const auto awsMentions = store.mentionsOf(awsId);
    CHECK(szuMentions.size() == 2);
    CHECK(yundaMentions.size() == 2);
    CHECK(awsMentions.size() == 3);
    CHECK(szuMentions[1].text == QStringLiteral("深圳大學"));
    CHECK(yundaMentions[1].text == QStringLiteral("云达科技 有限公司"));
    for (const Mention &m : awsMentions)
        CHECK(m.status == Mention::Status::Proposed);

    // Precision and recall on this fixture are both 1: every span is a real mention.
    store.setMentionStatus(awsMentions[0].id, Mention::Status::Rejected);
    store.setMentionStatus(awsMentions[1].id, Mention::Status::Confirmed);
    const ScanReport again = MentionScanner(c.db()).scan();
    CHECK(again.proposed == 0);
    const auto after = store.mentionsOf(awsId, true);
    REQUIRE(after.size() == 3);
    CHECK(after[0].status == Mention::Status::Rejected);
    CHECK(after[1].status == Mention::Status::Confirmed);
}

TEST_CASE("Merging moves mentions and relations and a snapshot undoes it exactly", "[entities][merge]")
{
    EntityCase c(QStringLiteral("深圳大学与SZU是同一所学校。深圳大学向云达科技有限公司采购。\n"));
    EntityStore store(c.db());
    Entity a;
    a.type = EntityType::Buyer;
    a.nameZh = QStringLiteral("深圳大学");
    const qint64 aId = store.add(a);
    Entity b;
    b.type = EntityType::Buyer;
    b.nameEn = QStringLiteral("SZU");
    b.uscc = QStringLiteral("91350100M000100Y43");
    const qint64 bId = store.add(b);
    Entity yunda;
    yunda.type = EntityType::Intermediary;
    yunda.nameZh = QStringLiteral("云达科技有限公司");
    const qint64 yId = store.add(yunda);
    MentionScanner(c.db()).scan();
    Relation r;
    r.fromId = bId;
    r.toId = yId;
    r.kind = QStringLiteral("procured_from");
    r.evidence.push_back({std::nullopt, 0, 4, QStringLiteral("深圳大学向云达科技有限公司采购")});
    store.addRelation(r);

    const EntitySnapshot beforeA = store.snapshot(aId);
    const EntitySnapshot beforeB = store.snapshot(bId);
    store.merge(aId, bId);
    CHECK_FALSE(store.get(bId));
    const Entity merged = *store.get(aId);
    CHECK(merged.aliases.contains(QStringLiteral("SZU")));
    CHECK(merged.uscc == QStringLiteral("91350100M000100Y43"));
    CHECK(store.mentionsOf(aId).size() == 3);
    REQUIRE(store.relations(aId).size() == 1);
    CHECK(store.relations(aId)[0].fromId == aId);

    store.restore(beforeB);
    store.restore(beforeA);
    CHECK(store.get(bId)->nameEn == QStringLiteral("SZU"));
    CHECK(store.mentionsOf(aId).size() == 2);
    CHECK(store.mentionsOf(bId).size() == 1);
    REQUIRE(store.relations(bId).size() == 1);
    CHECK(store.relations(bId)[0].evidence.size() == 1);
    CHECK(store.get(aId)->aliases.isEmpty());
}

TEST_CASE("Screening lists match Chinese names, transliterations and company-form variants", "[entities][screening]")
{
    EntityCase c(QStringLiteral("占位。\n"));
    const QString csv = c.dir.filePath(QStringLiteral("csl.csv"));
    writeFile(csv, encode(QStringLiteral(
        "source,name,alt_names,country\n"
        "\"Entity List (EL) - Bureau of Industry and Security\",University of Science and Technology of China,"
        "\"USTC; 中国科学技术大学\",CN\n"
        "\"Entity List (EL) - Bureau of Industry and Security\",\"Hefei Advanced Computing Center Co., Ltd.\",,CN\n"
        "\"SDN List\",\"Some Other Trading Limited\",,XX\n"), "UTF-8"));
    ScreeningList screening(c.db());
    Result<int> imported = screening.importCsv(csv, QStringLiteral("Consolidated Screening List"));
    INFO((imported.ok() ? QString() : imported.error().fullText()).toStdString());
    REQUIRE(imported.ok());
    CHECK(*imported == 3);

    Entity ustc;
    ustc.nameZh = QStringLiteral("中國科學技術大學"); // Traditional
    auto hits = screening.check(ustc);
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].entry.source.contains(QStringLiteral("Entity List")));

    Entity hefei;
    hefei.nameEn = QStringLiteral("Hefei Advanced Computing Center Company Limited");
    CHECK(screening.check(hefei).size() == 1);

    Entity other;
    other.nameEn = QStringLiteral("Shenzhen University");
    CHECK(screening.check(other).empty());
}

TEST_CASE("Credit codes in documents are checked and shared codes propose a merge", "[entities][uscc]")
{
    EntityCase c(QStringLiteral("成交供应商：云达科技有限公司，统一社会信用代码：91350100M000100Y43。\n"
                                "另一份文件写作：91350100M000100Y44。\n"));
    EntityStore store(c.db());
    Entity a;
    a.nameZh = QStringLiteral("云达科技有限公司");
    a.uscc = QStringLiteral("91350100M000100Y43");
    const qint64 aId = store.add(a);
    Entity b;
    b.nameEn = QStringLiteral("Yunda Technology");
    b.uscc = QStringLiteral("91350100M000100Y43");
    const qint64 bId = store.add(b);
    MentionScanner(c.db()).scan();

    CodeReport report(c.db());
    const auto codes = report.codesInDocuments();
    REQUIRE(codes.size() == 2);
    CHECK(codes[0].valid);
    CHECK(codes[0].entityId == aId);
    CHECK_FALSE(codes[1].valid);
    const auto shared = report.entitiesSharingCodes();
    REQUIRE(shared.size() == 1);
    CHECK(shared[0].firstId == aId);
    CHECK(shared[0].secondId == bId);
}

TEST_CASE("Relation kinds read as words and come back from them", "[entities]")
{
    CHECK(RelationKind::label(QStringLiteral("procured_from")) == QStringLiteral("bought from"));
    CHECK(RelationKind::label(QStringLiteral("subsidiary_of")) == QStringLiteral("is a subsidiary of"));
    // A kind a reporter typed is shown as typed, without the underscores of a code.
    CHECK(RelationKind::label(QStringLiteral("rents_gpus_to")) == QStringLiteral("rents gpus to"));
    for (const QString &kind : RelationKind::known()) {
        INFO(kind.toStdString());
        CHECK_FALSE(RelationKind::label(kind).contains(QLatin1Char('_')));
        CHECK(RelationKind::fromLabel(RelationKind::label(kind)) == kind);
    }
    CHECK(RelationKind::fromLabel(QStringLiteral("  leases servers to ")) == QStringLiteral("leases servers to"));
}
