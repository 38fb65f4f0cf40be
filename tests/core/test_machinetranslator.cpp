#include "support/fakehttpserver.h"
#include "support/fixtures.h"

#include "documents/documentstore.h"
#include "import/importservice.h"
#include "casefile/casefile.h"
#include "translations/glossary.h"
#include "translations/machinetranslator.h"
#include "translations/translationstore.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace dossier;
using namespace dossier::test;

namespace {

// What an OpenAI-compatible server would answer: "EN:" before each text.
FakeHttpServer::Response openAiAnswer(const FakeHttpServer::Request &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString user = body[QStringLiteral("messages")].toArray()[1].toObject()[QStringLiteral("content")].toString();
    QJsonArray translations;
    for (const QJsonValue &text : QJsonDocument::fromJson(user.toUtf8()).array())
        translations.append(QStringLiteral("EN:") + text.toString());
    const QString content = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("translations"), translations}}).toJson(QJsonDocument::Compact));
    const QJsonObject reply{{QStringLiteral("choices"),
                             QJsonArray{QJsonObject{{QStringLiteral("message"),
                                                     QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                 {QStringLiteral("content"), content}}}}}}};
    return {200, QJsonDocument(reply).toJson(QJsonDocument::Compact), {}, 0};
}

struct TranslationCase
{
    QTemporaryDir dir;
    std::unique_ptr<CaseFile> caseFile;
    qint64 documentId = 0;

    explicit TranslationCase(const QString &text = {})
    {
        caseFile = std::move(CaseFile::create(dir.filePath(QStringLiteral("t.dossier"))).value());
        QString notice = text;
        if (notice.isEmpty())
            for (int i = 1; i <= 10; ++i)
                notice += QStringLiteral("第%1条：采购人须在%2个工作日内中标公示。\n").arg(i).arg(i + 2);
        const QString path = dir.filePath(QStringLiteral("n.txt"));
        writeFile(path, encode(notice, "UTF-8"));
        documentId = ImportService(caseFile->db()).importFile(path, {}).documentId;
        REQUIRE(documentId > 0);
    }
    std::vector<SegmentInfo> segments() { return DocumentStore(caseFile->db()).segments(documentId); }
    std::vector<qint64> untranslated()
    {
        return MachineTranslator::untranslatedSegments(caseFile->db(), documentId, QStringLiteral("en"));
    }
    ProviderConfig config(const QString &url)
    {
        ProviderConfig c;
        c.name = QStringLiteral("test");
        c.model = QStringLiteral("tiny");
        c.url = QUrl(url);
        c.apiKey = QStringLiteral("secret-key");
        c.batchSize = 4;
        c.retryBaseMs = 20;
        c.timeoutMs = 3000;
        return c;
    }
};

} // namespace

TEST_CASE("Machine translation lands in batches with its origin and the glossary", "[mt]")
{
    FakeHttpServer server([](const FakeHttpServer::Request &r, int) { return openAiAnswer(r); });
    TranslationCase c;
    Glossary(c.caseFile->db()).add(QStringLiteral("中标"), QStringLiteral("won the tender"));
    const auto ids = c.untranslated();
    REQUIRE(ids.size() == 10);

    std::vector<int> progress;
    const MachineTranslationReport report = MachineTranslator(c.caseFile->db(), c.config(server.url()))
                                                .run(ids, [&](int done, int) { progress.push_back(done); });
    CHECK(report.errors.isEmpty());
    CHECK(report.translated == 10);
    CHECK(report.requests == 3);
    CHECK(progress.back() == 10);
    for (const SegmentInfo &s : c.segments()) {
        CHECK(s.translation == QStringLiteral("EN:") + s.text);
        CHECK(s.translationOrigin == QStringLiteral("machine:test:tiny"));
    }
    const auto requests = server.requests();
    CHECK(requests[0].path == "/v1/chat/completions");
    CHECK(requests[0].headers.value("authorization") == "Bearer secret-key");
    CHECK(QString::fromUtf8(requests[0].body).contains(QStringLiteral("中标 = won the tender")));
    CHECK(QString::fromUtf8(requests[0].body).contains(QStringLiteral("\"model\":\"tiny\"")));
    CHECK(c.untranslated().empty());
}

TEST_CASE("429 with Retry-After, 500 and malformed replies are retried until it works", "[mt]")
{
    FakeHttpServer server([](const FakeHttpServer::Request &r, int index) -> FakeHttpServer::Response {
        switch (index) {
        case 0:
            return {429, "{\"error\":\"slow down\"}", {{"Retry-After", "0"}}, 0};
        case 1:
            return {500, "oops", {}, 0};
        case 2:
            return {200, "{\"choices\": [{\"message\": {\"content\": \"not json at all\"}}]}", {}, 0};
        default:
            return openAiAnswer(r);
        }
    });
    TranslationCase c;
    ProviderConfig config = c.config(server.url());
    config.batchSize = 20;
    const MachineTranslationReport report = MachineTranslator(c.caseFile->db(), config).run(c.untranslated());
    CHECK(report.translated == 10);
    CHECK(report.failed == 0);
    CHECK(report.requests == 4);
    CHECK(c.untranslated().empty());
}

TEST_CASE("A service that keeps failing is reported and nothing half-stored", "[mt]")
{
    FakeHttpServer server([](const FakeHttpServer::Request &, int) -> FakeHttpServer::Response {
        return {503, "down", {}, 0};
    });
    TranslationCase c;
    const MachineTranslationReport report = MachineTranslator(c.caseFile->db(), c.config(server.url())).run(c.untranslated());
    CHECK(report.translated == 0);
    CHECK(report.failed == 10);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].contains(QStringLiteral("HTTP 503")));
    CHECK(c.untranslated().size() == 10);
    CHECK(c.caseFile->db().queryInt(QStringLiteral("SELECT count(*) FROM translations")) == 0);
}

TEST_CASE("A wrong API key fails at once without retrying", "[mt]")
{
    FakeHttpServer server([](const FakeHttpServer::Request &, int) -> FakeHttpServer::Response {
        return {401, "{\"error\":\"bad key\"}", {}, 0};
    });
    TranslationCase c;
    const MachineTranslationReport report = MachineTranslator(c.caseFile->db(), c.config(server.url())).run(c.untranslated());
    CHECK(report.failed == 10);
    CHECK(report.requests == 1); // no retries, and no further batches
    CHECK(report.errors.join(QString()).contains(QStringLiteral("API key")));
}

TEST_CASE("A slow service times out and is asked again", "[mt]")
{
    FakeHttpServer server([](const FakeHttpServer::Request &r, int index) {
        FakeHttpServer::Response response = openAiAnswer(r);
        if (index == 0)
            response.delayMs = 1500;
        return response;
    });
    TranslationCase c;
    ProviderConfig config = c.config(server.url());
    config.timeoutMs = 400;
    config.batchSize = 20;
    const MachineTranslationReport report = MachineTranslator(c.caseFile->db(), config).run(c.untranslated());
    CHECK(report.translated == 10);
    CHECK(report.requests == 2);
}

TEST_CASE("Cancelling keeps finished batches whole and stops sending", "[mt]")
{
    FakeHttpServer server([](const FakeHttpServer::Request &r, int) { return openAiAnswer(r); });
    TranslationCase c;
    std::atomic_bool cancel{false};
    const MachineTranslationReport report = MachineTranslator(c.caseFile->db(), c.config(server.url()))
                                                .run(c.untranslated(), [&](int done, int) { cancel = done >= 4; }, &cancel);
    CHECK(report.cancelled);
    CHECK(report.translated == 4);
    CHECK(server.requestCount() == 1);
    CHECK(c.untranslated().size() == 6);
}

TEST_CASE("The same text is never sent twice and a person's translation stays preferred", "[mt]")
{
    FakeHttpServer server([](const FakeHttpServer::Request &r, int) { return openAiAnswer(r); });
    TranslationCase c(QStringLiteral("采购人：深圳大学\n采购人：深圳大学\n成交金额：20万元\n"));
    const auto segments = c.segments();
    REQUIRE(segments.size() == 3);
    TranslationStore(c.caseFile->db()).setManual(segments[2].id, QStringLiteral("Award: 200,000 yuan"));

    std::vector<qint64> all;
    for (const SegmentInfo &s : segments)
        all.push_back(s.id);
    const MachineTranslationReport report = MachineTranslator(c.caseFile->db(), c.config(server.url())).run(all);
    CHECK(report.translated + report.reused == 3);
    const auto sent = QJsonDocument::fromJson(server.requests()[0].body).object()[QStringLiteral("messages")]
                          .toArray()[1].toObject()[QStringLiteral("content")].toString();
    CHECK(sent.count(QStringLiteral("深圳大学")) == 1);
    const auto after = c.segments();
    CHECK(after[0].translation == QStringLiteral("EN:采购人：深圳大学"));
    CHECK(after[1].translation == QStringLiteral("EN:采购人：深圳大学"));
    CHECK(after[2].translation == QStringLiteral("Award: 200,000 yuan"));
    CHECK(TranslationStore(c.caseFile->db()).versions(segments[2].id).size() == 2);

    // A second document with text the case already translated costs no request.
    const int before = server.requestCount();
    const QString again = c.dir.filePath(QStringLiteral("again.txt"));
    writeFile(again, encode(QStringLiteral("采购人：深圳大学\n补充。\n"), "UTF-8"));
    const qint64 second = ImportService(c.caseFile->db()).importFile(again, {}).documentId;
    const auto secondIds = MachineTranslator::untranslatedSegments(c.caseFile->db(), second, QStringLiteral("en"));
    const MachineTranslationReport reuse = MachineTranslator(c.caseFile->db(), c.config(server.url())).run(secondIds);
    CHECK(reuse.reused == 1);
    CHECK(reuse.translated == 1);
    CHECK(server.requestCount() == before + 1);
}

TEST_CASE("LibreTranslate protocol", "[mt]")
{
    FakeHttpServer server([](const FakeHttpServer::Request &r, int) -> FakeHttpServer::Response {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QJsonArray out;
        for (const QJsonValue &q : body[QStringLiteral("q")].toArray())
            out.append(QStringLiteral("LT:") + q.toString());
        return {200, QJsonDocument(QJsonObject{{QStringLiteral("translatedText"), out}}).toJson(), {}, 0};
    });
    TranslationCase c;
    ProviderConfig config = c.config(server.url());
    config.kind = ProviderConfig::Kind::LibreTranslate;
    const MachineTranslationReport report = MachineTranslator(c.caseFile->db(), config).run(c.untranslated());
    CHECK(report.translated == 10);
    const auto request = server.requests()[0];
    CHECK(request.path == "/translate");
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    CHECK(body[QStringLiteral("source")] == QStringLiteral("zh"));
    CHECK(body[QStringLiteral("target")] == QStringLiteral("en"));
    CHECK(body[QStringLiteral("api_key")] == QStringLiteral("secret-key"));
    CHECK(c.segments()[0].translation->startsWith(QStringLiteral("LT:")));
}

TEST_CASE("No service configured or none listening: a clear error", "[mt]")
{
    TranslationCase c;
    const MachineTranslationReport none = MachineTranslator(c.caseFile->db(), ProviderConfig()).run(c.untranslated());
    CHECK(none.requests == 0);
    CHECK(none.errors.join(QString()).contains(QStringLiteral("No translation service is configured")));

    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    ProviderConfig config = c.config(QStringLiteral("http://127.0.0.1:%1").arg(port));
    config.maxRetries = 1;
    const MachineTranslationReport down = MachineTranslator(c.caseFile->db(), config).run(c.untranslated());
    CHECK(down.failed == 10);
    CHECK(down.requests == 2); // one batch, one retry, then the run stops
    CHECK(down.errors.join(QString()).contains(QStringLiteral("cannot be reached")));
}
