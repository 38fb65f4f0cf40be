#pragma once

#include "translations/machinetranslator.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <optional>
#include <vector>

class QProgressDialog;
class QWidget;

namespace dossier {

class CaseSession;

// Runs a machine translation on a worker thread with its own connection to the case,
// with a progress dialog and Cancel; tells the views which documents changed.
class MachineTranslationController : public QObject
{
    Q_OBJECT

public:
    MachineTranslationController(CaseSession *session, QWidget *window);
    ~MachineTranslationController() override;

    bool isRunning() const { return m_running; }
    void setShowReport(bool show) { m_showReport = show; }
    // The default service from the user's settings, if one is configured.
    static std::optional<ProviderConfig> defaultProvider();
    void translate(const ProviderConfig &provider, const std::vector<qint64> &segmentIds, qint64 documentId);
    void cancel() { m_cancel = true; }

    static QString reportText(const MachineTranslationReport &report);

Q_SIGNALS:
    void finished(const dossier::MachineTranslationReport &report);

private:
    CaseSession *m_session;
    QWidget *m_window;
    QPointer<QProgressDialog> m_progress;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    bool m_showReport = true;
};

} // namespace dossier
