#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace dossier {

class CaseSession;
class GlossaryModel;

// The case glossary: Chinese terms and the English renderings the case agrees on.
// Edits are undoable; machine translation receives the terms, and the reader flags
// translations that render a term otherwise.
class GlossaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GlossaryPanel(CaseSession *session, QWidget *parent = nullptr);

    void setSession(CaseSession *session);
    void addEntry(const QString &term, const QString &rendering);
    void removeSelected();
    QTableView *table() const { return m_table; }
    GlossaryModel *model() const { return m_model; }

private:
    CaseSession *m_session = nullptr;
    QLineEdit *m_term;
    QLineEdit *m_rendering;
    GlossaryModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
};

} // namespace dossier
