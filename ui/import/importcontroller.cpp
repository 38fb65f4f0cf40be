#include "import/importcontroller.h"

#include "session/casesession.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QtConcurrent>

namespace dossier {

ImportController::ImportController(CaseSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
}

ImportController::~ImportController()
{
    m_cancel = true;
    // The worker holds a reference to m_cancel: wait for it before going away.
    QThreadPool::globalInstance()->waitForDone();
}

void ImportController::importPaths(const QStringList &paths, const ImportOptions &options)
{
    if (paths.isEmpty())
        return;
    if (m_running) {
        // Dropped while an import runs: next in line, never silently ignored.
        m_queue.emplace_back(paths, options);
        if (m_progress)
            m_progress->setWindowTitle(tr("Import (%n more batch(es) waiting)", nullptr, int(m_queue.size())));
        return;
    }
    m_outcomes.clear();
    start(paths, options);
}

void ImportController::start(const QStringList &paths, const ImportOptions &options)
{
    m_running = true;
    m_cancel = false;

    m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Import"));
    // Not modal: reading a long scan takes minutes, and the reporter keeps working.
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });

    const QString casePath = m_session->path();
    Result<std::shared_ptr<Database>> connection = m_session->openConnection();
    if (!connection) {
        m_running = false;
        delete m_progress;
        QMessageBox::warning(m_window, tr("Import"), connection.error().message);
        return;
    }

    auto *self = this;
    (void)QtConcurrent::run([self, paths, options, db = *connection] {
        ImportService service(*db);
        auto progress = [self](int done, int total, const QString &path) {
            QMetaObject::invokeMethod(self, [self, done, total, path] {
                Q_EMIT self->progressed(done, total, path);
                if (self->m_progress) {
                    self->m_progress->setMaximum(total);
                    self->m_progress->setValue(done);
                    self->m_progress->setLabelText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
                }
            });
        };
        // OCR takes seconds a page: say which page is being read, or the bar seems stuck.
        service.setPageProgress([self](const QString &path, int page, int pages) {
            QMetaObject::invokeMethod(self, [self, path, page, pages] {
                if (self->m_progress)
                    self->m_progress->setLabelText(tr("Reading page %1 of %2 of %3 with OCR…")
                                                       .arg(page)
                                                       .arg(pages)
                                                       .arg(QFileInfo(path).fileName()));
            });
        });
        std::vector<ImportOutcome> outcomes = service.importFiles(paths, options, progress, &self->m_cancel);
        QMetaObject::invokeMethod(self, [self, outcomes] { self->onFinished(outcomes); });
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

void ImportController::onFinished(const std::vector<ImportOutcome> &outcomes)
{
    m_running = false;
    if (m_progress)
        m_progress->deleteLater();
    m_session->notifyDocumentsChanged();
    m_outcomes.insert(m_outcomes.end(), outcomes.begin(), outcomes.end());
    if (!m_queue.empty() && !m_cancel) {
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
