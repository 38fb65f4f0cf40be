#include "support/fixtures.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace dossier::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonValue json() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        INFO(out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(DOSSIER_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

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
}
