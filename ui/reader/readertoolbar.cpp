#include "reader/readertoolbar.h"

#include <QAction>
#include <QToolButton>

namespace dossier {

ReaderToolbar::ReaderToolbar(QAction *correctOcr, QMenu *translationMenu, QWidget *parent) : QToolBar(parent)
{
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Shortcuts act wherever focus is in the reader, not only on the toolbar.
    const auto inReader = [](QAction *action, const QKeySequence &keys) {
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    };
    m_link = addAction(tr("Link Scrolling"));
    m_link->setCheckable(true);
    m_link->setChecked(true);
    m_link->setToolTip(tr("Scroll the original and the translation together"));
    m_copyCitation = addAction(tr("Copy with Citation"));
    inReader(m_copyCitation, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCitation->setToolTip(tr("Copy the selected text with its document and page (Ctrl+Shift+C)"));
    m_tag = addAction(tr("Tag Entity"));
    inReader(m_tag, QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tag->setToolTip(tr("Tag the selected words as a mention of an entity (Ctrl+T)"));
    m_addEvent = addAction(tr("Add to Timeline"));
    inReader(m_addEvent, QKeySequence(Qt::CTRL | Qt::Key_E));
    m_addEvent->setToolTip(tr("Make the selected words evidence of a dated event (Ctrl+E)"));
    m_originalPage = addAction(tr("Original Page"));
    m_originalPage->setCheckable(true);
    m_originalPage->setShortcut(QKeySequence(Qt::Key_F4));
    m_originalPage->setToolTip(tr("Show the original as it looked: the PDF page, the saved web page, or the "
                                  "scanned page beside its OCR text (F4)"));
    m_editTranslation = addAction(tr("Edit Translation"));
    inReader(m_editTranslation, QKeySequence(Qt::Key_F2));
    m_editTranslation->setToolTip(tr("Edit the translation of the selected segment (F2)"));
    addAction(correctOcr);
    auto *menuButton = new QToolButton(this);
    menuButton->setText(tr("Translation"));
    menuButton->setPopupMode(QToolButton::InstantPopup);
    menuButton->setMenu(translationMenu);
    addWidget(menuButton);
}

} // namespace dossier
