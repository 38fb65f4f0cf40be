#pragma once

#include "translations/providerconfig.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace dossier {

// The machine-translation services a reporter uses: address, model, API key (kept in
// the user's settings, never in a case), languages, the prompt and request limits.
class TranslationSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TranslationSettingsDialog(QWidget *parent = nullptr);

    std::vector<ProviderConfig> providers() const { return m_providers; }
    QString defaultProvider() const;
    void accept() override;

private:
    void showProvider(int row);
    void storeEdits();

    std::vector<ProviderConfig> m_providers;
    int m_current = -1;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QLineEdit *m_model;
    QLineEdit *m_apiKey;
    QLineEdit *m_source;
    QLineEdit *m_target;
    QPlainTextEdit *m_prompt;
    QSpinBox *m_batch;
    QDoubleSpinBox *m_rate;
    QComboBox *m_default;
};

} // namespace dossier
