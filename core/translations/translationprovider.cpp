#include "translationprovider.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dossier {

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("TranslationProvider", text);
}

QUrl endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString existing = url.path();
    if (existing.endsWith(path))
        return url;
    if (existing.endsWith(QLatin1Char('/')))
        existing.chop(1);
    url.setPath(existing + path);
    return url;
}

Result<QStringList> stringsFrom(const QJsonValue &value, int expected)
{
    if (!value.isArray())
        return Error(trText("The translation service answered in an unexpected form."));
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return Error(trText("The translation service answered in an unexpected form."));
        list << item.toString();
    }
    if (list.size() != expected)
        return Error(trText("The translation service returned %1 translations for %2 texts.")
                         .arg(list.size())
                         .arg(expected));
    return list;
}

} // namespace

std::unique_ptr<TranslationProvider> TranslationProvider::create(ProviderConfig::Kind kind)
{
    if (kind == ProviderConfig::Kind::LibreTranslate)
        return std::make_unique<LibreTranslateProvider>();
    return std::make_unique<OpenAiCompatibleProvider>();
}

QNetworkRequest OpenAiCompatibleProvider::request(const ProviderConfig &config) const
{
    QString path = QStringLiteral("/chat/completions");
    if (!config.url.path().contains(QLatin1String("/v1")))
        path = QStringLiteral("/v1/chat/completions");
    QNetworkRequest request(endpoint(config.url, path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!config.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + config.apiKey.toUtf8());
    return request;
}

QByteArray OpenAiCompatibleProvider::body(const ProviderConfig &config, const QStringList &texts,
                                          const std::vector<GlossaryEntry> &glossary) const
{
    QString system = config.prompt;
    if (!glossary.empty()) {
        system += QStringLiteral("\nGlossary (term = rendering):");
        for (const GlossaryEntry &entry : glossary)
            system += QStringLiteral("\n%1 = %2").arg(entry.term, entry.rendering);
    }
    system += QStringLiteral("\nThe user sends a JSON array of %1 texts in language '%2'. Answer with only a "
                             "JSON object {\"translations\": [...]} holding exactly %1 strings in language "
                             "'%3', in the same order.")
                  .arg(texts.size())
                  .arg(config.sourceLanguage, config.targetLanguage);
    const QJsonObject request{
        {QStringLiteral("model"), config.model},
        {QStringLiteral("temperature"), 0},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), system}},
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"),
                                 QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact))}}}},
    };
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

Result<QStringList> OpenAiCompatibleProvider::parse(const QByteArray &reply, int expected) const
{
    const QJsonObject root = QJsonDocument::fromJson(reply).object();
    const QJsonArray choices = root.value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        return Error(trText("The translation service answered in an unexpected form."));
    QString content = choices.first().toObject().value(QStringLiteral("message")).toObject()
                          .value(QStringLiteral("content")).toString().trimmed();
    // Models like to wrap JSON in a Markdown code fence.
    if (content.startsWith(QLatin1String("```"))) {
        content = content.section(QLatin1Char('\n'), 1);
        content.truncate(content.lastIndexOf(QLatin1String("```")));
    }
    const QJsonDocument inner = QJsonDocument::fromJson(content.toUtf8());
    if (inner.isArray())
        return stringsFrom(inner.array(), expected);
    return stringsFrom(inner.object().value(QStringLiteral("translations")), expected);
}

QNetworkRequest LibreTranslateProvider::request(const ProviderConfig &config) const
{
    QNetworkRequest request(endpoint(config.url, QStringLiteral("/translate")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return request;
}

QByteArray LibreTranslateProvider::body(const ProviderConfig &config, const QStringList &texts,
                                        const std::vector<GlossaryEntry> &) const
{
    QJsonObject request{
        {QStringLiteral("q"), QJsonArray::fromStringList(texts)},
        {QStringLiteral("source"), config.sourceLanguage},
        {QStringLiteral("target"), config.targetLanguage},
        {QStringLiteral("format"), QStringLiteral("text")},
    };
    if (!config.apiKey.isEmpty())
        request.insert(QStringLiteral("api_key"), config.apiKey);
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

Result<QStringList> LibreTranslateProvider::parse(const QByteArray &reply, int expected) const
{
    const QJsonObject root = QJsonDocument::fromJson(reply).object();
    const QJsonValue translated = root.value(QStringLiteral("translatedText"));
    if (translated.isString() && expected == 1)
        return QStringList{translated.toString()};
    return stringsFrom(translated, expected);
}

} // namespace dossier
