#include "documentpropertiesdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace dossier {

DocumentPropertiesDialog::DocumentPropertiesDialog(const DocumentInfo &document, QWidget *parent)
    : QDialog(parent), m_title(new QLineEdit(document.title, this)),
      m_sourceUrl(new QLineEdit(document.sourceUrl.value_or(QString()), this)),
      m_hasDate(new QCheckBox(tr("Known"), this)), m_obtained(new QDateEdit(this)),
      m_notes(new QPlainTextEdit(document.notes, this))
{
    setWindowTitle(tr("Document Details"));
    m_obtained->setCalendarPopup(true);
    m_obtained->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate date = document.obtainedAt ? QDate::fromString(*document.obtainedAt, Qt::ISODate) : QDate();
    m_hasDate->setChecked(date.isValid());
    m_obtained->setDate(date.isValid() ? date : QDate::currentDate());
    m_obtained->setEnabled(date.isValid());
    connect(m_hasDate, &QCheckBox::toggled, m_obtained, &QDateEdit::setEnabled);

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_obtained);
    dateRow->addWidget(m_hasDate);
    dateRow->addStretch();

    auto *sha = new QLabel(document.sha256, this);
    sha->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sha->setFont(QFont(QStringLiteral("monospace")));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Source address:"), m_sourceUrl);
    form->addRow(tr("&Obtained on:"), dateRow);
    form->addRow(tr("File:"), new QLabel(document.fileName, this));
    form->addRow(tr("SHA-256:"), sha);
    form->addRow(tr("Imported:"), new QLabel(document.importedAt, this));
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setLayout(form);
    resize(560, 420);
}

DocumentEdit DocumentPropertiesDialog::edit() const
{
    DocumentEdit edit;
    edit.title = m_title->text().trimmed();
    const QString url = m_sourceUrl->text().trimmed();
    edit.sourceUrl = url.isEmpty() ? std::nullopt : std::optional<QString>(url);
    edit.obtainedAt = m_hasDate->isChecked()
                          ? std::optional<QString>(m_obtained->date().toString(Qt::ISODate))
                          : std::nullopt;
    edit.notes = m_notes->toPlainText();
    return edit;
}

} // namespace dossier
