#pragma once

#include <QString>
#include <QUrl>

#include <vector>

class QSettings;

namespace dossier {

// A machine-translation service as the reporter configured it. Kept in the user's
// settings, never in the case file: a case mailed to a colleague carries no API key.
struct ProviderConfig
{
    enum class Kind { OpenAiCompatible, LibreTranslate };

    QString name;        // how the reporter calls it: "local-llama", "deepseek"
    Kind kind = Kind::OpenAiCompatible;
    QUrl url;            // http://127.0.0.1:8080 or https://api.example.com/v1
    QString model;       // for chat-completions endpoints
    QString apiKey;
    QString sourceLanguage = QStringLiteral("zh");
    QString targetLanguage = QStringLiteral("en");
    QString prompt = defaultPrompt();
    int batchSize = 8;          // segments per request
    int maxRetries = 4;         // on 429, 5xx, time-outs and malformed replies
    double requestsPerMinute = 0; // 0: no limit of our own
    int timeoutMs = 120000;
    int retryBaseMs = 1000;     // first back-off; doubles on each retry

    bool isValid() const { return !name.isEmpty() && url.isValid() && !url.host().isEmpty(); }
    QString origin() const; // "machine:NAME:MODEL", stored with each translation

    static QString kindName(Kind kind);
    static QString defaultPrompt();

    static std::vector<ProviderConfig> loadAll(QSettings &settings);
    static void saveAll(QSettings &settings, const std::vector<ProviderConfig> &providers);
    static QString defaultProviderName(QSettings &settings);
    static void setDefaultProviderName(QSettings &settings, const QString &name);
};

} // namespace dossier
