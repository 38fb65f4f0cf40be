// dossier-fixture: writes the files tests, benchmarks and the demo case are made of.
//   dossier-fixture pdf OUT.pdf IN.txt [TITLE]   pages split at lines "---PAGE---"
//   dossier-fixture scan OUT.jpg IN.txt [DPI]    one photocopied-looking page, no text
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
    if (args.size() < 4 || (args[1] != QLatin1String("pdf") && args[1] != QLatin1String("scan"))) {
        err << "usage: dossier-fixture pdf OUT.pdf IN.txt [TITLE]\n"
               "       dossier-fixture scan OUT.png IN.txt [DPI]\n";
        return 2;
    }
    try {
        const QString text = QString::fromUtf8(dossier::test::readFile(args[3]));
        if (args[1] == QLatin1String("scan")) {
            const int dpi = args.value(4, QStringLiteral("200")).toInt();
            QImage page = dossier::test::degradeScan(dossier::test::renderScan(text.trimmed().split(QLatin1Char('\n')), dpi));
            page.setDotsPerMeterX(qRound(dpi / 0.0254));
            page.setDotsPerMeterY(qRound(dpi / 0.0254));
            return page.save(args[2], nullptr, 80) ? 0 : 1; // the format by the name: .png, .jpg
        }
        QStringList pages = text.split(QStringLiteral("---PAGE---\n"));
        dossier::test::writeFile(args[2], dossier::test::makePdf(pages, args.value(4)));
    } catch (const std::exception &error) {
        err << error.what() << '\n';
        return 1;
    }
    return 0;
}
