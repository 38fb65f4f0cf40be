#include "reader/readertoolbar.h"

#include <QAction>
#include <QMenu>
#include <QTextEdit>
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
    // The toolbar shows an action's short name (its icon text); menus the whole one.
    const auto named = [this](const QString &full, const QString &shortName) {
        QAction *action = addAction(shortName);
        action->setText(full);
        action->setIconText(shortName);
        return action;
    };
    m_copyCitation = addAction(tr("Copy with Citation"));
    inReader(m_copyCitation, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCitation->setToolTip(tr("Copy the selected text with its document and page (Ctrl+Shift+C)"));
    m_tag = named(tr("Tag as Entity…"), tr("Tag Entity"));
    inReader(m_tag, QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tag->setToolTip(tr("Tag the selected words as a mention of an entity (Ctrl+T)"));
    m_addEvent = named(tr("Add as Evidence to the Timeline…"), tr("Add to Timeline"));
    inReader(m_addEvent, QKeySequence(Qt::CTRL | Qt::Key_E));
    m_addEvent->setToolTip(tr("Make the selected words evidence of a dated event (Ctrl+E)"));
    // Off the toolbar, in the context menu and by key: a figure to the fact-check, the
    // selected words to the case's search.
    m_checkFigure = new QAction(tr("Check This Figure"), this);
    inReader(m_checkFigure, QKeySequence(Qt::CTRL | Qt::Key_K));
    m_checkFigure->setToolTip(tr("Put the selected words in the fact-check draft, to trace the figure to its sources (Ctrl+K)"));
    m_searchCase = new QAction(tr("Search the Case for This"), this);
    inReader(m_searchCase, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_searchCase->setToolTip(tr("Search every document for the selected words (Ctrl+Shift+F)"));
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

QMenu *ReaderToolbar::contextMenu(QTextEdit *pane) const
{
    QMenu *menu = pane->createStandardContextMenu();
    menu->addSeparator();
    menu->addActions(selectionActions());
    return menu;
}

QList<QAction *> ReaderToolbar::selectionActions() const
{
    return {m_tag, m_addEvent, m_checkFigure, m_searchCase, m_copyCitation, m_editTranslation};
}

} // namespace dossier
