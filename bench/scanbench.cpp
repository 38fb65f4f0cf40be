// dossier-bench-scan: finds 5,000 entity names in 100,000 segments with the mention
// scanner, beside `grep -F -f names.txt` on the same text. Prints a Markdown table.
#include "corpus.h"

#include "documents/documentstore.h"
#include "entities/entitystore.h"
#include "entities/mentionscanner.h"
#include "entities/namematcher.h"
#include "casefile/casefile.h"
#include "text/textfolder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <random>

using namespace dossier;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int segmentCount = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    const int nameCount = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 5000;
    QTemporaryDir dir;

    // Names: company-like Chinese names built from syllables, plus the story's names.
    std::mt19937 random(7);
    const QString syllables = QStringLiteral("华中科技信息云数智能网络电子软件通讯达安创新联合恒远星光博瑞");
    const QStringList suffixes = {QStringLiteral("科技有限公司"), QStringLiteral("信息技术有限公司"),
                                  QStringLiteral("研究院"), QStringLiteral("大学"), QStringLiteral("数据服务有限公司")};
    QStringList names = {QStringLiteral("深圳大学"), QStringLiteral("之江实验室"), QStringLiteral("云达科技有限公司"),
                         QStringLiteral("四川学动科技有限公司"), QStringLiteral("AWS"), QStringLiteral("A100")};
    while (names.size() < nameCount) {
        QString name;
        const int length = 2 + int(random() % 3);
        for (int i = 0; i < length; ++i)
            name += syllables[int(random() % syllables.size())];
        name += suffixes[int(random() % suffixes.size())];
        if (!names.contains(name))
            names << name;
    }

    // Segments: the corpus generator's sentences, one document of all of them.
    bench::Corpus corpus;
    ImportedDocument document;
    document.title = QStringLiteral("scan corpus");
    ImportedPage page;
    QString allText;
    for (int i = 0; i < segmentCount; ++i) {
        ImportedSegment segment;
        segment.text = corpus.sentence();
        segment.start = int(page.text.size());
        page.text += segment.text + QLatin1Char('\n');
        segment.end = int(page.text.size()) - 1;
        document.segments.push_back(segment);
    }
    allText = page.text;
    document.pages.push_back(page);

    auto caseFile = std::move(CaseFile::create(dir.filePath(QStringLiteral("scan.dossier"))).value());
    {
        Transaction transaction(caseFile->db());
        DocumentStore(caseFile->db()).insert(document, QByteArray("x"), QStringLiteral("scan"), {QStringLiteral("scan.txt"), {}, {}});
        EntityStore entities(caseFile->db());
        for (const QString &name : names) {
            Entity e;
            e.nameZh = name;
            entities.add(e);
        }
        transaction.commit();
    }

    // Matching alone (in memory), then the whole scan (reading and writing the case).
    NameMatcher matcher;
    for (const QString &name : names)
        matcher.add(name);
    QElapsedTimer timer;
    timer.start();
    matcher.build();
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    qint64 matches = 0;
    std::vector<QString> folded;
    for (const ImportedSegment &segment : document.segments)
        folded.push_back(TextFolder::foldedString(segment.text)); // as the case stores it
    timer.restart();
    for (const QString &text : folded)
        matches += qint64(matcher.findInFolded(text).size());
    const double matchSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const ScanReport report = MentionScanner(caseFile->db()).scan();
    const double scanSeconds = double(timer.nsecsElapsed()) / 1e9;

    const QString namesPath = dir.filePath(QStringLiteral("names.txt"));
    const QString textPath = dir.filePath(QStringLiteral("text.txt"));
    QFile namesFile(namesPath);
    namesFile.open(QIODevice::WriteOnly);
    namesFile.write(names.join(QLatin1Char('\n')).toUtf8() + '\n');
    namesFile.close();
    QFile textFile(textPath);
    textFile.open(QIODevice::WriteOnly);
    textFile.write(allText.toUtf8());
    textFile.close();
    timer.restart();
    QProcess grep;
    grep.start(QStringLiteral("grep"), {QStringLiteral("-F"), QStringLiteral("-o"), QStringLiteral("-f"), namesPath, textPath});
    grep.waitForFinished(-1);
    const qint64 grepMatches = grep.readAllStandardOutput().count('\n');
    const double grepSeconds = double(timer.nsecsElapsed()) / 1e9;

    QTextStream out(stdout);
    out << "| measure | value |\n|---|---|\n";
    out << QStringLiteral("| names, segments | %1 names, %2 segments (%3 MB of text) |\n")
               .arg(names.size()).arg(segmentCount).arg(double(allText.toUtf8().size()) / 1e6, 0, 'f', 1);
    out << QStringLiteral("| build the matcher | %1 ms |\n").arg(buildMs, 0, 'f', 0);
    out << QStringLiteral("| match on folded text (in memory) | %1 s, %2 segments/s, %3 matches |\n")
               .arg(matchSeconds, 0, 'f', 2).arg(segmentCount / matchSeconds, 0, 'f', 0).arg(matches);
    out << QStringLiteral("| full scan (read the case, record proposals) | %1 s, %2 segments/s, %3 proposals |\n")
               .arg(scanSeconds, 0, 'f', 2).arg(segmentCount / scanSeconds, 0, 'f', 0).arg(report.proposed);
    out << QStringLiteral("| `grep -F -o -f names.txt` (no folding) | %1 s, %2 matches |\n")
               .arg(grepSeconds, 0, 'f', 2).arg(grepMatches);
    out << QStringLiteral("| ratio, match / grep | %1x |\n").arg(matchSeconds / grepSeconds, 0, 'f', 2);
    out << QStringLiteral("| ratio, full scan / grep | %1x |\n").arg(scanSeconds / grepSeconds, 0, 'f', 2);
    return 0;
}
