#include "providerconfig.h"

#include <QSettings>

namespace dossier {

QString ProviderConfig::origin() const
{
    return model.isEmpty() ? QStringLiteral("machine:%1").arg(name)
                           : QStringLiteral("machine:%1:%2").arg(name, model);
}

QString ProviderConfig::kindName(Kind kind)
{
    return kind == Kind::LibreTranslate ? QStringLiteral("libretranslate") : QStringLiteral("openai");
}

QString ProviderConfig::defaultPrompt()
{
    return QStringLiteral(
        "You translate Chinese public procurement documents into English for journalists. "
        "Translate each text faithfully. Keep every number, amount, currency, date, model "
        "name, product name and company name exactly as written; do not round or convert "
        "numbers. Use the glossary renderings when a glossary term occurs.");
}

std::vector<ProviderConfig> ProviderConfig::loadAll(QSettings &settings)
{
    std::vector<ProviderConfig> providers;
    const int count = settings.beginReadArray(QStringLiteral("translation/providers"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ProviderConfig p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.kind = settings.value(QStringLiteral("kind")).toString() == QLatin1String("libretranslate")
                     ? Kind::LibreTranslate
                     : Kind::OpenAiCompatible;
        p.url = settings.value(QStringLiteral("url")).toUrl();
        p.model = settings.value(QStringLiteral("model")).toString();
        p.apiKey = settings.value(QStringLiteral("apiKey")).toString();
        p.sourceLanguage = settings.value(QStringLiteral("source"), p.sourceLanguage).toString();
        p.targetLanguage = settings.value(QStringLiteral("target"), p.targetLanguage).toString();
        p.prompt = settings.value(QStringLiteral("prompt"), p.prompt).toString();
        p.batchSize = settings.value(QStringLiteral("batchSize"), p.batchSize).toInt();
        p.requestsPerMinute = settings.value(QStringLiteral("requestsPerMinute"), 0).toDouble();
        providers.push_back(p);
    }
    settings.endArray();
    return providers;
}

void ProviderConfig::saveAll(QSettings &settings, const std::vector<ProviderConfig> &providers)
{
    settings.remove(QStringLiteral("translation/providers"));
    settings.beginWriteArray(QStringLiteral("translation/providers"), int(providers.size()));
    for (int i = 0; i < int(providers.size()); ++i) {
        const ProviderConfig &p = providers[size_t(i)];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("kind"), kindName(p.kind));
        settings.setValue(QStringLiteral("url"), p.url);
        settings.setValue(QStringLiteral("model"), p.model);
        settings.setValue(QStringLiteral("apiKey"), p.apiKey);
        settings.setValue(QStringLiteral("source"), p.sourceLanguage);
        settings.setValue(QStringLiteral("target"), p.targetLanguage);
        settings.setValue(QStringLiteral("prompt"), p.prompt);
        settings.setValue(QStringLiteral("batchSize"), p.batchSize);
        settings.setValue(QStringLiteral("requestsPerMinute"), p.requestsPerMinute);
    }
    settings.endArray();
}

QString ProviderConfig::defaultProviderName(QSettings &settings)
{
    return settings.value(QStringLiteral("translation/defaultProvider")).toString();
}

void ProviderConfig::setDefaultProviderName(QSettings &settings, const QString &name)
{
    settings.setValue(QStringLiteral("translation/defaultProvider"), name);
}

} // namespace dossier
