#include "casechecks.h"
#include "support/fixtures.h"

#include "demo/democase.h"
#include "figures/figureparser.h"
#include "casefile/casefile.h"
#include "storage/database.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <random>

using namespace dossier;
using namespace dossier::test;

namespace {

// Every segment's text and preferred translation, as the editor prints its state.
QJsonObject stateOf(Database &db)
{
    QJsonObject texts;
    QJsonObject translations;
    Statement query = db.prepare(QStringLiteral(
        "SELECT s.id, s.text, (SELECT t.text FROM translations t WHERE t.segment_id = s.id "
        "ORDER BY t.preferred DESC, t.id DESC LIMIT 1) FROM segments s"));
    while (query.step()) {
        texts.insert(QString::number(query.int64(0)), query.text(1));
        translations.insert(QString::number(query.int64(0)), query.isNull(2) ? QString() : query.text(2));
    }
    return QJsonObject{{QStringLiteral("text"), texts}, {QStringLiteral("translation"), translations}};
}

int differences(const QJsonObject &a, const QJsonObject &b)
{
    int count = 0;
    for (const QString &part : {QStringLiteral("text"), QStringLiteral("translation")}) {
        const QJsonObject x = a[part].toObject();
        const QJsonObject y = b[part].toObject();
        for (auto it = x.begin(); it != x.end(); ++it)
            count += it.value() != y[it.key()] ? 1 : 0;
    }
    return count;
}

// What every write must leave behind, whole: a correction keeps the machine's reading
// and its date together, figures match the text they were read from, and mentions
// still stand where they point.
void checkInvariants(Database &db)
{
    CHECK(db.queryInt(QStringLiteral(
              "SELECT count(*) FROM segments WHERE (machine_text IS NULL) != (corrected_at IS NULL)")) == 0);
    Statement segments = db.prepare(QStringLiteral("SELECT id, text FROM segments"));
    while (segments.step()) {
        const qint64 id = segments.int64(0);
        const QString text = segments.text(1);
        Statement figures = db.prepare(QStringLiteral("SELECT start, text FROM figures WHERE segment_id = ? ORDER BY start"));
        figures.bind(1, id);
        QStringList stored;
        while (figures.step())
            stored << QStringLiteral("%1:%2").arg(figures.integer(0)).arg(figures.text(1));
        QStringList parsed;
        for (const Figure &figure : FigureParser::parse(text))
            parsed << QStringLiteral("%1:%2").arg(figure.start).arg(figure.text);
        std::sort(parsed.begin(), parsed.end());
        std::sort(stored.begin(), stored.end());
        CHECK(stored == parsed);
        Statement mentions = db.prepare(QStringLiteral(
            "SELECT start, \"end\", text FROM mentions WHERE segment_id = ? AND field = 'original'"));
        mentions.bind(1, id);
        while (mentions.step())
            CHECK(text.mid(mentions.integer(0), mentions.integer(1) - mentions.integer(0)) == mentions.text(2));
    }
}

} // namespace

// The main window is killed (SIGKILL) while a reporter's edits are being made through its
// widgets: OCR corrections (text, machine text, figures, mentions), translation edits,
// undo and redo. The case opens sound: integrity check, search indexes, every invariant,
// and the state is what the window last reported, or that plus the one edit in flight.
TEST_CASE("The main window killed during edits leaves every edit whole or absent", "[crash][ui]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.dossier"));
    REQUIRE(DemoCase::create(demo).ok());

    std::mt19937 random(20261126);
    int killedWithEdits = 0;
    for (int round = 0; round < 8; ++round) {
        const QString casePath = dir.filePath(QStringLiteral("round-%1.dossier").arg(round));
        REQUIRE(QFile::copy(demo, casePath));
        QProcess editor;
        editor.setProcessChannelMode(QProcess::SeparateChannels);
        editor.start(QStringLiteral(DOSSIER_GUI_EDITOR_PATH), {casePath, QString::number(round + 1)});
        REQUIRE(editor.waitForStarted());
        // Wait for the first edits, then kill at a random moment among the next ones.
        QByteArray output;
        for (int waited = 0; !output.contains("done 3 ") && waited < 600; ++waited) {
            editor.waitForReadyRead(100);
            output += editor.readAllStandardOutput();
        }
        QThread::msleep(std::uniform_int_distribution<int>(0, 1500)(random));
        const bool running = editor.state() == QProcess::Running;
        editor.kill();
        editor.waitForFinished();
        output += editor.readAllStandardOutput();
        INFO("round " << round << ", editor said: " << editor.readAllStandardError().right(2000).toStdString());
        REQUIRE(running);

        // The last complete line is the last state the window committed.
        QJsonObject reported;
        int edits = 0;
        for (const QByteArray &line : output.split('\n')) {
            if (!line.startsWith("done "))
                continue;
            const int space = line.indexOf(' ', 5);
            const QJsonDocument state = QJsonDocument::fromJson(line.mid(space + 1));
            if (space < 0 || !state.isObject())
                continue; // cut off by the kill
            reported = state.object();
            edits = line.mid(5, space - 5).toInt();
        }
        REQUIRE(edits >= 3);
        ++killedWithEdits;

        auto opened = CaseFile::open(casePath); // the dead window's lock is stale
        REQUIRE(opened.ok());
        Database &db = (*opened)->db();
        checkCaseIsSound(db);
        checkInvariants(db);
        // At most the edit in flight differs from what was reported: one segment's text or
        // translation (an undo or redo of one edit is one as well).
        CHECK(differences(reported, stateOf(db)) <= 1);
    }
    CHECK(killedWithEdits == 8);
}
