#pragma once

#include "error.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QUndoGroup;

namespace dossier {

class CaseDocks;
class CaseFileDialogs;
class CaseSession;
class DocumentBrowser;
class EntityPanel;
class EntityWorkflow;
class FactCheckPanel;
class FiguresPanel;
class GlossaryPanel;
class ImportController;
class JobProgress;
class MachineTranslationController;
class MainMenus;
class ReaderView;
class SearchPanel;
class TimelinePanel;
class TimelineWorkflow;

// Dossier's window: the welcome page or the reader, with the case's docks around it.
// It holds the open case and gives it to the views; the views, the menus and the
// workflows do the rest through core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens or creates a case; on failure shows why and keeps the current one.
    bool openCase(const QString &path);
    bool createCase(const QString &path);
    // Makes a case made elsewhere (from a JSON export) the open one; `title` names the
    // action in an error.
    bool adoptCase(Result<std::unique_ptr<CaseSession>> made, const QString &title);
    void closeCase();
    // Asks running work (an import, a translation, a scan, an export) to stop and says
    // so; true when none was running, so the case may be swapped or closed.
    bool backgroundWorkStopped();
    void showError(const QString &title, const QString &message);

    CaseSession *session() const { return m_session.get(); }
    CaseDocks *docks() const { return m_docks; }
    CaseFileDialogs *fileDialogs() const { return m_files; }
    DocumentBrowser *browser() const;
    ReaderView *reader() const;
    SearchPanel *searchPanel() const;
    ImportController *importController() const;
    MachineTranslationController *translationController() const;
    GlossaryPanel *glossaryPanel() const;
    FactCheckPanel *factCheckPanel() const;
    FiguresPanel *figuresPanel() const;
    EntityPanel *entityPanel() const;
    TimelinePanel *timelinePanel() const;
    TimelineWorkflow *timelineWorkflow() const { return m_timelineWorkflow; }
    EntityWorkflow *entityWorkflow() const { return m_entityWorkflow; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setSession(std::unique_ptr<CaseSession> session);
    void showWelcome();
    void updateTitle();

    std::unique_ptr<CaseSession> m_session;
    QUndoGroup *m_undoGroup;
    CaseDocks *m_docks;
    CaseFileDialogs *m_files;
    TimelineWorkflow *m_timelineWorkflow;
    EntityWorkflow *m_entityWorkflow;
    MainMenus *m_menus;
    QStackedWidget *m_central;
    QWidget *m_welcome = nullptr;
    QLabel *m_statusCase;
    JobProgress *m_jobProgress;
};

} // namespace dossier
