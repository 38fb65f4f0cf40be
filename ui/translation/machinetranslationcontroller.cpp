#include "translation/machinetranslationcontroller.h"

#include "session/casesession.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QThreadPool>
#include <QtConcurrent>

namespace dossier {

MachineTranslationController::MachineTranslationController(CaseSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
}

MachineTranslationController::~MachineTranslationController()
{
    m_cancel = true;
    QThreadPool::globalInstance()->waitForDone();
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
    if (m_running || segmentIds.empty())
        return;
    const Result<std::shared_ptr<Database>> opened = m_session->openConnection();
    if (!opened) {
        QMessageBox::warning(m_window, tr("Machine Translation"), opened.error().message);
        return;
    }
    const std::shared_ptr<Database> connection = *opened;
    m_running = true;
    m_cancel = false;
    m_progress = new QProgressDialog(tr("Translating with %1…").arg(provider.name), tr("Cancel"), 0,
                                     int(segmentIds.size()), m_window);
    m_progress->setObjectName(QStringLiteral("translationProgress"));
    m_progress->setWindowTitle(tr("Machine Translation"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });

    auto *self = this;
    (void)QtConcurrent::run([self, provider, segmentIds, documentId, connection] {
        const MachineTranslationReport report = MachineTranslator(*connection, provider)
            .run(segmentIds, [self](int done, int) {
                QMetaObject::invokeMethod(self, [self, done] {
                    if (self->m_progress)
                        self->m_progress->setValue(done);
                });
            }, &self->m_cancel);
        QMetaObject::invokeMethod(self, [self, report, documentId] {
            self->m_running = false;
            if (self->m_progress)
                self->m_progress->deleteLater();
            self->m_session->notifyTranslationsChanged(documentId);
            self->m_session->notifyDocumentsChanged();
            if (self->m_showReport && (report.failed > 0 || !report.errors.isEmpty())) {
                QMessageBox box(QMessageBox::Warning, tr("Machine Translation"), reportText(report), QMessageBox::Ok,
                                self->m_window);
                box.setObjectName(QStringLiteral("translationReport"));
                box.exec();
            }
            Q_EMIT self->finished(report);
        });
    });
}

} // namespace dossier
