#pragma once

#include <QObject>

class QWidget;

namespace dossier {

class CaseDocks;

// Bringing another person's copy of the case into this one: choose the copy (a case
// file or its JSON export), see what it would bring, merge in the background as one
// undoable step, then settle what both sides changed.
class MergeWorkflow : public QObject
{
    Q_OBJECT

public:
    MergeWorkflow(CaseDocks *docks, QWidget *window);

    void mergeCase(); // asks for the copy
    void mergeCase(const QString &path);
    void resolveConflicts();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    CaseDocks *m_docks;
    QWidget *m_window;
};

} // namespace dossier
