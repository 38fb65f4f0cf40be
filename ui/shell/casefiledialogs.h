#pragma once

#include <QObject>

namespace dossier {

class CaseDocks;
class MainWindow;

// The File menu's work: each asks for a path (or a confirmation) and hands it to the
// window (a case to open or create) or to the open case (files to import, a copy, an
// export, a check of the originals).
class CaseFileDialogs : public QObject
{
    Q_OBJECT

public:
    CaseFileDialogs(MainWindow *window, CaseDocks *docks);

    void newCase();
    void openCase();
    void newCaseFromExport();
    void saveCopy();
    // Imports files and folders after asking, once for the batch, where and when they
    // were obtained (skippable).
    void importPaths(const QStringList &paths);
    void importFiles();
    void importFolder();
    void importScreeningList();
    void exportSummary();
    // Checks every original against its fingerprint in the background (on opening a
    // case, and from File > Verify Case, which also says when all is well).
    void verifyOriginals(bool sayWhenSound);

private:
    // A path for a new case file, with the extension added when it was left off.
    QString askNewCasePath(const QString &title);

    MainWindow *m_window;
    CaseDocks *m_docks;
};

} // namespace dossier
