#pragma once

#include "providerconfig.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace dossier {

class Database;

struct MachineTranslationReport
{
    int segments = 0;   // asked for
    int translated = 0; // by the service
    int reused = 0;     // the same text was already translated in the case
    int failed = 0;
    int requests = 0;   // HTTP requests sent, retries included
    bool cancelled = false;
    QStringList errors;
};

// Sends segments to a configured translation service in batches and stores each
// translation with its origin. Retries with back-off on time-outs, 429 (honouring
// Retry-After), 5xx and malformed replies; keeps to the configured request rate; never
// sends a text the case has already translated; commits each batch in one transaction,
// so a cancel or an error keeps what finished. Manual translations stay preferred.
// Runs its own event loop per request: call it from a worker thread in a GUI.
class MachineTranslator
{
    Q_DECLARE_TR_FUNCTIONS(MachineTranslator)

public:
    using Progress = std::function<void(int done, int total)>;

    MachineTranslator(Database &db, ProviderConfig config) : m_db(db), m_config(std::move(config)) {}

    // Segments of one document (or of the whole case) with no translation yet.
    static std::vector<qint64> untranslatedSegments(Database &db, std::optional<qint64> documentId,
                                                    const QString &language);

    MachineTranslationReport run(const std::vector<qint64> &segmentIds, const Progress &progress = {},
                                 const std::atomic_bool *cancel = nullptr);

private:
    Database &m_db;
    ProviderConfig m_config;
};

} // namespace dossier
