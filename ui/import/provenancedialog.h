#pragma once

#include "import/importservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dossier {

// Asked once for a batch of files: where the documents came from and when they were
// obtained, as precisely as known (2024 stays 2024). Skip imports them without it; the
// last answer is offered again for the next batch.
class ProvenanceDialog : public QDialog
{
    Q_OBJECT

public:
    ProvenanceDialog(int fileCount, QWidget *parent = nullptr);

    // The batch's options: provenance when given, none when skipped.
    ImportOptions options() const;
    QLineEdit *sourceEdit() const { return m_source; }
    QLineEdit *obtainedEdit() const { return m_obtained; }
    QPushButton *skipButton() const { return m_skip; }
    void accept() override;

private:
    bool check();

    QLineEdit *m_source;
    QLineEdit *m_obtained;
    QLabel *m_problem;
    QPushButton *m_skip;
    bool m_skipped = false;
};

} // namespace dossier
