#pragma once

#include "documents/documentinfo.h"

#include <QDialog>

class QDateEdit;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace dossier {

// Shows a document's provenance (file, SHA-256, import time) and lets the reporter
// correct its title, source address, date obtained and notes.
class DocumentPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DocumentPropertiesDialog(const DocumentInfo &document, QWidget *parent = nullptr);
    DocumentEdit edit() const;

private:
    QLineEdit *m_title;
    QLineEdit *m_sourceUrl;
    QCheckBox *m_hasDate;
    QDateEdit *m_obtained;
    QPlainTextEdit *m_notes;
};

} // namespace dossier
