#pragma once

#include "shell/mainwindow.h"

#include <QSize>
#include <QTemporaryDir>

namespace dossier::test {

// The main window on a fresh copy of the demo case, on screen and active, as a reporter
// opens it (widget tests only).
struct DemoWindow
{
    QTemporaryDir dir;
    MainWindow window;

    explicit DemoWindow(const QSize &size = QSize(1300, 800));
    // Opens the document whose title starts with these words; its id, or 0.
    qint64 open(const QString &titleStart);
};

} // namespace dossier::test
