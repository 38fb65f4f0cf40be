#pragma once

#include <QObject>

#include <vector>

class QAction;
class QDockWidget;
class QMainWindow;

namespace dossier {

class CaseSession;
class DocumentBrowser;
class EntityPanel;
class FactCheckPanel;
class FiguresPanel;
class GlossaryPanel;
class ImportController;
class MachineTranslationController;
class ReaderView;
class SearchPanel;
class TimelinePanel;

// The window's views of a case, built once: the reader in the middle; documents, search,
// glossary, figures and entities on the left; timeline below; fact-check on the right.
// setSession gives every view the open case (or none); views that point at each other
// (a search hit opens the reader) are wired here, once.
class CaseDocks : public QObject
{
    Q_OBJECT

public:
    explicit CaseDocks(QMainWindow *window);

    void setSession(CaseSession *session);
    CaseSession *session() const { return m_session; }
    // Dock visibility, for the View menu.
    std::vector<QAction *> toggleActions() const;
    // Shows the docks (a case is open) or hides them (the welcome page is shown).
    void setVisible(bool visible);

    ReaderView *reader() const { return m_reader; }
    DocumentBrowser *browser() const { return m_browser; }
    SearchPanel *search() const { return m_search; }
    GlossaryPanel *glossary() const { return m_glossary; }
    FactCheckPanel *factCheck() const { return m_factCheck; }
    FiguresPanel *figures() const { return m_figures; }
    EntityPanel *entities() const { return m_entities; }
    TimelinePanel *timeline() const { return m_timeline; }
    ImportController *importer() const { return m_import; }
    MachineTranslationController *translator() const { return m_translator; }
    QDockWidget *searchDock() const { return m_searchDock; }
    QDockWidget *timelineDock() const { return m_timelineDock; }
    // Opens a document in the reader at a span, selecting it in the document list.
    void showSpan(qint64 documentId, qint64 segmentId, int start, int end);

private:
    QDockWidget *addDock(const QString &title, const QString &name, QWidget *panel, Qt::DockWidgetArea area);
    void connectViews();

    QMainWindow *m_window;
    CaseSession *m_session = nullptr;
    ReaderView *m_reader;
    DocumentBrowser *m_browser;
    SearchPanel *m_search;
    GlossaryPanel *m_glossary;
    FactCheckPanel *m_factCheck;
    FiguresPanel *m_figures;
    EntityPanel *m_entities;
    TimelinePanel *m_timeline;
    ImportController *m_import;
    MachineTranslationController *m_translator;
    std::vector<QDockWidget *> m_docks;
    QDockWidget *m_searchDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_factCheckDock = nullptr;
    // Which docks the reporter had open, restored when a case opens again.
    std::vector<bool> m_shown;
};

} // namespace dossier
