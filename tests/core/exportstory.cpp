#include "exportstory.h"

#include "demo/democase.h"
#include "documents/documentstore.h"
#include "entities/entitystore.h"
#include "export/exporter.h"
#include "factcheck/claimstore.h"
#include "timeline/eventstore.h"
#include "translations/translationstore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace dossier::test {

namespace {

qint64 addEntity(EntityStore &store, EntityType type, const QString &zh, const QString &en, const QString &uscc = {})
{
    Entity entity;
    entity.type = type;
    entity.nameZh = zh;
    entity.nameEn = en;
    entity.uscc = uscc;
    return store.add(entity);
}

} // namespace

QByteArray runTool(const QString &program, const QStringList &arguments, const QString &workingDirectory, int timeoutMs)
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    INFO(program.toStdString() << " " << arguments.join(QLatin1Char(' ')).toStdString());
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(timeoutMs));
    const QByteArray out = process.readAllStandardOutput();
    INFO(process.readAllStandardError().toStdString() << out.left(2000).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return out;
}

SegmentInfo ExportStory::segmentContaining(const QString &words)
{
    DocumentStore store(db());
    for (const DocumentInfo &d : store.list())
        for (const SegmentInfo &s : store.segments(d.id))
            if (s.text.contains(words))
                return s;
    FAIL("no segment contains " << words.toStdString());
    return {};
}

qint64 ExportStory::segment(const QString &containing)
{
    return segmentContaining(containing).id;
}

qint64 ExportStory::cite(qint64 eventId, const QString &containing)
{
    const SegmentInfo s = segmentContaining(containing);
    quotes << s.text;
    if (s.translation && !s.translation->isEmpty())
        translations << *s.translation;
    return EventStore(db()).addEvidence(eventId, s.id, QStringLiteral("original"), 0, int(s.text.size()));
}

ExportStory::ExportStory()
{
    REQUIRE(DemoCase::create(casePath()).ok());
    m_case = std::move(CaseFile::open(casePath()).value());
    for (const DocumentInfo &d : DocumentStore(db()).list())
        if (d.sourceUrl)
            sourceUrls << *d.sourceUrl;

    TranslationStore translations(db());
    translations.setManual(segment(QStringLiteral("成交金额：20万元")), QStringLiteral("Transaction amount: 200,000 yuan (RMB two hundred thousand)."));
    translations.setManual(segment(QStringLiteral("名称：亚马逊云服务")),
                           QStringLiteral("Name: one Amazon Web Services (AWS) account, for cloud servers with Nvidia A100 and H100 chips."));
    // 500 servers read as 50: the slip a fact-checker's findings flag.
    translations.setManual(segment(QStringLiteral("不少于500台")),
                           QStringLiteral("Services: scheduling of at least 50 cloud servers, each with eight Nvidia A100 chips;"));
    translations.setManual(segment(QStringLiteral("4000万个词元（tokens）的大模型")),
                           QStringLiteral("It also provides a quota of 40 million tokens for large-model calls."));
    translations.setManual(segment(QStringLiteral("成交金额：人民币壹拾捌万肆仟元整")),
                           QStringLiteral("Award amount: RMB 184,000 (¥184,000.00). Service: rental of cloud servers with Nvidia H100 chips, for 6 months."));

    EntityStore entities(db());
    const qint64 szu = addEntity(entities, EntityType::Buyer, QStringLiteral("深圳大学"), QStringLiteral("Shenzhen University"));
    const qint64 zjlab = addEntity(entities, EntityType::Buyer, QStringLiteral("之江实验室"), QStringLiteral("Zhejiang Lab"));
    const qint64 yunda = addEntity(entities, EntityType::Intermediary, QStringLiteral("云达科技有限公司"), QStringLiteral("Yunda Technology"), creditCode);
    const qint64 aws = addEntity(entities, EntityType::Provider, QStringLiteral("亚马逊云服务"), QStringLiteral("Amazon Web Services"));
    const qint64 claude = addEntity(entities, EntityType::AiModel, QStringLiteral("Claude"), QStringLiteral("Claude"));
    const qint64 a100 = addEntity(entities, EntityType::Chip, QStringLiteral("英伟达A100"), QStringLiteral("Nvidia A100"));
    const qint64 hefei = addEntity(entities, EntityType::ComputingCentre, QStringLiteral("合肥先进计算中心运营管理有限公司"),
                                   QStringLiteral("Hefei Advanced Computing Center"));
    const qint64 ustc = addEntity(entities, EntityType::Buyer, QStringLiteral("中国科学技术大学苏州高等研究院"), QStringLiteral("USTC Suzhou Institute"));
    const qint64 xuedong = addEntity(entities, EntityType::Intermediary, QStringLiteral("四川学动科技有限公司"), QStringLiteral("Sichuan Xuedong Technology"));
    addEntity(entities, EntityType::Other, QString(), QStringLiteral("=cmd|' /C calc'!A0"));
    for (const auto &[from, kind, to] : {std::tuple{szu, "procured_from", yunda}, {yunda, "resells", aws},
                                        {xuedong, "resells", claude}, {zjlab, "uses", a100}, {ustc, "procured_from", hefei}}) {
        Relation relation;
        relation.fromId = from;
        relation.toId = to;
        relation.kind = QString::fromLatin1(kind);
        entities.addRelation(relation);
    }

    description = QStringLiteral("Notice at www.ccgp.gov.cn/cggg/dfgg/202403/t2024.htm，成交金额见下；tips to desk@example.org");
    auto event = [&](const char *date, const QString &title, std::vector<qint64> involved, const QStringList &citing) {
        Event e;
        e.date = *FuzzyDate::fromIso(QString::fromLatin1(date));
        e.title = title;
        e.entityIds = std::move(involved);
        if (title.startsWith(QStringLiteral("Shenzhen")))
            e.description = description;
        const qint64 id = EventStore(db()).add(e);
        for (const QString &words : citing)
            cite(id, words);
    };
    event("2024-03-15", QStringLiteral("Shenzhen University buys an AWS account through Yunda"), {szu, yunda, aws},
          {QStringLiteral("成交金额：20万元"), QStringLiteral("名称：亚马逊云服务")});
    event("2024-04-08/2024-04-22", QStringLiteral("Zhejiang Lab tenders for 500 servers with eight A100s each"), {zjlab, a100},
          {QStringLiteral("不少于500台"), QStringLiteral("4000万个词元（tokens）的大模型")});
    event("2024-Q3", QStringLiteral("USTC Suzhou rents H100 servers from Hefei"), {ustc, hefei},
          {QStringLiteral("成交金额：人民币壹拾捌万肆仟元整"), QStringLiteral("每台配备8块")});
    event("2024-05", QStringLiteral("Sichuan University buys Claude through Xuedong"), {xuedong, claude},
          {QStringLiteral("合同金额为68,790元"), QStringLiteral("通过亚马逊网络服务转售")});

    ClaimStore claims(db());
    const QString article = QStringLiteral("https://news.example.org/chips-story");
    const qint64 paid = claims.add(QStringLiteral("Shenzhen University paid 200,000 yuan ($27,996)."), article);
    claims.addEvidence(paid, segment(QStringLiteral("成交金额：20万元")), 0, 12);
    claims.setVerdict(paid, {Verdict::Supported, QStringLiteral("Award notice, p. 1"), QStringLiteral("checker"),
                             QStringLiteral("2024-08-23T10:00:00Z")});
    const qint64 fifty = claims.add(QStringLiteral("Zhejiang Lab wanted 50 servers."), article);
    claims.addEvidence(fifty, segment(QStringLiteral("不少于500台")), 0, 20);
    claims.setVerdict(fifty, {Verdict::Contradicted, QStringLiteral("The tender says 500."), QStringLiteral("checker"),
                              QStringLiteral("2024-08-24T09:00:00Z")});

    options.title = QStringLiteral("Chips through the cloud");
    options.author = QStringLiteral("Investigations desk");
    options.findings = QStringLiteral("Universities reached US chips through Chinese resellers of US clouds.\n\n"
                                      "Every figure below rests on a quoted Chinese original.");
    options.publishedUrl = article;
    options.authorUrl = QStringLiteral("https://news.example.org/");
}

Status ExportStory::run(const QString &format, const QString &path)
{
    return Exporter::exportCase(db(), casePath(), format, path, options);
}

QString ExportStory::run(const QString &format)
{
    const QString path = out(QStringLiteral("story.") + format);
    const Status written = run(format, path);
    const std::string why = written.ok() ? std::string() : written.error().fullText().toStdString();
    INFO(why);
    REQUIRE(written.ok());
    // To look at what the tests export: DOSSIER_KEEP_EXPORTS=folder core_tests "[tools]"
    if (const QString keep = qEnvironmentVariable("DOSSIER_KEEP_EXPORTS"); !keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(QDir(keep).filePath(QFileInfo(path).fileName()));
        QFile::copy(path, QDir(keep).filePath(QFileInfo(path).fileName()));
    }
    return path;
}

} // namespace dossier::test
