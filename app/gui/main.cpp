// dossier: the desktop workbench. Parses the command line, sets up the application and
// its translations, and opens the requested (or demo) case in a MainWindow.
#include "shell/mainwindow.h"

#include "demo/democase.h"
#include "operations/author.h"

#include "reader/offlinewebprofile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <unistd.h>

namespace {

void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    // English is the source language, but its plural forms ("1 page", "2 pages") come
    // from dossier_en, which also serves every language Dossier does not ship.
    auto *dossier = new QTranslator(&app);
    if (dossier->load(locale, QStringLiteral("dossier"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        dossier->load(QStringLiteral(":/i18n/dossier_en")))
        QApplication::installTranslator(dossier);
}

QString demoCasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("Demo case.dossier"));
}

} // namespace

int main(int argc, char *argv[])
{
    // QtWebEngine refuses to start its sandbox as root (CI, containers).
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    dossier::OfflineWebProfile::registerScheme(); // before any WebEngine object
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dossier"));
    QApplication::setOrganizationName(QStringLiteral("Dossier"));
    QApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Dossier: documents, translations and evidence for investigations."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("case"), QStringLiteral("The case file to open."), QStringLiteral("[CASE]"));
    parser.addOption({QStringLiteral("demo"), QStringLiteral("Open the demo case (created on first use).")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("Interface language, e.g. en or zh_CN."),
                      QStringLiteral("LANG")});
    parser.process(app);

    QString language = parser.value(QStringLiteral("language"));
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("interface/language")).toString();
    installTranslations(app, language);

    // The name set once in Settings ▸ Your Name names every change this person makes.
    if (const QString name = QSettings().value(QStringLiteral("author/name")).toString(); !name.isEmpty())
        dossier::Author::set(name);
    dossier::MainWindow window;
    window.show();

    QString path = parser.positionalArguments().value(0);
    if (parser.isSet(QStringLiteral("demo"))) {
        path = demoCasePath();
        if (!QFileInfo::exists(path)) {
            const dossier::Status created = dossier::DemoCase::create(path);
            if (!created) {
                qCritical().noquote() << created.error().fullText();
                return 1;
            }
        }
    }
    if (!path.isEmpty())
        QTimer::singleShot(0, &window, [&window, path] { window.openCase(path); });
    return app.exec();
}
