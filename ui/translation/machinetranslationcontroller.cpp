#include "translation/machinetranslationcontroller.h"

#include "session/backgroundjob.h"
#include "session/casesession.h"
#include "translation/translationsettingsdialog.h"
#include "translations/machinetranslator.h"

#include <QMessageBox>
#include <QSettings>

namespace dossier {

MachineTranslationController::MachineTranslationController(QWidget *window) : QObject(window), m_window(window) {}

void MachineTranslationController::request(const std::vector<qint64> &segmentIds, qint64 documentId)
{
    if (!m_session)
        return;
    std::optional<ProviderConfig> provider = defaultProvider();
    if (!provider) {
        QMessageBox::information(m_window, tr("Machine Translation"),
                                 tr("No translation service is set up yet. Add one (a local server or a hosted "
                                    "service) and try again."));
        TranslationSettingsDialog(m_window).exec();
        provider = defaultProvider();
        if (!provider)
            return;
    }
    std::vector<qint64> ids = segmentIds;
    if (ids.empty()) // the whole case: every segment without a translation yet
        m_session->read([&](Database &db) {
            ids = MachineTranslator::untranslatedSegments(db, std::nullopt, provider->targetLanguage);
        });
    translate(*provider, ids, documentId);
}

std::optional<ProviderConfig> MachineTranslationController::defaultProvider()
{
    QSettings settings;
    const std::vector<ProviderConfig> providers = ProviderConfig::loadAll(settings);
    const QString wanted = ProviderConfig::defaultProviderName(settings);
    for (const ProviderConfig &provider : providers)
        if (provider.name == wanted)
            return provider;
    if (!providers.empty())
        return providers.front();
    return std::nullopt;
}

QString MachineTranslationController::reportText(const MachineTranslationReport &report)
{
    QString text = tr("Translated: %1. Reused from the case: %2. Failed: %3.")
                       .arg(report.translated)
                       .arg(report.reused)
                       .arg(report.failed);
    if (report.cancelled)
        text += QLatin1Char(' ') + tr("Stopped because you cancelled; finished batches are kept.");
    if (!report.errors.isEmpty())
        text += QLatin1Char('\n') + report.errors.join(QLatin1Char('\n'));
    return text;
}

void MachineTranslationController::translate(const ProviderConfig &provider, const std::vector<qint64> &segmentIds,
                                             qint64 documentId)
{
    if (isRunning() || segmentIds.empty())
        return;
    auto report = std::make_shared<MachineTranslationReport>();
    const int total = int(segmentIds.size());
    // The session's background job: progress and Cancel in the status bar, the window live.
    m_job = m_session->runInBackground(
        tr("Translating with %1").arg(provider.name), [provider, segmentIds, report, total](Database &db, BackgroundJob::Context &context) {
            std::atomic_bool cancel{false};
            *report = MachineTranslator(db, provider).run(segmentIds, [&](int done, int) {
                context.progress(done, total);
                if (context.cancelled())
                    cancel = true; // the translator stops between batches; finished ones are kept
            }, &cancel);
            return Status();
        });
    connect(m_job, &BackgroundJob::finished, this, [this, report, documentId](const Status &status) {
        if (!status)
            report->errors << status.error().fullText();
        m_session->notifyTranslationsChanged(documentId);
        m_session->notifyDocumentsChanged();
        if (m_showReport && (report->failed > 0 || !report->errors.isEmpty())) {
            QMessageBox box(QMessageBox::Warning, tr("Machine Translation"), reportText(*report), QMessageBox::Ok, m_window);
            box.setObjectName(QStringLiteral("translationReport"));
            box.exec();
        }
        Q_EMIT finished(*report);
    });
}

void MachineTranslationController::cancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace dossier
