#pragma once

#include <QToolBar>

class QMenu;

namespace dossier {

// The reader's actions over a selection or the current segment, with their shortcuts:
// link scrolling, copy with citation, tag, add to timeline, the original page, edit the
// translation, and the Translation menu. The reader connects them to its work.
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

private:
    QAction *m_link;
    QAction *m_copyCitation;
    QAction *m_tag;
    QAction *m_addEvent;
    QAction *m_originalPage;
    QAction *m_editTranslation;
};

} // namespace dossier
