#include "mergeplay.h"

#include "support/fixtures.h"

#include "export/caseimport.h"
#include "export/casejson.h"
#include "import/importservice.h"
#include "operations/author.h"
#include "operations/claimedits.h"
#include "operations/entityedits.h"
#include "operations/eventedits.h"
#include "operations/translationedits.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>

namespace dossier::test {

namespace {

const QString kTender = QStringLiteral(
    "深圳大学云计算服务采购项目成交公告\n"
    "采购人：深圳大学。\n"
    "成交供应商：云达科技有限公司，为深圳大学提供云计算服务。\n"
    "成交金额：20万元。\n"
    "合同签订日期：2024年3月15日。\n");
const QString kSecondNotice = QStringLiteral("四川大学模型服务采购公告\n采购人：四川大学。\n预算金额：18.4万元。\n");
const QString kSharedFind = QStringLiteral("中国科学技术大学苏州高等研究院算力租赁服务成交公告\n成交供应商：合肥先进计算中心。\n");
const QString kSecondsFind = QStringLiteral("之江实验室算力服务招标公告\n采购人：之江实验室。\n");

// Makes the edit; returns it for what it reports (the ids it made).
template <typename Edit>
std::unique_ptr<Edit> apply(CaseFile &caseFile, std::unique_ptr<Edit> edit)
{
    REQUIRE(edit->apply(caseFile.db()).ok());
    return edit;
}

void setNotes(CaseFile &caseFile, qint64 id, const QString &notes, const QString &alias = {})
{
    Entity entity = *EntityStore(caseFile.db()).get(id);
    entity.notes = notes.isEmpty() ? entity.notes : notes;
    if (!alias.isEmpty())
        entity.aliases << alias;
    apply(caseFile, EntityEdit::update(entity));
}

void retitle(CaseFile &caseFile, qint64 eventId, const QString &title)
{
    Statement row = caseFile.db().prepare(QStringLiteral("SELECT date FROM events WHERE id = ?"));
    row.bind(1, eventId);
    REQUIRE(row.step());
    Event event;
    event.id = eventId;
    event.date = *FuzzyDate::fromIso(row.text(0));
    event.title = title;
    apply(caseFile, EventEdit::update(event));
}

} // namespace

Newsroom::Newsroom()
{
    Author::set(QStringLiteral("Reporter"));
    {
        auto created = CaseFile::create(originalPath());
        REQUIRE(created.ok());
        CaseFile &o = **created;
        const qint64 tender = import(o, QStringLiteral("tender.txt"), kTender);
        import(o, QStringLiteral("sichuan.txt"), kSecondNotice);
        Statement rows = o.db().prepare(QStringLiteral("SELECT id FROM segments WHERE document_id = ? ORDER BY ordinal"));
        rows.bind(1, tender);
        while (rows.step())
            segments.push_back(rows.int64(0));
        REQUIRE(segments.size() >= 4);
        Entity university{0, EntityType::Buyer, QStringLiteral("深圳大学"), QStringLiteral("Shenzhen University"),
                          {QStringLiteral("深大")}, {}, {}};
        apply(o, EntityEdit::create(university));
        szu = o.db().queryInt(QStringLiteral("SELECT max(id) FROM entities"));
        Entity reseller{0, EntityType::Intermediary, QStringLiteral("云达科技有限公司"), QStringLiteral("Yunda Technology"), {}, {}, {}};
        apply(o, EntityEdit::create(reseller));
        yunda = o.db().queryInt(QStringLiteral("SELECT max(id) FROM entities"));
        Event event;
        event.date = FuzzyDate::day(QDate(2024, 3, 15));
        event.title = QStringLiteral("Award to Yunda");
        event.entityIds = {szu, yunda};
        Citation citation;
        citation.segmentId = segments[2];
        award = apply(o, EventEdit::create(event, {citation}))->eventId();
        claim = apply(o, ClaimEdit::add({QStringLiteral("Shenzhen University paid 200,000 yuan ($27,996).")}, {}))->claimIds().front();
        apply(o, TranslationEdit::set(segments[1], QStringLiteral("Purchaser: Shenzhen University.")));
        const Status copied = o.saveCopyAs(copyB());
        REQUIRE(copied.ok());
    }
    const QString json = exportJson(originalPath(), QStringLiteral("original.json"));
    auto rebuilt = CaseImport::fromExport(json, copyA());
    REQUIRE(rebuilt.ok());
}

void Newsroom::reporterWorks()
{
    Author::set(QStringLiteral("Reporter"));
    std::unique_ptr<CaseFile> o = open(originalPath());
    import(*o, QStringLiteral("ustc.txt"), kSharedFind);
    setNotes(*o, szu, QStringLiteral("The reporter's note"));
    setNotes(*o, yunda, {}, QStringLiteral("云达"));
}

void Newsroom::secondWorks()
{
    Author::set(QStringLiteral("Second reporter"));
    std::unique_ptr<CaseFile> a = open(copyA());
    import(*a, QStringLiteral("ustc.txt"), kSharedFind); // the same file the reporter found
    import(*a, QStringLiteral("zhejiang.txt"), kSecondsFind);
    Entity centre{0, EntityType::ComputingCentre, QStringLiteral("合肥先进计算中心"),
                  QStringLiteral("Hefei Advanced Computing Center"), {QStringLiteral("合肥算力中心")}, {}, {}};
    apply(*a, EntityEdit::create(centre));
    Event signing;
    signing.date = FuzzyDate::month(2024, 3);
    signing.title = QStringLiteral("Cloud access contract signed");
    Citation quote;
    quote.segmentId = segments[2];
    {
        Statement segment = a->db().prepare(QStringLiteral("SELECT text FROM segments WHERE id = ?"));
        segment.bind(1, segments[2]);
        REQUIRE(segment.step());
        quote.start = int(segment.text(0).indexOf(QStringLiteral("云计算服务")));
        quote.end = quote.start + 5;
    }
    apply(*a, EventEdit::create(signing, {quote}));
    retitle(*a, award, QStringLiteral("Award to Yunda Technology (second reporter)"));
    apply(*a, TranslationEdit::set(segments[3], QStringLiteral("The second reporter's rendering")));
    apply(*a, ClaimEdit::setVerdict(claim, Verdict::Supported, QStringLiteral("The notice says 20万元.")));
}

void Newsroom::factCheckerWorks()
{
    Author::set(QStringLiteral("Fact-checker"));
    std::unique_ptr<CaseFile> b = open(copyB());
    setNotes(*b, szu, QStringLiteral("The fact-checker's note"), QStringLiteral("深圳大学本部"));
    retitle(*b, award, QStringLiteral("Award announced (checked)"));
    apply(*b, ClaimEdit::setVerdict(claim, Verdict::Contradicted, QStringLiteral("The dollar figure is converted at the wrong rate.")));
    apply(*b, ClaimEdit::add({QStringLiteral("The lab bought 40 million tokens.")}, {}));
    apply(*b, TranslationEdit::set(segments[1], QStringLiteral("The fact-checker's rendering")));
}

std::unique_ptr<CaseFile> Newsroom::open(const QString &path) const
{
    auto opened = CaseFile::open(path);
    REQUIRE(opened.ok());
    return std::move(*opened);
}

qint64 Newsroom::import(CaseFile &caseFile, const QString &name, const QString &text) const
{
    const QString path = file(name, text.toUtf8());
    const qint64 id = ImportService(caseFile.db()).importFile(path, {}).documentId;
    REQUIRE(id > 0);
    return id;
}

QString Newsroom::file(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    writeFile(path, bytes);
    return path;
}

QString Newsroom::copyOfOriginal(const QString &name) const
{
    std::unique_ptr<CaseFile> o = open(originalPath());
    const QString path = m_dir.filePath(name);
    REQUIRE(o->saveCopyAs(path).ok());
    return path;
}

QString Newsroom::exportJson(const QString &casePath, const QString &name) const
{
    std::unique_ptr<CaseFile> source = open(casePath);
    return file(name, QJsonDocument(CaseJson::exportCase(source->db())).toJson());
}

QString Newsroom::uuidOf(const QString &table, qint64 id) const
{
    Database db(originalPath(), Database::Mode::ReadOnly);
    Statement row = db.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(table));
    row.bind(1, id);
    REQUIRE(row.step());
    return row.text(0);
}

CaseContents CaseContents::of(Database &db)
{
    struct Rows
    {
        const char *table;
        const char *fields; // comma-separated expressions
        const char *from;
    };
    static const Rows queries[] = {
        {"documents", "sha256, title, deleted_at IS NULL", "documents"},
        {"entities", "uuid, type, name_zh, name_en, notes, uscc, review_state", "entities"},
        {"aliases", "e.uuid, a.text", "aliases a JOIN entities e ON e.id = a.entity_id"},
        {"mentions", "e.uuid, d.sha256, s.ordinal, m.field, m.start, m.\"end\", m.status",
         "mentions m JOIN entities e ON e.id = m.entity_id JOIN segments s ON s.id = m.segment_id "
         "JOIN documents d ON d.id = s.document_id"},
        {"relations", "f.uuid, t.uuid, r.kind, r.note",
         "relations r JOIN entities f ON f.id = r.from_id JOIN entities t ON t.id = r.to_id"},
        {"events", "uuid, date, title, description, tags, review_state", "events"},
        {"event_entities", "v.uuid, e.uuid",
         "event_entities l JOIN events v ON v.id = l.event_id JOIN entities e ON e.id = l.entity_id"},
        {"event_evidence", "v.uuid, x.quote, x.translation_quote, x.note", "event_evidence x JOIN events v ON v.id = x.event_id"},
        {"claims", "uuid, text, status, note, checked_by, review_state", "claims"},
        {"claim_evidence", "c.uuid, x.quote", "claim_evidence x JOIN claims c ON c.id = x.claim_id"},
        {"translations", "d.sha256, s.ordinal, t.language, t.text, t.preferred, t.reviewed",
         "translations t JOIN segments s ON s.id = t.segment_id JOIN documents d ON d.id = s.document_id"},
        {"glossary", "term, rendering, note", "glossary"},
        {"segments", "d.sha256, s.ordinal, s.text",
         "segments s JOIN documents d ON d.id = s.document_id WHERE s.revision IS NOT NULL"},
    };
    CaseContents contents;
    for (const Rows &query : queries) {
        QStringList quoted;
        for (const QString &field : QString::fromUtf8(query.fields).split(QStringLiteral(", ")))
            quoted << QStringLiteral("quote(%1)").arg(field);
        Statement rows = db.prepare(QStringLiteral("SELECT '%1|' || %2 FROM %3")
                                        .arg(QLatin1String(query.table), quoted.join(QStringLiteral(" || '|' || ")),
                                             QString::fromUtf8(query.from)));
        while (rows.step())
            contents.lines << rows.text(0);
    }
    contents.lines.sort();
    return contents;
}

int CaseContents::count(const QString &table) const
{
    int n = 0;
    for (const QString &line : lines)
        if (line.startsWith(table + QLatin1Char('|')))
            ++n;
    return n;
}

bool CaseContents::has(const QString &table, const QString &text) const
{
    QString quoted = text; // as SQL's quote() wrote it
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    for (const QString &line : lines)
        if (line.startsWith(table + QLatin1Char('|')) && line.contains(quoted))
            return true;
    return false;
}

} // namespace dossier::test
