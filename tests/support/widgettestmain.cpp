// Catch2 runner for widget tests: a QApplication on the offscreen platform (or the X
// server of xvfb-run when QT_QPA_PLATFORM says so).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "reader/offlinewebprofile.h"

#include <QApplication>

#include <unistd.h>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    dossier::OfflineWebProfile::registerScheme(); // before any WebEngine object
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Dossier-tests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    return Catch::Session().run(argc, argv);
}
