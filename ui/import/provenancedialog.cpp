#include "import/provenancedialog.h"

#include "documents/obtaineddate.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

namespace dossier {

ProvenanceDialog::ProvenanceDialog(int fileCount, QWidget *parent)
    : QDialog(parent), m_source(new QLineEdit(this)), m_obtained(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("provenanceDialog"));
    setWindowTitle(tr("Where Do These Documents Come From?"));
    QSettings settings;
    m_source->setText(settings.value(QStringLiteral("import/lastSource")).toString());
    m_source->selectAll(); // the last batch's address is offered; typing replaces it
    m_source->setPlaceholderText(tr("https://www.ccgp.gov.cn/…"));
    m_obtained->setText(settings.value(QStringLiteral("import/lastObtained"), QDate::currentDate().toString(Qt::ISODate)).toString());
    m_obtained->setPlaceholderText(tr("2024-03-15, 2024-03 or 2024"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00;"));
    m_problem->setWordWrap(true);

    auto *intro = new QLabel(tr("%n file(s) to import. Where they were found and when is kept with each, and "
                                "cited with every quote.", nullptr, fileCount), this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    m_skip = buttons->addButton(tr("Import Without"), QDialogButtonBox::ActionRole);
    m_skip->setToolTip(tr("Import now; where and when can be added later in Document Details (Alt+Return)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ProvenanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_skip, &QPushButton::clicked, this, [this] {
        m_skipped = true;
        QDialog::accept();
    });
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("Web address:"), m_source);
    form->addRow(tr("Obtained on:"), m_obtained);
    form->addRow(m_problem);
    form->addRow(buttons);
    resize(560, 200);
}

bool ProvenanceDialog::check()
{
    const QString source = m_source->text().trimmed();
    const QString obtained = m_obtained->text().trimmed();
    if (!source.isEmpty() && !QUrl(source, QUrl::StrictMode).isValid()) {
        m_problem->setText(tr("“%1” is not a web address.").arg(source));
        return false;
    }
    if (!obtained.isEmpty() && !ObtainedDate::isValid(obtained)) {
        m_problem->setText(tr("“%1” is not a date: write it as 2024-03-15, 2024-03 or 2024.").arg(obtained));
        return false;
    }
    return true;
}

void ProvenanceDialog::accept()
{
    if (!check())
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("import/lastSource"), m_source->text().trimmed());
    settings.setValue(QStringLiteral("import/lastObtained"), m_obtained->text().trimmed());
    QDialog::accept();
}

ImportOptions ProvenanceDialog::options() const
{
    ImportOptions options;
    if (m_skipped)
        return options;
    if (const QString source = m_source->text().trimmed(); !source.isEmpty())
        options.sourceUrl = source;
    if (const QString obtained = m_obtained->text().trimmed(); !obtained.isEmpty())
        options.obtainedAt = obtained;
    return options;
}

} // namespace dossier
