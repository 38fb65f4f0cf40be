#include "support/fakehttpserver.h"
#include "clirun.h"
#include "support/fixtures.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace dossier::test;

TEST_CASE("dossier-cli creates and imports and lists and shows and searches with JSON", "[cli]")
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("story.dossier"));
    const QString pdf = dir.filePath(QStringLiteral("szu.pdf"));
    const QString html = dir.filePath(QStringLiteral("lab.html"));
    const QString bad = dir.filePath(QStringLiteral("bad.pdf"));
    writeFile(pdf, makePdf({tenderNoticeText()}));
    writeFile(html, encode(QStringLiteral("<html><head><meta charset=\"gb2312\"><title>之江实验室采购公告</title></head>"
                                          "<body><p>预算金额：18.4万元</p></body></html>"), "GB18030"));
    writeFile(bad, QByteArray("%PDF-1.5 broken"));

    REQUIRE(cli({QStringLiteral("new"), casePath}).exitCode == 0);
    CHECK(cli({QStringLiteral("new"), casePath}).exitCode == 1);

    const Run imported = cli({QStringLiteral("import"), casePath, pdf, html, bad,
                              QStringLiteral("--source-url"), QStringLiteral("https://example.org/t"),
                              QStringLiteral("--obtained"), QStringLiteral("2024-08-01"), QStringLiteral("--json")});
    CHECK(imported.exitCode == 1); // one file failed
    const QJsonArray outcomes = imported.json().toArray();
    REQUIRE(outcomes.size() == 3);
    CHECK(outcomes[0][QStringLiteral("status")] == QStringLiteral("imported"));
    CHECK(outcomes[0][QStringLiteral("path")] == pdf);
    CHECK(outcomes[0][QStringLiteral("id")].toInt() == 1);
    CHECK(outcomes[0][QStringLiteral("error")].isNull());
    CHECK(outcomes[2][QStringLiteral("status")] == QStringLiteral("failed"));
    CHECK(outcomes[2][QStringLiteral("error")].toString().contains(QStringLiteral("damaged")));

    const Run again = cli({QStringLiteral("import"), casePath, pdf, QStringLiteral("--json")});
    CHECK(again.exitCode == 0);
    CHECK(again.json().toArray()[0][QStringLiteral("status")] == QStringLiteral("duplicate"));

    const Run docs = cli({QStringLiteral("docs"), casePath, QStringLiteral("--json")});
    REQUIRE(docs.exitCode == 0);
    const QJsonArray documents = docs.json().toArray();
    REQUIRE(documents.size() == 2);
    const QJsonObject first = documents[0].toObject();
    for (const char *key : {"id", "title", "kind", "language", "sha256", "pages", "segments",
                            "source_url", "obtained_at"})
        CHECK(first.contains(QString::fromLatin1(key)));
    CHECK(first[QStringLiteral("kind")] == QStringLiteral("pdf"));
    CHECK(first[QStringLiteral("sha256")] == sha256(readFile(pdf)));
    CHECK(first[QStringLiteral("source_url")] == QStringLiteral("https://example.org/t"));
    CHECK(first[QStringLiteral("obtained_at")] == QStringLiteral("2024-08-01"));
    CHECK(documents[1][QStringLiteral("title")] == QStringLiteral("之江实验室采购公告"));

    const Run show = cli({QStringLiteral("show"), casePath, QStringLiteral("1"), QStringLiteral("--json")});
    REQUIRE(show.exitCode == 0);
    const QJsonArray segments = show.json()[QStringLiteral("segments")].toArray();
    REQUIRE(segments.size() > 3);
    for (const char *key : {"id", "page", "ordinal", "text", "translation"})
        CHECK(segments[0].toObject().contains(QString::fromLatin1(key)));

    const Run search = cli({QStringLiteral("search"), casePath, QStringLiteral("采购人"), QStringLiteral("--json")});
    REQUIRE(search.exitCode == 0);
    const QJsonArray hits = search.json().toArray();
    REQUIRE(hits.size() == 1);
    for (const char *key : {"document_id", "segment_id", "page", "snippet"})
        CHECK(hits[0].toObject().contains(QString::fromLatin1(key)));
    CHECK(hits[0][QStringLiteral("snippet")].toString().contains(QStringLiteral("[采购人]")));


    CHECK(cli({QStringLiteral("show"), casePath, QStringLiteral("99")}).exitCode == 1);
    CHECK(cli({QStringLiteral("docs"), dir.filePath(QStringLiteral("missing.dossier"))}).exitCode == 1);
    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli({QStringLiteral("import"), casePath, pdf, QStringLiteral("--obtained"), QStringLiteral("last week")}).exitCode == 2);
    // A month or a year is as much as a reporter may know; it is kept as given.
    CHECK(cli({QStringLiteral("import"), casePath, pdf, QStringLiteral("--obtained"), QStringLiteral("2024-13")}).exitCode == 2);
    const QString yearFile = dir.filePath(QStringLiteral("year.txt"));
    writeFile(yearFile, encode(QStringLiteral("采购人：复旦大学\n"), "UTF-8"));
    const Run year = cli({QStringLiteral("import"), casePath, yearFile, QStringLiteral("--obtained"), QStringLiteral("2024"),
                          QStringLiteral("--json")});
    REQUIRE(year.exitCode == 0);
    const QJsonArray list = year.json().toArray();
    REQUIRE(list.size() == 1);
    const Run shown = cli({QStringLiteral("show"), casePath,
                           QString::number(list[0][QStringLiteral("id")].toInteger()), QStringLiteral("--json")});
    CHECK(shown.json()[QStringLiteral("obtained_at")].toString() == QStringLiteral("2024"));
}

TEST_CASE("dossier-cli reads a scan with OCR, or imports it unread with --no-ocr", "[cli][ocr]")
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("scans.dossier"));
    const QString png = dir.filePath(QStringLiteral("notice.png"));
    REQUIRE(renderScan({QStringLiteral("采购人：深圳大学"), QStringLiteral("成交金额：20万元")}, 300).save(png));
    const QString pdf = dir.filePath(QStringLiteral("scan.pdf"));
    writeFile(pdf, makeScannedPdf({QStringLiteral("采购人：四川大学")}));
    REQUIRE(cli({QStringLiteral("new"), casePath}).exitCode == 0);

    const Run imported = cli({QStringLiteral("import"), casePath, png});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.err.contains(QStringLiteral("reading page 1/1")));
    const QJsonObject shown = cli({QStringLiteral("show"), casePath, QStringLiteral("1"), QStringLiteral("--json")}).json().toObject();
    CHECK(shown[QStringLiteral("kind")] == QStringLiteral("image"));
    CHECK(shown[QStringLiteral("ocr_pages")] == 1);
    const QJsonArray segments = shown[QStringLiteral("segments")].toArray();
    REQUIRE_FALSE(segments.isEmpty());
    CHECK(segments[0][QStringLiteral("from_ocr")] == true);
    CHECK(segments[0][QStringLiteral("machine_text")].isNull());
    CHECK(cli({QStringLiteral("search"), casePath, QStringLiteral("深圳大学"), QStringLiteral("--json")}).json().toArray().size() == 1);

    REQUIRE(cli({QStringLiteral("import"), casePath, pdf, QStringLiteral("--no-ocr")}).exitCode == 0);
    const QJsonObject unread = cli({QStringLiteral("show"), casePath, QStringLiteral("2"), QStringLiteral("--json")}).json().toObject();
    CHECK(unread[QStringLiteral("ocr_pages")] == 0);
    CHECK(unread[QStringLiteral("pages_without_text")] == 1);
    CHECK(cli({QStringLiteral("search"), casePath, QStringLiteral("四川大学"), QStringLiteral("--json")}).json().toArray().isEmpty());
}

TEST_CASE("dossier-cli aligns a translation file and lists figure mistranslations", "[cli][translation]")
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("t.dossier"));
    const QString original = dir.filePath(QStringLiteral("notice.txt"));
    const QString translation = dir.filePath(QStringLiteral("notice-en.txt"));
    writeFile(original, encode(QStringLiteral(
        "深圳大学花费20万元购买了一个云账户。\n"
        "该账户可访问服务器500台，每台配备八块A100芯片。\n"
        "之江实验室计划购买4000万个词元。\n"
        "其预算为184,000元。\n"), "GB18030"));
    // Two injected mistakes: 20万元 as 20,000 and 4000万 as 4 million.
    writeFile(translation, encode(QStringLiteral(
        "Shenzhen University spent 20,000 yuan on a cloud account. "
        "The account reaches 500 servers, each with eight A100 chips. "
        "Zhejiang Lab planned to buy 4 million tokens. "
        "Its budget was 184,000 yuan."), "UTF-8"));
    REQUIRE(cli({QStringLiteral("new"), casePath}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("import"), casePath, original}).exitCode == 0);

    const Run imported = cli({QStringLiteral("translation"), QStringLiteral("import"), casePath, QStringLiteral("1"),
                              translation, QStringLiteral("--json")});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json()[QStringLiteral("aligned_segments")].toInt() == 4);

    const Run checked = cli({QStringLiteral("consistency"), casePath, QStringLiteral("--json")});
    REQUIRE(checked.exitCode == 0);
    const QJsonArray issues = checked.json().toArray();
    REQUIRE(issues.size() == 2);
    CHECK(issues[0][QStringLiteral("original")].toString().contains(QStringLiteral("20万元")));
    CHECK(issues[0][QStringLiteral("missing")].toArray()[0][QStringLiteral("text")] == QStringLiteral("20万元"));
    CHECK(issues[1][QStringLiteral("missing")].toArray()[0][QStringLiteral("value")].toDouble() == 4e7);
    for (const char *key : {"document_id", "segment_id", "original", "translation", "missing"})
        CHECK(issues[0].toObject().contains(QString::fromLatin1(key)));
}

TEST_CASE("dossier-cli translate talks to the service it is given", "[cli][translation]")
{
    dossier::test::FakeHttpServer server([](const dossier::test::FakeHttpServer::Request &r, int) {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QJsonArray out;
        for (const QJsonValue &q : body[QStringLiteral("q")].toArray())
            out.append(QStringLiteral("EN ") + q.toString());
        return dossier::test::FakeHttpServer::Response{200, QJsonDocument(QJsonObject{{QStringLiteral("translatedText"), out}}).toJson(), {}, 0};
    });
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("m.dossier"));
    const QString original = dir.filePath(QStringLiteral("n.txt"));
    writeFile(original, encode(QStringLiteral("采购人：四川大学\n成交金额：68,790元\n"), "UTF-8"));
    REQUIRE(cli({QStringLiteral("new"), casePath}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("import"), casePath, original}).exitCode == 0);
    const Run run = cli({QStringLiteral("translate"), casePath, QStringLiteral("--url"), server.url(),
                         QStringLiteral("--kind"), QStringLiteral("libretranslate"), QStringLiteral("--json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.json()[QStringLiteral("translated")].toInt() == 2);
    const Run show = cli({QStringLiteral("show"), casePath, QStringLiteral("1"), QStringLiteral("--json")});
    CHECK(show.json()[QStringLiteral("segments")].toArray()[0][QStringLiteral("translation")] == QStringLiteral("EN 采购人：四川大学"));
    CHECK(show.json()[QStringLiteral("segments")].toArray()[0][QStringLiteral("translation_origin")] == QStringLiteral("machine:cli"));

    // Without a service: a clear error and a non-zero exit.
    const Run none = cli({QStringLiteral("translate"), casePath, QStringLiteral("--provider"), QStringLiteral("nope")});
    CHECK(none.exitCode == 1);
}

TEST_CASE("dossier-cli manages entities, mentions, relations and screening", "[cli][entities]")
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("e.dossier"));
    const QString notice = dir.filePath(QStringLiteral("n.txt"));
    writeFile(notice, encode(QStringLiteral("采购人：深圳大学\n成交供应商：雲達科技有限公司\n深圳大學通过AWS采购。\n"
                                            "采购代理机构：深圳交易集团有限公司\n合作方为四川学动科技有限公司。\n"), "GB18030"));
    REQUIRE(cli({QStringLiteral("new"), casePath}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("import"), casePath, notice}).exitCode == 0);

    const Run added = cli({QStringLiteral("entity"), QStringLiteral("add"), casePath, QStringLiteral("--type"),
                           QStringLiteral("buyer"), QStringLiteral("--zh"), QStringLiteral("深圳大学"), QStringLiteral("--en"),
                           QStringLiteral("Shenzhen University"), QStringLiteral("--alias"), QStringLiteral("SZU"),
                           QStringLiteral("--json")});
    REQUIRE(added.exitCode == 0);
    const int szu = added.json()[QStringLiteral("id")].toInt();
    CHECK(szu > 0);
    const Run yunda = cli({QStringLiteral("entity"), QStringLiteral("add"), casePath, QStringLiteral("--type"),
                           QStringLiteral("intermediary"), QStringLiteral("--zh"), QStringLiteral("云达科技有限公司"),
                           QStringLiteral("--uscc"), QStringLiteral("91350100M000100Y43"), QStringLiteral("--json")});
    REQUIRE(yunda.exitCode == 0);
    CHECK(yunda.json()[QStringLiteral("uscc_valid")].toBool());

    CHECK(cli({QStringLiteral("entity"), QStringLiteral("scan"), casePath}).exitCode == 0);
    const Run mentions = cli({QStringLiteral("entity"), QStringLiteral("mentions"), casePath, QString::number(szu),
                              QStringLiteral("--json")});
    REQUIRE(mentions.exitCode == 0);
    const QJsonArray list = mentions.json().toArray();
    REQUIRE(list.size() == 2);
    for (const char *key : {"document_id", "segment_id", "page", "start", "end", "text", "status"})
        CHECK(list[0].toObject().contains(QString::fromLatin1(key)));
    CHECK(list[1][QStringLiteral("text")] == QStringLiteral("深圳大學"));
    CHECK(list[1][QStringLiteral("status")] == QStringLiteral("proposed"));

    const int segment = list[0][QStringLiteral("segment_id")].toInt();
    const Run relation = cli({QStringLiteral("relation"), QStringLiteral("add"), casePath, QString::number(szu),
                              QString::number(yunda.json()[QStringLiteral("id")].toInt()), QStringLiteral("--kind"),
                              QStringLiteral("procured_from"), QStringLiteral("--evidence"),
                              QStringLiteral("%1:4:8").arg(segment), QStringLiteral("--json")});
    REQUIRE(relation.exitCode == 0);
    CHECK(relation.json()[QStringLiteral("evidence")].toArray()[0][QStringLiteral("quote")] == QStringLiteral("深圳大学"));
    CHECK(cli({QStringLiteral("relation"), QStringLiteral("list"), casePath, QStringLiteral("--json")}).json().toArray().size() == 1);

    const QString csl = dir.filePath(QStringLiteral("csl.csv"));
    writeFile(csl, encode(QStringLiteral("name,alt_names,source\n\"Yunda Technology Co., Ltd.\",云达科技有限公司,Entity List\n"), "UTF-8"));
    REQUIRE(cli({QStringLiteral("screening"), QStringLiteral("import"), casePath, csl}).exitCode == 0);
    const Run screened = cli({QStringLiteral("screening"), QStringLiteral("check"), casePath, QStringLiteral("--json")});
    REQUIRE(screened.json().toArray().size() == 1);
    CHECK(screened.json().toArray()[0][QStringLiteral("source")] == QStringLiteral("Entity List"));

    const Run suggestions = cli({QStringLiteral("entity"), QStringLiteral("suggest"), casePath, QStringLiteral("--json")});
    // Parties by their role in a notice, organisations by the form of their names.
    bool role = false;
    bool form = false;
    for (const QJsonValue &s : suggestions.json().toArray()) {
        role = role || s[QStringLiteral("reason")].toString().endsWith(QStringLiteral("in a notice"));
        form = form || s[QStringLiteral("reason")] == QStringLiteral("organisation name");
    }
    CHECK(role);
    CHECK(form);
}

TEST_CASE("dossier-cli builds a timeline with evidence and proposes events from a notice", "[cli][timeline]")
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("t.dossier"));
    const QString notice = dir.filePath(QStringLiteral("n.txt"));
    writeFile(notice, encode(QStringLiteral("之江实验室采购公告\n项目名称：云计算服务\n采购人：之江实验室\n公告日期：2024年4月8日\n"
                                            "开标时间：2024年4月22日9时30分\n"), "GB18030"));
    REQUIRE(cli({QStringLiteral("new"), casePath}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("import"), casePath, notice}).exitCode == 0);

    // The notice's publication date is proposed as the document's date.
    const Run shown = cli({QStringLiteral("show"), casePath, QStringLiteral("1"), QStringLiteral("--json")});
    CHECK(shown.json()[QStringLiteral("published")][QStringLiteral("date")] == QStringLiteral("2024-04-08"));

    const Run proposed = cli({QStringLiteral("propose"), casePath, QStringLiteral("1"), QStringLiteral("--json")});
    REQUIRE(proposed.exitCode == 0);
    CHECK(proposed.json()[QStringLiteral("fields")][QStringLiteral("purchaser")][QStringLiteral("value")] == QStringLiteral("之江实验室"));
    const QJsonArray events = proposed.json()[QStringLiteral("events")].toArray();
    REQUIRE(events.size() == 2);
    CHECK(events[0][QStringLiteral("date")] == QStringLiteral("2024-04-08"));
    const QString evidence = events[0][QStringLiteral("evidence")].toString();

    REQUIRE(cli({QStringLiteral("event"), QStringLiteral("add"), casePath, QStringLiteral("--date"), QStringLiteral("2024-04"),
                 QStringLiteral("--title"), QStringLiteral("Zhejiang Lab plans AWS purchase"), QStringLiteral("--evidence"), evidence})
                .exitCode == 0);
    REQUIRE(cli({QStringLiteral("event"), QStringLiteral("add"), casePath, QStringLiteral("--date"), QStringLiteral("2024-Q1"),
                 QStringLiteral("--title"), QStringLiteral("Earlier")}).exitCode == 0);
    CHECK(cli({QStringLiteral("event"), QStringLiteral("add"), casePath, QStringLiteral("--date"), QStringLiteral("soon"),
               QStringLiteral("--title"), QStringLiteral("x")}).exitCode == 2);

    const Run timeline = cli({QStringLiteral("timeline"), casePath, QStringLiteral("--json")});
    REQUIRE(timeline.exitCode == 0);
    const QJsonArray list = timeline.json().toArray();
    REQUIRE(list.size() == 2);
    CHECK(list[0][QStringLiteral("date")] == QStringLiteral("2024-Q1"));
    CHECK(list[1][QStringLiteral("date")] == QStringLiteral("2024-04"));
    const QJsonObject cited = list[1][QStringLiteral("evidence")].toArray()[0].toObject();
    for (const char *key : {"document_id", "segment_id", "page", "quote", "text_origin"})
        CHECK(cited.contains(QString::fromLatin1(key)));
    CHECK(cited[QStringLiteral("quote")] == QStringLiteral("2024年4月8日"));
    CHECK(cited[QStringLiteral("text_origin")] == QStringLiteral("document"));
    // An id that is not a number is a usage error, not "no event 0".
    const Run notAnId = cli({QStringLiteral("event"), QStringLiteral("show"), casePath, QStringLiteral("first")});
    CHECK(notAnId.exitCode == 2);
    CHECK(notAnId.err.contains(QStringLiteral("ID must be a number")));
    CHECK(cli({QStringLiteral("event"), QStringLiteral("delete"), casePath, QString::number(list[0][QStringLiteral("id")].toInt())}).exitCode == 0);
    CHECK(cli({QStringLiteral("timeline"), casePath, QStringLiteral("--json")}).json().toArray().size() == 1);
}

TEST_CASE("dossier-cli checks an article claim by claim and records verdicts", "[cli][factcheck]")
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("f.dossier"));
    const QString notice = dir.filePath(QStringLiteral("n.txt"));
    writeFile(notice, encode(QStringLiteral("深圳大学云服务采购成交公告\n采购人：深圳大学\n成交金额：20万元\n汇率：1美元兑7.1440元人民币\n"),
                             "UTF-8"));
    const QString article = dir.filePath(QStringLiteral("story.html"));
    writeFile(article, encode(QStringLiteral("<html><head><title>Story</title></head><body><h1>Universities rent chips</h1>"
                                             "<p>Shenzhen University paid 200,000 yuan ($27,996) for a cloud account. "
                                             "The weather in Shenzhen was fine. It was published on March 15, 2024.</p>"
                                             "<p>Shenzhen University paid 148,000 yuan for a second account.</p></body></html>"),
                              "UTF-8"));
    REQUIRE(cli({QStringLiteral("new"), casePath}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("import"), casePath, notice}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("glossary"), QStringLiteral("add"), casePath, QStringLiteral("深圳大学"),
                 QStringLiteral("Shenzhen University")}).exitCode == 0);

    const Run checked = cli({QStringLiteral("check"), casePath, QStringLiteral("--article"), article, QStringLiteral("--add"),
                             QStringLiteral("--json")});
    REQUIRE(checked.exitCode == 0);
    const QJsonArray claims = checked.json().toArray();
    // The sentence about the weather names the case's city only as a word: no figure, no date, no entity.
    REQUIRE(claims.size() == 3);
    CHECK(claims[0][QStringLiteral("figures")][0][QStringLiteral("status")] == QStringLiteral("supported"));
    CHECK(claims[0][QStringLiteral("conversions")][0][QStringLiteral("consistent")].toBool());
    CHECK(claims[2][QStringLiteral("figures")][0][QStringLiteral("status")] == QStringLiteral("not_found"));

    const Run listed = cli({QStringLiteral("claim"), QStringLiteral("list"), casePath, QStringLiteral("--json")});
    REQUIRE(listed.json().toArray().size() == 3);
    const int id = listed.json().toArray()[0][QStringLiteral("id")].toInt();
    const QString segment = QString::number(
        cli({QStringLiteral("show"), casePath, QStringLiteral("1"), QStringLiteral("--json")}).json()[QStringLiteral("segments")][2]
            [QStringLiteral("id")].toInt());
    const Run verdict = cli({QStringLiteral("claim"), QStringLiteral("verdict"), casePath, QString::number(id),
                             QStringLiteral("supported"), QStringLiteral("--note"), QStringLiteral("Notice states 20万元"),
                             QStringLiteral("--evidence"), segment + QStringLiteral(":5:9"), QStringLiteral("--json")});
    REQUIRE(verdict.exitCode == 0);
    CHECK(verdict.json()[QStringLiteral("verdict")] == QStringLiteral("supported"));
    CHECK(verdict.json()[QStringLiteral("evidence")][0][QStringLiteral("quote")] == QStringLiteral("20万元"));
    CHECK(cli({QStringLiteral("claim"), QStringLiteral("verdict"), casePath, QString::number(id), QStringLiteral("true")}).exitCode == 2);
}

TEST_CASE("dossier-cli compares what several outlets report of the same fact", "[cli][factcheck]")
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("o.dossier"));
    const QString notice = dir.filePath(QStringLiteral("n.txt"));
    writeFile(notice, encode(QStringLiteral("深圳大学云服务采购成交公告\n采购人：深圳大学\n成交金额：20万元\n"), "UTF-8"));
    const QString a = dir.filePath(QStringLiteral("agency.html"));
    writeFile(a, encode(QStringLiteral("<p>Shenzhen University paid 200,000 yuan ($27,996) for an AWS account. "
                                       "($1 = 7.1440 Chinese yuan renminbi)</p>"), "UTF-8"));
    const QString b = dir.filePath(QStringLiteral("weekly.md"));
    writeFile(b, encode(QStringLiteral("# AWS\n\nShenzhen University spent **200,000 yuan** ($28,500) on AWS.\n"), "UTF-8"));
    REQUIRE(cli({QStringLiteral("new"), casePath}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("import"), casePath, notice}).exitCode == 0);
    REQUIRE(cli({QStringLiteral("glossary"), QStringLiteral("add"), casePath, QStringLiteral("深圳大学"),
                 QStringLiteral("Shenzhen University")}).exitCode == 0);
    const Run compared = cli({QStringLiteral("compare"), casePath, a, b, QStringLiteral("--json")});
    REQUIRE(compared.exitCode == 0);
    const QJsonArray facts = compared.json().toArray();
    REQUIRE(facts.size() == 1);
    CHECK(facts[0][QStringLiteral("disagreement")].toBool());
    CHECK(facts[0][QStringLiteral("statements")].toArray().size() == 2);
    CHECK(facts[0][QStringLiteral("notes")][0].toString().contains(QStringLiteral("28,500 USD")));
}
