// dossier-bench-import: import throughput, search latency and case size on a generated
// corpus, each beside a reference (pdftotext on the same PDFs, a raw FTS5 query on the
// same index). Prints a Markdown table for the README.
//   dossier-bench-import [--documents N] [--segments-per-document N] [--keep DIR]
#include "corpus.h"
#include "support/fixtures.h"

#include "import/importservice.h"
#include "search/searchservice.h"
#include "casefile/casefile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace dossier;

namespace {

struct Latency
{
    double median = 0;
    double p95 = 0;
};

Latency summarize(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    if (samples.empty())
        return {};
    return {samples[samples.size() / 2], samples[std::min(samples.size() - 1, samples.size() * 95 / 100)]};
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("documents"), QStringLiteral("Documents to generate."), QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("segments-per-document"), QStringLiteral("Segments per document."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Write corpus and case here and keep them."), QStringLiteral("DIR")});
    parser.process(app);
    const int documents = parser.value(QStringLiteral("documents")).toInt();
    const int perDocument = parser.value(QStringLiteral("segments-per-document")).toInt();
    QTextStream out(stdout);
    QTextStream err(stderr);

    QTemporaryDir temporary;
    const QString root = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temporary.path();
    const QString corpusDir = QDir(root).filePath(QStringLiteral("corpus"));
    QDir().mkpath(corpusDir);

    // 1. Corpus: PDFs written with QPdfWriter in a CJK font.
    bench::Corpus corpus;
    QStringList pdfs;
    qint64 corpusBytes = 0;
    for (int i = 0; i < documents; ++i) {
        const QString path = QDir(corpusDir).filePath(QStringLiteral("notice-%1.pdf").arg(i, 5, 10, QLatin1Char('0')));
        if (!QFileInfo::exists(path))
            test::writeFile(path, test::makePdf(corpus.document(perDocument, 3)));
        pdfs << path;
        corpusBytes += QFileInfo(path).size();
    }
    err << "corpus ready: " << documents << " PDFs\n";
    err.flush();

    // 2. Reference: pdftotext on every PDF, one process each, as a reporter's script would.
    QElapsedTimer timer;
    timer.start();
    for (const QString &pdf : pdfs) {
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        pdftotext.waitForFinished(-1);
        pdftotext.readAllStandardOutput();
    }
    const double pdftotextSeconds = seconds(timer);

    // 3. Import into a fresh case.
    const QString casePath = QDir(root).filePath(QStringLiteral("bench.dossier"));
    QFile::remove(casePath);
    auto caseFile = std::move(CaseFile::create(casePath).value());
    timer.restart();
    const auto outcomes = ImportService(caseFile->db()).importFiles(pdfs, {});
    const double importSeconds = seconds(timer);
    const qint64 segments = caseFile->db().queryInt(QStringLiteral("SELECT count(*) FROM segments"));
    const int failed = int(std::count_if(outcomes.begin(), outcomes.end(), [](const ImportOutcome &o) {
        return o.status != ImportOutcome::Status::Imported;
    }));
    caseFile->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 caseBytes = QFileInfo(casePath).size();

    // 4. Search latency: Dossier's search (folding, FTS or substring scan, snippets)
    // against a raw FTS5 MATCH for the same indexable terms.
    const QStringList queries = {
        QStringLiteral("中标"),     QStringLiteral("华为"),         QStringLiteral("深圳大学"),
        QStringLiteral("云达科技有限公司"), QStringLiteral("之江實驗室"),   QStringLiteral("A100"),
        QStringLiteral("azure openai"), QStringLiteral("AWS 账号"),   QStringLiteral("成交金额"),
        QStringLiteral("Amazon Web Services"), QStringLiteral("服务器"), QStringLiteral("不存在的词语")};
    constexpr int kRounds = 20;
    SearchService search(caseFile->db());
    std::vector<double> dossierSamples;
    std::vector<double> rawSamples;
    for (int round = 0; round < kRounds; ++round) {
        for (const QString &query : queries) {
            timer.restart();
            const auto hits = search.search(query);
            dossierSamples.push_back(double(timer.nsecsElapsed()) / 1e6);

            const SearchQuery parsed(query);
            if (parsed.ftsExpression().isEmpty())
                continue;
            sqlite3_stmt *statement = nullptr;
            timer.restart();
            sqlite3_prepare_v2(caseFile->db().handle(),
                               "SELECT rowid FROM segments_fts WHERE segments_fts MATCH ? ORDER BY rank LIMIT 100",
                               -1, &statement, nullptr);
            const QByteArray expression = parsed.ftsExpression().toUtf8();
            sqlite3_bind_text(statement, 1, expression.constData(), -1, SQLITE_TRANSIENT);
            while (sqlite3_step(statement) == SQLITE_ROW) {
            }
            sqlite3_finalize(statement);
            rawSamples.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    const Latency dossierLatency = summarize(dossierSamples);
    const Latency rawLatency = summarize(rawSamples);

    out << "| measure | Dossier | reference | ratio |\n|---|---|---|---|\n";
    out << QStringLiteral("| import %1 PDFs (%2 segments, %3 MB) | %4 s (%5 docs/s) | pdftotext: %6 s | %7x |\n")
               .arg(documents).arg(segments).arg(double(corpusBytes) / 1e6, 0, 'f', 1)
               .arg(importSeconds, 0, 'f', 1).arg(documents / importSeconds, 0, 'f', 0)
               .arg(pdftotextSeconds, 0, 'f', 1).arg(importSeconds / pdftotextSeconds, 0, 'f', 2);
    out << QStringLiteral("| search median | %1 ms | raw FTS5 MATCH: %2 ms | %3x |\n")
               .arg(dossierLatency.median, 0, 'f', 2).arg(rawLatency.median, 0, 'f', 2)
               .arg(dossierLatency.median / rawLatency.median, 0, 'f', 1);
    out << QStringLiteral("| search p95 | %1 ms | raw FTS5 MATCH: %2 ms | %3x |\n")
               .arg(dossierLatency.p95, 0, 'f', 2).arg(rawLatency.p95, 0, 'f', 2)
               .arg(dossierLatency.p95 / rawLatency.p95, 0, 'f', 1);
    out << QStringLiteral("| case file size | %1 MB | PDFs: %2 MB | %3x |\n")
               .arg(double(caseBytes) / 1e6, 0, 'f', 1).arg(double(corpusBytes) / 1e6, 0, 'f', 1)
               .arg(double(caseBytes) / double(corpusBytes), 0, 'f', 2);
    out << "\nfailed imports: " << failed << ", queries: " << queries.size() << " x " << kRounds << " rounds\n";
    return failed == 0 ? 0 : 1;
}
