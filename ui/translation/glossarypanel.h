#pragma once

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace dossier {

class CaseSession;

// The case glossary: Chinese terms and the English renderings the case agrees on.
// Edits are undoable; machine translation receives the terms, and the reader flags
// translations that render a term otherwise.
class GlossaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GlossaryPanel(CaseSession *session, QWidget *parent = nullptr);

    void addEntry(const QString &term, const QString &rendering);
    void removeSelected();
    QTableWidget *table() const { return m_table; }

private:
    void reload();

    CaseSession *m_session;
    QLineEdit *m_term;
    QLineEdit *m_rendering;
    QTableWidget *m_table;
    bool m_reloading = false;
};

} // namespace dossier
