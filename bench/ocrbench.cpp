// dossier-bench-ocr: renders pages of generated Chinese tender text as a scanner would
// (black on white, slight noise) at 150 and 300 dpi, reads them back with OcrEngine and
// prints pages per minute and character accuracy (1 - edit distance / length, ignoring
// blanks) as a Markdown table; then imports the same pages as one scanned PDF into a case
// (render each page at 300 dpi, OCR, store words) and prints that rate too.
#include "corpus.h"

#include "import/importservice.h"
#include "ocr/ocrengine.h"
#include "ocr/scanreader.h"
#include "casefile/casefile.h"
#include "support/fixtures.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <random>
#include <vector>

using namespace dossier;

namespace {

QImage scan(const QStringList &lines, int dpi, std::mt19937 &random)
{
    QImage image = test::renderScan(lines, dpi);
    // Scanner speckle: one pixel in 500 turned mid-grey.
    std::uniform_int_distribution<int> x(0, image.width() - 1), y(0, image.height() - 1);
    for (int i = 0; i < image.width() * image.height() / 500; ++i)
        image.setPixel(x(random), y(random), qRgb(128, 128, 128));
    return image;
}

QString withoutBlanks(QString text)
{
    text.remove(QLatin1Char(' '));
    text.remove(QLatin1Char('\n'));
    text.remove(QLatin1Char('\t'));
    return text;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1), current(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitute = previous[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitute});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int pageCount = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 10;
    QTextStream out(stdout);
    OcrEngine engine;
    if (const Status loaded = engine.load(); !loaded.ok()) {
        QTextStream(stderr) << loaded.error().message << '\n';
        return 1;
    }
    bench::Corpus corpus;
    std::vector<QStringList> pages;
    for (int i = 0; i < pageCount; ++i)
        pages.push_back(corpus.document(22, 1));

    out << "| resolution | pages | pages per minute | character accuracy | mean confidence |\n|---|---|---|---|---|\n";
    for (const int dpi : {150, 300}) {
        std::mt19937 random(11);
        qint64 characters = 0, errors = 0, milliseconds = 0;
        double confidence = 0;
        for (const QStringList &lines : pages) {
            const QImage image = scan(lines, dpi, random);
            QElapsedTimer timer;
            timer.start();
            auto page = engine.recognize(image, dpi);
            milliseconds += timer.elapsed();
            if (!page.ok()) {
                QTextStream(stderr) << page.error().message << '\n';
                return 1;
            }
            const QString expected = withoutBlanks(lines.join(QString()));
            characters += expected.size();
            errors += editDistance(expected, withoutBlanks(page->text));
            confidence += page->meanConfidence;
        }
        out << "| " << dpi << " dpi | " << pageCount << " | "
            << QString::number(60000.0 * pageCount / double(std::max<qint64>(milliseconds, 1)), 'f', 1) << " | "
            << QString::number(100.0 * (1.0 - double(errors) / double(characters)), 'f', 1) << "% | "
            << QString::number(confidence / pageCount, 'f', 0) << " |\n";
        out.flush();
    }

    // The whole import path: a PDF of scanned pages, as a reporter gets it.
    QStringList scannedPages;
    for (const QStringList &lines : pages)
        scannedPages << lines.join(QLatin1Char('\n'));
    QTemporaryDir dir;
    const QString pdfPath = dir.filePath(QStringLiteral("scanned.pdf"));
    test::writeFile(pdfPath, test::makeScannedPdf(scannedPages, 200));
    auto created = CaseFile::create(dir.filePath(QStringLiteral("bench.dossier")));
    if (!created) {
        QTextStream(stderr) << created.error().message << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const ImportOutcome outcome = ImportService((*created)->db()).importFile(pdfPath, {});
    const qint64 milliseconds = std::max<qint64>(timer.elapsed(), 1);
    if (outcome.status != ImportOutcome::Status::Imported) {
        QTextStream(stderr) << outcome.error << '\n';
        return 1;
    }
    out << "\nImport of a " << pageCount << "-page scanned PDF (200 dpi scans; rendered at "
        << ScanReader::kPdfDpi << " dpi, OCR, words stored): " << QString::number(milliseconds / 1000.0, 'f', 1)
        << " s, " << QString::number(60000.0 * pageCount / double(milliseconds), 'f', 1) << " pages per minute\n";
    return 0;
}
