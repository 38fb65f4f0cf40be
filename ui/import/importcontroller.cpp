#include "import/importcontroller.h"

#include "session/casesession.h"

#include <QFileInfo>
#include <QMessageBox>

#include <memory>

namespace dossier {

ImportController::ImportController(QWidget *window) : QObject(window), m_window(window) {}

void ImportController::importPaths(const QStringList &paths, const ImportOptions &options)
{
    if (paths.isEmpty() || !m_session)
        return;
    if (m_running) {
        // Dropped while an import runs: next in line, never silently ignored.
        m_queue.emplace_back(paths, options);
        return;
    }
    m_outcomes.clear();
    m_cancelled = false;
    start(paths, options);
}

void ImportController::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

void ImportController::start(const QStringList &paths, const ImportOptions &options)
{
    m_running = true;
    auto outcomes = std::make_shared<std::vector<ImportOutcome>>();
    m_job = m_session->runInBackground(tr("Importing"), [paths, options, outcomes](Database &db, BackgroundJob::Context &context) {
        ImportService service(db);
        // OCR takes seconds a page: say which page is being read, or the bar seems stuck.
        service.setPageProgress([&context](const QString &path, int page, int pages) {
            context.progress(page - 1, pages, tr("reading page %1 of %2 of %3 with OCR").arg(page).arg(pages).arg(QFileInfo(path).fileName()));
        });
        *outcomes = service.importFiles(
            paths, options,
            [&context](int done, int total, const QString &path) { context.progress(done, total, QFileInfo(path).fileName()); },
            context.cancelFlag());
        return Status();
    });
    connect(m_job, &BackgroundJob::finished, this, [this, outcomes, paths, job = m_job.data()](const Status &status) {
        std::vector<ImportOutcome> done = *outcomes;
        if (!status) { // the case could not be reached at all: every file says why
            for (const QString &path : ImportService::expandPaths(paths)) {
                ImportOutcome failed;
                failed.path = path;
                failed.error = status.error().message;
                done.push_back(failed);
            }
        }
        onFinished(done, job->wasCancelled());
    });
}

QString ImportController::reportText(const std::vector<ImportOutcome> &outcomes)
{
    int imported = 0, duplicates = 0, cancelled = 0;
    QStringList failures;
    for (const ImportOutcome &outcome : outcomes) {
        switch (outcome.status) {
        case ImportOutcome::Status::Imported:
            ++imported;
            break;
        case ImportOutcome::Status::Duplicate:
            ++duplicates;
            break;
        case ImportOutcome::Status::Cancelled:
            ++cancelled;
            break;
        case ImportOutcome::Status::Failed:
            failures << QStringLiteral("%1: %2").arg(QFileInfo(outcome.path).fileName(), outcome.error);
            break;
        }
    }
    QString text = tr("%n document(s) imported.", nullptr, imported);
    if (duplicates)
        text += QLatin1Char(' ') + tr("%n already in the case.", nullptr, duplicates);
    if (cancelled)
        text += QLatin1Char(' ') + tr("%n not imported because you cancelled.", nullptr, cancelled);
    if (!failures.isEmpty())
        text += QLatin1Char('\n') + tr("%n file(s) could not be imported:", nullptr, int(failures.size())) +
                QLatin1Char('\n') + failures.join(QLatin1Char('\n'));
    return text;
}

void ImportController::onFinished(const std::vector<ImportOutcome> &outcomes, bool cancelled)
{
    m_running = false;
    m_cancelled = m_cancelled || cancelled;
    m_session->notifyDocumentsChanged();
    m_outcomes.insert(m_outcomes.end(), outcomes.begin(), outcomes.end());
    if (!m_queue.empty() && !m_cancelled) {
        auto [paths, options] = std::move(m_queue.front());
        m_queue.erase(m_queue.begin());
        start(paths, options);
        return;
    }
    // A cancel stops what was waiting as well: report those files as not imported.
    for (const auto &batch : m_queue)
        for (const QString &path : ImportService::expandPaths(batch.first))
            m_outcomes.push_back(ImportOutcome::notStarted(path));
    m_queue.clear();
    const std::vector<ImportOutcome> all = std::move(m_outcomes);
    m_outcomes.clear();
    const bool failed = std::any_of(all.begin(), all.end(), [](const ImportOutcome &o) {
        return o.status == ImportOutcome::Status::Failed;
    });
    if (m_showReport && failed) {
        QMessageBox box(QMessageBox::Warning, tr("Import"), reportText(all), QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("importReport"));
        box.exec();
    }
    Q_EMIT finished(all);
}

} // namespace dossier
