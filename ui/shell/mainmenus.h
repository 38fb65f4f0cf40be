#pragma once

#include <QObject>

#include <vector>

class QAction;
class QMenu;
class QUndoGroup;

namespace dossier {

class CaseDocks;
class CaseFileDialogs;
class MainWindow;

// The window's menus and their shortcuts. The actions that need an open case are kept
// in one list and enabled together: the one place that knows whether a case is open.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    MainMenus(MainWindow *window, CaseDocks *docks, CaseFileDialogs *files, QUndoGroup *undo);

    void setCaseOpen(bool open);
    void updateRecent();

private:
    void createFileMenu();
    void createEditMenu(QUndoGroup *undo);
    void createViewMenu();
    void createHelpMenu();
    // An action that needs a case: disabled while none is open.
    QAction *caseAction(QMenu *menu, const QString &text, const QKeySequence &keys, const std::function<void()> &work);

    MainWindow *m_window;
    CaseDocks *m_docks;
    CaseFileDialogs *m_files;
    QMenu *m_recent = nullptr;
    std::vector<QAction *> m_caseActions;
};

} // namespace dossier
