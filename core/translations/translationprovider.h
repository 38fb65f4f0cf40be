#pragma once

#include "../error.h"
#include "glossary.h"
#include "providerconfig.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QStringList>

#include <memory>
#include <vector>

namespace dossier {

// The wire protocol of one kind of translation service: how a batch of texts becomes an
// HTTP request, and how the reply becomes translations (exactly one per text).
class TranslationProvider
{
public:
    virtual ~TranslationProvider() = default;

    virtual QNetworkRequest request(const ProviderConfig &config) const = 0;
    virtual QByteArray body(const ProviderConfig &config, const QStringList &texts,
                            const std::vector<GlossaryEntry> &glossary) const = 0;
    virtual Result<QStringList> parse(const QByteArray &reply, int expected) const = 0;

    static std::unique_ptr<TranslationProvider> create(ProviderConfig::Kind kind);
};

// Any OpenAI-compatible chat-completions endpoint: llama.cpp's server, Ollama, vLLM and
// hosted services. The texts go as a JSON array and come back as one.
class OpenAiCompatibleProvider : public TranslationProvider
{
public:
    QNetworkRequest request(const ProviderConfig &config) const override;
    QByteArray body(const ProviderConfig &config, const QStringList &texts,
                    const std::vector<GlossaryEntry> &glossary) const override;
    Result<QStringList> parse(const QByteArray &reply, int expected) const override;
};

// A LibreTranslate server (/translate with q as an array).
class LibreTranslateProvider : public TranslationProvider
{
public:
    QNetworkRequest request(const ProviderConfig &config) const override;
    QByteArray body(const ProviderConfig &config, const QStringList &texts,
                    const std::vector<GlossaryEntry> &glossary) const override;
    Result<QStringList> parse(const QByteArray &reply, int expected) const override;
};

} // namespace dossier
