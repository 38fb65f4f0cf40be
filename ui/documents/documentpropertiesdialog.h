#pragma once

#include "documents/documentinfo.h"
#include "operations/auditlog.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace dossier {

// Shows a document's provenance (file, SHA-256, import time) and lets the reporter
// correct its title, source address, date obtained and notes.
class DocumentPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    DocumentPropertiesDialog(const DocumentInfo &document, const std::vector<AuditEntry> &history,
                             QWidget *parent = nullptr);
    DocumentEdit edit() const;

private:
    QLineEdit *m_title;
    QLineEdit *m_sourceUrl;
    QLineEdit *m_obtained;
    QPlainTextEdit *m_notes;
};

} // namespace dossier
