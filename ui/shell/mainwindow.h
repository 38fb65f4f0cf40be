#pragma once

#include <QMainWindow>

#include <memory>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QUndoGroup;

namespace dossier {

class CaseSession;
class DocumentBrowser;
class EntityPanel;
class TimelinePanel;
class FactCheckPanel;
class FiguresPanel;
class GlossaryPanel;
class ImportController;
class MachineTranslationController;
class ReaderView;
class SearchPanel;

// Dossier's window: the document browser and search as docks around the reader.
// It wires views to the open case and offers the case-level actions (new, open, save a
// copy, import); the work itself happens in core and in the views.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a case; on failure shows why and keeps the current one.
    bool openCase(const QString &path);
    bool createCase(const QString &path);
    void closeCase();

    CaseSession *session() const { return m_session.get(); }
    DocumentBrowser *browser() const { return m_browser; }
    ReaderView *reader() const { return m_reader; }
    SearchPanel *searchPanel() const { return m_search; }
    ImportController *importController() const { return m_import; }
    MachineTranslationController *translationController() const { return m_translator; }
    GlossaryPanel *glossaryPanel() const { return m_glossary; }
    FactCheckPanel *factCheckPanel() const { return m_factCheck; }
    FiguresPanel *figuresPanel() const { return m_figures; }
    EntityPanel *entityPanel() const { return m_entities; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    // Opens the event dialog for a quote; the result is an undoable edit.
    void addToTimeline(qint64 segmentId, const QString &field, int start, int end, const QString &text);
    void editEvent(qint64 eventId);
    void openEventEvidence(qint64 eventId);
    void proposeEvents(qint64 documentId);
    // Tags [start, end) of a segment's field as a mention, asking which entity.
    void tagMention(qint64 segmentId, const QString &field, int start, int end, const QString &text);
    void openEntityPage(qint64 entityId);
    void openNetwork();

    static QStringList recentCases();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Cancels a running import or translation and says so; true when none was running.
    // Checks every original against its fingerprint in the background (on opening a
    // case, and from File > Verify Case, which also says when all is well).
    void verifyOriginals(bool sayWhenSound);
    bool backgroundWorkStopped();
    void createActions();
    void createMenus();
    void setSession(std::unique_ptr<CaseSession> session);
    void updateTitle();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void showError(const QString &title, const QString &message);

    void newCaseDialog();
    void openCaseDialog();
    void saveCopyDialog();
    void importFilesDialog();
    void importFolderDialog();
    void about();
    void translationSettings();
    void importScreeningList();
    void machineTranslate(const std::vector<qint64> &segmentIds, qint64 documentId);

    std::unique_ptr<CaseSession> m_session;
    DocumentBrowser *m_browser = nullptr;
    ReaderView *m_reader = nullptr;
    SearchPanel *m_search = nullptr;
    ImportController *m_import = nullptr;
    MachineTranslationController *m_translator = nullptr;
    GlossaryPanel *m_glossary = nullptr;
    FactCheckPanel *m_factCheck = nullptr;
    FiguresPanel *m_figures = nullptr;
    EntityPanel *m_entities = nullptr;
    TimelinePanel *m_timeline = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_entitiesDock = nullptr;
    QDockWidget *m_figuresDock = nullptr;
    QDockWidget *m_factCheckDock = nullptr;
    QDockWidget *m_documentsDock = nullptr;
    QDockWidget *m_searchDock = nullptr;
    QDockWidget *m_glossaryDock = nullptr;
    QLabel *m_statusCase = nullptr;

    QUndoGroup *m_undoGroup = nullptr;
    class JobProgress *m_jobProgress = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_importFiles = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_find = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_details = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace dossier
