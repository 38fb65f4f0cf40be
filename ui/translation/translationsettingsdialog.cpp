#include "translation/translationsettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dossier {

TranslationSettingsDialog::TranslationSettingsDialog(QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_name(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_url(new QLineEdit(this)), m_model(new QLineEdit(this)), m_apiKey(new QLineEdit(this)),
      m_source(new QLineEdit(this)), m_target(new QLineEdit(this)), m_prompt(new QPlainTextEdit(this)),
      m_batch(new QSpinBox(this)), m_rate(new QDoubleSpinBox(this)), m_default(new QComboBox(this))
{
    setObjectName(QStringLiteral("translationSettings"));
    setWindowTitle(tr("Translation Services"));
    QSettings settings;
    m_providers = ProviderConfig::loadAll(settings);

    m_kind->addItem(tr("OpenAI-compatible chat completions (llama.cpp, Ollama, hosted)"),
                    ProviderConfig::kindName(ProviderConfig::Kind::OpenAiCompatible));
    m_kind->addItem(tr("LibreTranslate"), ProviderConfig::kindName(ProviderConfig::Kind::LibreTranslate));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setToolTip(tr("Stored in your user settings on this computer, never in a case file."));
    m_batch->setRange(1, 100);
    m_rate->setRange(0, 10000);
    m_rate->setSpecialValueText(tr("No limit"));
    m_rate->setSuffix(tr(" per minute"));

    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        storeEdits();
        ProviderConfig provider;
        provider.name = tr("service %1").arg(m_providers.size() + 1);
        m_providers.push_back(provider);
        m_list->addItem(provider.name);
        m_list->setCurrentRow(int(m_providers.size()) - 1);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        m_current = -1;
        m_providers.erase(m_providers.begin() + row);
        delete m_list->takeItem(row);
    });
    for (const ProviderConfig &provider : m_providers)
        m_list->addItem(provider.name);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeEdits();
        showProvider(row);
    });

    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    left->addLayout(buttons);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Protocol:"), m_kind);
    form->addRow(tr("Address:"), m_url);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("API key:"), m_apiKey);
    form->addRow(tr("From language:"), m_source);
    form->addRow(tr("To language:"), m_target);
    form->addRow(tr("Instructions:"), m_prompt);
    form->addRow(tr("Segments per request:"), m_batch);
    form->addRow(tr("Requests:"), m_rate);

    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addLayout(form, 3);

    auto *note = new QLabel(tr("Dossier only contacts a service when you ask it to translate. Segments are sent to "
                               "the address above; use a local server for confidential material."),
                            this);
    note->setWordWrap(true);
    auto *defaultRow = new QFormLayout;
    defaultRow->addRow(tr("Use by default:"), m_default);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &TranslationSettingsDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addLayout(defaultRow);
    layout->addWidget(box);
    resize(820, 560);

    for (const ProviderConfig &provider : m_providers)
        m_default->addItem(provider.name);
    m_default->setCurrentText(ProviderConfig::defaultProviderName(settings));
    if (!m_providers.empty())
        m_list->setCurrentRow(0);
    else
        showProvider(-1);
}

void TranslationSettingsDialog::showProvider(int row)
{
    m_current = row;
    const bool valid = row >= 0 && size_t(row) < m_providers.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_kind, m_url, m_model, m_apiKey, m_source, m_target,
                                                       m_prompt, m_batch, m_rate})
        w->setEnabled(valid);
    if (!valid)
        return;
    const ProviderConfig &p = m_providers[size_t(row)];
    m_name->setText(p.name);
    m_kind->setCurrentIndex(p.kind == ProviderConfig::Kind::LibreTranslate ? 1 : 0);
    m_url->setText(p.url.toString());
    m_model->setText(p.model);
    m_apiKey->setText(p.apiKey);
    m_source->setText(p.sourceLanguage);
    m_target->setText(p.targetLanguage);
    m_prompt->setPlainText(p.prompt);
    m_batch->setValue(p.batchSize);
    m_rate->setValue(p.requestsPerMinute);
}

void TranslationSettingsDialog::storeEdits()
{
    if (m_current < 0 || size_t(m_current) >= m_providers.size())
        return;
    ProviderConfig &p = m_providers[size_t(m_current)];
    p.name = m_name->text().trimmed();
    p.kind = m_kind->currentIndex() == 1 ? ProviderConfig::Kind::LibreTranslate : ProviderConfig::Kind::OpenAiCompatible;
    p.url = QUrl::fromUserInput(m_url->text().trimmed());
    p.model = m_model->text().trimmed();
    p.apiKey = m_apiKey->text();
    p.sourceLanguage = m_source->text().trimmed();
    p.targetLanguage = m_target->text().trimmed();
    p.prompt = m_prompt->toPlainText();
    p.batchSize = m_batch->value();
    p.requestsPerMinute = m_rate->value();
    if (QListWidgetItem *item = m_list->item(m_current))
        item->setText(p.name);
}

QString TranslationSettingsDialog::defaultProvider() const
{
    return m_default->currentText();
}

void TranslationSettingsDialog::accept()
{
    storeEdits();
    for (const ProviderConfig &provider : m_providers) {
        if (!provider.isValid()) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("“%1” needs a name and a full address such as http://127.0.0.1:8080.")
                                     .arg(provider.name));
            return;
        }
    }
    QSettings settings;
    ProviderConfig::saveAll(settings, m_providers);
    QString chosen = m_default->currentText();
    if (chosen.isEmpty() && !m_providers.empty())
        chosen = m_providers.front().name;
    ProviderConfig::setDefaultProviderName(settings, chosen);
    QDialog::accept();
}

} // namespace dossier
