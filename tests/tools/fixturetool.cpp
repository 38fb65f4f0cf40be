// dossier-fixture: writes the files tests, benchmarks and the demo case are made of.
//   dossier-fixture pdf OUT.pdf IN.txt [TITLE]   pages split at lines "---PAGE---"
#include "support/fixtures.h"

#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 4 || args[1] != QLatin1String("pdf")) {
        err << "usage: dossier-fixture pdf OUT.pdf IN.txt [TITLE]\n";
        return 2;
    }
    try {
        const QString text = QString::fromUtf8(dossier::test::readFile(args[3]));
        QStringList pages = text.split(QStringLiteral("---PAGE---\n"));
        dossier::test::writeFile(args[2], dossier::test::makePdf(pages, args.value(4)));
    } catch (const std::exception &error) {
        err << error.what() << '\n';
        return 1;
    }
    return 0;
}
