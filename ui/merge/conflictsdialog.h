#pragma once

#include "merge/mergeconflicts.h"

#include <QDialog>

class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;
class QTextBrowser;

namespace dossier {

class CaseSession;

// Items two copies of the case changed differently, one at a time: this copy's version
// and the other's side by side, the fields that differ marked, and one button for each
// choice. Each choice is an undoable edit.
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictsDialog(CaseSession *session, QWidget *parent = nullptr);

    int conflictCount() const { return int(m_conflicts.size()); }
    void choose(bool takeTheirs); // for the current conflict

private:
    void reload();
    void showCurrent();
    static QString versionHtml(const QString &kind, const std::optional<QJsonObject> &version, const QStringList &differing);

    CaseSession *m_session;
    std::vector<MergeConflict> m_conflicts;
    QStandardItemModel *m_model;
    QListView *m_list;
    QLabel *m_heading;
    QTextBrowser *m_mine;
    QTextBrowser *m_theirs;
    QPushButton *m_keep;
    QPushButton *m_take;
};

} // namespace dossier
