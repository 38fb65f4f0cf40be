#include "support/fixtures.h"

#include "demo/democase.h"
#include "documents/documentstore.h"
#include "casefile/casefile.h"
#include "timeline/eventstore.h"
#include "notices/procurementfields.h"
#include "translations/translationstore.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace dossier;

namespace {

struct TimelineCase
{
    QTemporaryDir dir;
    std::unique_ptr<CaseFile> caseFile;

    TimelineCase()
    {
        const QString path = dir.filePath(QStringLiteral("t.dossier"));
        REQUIRE(DemoCase::create(path).ok());
        caseFile = std::move(CaseFile::open(path).value());
    }
    qint64 document(const QString &titleStart)
    {
        for (const DocumentInfo &d : DocumentStore(caseFile->db()).list())
            if (d.title.startsWith(titleStart))
                return d.id;
        return 0;
    }
    SegmentInfo segmentContaining(qint64 documentId, const QString &text)
    {
        for (const SegmentInfo &s : DocumentStore(caseFile->db()).segments(documentId))
            if (s.text.contains(text))
                return s;
        FAIL("no segment with " << text.toStdString());
        return {};
    }
};

} // namespace

TEST_CASE("Procurement fields are read and events proposed from a notice", "[timeline]")
{
    TimelineCase c;
    ProcurementFields fields(c.caseFile->db());
    const qint64 szu = c.document(QStringLiteral("深圳大学"));
    std::map<QString, QString> values;
    for (const ProcurementField &f : fields.ofDocument(szu))
        values[f.key] = f.value;
    CHECK(values[QStringLiteral("project_number")] == QStringLiteral("SZU-DEMO-2024-0315"));
    CHECK(values[QStringLiteral("purchaser")] == QStringLiteral("深圳大学"));
    CHECK(values[QStringLiteral("supplier")] == QStringLiteral("云达科技有限公司"));
    CHECK(values[QStringLiteral("award_amount")].startsWith(QStringLiteral("20万元")));
    const auto proposals = fields.propose(szu);
    REQUIRE(proposals.size() == 1);
    CHECK(proposals[0].date.toIso() == QStringLiteral("2024-03-15"));
    CHECK(proposals[0].title.startsWith(QStringLiteral("Award to 云达科技有限公司")));
    CHECK(proposals[0].entityNames == QStringList{QStringLiteral("深圳大学"), QStringLiteral("云达科技有限公司")});

    const auto zhejiang = fields.propose(c.document(QStringLiteral("之江")));
    REQUIRE(zhejiang.size() == 3);
    CHECK(zhejiang[0].title.startsWith(QStringLiteral("Tender notice published")));
    CHECK(zhejiang[1].date.toIso() == QStringLiteral("2024-04-22"));
}

TEST_CASE("Events keep their precision and frozen evidence flags a changed translation", "[timeline]")
{
    TimelineCase c;
    EventStore store(c.caseFile->db());
    const qint64 bilingual = c.document(QStringLiteral("四川大学"));
    const SegmentInfo segment = c.segmentContaining(bilingual, QStringLiteral("68,790元"));

    Event event;
    event.date = *FuzzyDate::fromIso(QStringLiteral("2024-05"));
    event.title = QStringLiteral("Sichuan University buys Claude access");
    event.tags = {QStringLiteral("claude"), QStringLiteral("sichuan")};
    const qint64 id = store.add(event);
    const int start = int(segment.text.indexOf(QStringLiteral("68,790元")));
    REQUIRE(store.addEvidence(id, segment.id, QStringLiteral("original"), start, start + 7));

    std::optional<Event> loaded = store.get(id);
    REQUIRE(loaded);
    CHECK(loaded->date.toIso() == QStringLiteral("2024-05"));
    CHECK(loaded->date.precision == FuzzyDate::Precision::Month);
    CHECK(loaded->tags == event.tags);
    REQUIRE(loaded->evidence.size() == 1);
    CHECK(loaded->evidence[0].quote == QStringLiteral("68,790元"));
    CHECK(loaded->evidence[0].translationQuote == *segment.translation);
    CHECK(loaded->evidence[0].page == 1);
    CHECK_FALSE(loaded->evidence[0].changed);

    // The translation is edited: the cited words stay, and the evidence is flagged.
    TranslationStore(c.caseFile->db()).setManual(segment.id, QStringLiteral("The contract was worth 68,790 yuan."));
    loaded = store.get(id);
    CHECK(loaded->evidence[0].translationQuote == *segment.translation);
    CHECK(loaded->evidence[0].changed);

    // A month sorts before a day later in the same month only by its first day.
    Event day;
    day.date = *FuzzyDate::fromIso(QStringLiteral("2024-05-12"));
    day.title = QStringLiteral("Notice dated");
    store.add(day);
    const auto events = store.list();
    REQUIRE(events.size() == 2);
    CHECK(events[0].title == event.title);
}
