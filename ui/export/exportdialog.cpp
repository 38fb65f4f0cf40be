#include "export/exportdialog.h"

#include "session/casesession.h"
#include "session/backgroundjob.h"

#include "export/exporter.h"
#include "export/summaryhtml.h"
#include "timeline/eventstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <set>

namespace dossier {

namespace {

QString caseKey(const char *setting, const QString &casePath)
{
    return QStringLiteral("export/%1/").arg(QLatin1String(setting)) +
           QString::fromLatin1(casePath.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

bool writesFolder(const QString &format)
{
    return format == QLatin1String("csv") || format == QLatin1String("manifest");
}

} // namespace

ExportDialog::ExportDialog(CaseSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_format(new QComboBox(this)), m_all(new QRadioButton(tr("Everything"), this)),
      m_confirmed(new QRadioButton(tr("Only confirmed events and supported claims"), this)),
      m_verified(new QCheckBox(tr("Only items verified by a fact-checker"), this)),
      m_byTag(new QRadioButton(tr("Only events tagged"), this)), m_tag(new QComboBox(this)), m_title(new QLineEdit(this)),
      m_author(new QLineEdit(this)), m_publishedUrl(new QLineEdit(this)), m_findings(new QPlainTextEdit(this)), m_preview(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Case Summary"));
    const std::pair<const char *, QString> formats[] = {
        {"pdf", tr("PDF — for the desk")},
        {"odt", tr("ODT — LibreOffice and Word")},
        {"html", tr("HTML — one self-contained page")},
        {"md", tr("Markdown — for the CMS")},
        {"json", tr("JSON — the whole case, re-importable")},
        {"csv", tr("CSV — entities, events and figures")},
        {"ftm", tr("FollowTheMoney — for Aleph")},
        {"claimreview", tr("ClaimReview JSON-LD — checked claims")},
        {"timelinejs", tr("TimelineJS — the timeline")},
        {"manifest", tr("Everything in one folder, with a SHA-256 manifest")}};
    for (const auto &[code, label] : formats)
        m_format->addItem(label, QString::fromLatin1(code));
    m_all->setChecked(true);
    std::set<QString> tags;
    m_session->read([&](Database &db) {
        for (const Event &e : EventStore(db).list())
            for (const QString &tag : e.tags)
                tags.insert(tag);
    });
    for (const QString &tag : tags)
        m_tag->addItem(tag);
    m_byTag->setEnabled(!tags.empty());
    m_tag->setEnabled(!tags.empty());
    QSettings settings;
    m_title->setText(QFileInfo(m_session->path()).completeBaseName());
    m_author->setText(settings.value(QStringLiteral("export/author")).toString());
    m_findings->setPlainText(settings.value(caseKey("findings", m_session->path())).toString());
    m_publishedUrl->setObjectName(QStringLiteral("publishedUrl"));
    m_publishedUrl->setText(settings.value(caseKey("published", m_session->path())).toString());
    m_publishedUrl->setPlaceholderText(tr("https://… where the story or fact-check appears (ClaimReview needs it)"));
    m_findings->setPlaceholderText(tr("Key findings, in your words. Separate paragraphs with a blank line."));

    auto *scope = new QVBoxLayout;
    scope->addWidget(m_all);
    scope->addWidget(m_confirmed);
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_byTag);
    tagRow->addWidget(m_tag, 1);
    scope->addLayout(tagRow);
    m_verified->setObjectName(QStringLiteral("onlyVerified"));
    m_verified->setToolTip(tr("Leaves out every entity, event and claim not marked “Verified by fact-checker”; the title says so."));
    scope->addWidget(m_verified);
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Include:"), scope);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Author:"), m_author);
    form->addRow(tr("Published at:"), m_publishedUrl);
    form->addRow(tr("Key findings:"), m_findings);
    auto *left = new QWidget(this);
    left->setLayout(form);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString format = this->format();
        const QString suffix = format == QLatin1String("md") ? QStringLiteral("md")
                             : writesFolder(format) ? QString()
                             : format == QLatin1String("ftm") ? QStringLiteral("ftm.jsonl")
                             : QStringList{QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html")}.contains(format)
                                 ? format
                                 : format + QStringLiteral(".json");
        const QString base = QFileInfo(m_session->path()).absoluteDir().filePath(m_title->text());
        const QString path = writesFolder(format)
                                 ? QFileDialog::getExistingDirectory(this, tr("Folder for the exported files"), QFileInfo(m_session->path()).absolutePath())
                                 : QFileDialog::getSaveFileName(this, tr("Export"), base + QLatin1Char('.') + suffix);
        if (path.isEmpty())
            return;
        m_job = exportTo(path);
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 720);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, &ExportDialog::updatePreview);
    for (QRadioButton *b : {m_all, m_confirmed, m_byTag})
        connect(b, &QRadioButton::toggled, debounce, qOverload<>(&QTimer::start));
    connect(m_tag, &QComboBox::currentIndexChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_verified, &QCheckBox::toggled, debounce, qOverload<>(&QTimer::start));
    connect(m_title, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_author, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_findings, &QPlainTextEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    updatePreview();
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

SummaryOptions ExportDialog::options() const
{
    SummaryOptions options;
    options.title = m_title->text().trimmed();
    options.author = m_author->text().trimmed();
    options.publishedUrl = m_publishedUrl->text().trimmed();
    options.findings = m_findings->toPlainText();
    options.onlyConfirmed = m_confirmed->isChecked();
    options.onlyVerified = m_verified->isChecked();
    if (m_byTag->isChecked())
        options.tag = m_tag->currentText();
    return options;
}

void ExportDialog::updatePreview()
{
    m_session->read([&](Database &db) {
        m_preview->setHtml(SummaryHtml::render(CaseSummary::gather(db, options())));
    });
}

BackgroundJob *ExportDialog::exportTo(const QString &path)
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/author"), m_author->text().trimmed());
    settings.setValue(caseKey("findings", m_session->path()), m_findings->toPlainText());
    settings.setValue(caseKey("published", m_session->path()), m_publishedUrl->text().trimmed());
    const QString casePath = m_session->path();
    const QString format = this->format();
    const SummaryOptions options = this->options();
    BackgroundJob *job = m_session->runInBackground(
        tr("Exporting %1").arg(QFileInfo(path).fileName()), [=](Database &db, BackgroundJob::Context &) {
            return Exporter::exportCase(db, casePath, format, path, options);
        });
    // A cancelled export leaves no half-finished file (a chosen folder is the person's own: kept).
    connect(job, &BackgroundJob::finished, job, [job, path, format] {
        if (job->wasCancelled() && !writesFolder(format))
            QFile::remove(path);
    });
    return job;
}

} // namespace dossier
