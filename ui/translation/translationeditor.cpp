#include "translation/translationeditor.h"

#include <QKeyEvent>

namespace dossier {

TranslationEditor::TranslationEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("translationEditor"));
    setFrameShape(QFrame::Box);
    setStyleSheet(QStringLiteral("QPlainTextEdit { border: 2px solid #3c78d8; background: white; }"));
    setToolTip(tr("Ctrl+Return to save, Escape to discard"));
    hide();
}

void TranslationEditor::begin(int segmentIndex, const QString &text, const QRect &area, std::pair<int, int> select)
{
    m_segment = segmentIndex;
    setPlainText(text);
    setGeometry(area.adjusted(-2, -2, 2, std::max(0, 70 - area.height())));
    show();
    raise();
    setFocus();
    if (select.first < 0 || select.second > text.size() || select.first >= select.second) {
        selectAll();
        return;
    }
    QTextCursor cursor = textCursor();
    cursor.setPosition(select.first);
    cursor.setPosition(select.second, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void TranslationEditor::finish(bool save)
{
    if (m_segment < 0)
        return;
    const int segment = m_segment;
    m_segment = -1;
    hide();
    if (save)
        Q_EMIT committed(segment, toPlainText().trimmed());
    else
        Q_EMIT cancelled();
}

void TranslationEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ControlModifier)) {
        finish(true);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void TranslationEditor::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    finish(true);
}

} // namespace dossier
