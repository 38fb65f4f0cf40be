#pragma once

#include "export/casesummary.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTextBrowser;

namespace dossier {

class BackgroundJob;
class CaseSession;

// Exports the case for an editor: choose the format and what goes in (everything, only
// confirmed material, or one tag), write the key findings, preview the summary, then
// write it in the background.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(CaseSession *session, QWidget *parent = nullptr);

    SummaryOptions options() const;
    QString format() const;
    QTextBrowser *preview() const { return m_preview; }
    QComboBox *formatBox() const { return m_format; }
    void updatePreview();
    // Starts writing to `path` as a background job of the session: the window stays
    // live, the status bar shows it, and Cancel removes what was written.
    BackgroundJob *exportTo(const QString &path);
    // The export the dialog started when it was accepted.
    BackgroundJob *job() const { return m_job; }

private:
    CaseSession *m_session;
    BackgroundJob *m_job = nullptr;
    QComboBox *m_format;
    QRadioButton *m_all;
    QRadioButton *m_confirmed;
    QCheckBox *m_verified;
    QRadioButton *m_byTag;
    QComboBox *m_tag;
    QLineEdit *m_title;
    QLineEdit *m_author;
    QLineEdit *m_publishedUrl;
    QPlainTextEdit *m_findings;
    QTextBrowser *m_preview;
};

} // namespace dossier
