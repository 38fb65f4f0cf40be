#include "documents/documentpropertiesdialog.h"

#include "shell/historytext.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace dossier {

DocumentPropertiesDialog::DocumentPropertiesDialog(const DocumentInfo &document, const std::vector<AuditEntry> &history,
                                                   QWidget *parent)
    : QDialog(parent), m_title(new QLineEdit(document.title, this)),
      m_sourceUrl(new QLineEdit(document.sourceUrl.value_or(QString()), this)),
      m_obtained(new QLineEdit(document.obtainedAt.value_or(QString()), this)),
      m_notes(new QPlainTextEdit(document.notes, this))
{
    setWindowTitle(tr("Document Details"));
    // Kept at the precision a person knows it: a year stays a year.
    m_obtained->setPlaceholderText(tr("2024-03-15, 2024-03 or 2024; empty if not known"));

    // Selectable whole and never cut: a copied fingerprint must verify.
    auto *sha = new QLineEdit(document.sha256, this);
    sha->setReadOnly(true);
    sha->setFont(QFont(QStringLiteral("monospace")));
    sha->setMinimumWidth(sha->fontMetrics().horizontalAdvance(document.sha256) + 16);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Source address:"), m_sourceUrl);
    form->addRow(tr("&Obtained on:"), m_obtained);
    form->addRow(tr("File:"), new QLabel(document.fileName, this));
    form->addRow(tr("SHA-256:"), sha);
    form->addRow(tr("Imported:"), new QLabel(QLocale().toString(QDateTime::fromString(document.importedAt, Qt::ISODate).toLocalTime(),
                                                               QLocale::ShortFormat), this));
    form->addRow(tr("&Notes:"), m_notes);
    if (!history.empty()) {
        auto *changes = new QLabel(historyHtml(history), this);
        changes->setObjectName(QStringLiteral("history"));
        changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
        changes->setWordWrap(true);
        form->addRow(tr("History:"), changes);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setLayout(form);
    resize(680, 460);
}

DocumentEdit DocumentPropertiesDialog::edit() const
{
    DocumentEdit edit;
    edit.title = m_title->text().trimmed();
    const QString url = m_sourceUrl->text().trimmed();
    edit.sourceUrl = url.isEmpty() ? std::nullopt : std::optional<QString>(url);
    const QString obtained = m_obtained->text().trimmed();
    edit.obtainedAt = obtained.isEmpty() ? std::nullopt : std::optional<QString>(obtained);
    edit.notes = m_notes->toPlainText();
    return edit;
}

} // namespace dossier
