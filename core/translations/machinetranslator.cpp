#include "machinetranslator.h"

#include "../storage/database.h"
#include "../storage/sqlerror.h"
#include "glossary.h"
#include "translationprovider.h"
#include "translationstore.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <map>
#include <thread>

namespace dossier {

namespace {

struct Pending
{
    qint64 segmentId;
    QString text;
};

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

// Sleeps in small steps so a cancel is honoured within a tenth of a second.
void pause(int milliseconds, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds && !cancelled(cancel))
        std::this_thread::sleep_for(std::chrono::milliseconds(std::min<qint64>(100, milliseconds - timer.elapsed())));
}

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    QByteArray body;
    int retryAfterSeconds = -1;
    bool timedOut = false;
};

HttpResult post(QNetworkAccessManager &network, const QNetworkRequest &request, const QByteArray &body,
                int timeoutMs, const std::atomic_bool *cancel)
{
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QTimer poll;
    HttpResult result;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        reply->abort();
    });
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancelled(cancel))
            reply->abort();
    });
    timeout.start(timeoutMs);
    poll.start(100);
    if (!reply->isFinished())
        loop.exec();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorText = reply->errorString();
    result.body = reply->readAll();
    bool ok = false;
    const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
    if (ok)
        result.retryAfterSeconds = retryAfter;
    reply->deleteLater();
    return result;
}

} // namespace

std::vector<qint64> MachineTranslator::untranslatedSegments(Database &db, std::optional<qint64> documentId,
                                                            const QString &language)
{
    Statement query = db.prepare(QStringLiteral(
        "SELECT s.id FROM segments s JOIN documents d ON d.id = s.document_id "
        "WHERE d.deleted_at IS NULL AND (? IS NULL OR s.document_id = ?) AND NOT EXISTS "
        "(SELECT 1 FROM translations t WHERE t.segment_id = s.id AND t.language = ?) "
        "ORDER BY s.document_id, s.ordinal"));
    query.bind(1, documentId).bind(2, documentId).bind(3, language);
    std::vector<qint64> ids;
    while (query.step())
        ids.push_back(query.int64(0));
    return ids;
}

MachineTranslationReport MachineTranslator::run(const std::vector<qint64> &segmentIds, const Progress &progress,
                                                const std::atomic_bool *cancel)
{
    MachineTranslationReport report;
    report.segments = int(segmentIds.size());
    if (!m_config.isValid()) {
        report.errors << tr("No translation service is configured. Add one in Settings → Translation Services.");
        report.failed = report.segments;
        return report;
    }
    const std::unique_ptr<TranslationProvider> provider = TranslationProvider::create(m_config.kind);
    QNetworkAccessManager network;
    network.setTransferTimeout(m_config.timeoutMs);
    const std::vector<GlossaryEntry> glossary = Glossary(m_db).entries();
    const QString host = m_config.url.host();
    QElapsedTimer sinceLastRequest;
    const int minInterval = m_config.requestsPerMinute > 0 ? int(60000.0 / m_config.requestsPerMinute) : 0;
    int done = 0;

    try {
        TranslationStore store(m_db);
        Statement textOf = m_db.prepare(QStringLiteral("SELECT text FROM segments WHERE id = ?"));
        std::vector<Pending> queue;
        for (qint64 id : segmentIds) {
            textOf.bind(1, id);
            if (textOf.step())
                queue.push_back({id, textOf.text(0)});
            textOf.reset();
        }

        for (size_t first = 0; first < queue.size();) {
            if (cancelled(cancel)) {
                report.cancelled = true;
                break;
            }
            // The next batch: texts the case has not translated yet, each sent once.
            std::vector<Pending> batch;
            QStringList texts;
            std::map<QString, int> indexOfText;
            size_t next = first;
            {
                Transaction transaction(m_db);
                for (; next < queue.size() && texts.size() < std::max(1, m_config.batchSize); ++next) {
                    const Pending &item = queue[next];
                    if (const std::optional<QString> existing = store.existingFor(item.text, m_config.targetLanguage)) {
                        store.add(item.segmentId, *existing, m_config.targetLanguage, m_config.origin());
                        ++report.reused;
                        ++done;
                        continue;
                    }
                    batch.push_back(item);
                    if (!indexOfText.count(item.text)) {
                        indexOfText[item.text] = int(texts.size());
                        texts << item.text;
                    }
                }
                transaction.commit();
            }
            first = next;
            if (texts.isEmpty()) {
                if (progress)
                    progress(done, report.segments);
                continue;
            }

            std::vector<GlossaryEntry> terms;
            for (const GlossaryEntry &entry : glossary)
                if (!Glossary::occurringIn(texts.join(QLatin1Char('\n')), {entry}).empty())
                    terms.push_back(entry);
            const QByteArray body = provider->body(m_config, texts, terms);

            std::optional<QStringList> translations;
            QString lastError;
            bool fatal = false; // no later batch can succeed either
            for (int attempt = 0; attempt <= m_config.maxRetries && !cancelled(cancel); ++attempt) {
                if (minInterval > 0 && sinceLastRequest.isValid() && sinceLastRequest.elapsed() < minInterval)
                    pause(int(minInterval - sinceLastRequest.elapsed()), cancel);
                sinceLastRequest.restart();
                ++report.requests;
                const HttpResult http = post(network, provider->request(m_config), body, m_config.timeoutMs, cancel);
                int wait = m_config.retryBaseMs << std::min(attempt, 5);
                if (cancelled(cancel))
                    break;
                if (http.timedOut) {
                    lastError = tr("The translation service at %1 did not answer in time.").arg(host);
                } else if (http.status == 429) {
                    lastError = tr("The translation service at %1 asked to slow down (too many requests).").arg(host);
                    if (http.retryAfterSeconds >= 0)
                        wait = std::min(60000, http.retryAfterSeconds * 1000);
                } else if (http.status >= 500) {
                    lastError = tr("The translation service at %1 failed (HTTP %2).").arg(host).arg(http.status);
                } else if (http.status == 0 || (http.error != QNetworkReply::NoError && http.status < 400)) {
                    lastError = tr("The translation service at %1 cannot be reached: %2").arg(host, http.errorText);
                    fatal = attempt == m_config.maxRetries;
                } else if (http.status >= 400) {
                    lastError = http.status == 401 || http.status == 403
                                    ? tr("The translation service at %1 refused the API key (HTTP %2).").arg(host).arg(http.status)
                                    : tr("The translation service at %1 rejected the request (HTTP %2).").arg(host).arg(http.status);
                    fatal = true;
                    break; // asking again will not help
                } else {
                    Result<QStringList> parsed = provider->parse(http.body, int(texts.size()));
                    if (parsed) {
                        translations = *parsed;
                        break;
                    }
                    lastError = parsed.error().message;
                }
                qInfo().noquote() << "Translation request failed, attempt" << attempt + 1 << ":" << lastError;
                if (attempt < m_config.maxRetries)
                    pause(wait, cancel);
            }
            if (cancelled(cancel)) {
                report.cancelled = true;
                break;
            }
            if (!translations) {
                if (!report.errors.contains(lastError))
                    report.errors << lastError;
                const size_t failedNow = fatal ? batch.size() + (queue.size() - first) : batch.size();
                report.failed += int(failedNow);
                done += int(failedNow);
                if (progress)
                    progress(done, report.segments);
                if (fatal)
                    break;
                continue;
            }
            Transaction transaction(m_db);
            for (const Pending &item : batch)
                store.add(item.segmentId, translations->at(indexOfText[item.text]), m_config.targetLanguage,
                          m_config.origin());
            transaction.commit();
            report.translated += int(batch.size());
            done += int(batch.size());
            if (progress)
                progress(done, report.segments);
        }
    } catch (const SqlError &error) {
        report.errors << error.userMessage();
    }
    return report;
}

} // namespace dossier
