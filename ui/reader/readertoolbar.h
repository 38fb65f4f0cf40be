#pragma once

#include <QToolBar>

class QMenu;
class QTextEdit;

namespace dossier {

// The reader's actions over a selection or the current segment, with their shortcuts:
// link scrolling, copy with citation, tag, add to timeline, check a figure, search the
// case, the original page, edit the translation, and the Translation menu. The toolbar
// shows the short names; menus the full ones. The reader connects them to its work.
class ReaderToolbar : public QToolBar
{
    Q_OBJECT

public:
    ReaderToolbar(QAction *correctOcr, QMenu *translationMenu, QWidget *parent = nullptr);

    QAction *linkScrolling() const { return m_link; }
    QAction *copyWithCitation() const { return m_copyCitation; }
    QAction *tag() const { return m_tag; }
    QAction *addToTimeline() const { return m_addEvent; }
    QAction *originalPage() const { return m_originalPage; }
    QAction *editTranslation() const { return m_editTranslation; }
    QAction *checkFigure() const { return m_checkFigure; }
    QAction *searchCase() const { return m_searchCase; }
    // The actions on a selection, in the order the context menu lists them.
    QList<QAction *> selectionActions() const;
    // A pane's context menu: its own Copy and Select All, then every action on a selection.
    QMenu *contextMenu(QTextEdit *pane) const;

private:
    QAction *m_link;
    QAction *m_copyCitation;
    QAction *m_tag;
    QAction *m_addEvent;
    QAction *m_originalPage;
    QAction *m_editTranslation;
    QAction *m_checkFigure;
    QAction *m_searchCase;
};

} // namespace dossier
