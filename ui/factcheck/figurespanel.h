#pragma once

#include <QWidget>

class QTreeWidget;

namespace dossier {

class CaseSession;

// Every figure of the document open in the reader, with its value, unit and page; a
// figure opens at its place in the original.
class FiguresPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FiguresPanel(CaseSession *session, QWidget *parent = nullptr);

    void showDocument(qint64 documentId);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void figureActivated(qint64 documentId, qint64 segmentId, int start, int end);

private:
    CaseSession *m_session;
    QTreeWidget *m_tree;
    qint64 m_documentId = 0;
};

} // namespace dossier
