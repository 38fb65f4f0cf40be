#pragma once

#include <QDialog>

class QTextBrowser;

namespace dossier {

// Help > Dossier Guide (F1): the work in five steps, and every shortcut of the window as
// it is now, read from its actions, so the list cannot go stale. In the interface's
// language.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *window);

    QString html() const;
    // The window's shortcuts and what each does, in menu order, each once.
    static QList<QPair<QString, QString>> shortcutsOf(QWidget *window);

private:
    QTextBrowser *m_text;
};

} // namespace dossier
