// dossier-bench-reader: opens a 500-page, 20,000-segment translated document in the real
// reader and measures the time to its first paint and the time to paint each scroll step.
//   dossier-bench-reader [--pages N] [--segments-per-page N]
#include "corpus.h"

#include "session/casesession.h"
#include "shell/mainwindow.h"
#include "reader/offlinewebprofile.h"
#include "reader/readerview.h"
#include "reader/segmentpane.h"

#include "documents/documentstore.h"
#include "casefile/casefile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace dossier;

namespace {

// Notes when a widget is painted.
class PaintWatcher : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(object, event);
    }
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, size_t(double(values.size()) * p))];
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    OfflineWebProfile::registerScheme();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("pages"), QStringLiteral("Pages."), QStringLiteral("N"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("segments-per-page"), QStringLiteral("Segments per page."), QStringLiteral("N"), QStringLiteral("40")});
    parser.process(app);
    const int pages = parser.value(QStringLiteral("pages")).toInt();
    const int perPage = parser.value(QStringLiteral("segments-per-page")).toInt();

    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("large.dossier"));
    qint64 documentId = 0;
    {
        auto caseFile = std::move(CaseFile::create(casePath).value());
        bench::Corpus corpus;
        ImportedDocument document;
        document.title = QStringLiteral("Large tender archive");
        document.kind = DocumentKind::Text;
        document.language = QStringLiteral("zh");
        for (int page = 1; page <= pages; ++page) {
            ImportedPage importedPage;
            importedPage.number = page;
            for (int i = 0; i < perPage; ++i) {
                ImportedSegment segment;
                segment.page = page;
                segment.start = int(importedPage.text.size());
                segment.text = corpus.sentence();
                importedPage.text += segment.text + QLatin1Char('\n');
                segment.end = segment.start + int(segment.text.size());
                segment.translation = QStringLiteral("Translation of sentence %1 on page %2, long enough to wrap "
                                                     "onto a second line in a narrow pane.").arg(i + 1).arg(page);
                segment.translationLanguage = QStringLiteral("en");
                document.segments.push_back(segment);
            }
            document.pages.push_back(importedPage);
        }
        Transaction transaction(caseFile->db());
        documentId = DocumentStore(caseFile->db()).insert(document, QByteArray("generated"), QStringLiteral("bench"), {QStringLiteral("large.txt"), {}, {}});
        transaction.commit();
    }

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!window.openCase(casePath))
        return 1;
    QApplication::processEvents();
    ReaderView *reader = window.reader();
    SegmentPane *pane = reader->translationPane();
    reader->clear(); // opening the case showed the document already; measure a fresh open
    QApplication::processEvents();
    PaintWatcher watcher;
    pane->viewport()->installEventFilter(&watcher);

    QElapsedTimer timer;
    timer.start();
    reader->showDocument(documentId);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    while (!watcher.painted)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double firstPaintMs = double(timer.nsecsElapsed()) / 1e6;
    // The rest of the rows line up on idle time while the reader is already usable.
    std::vector<double> idleSteps;
    QElapsedTimer step;
    while (reader->isAligning()) {
        step.restart();
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        idleSteps.push_back(double(step.nsecsElapsed()) / 1e6);
    }
    const double alignedMs = double(timer.nsecsElapsed()) / 1e6;

    // Scroll through the document a wheel-step at a time, painting each step.
    std::vector<double> frames;
    QScrollBar *bar = reader->originalPane()->verticalScrollBar();
    const int steps = 300;
    const int stride = std::max(1, bar->maximum() / steps);
    for (int step = 0; step < steps; ++step) {
        timer.restart();
        bar->setValue(bar->value() + stride);
        reader->originalPane()->viewport()->repaint();
        pane->viewport()->repaint();
        frames.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    QTextStream out(stdout);
    out << "| measure | value |\n|---|---|\n";
    out << QStringLiteral("| document | %1 pages, %2 segments, all translated |\n").arg(pages).arg(reader->segments().size());
    out << QStringLiteral("| open (read segments, fill both panes) | %1 ms |\n").arg(loadMs, 0, 'f', 0);
    out << QStringLiteral("| time to first paint | %1 ms |\n").arg(firstPaintMs, 0, 'f', 0);
    out << QStringLiteral("| all rows aligned (in the background) | %1 ms |\n").arg(alignedMs, 0, 'f', 0);
    out << QStringLiteral("| longest event-loop stall while aligning | %1 ms |\n").arg(percentile(idleSteps, 1.0), 0, 'f', 0);
    out << QStringLiteral("| scroll frame, median | %1 ms |\n").arg(percentile(frames, 0.5), 0, 'f', 2);
    out << QStringLiteral("| scroll frame, p95 | %1 ms |\n").arg(percentile(frames, 0.95), 0, 'f', 2);
    out << QStringLiteral("| scroll frame, worst | %1 ms |\n").arg(percentile(frames, 1.0), 0, 'f', 2);
    return 0;
}
