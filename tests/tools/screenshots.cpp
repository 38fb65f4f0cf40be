// dossier-screenshots: opens the demo case in the real main window and saves PNGs of
// the screens the README shows. Run under xvfb-run (see scripts/screenshots.sh).
//   dossier-screenshots OUTDIR [--language zh_CN]
#include "documentbrowser.h"
#include "mainwindow.h"
#include "readerview.h"
#include "searchpanel.h"
#include "glossarypanel.h"
#include "factcheckpanel.h"

#include <QDockWidget>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include "casesession.h"

#include "demo/democase.h"

#include "offlinewebprofile.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <unistd.h>

namespace {

void settle(int ms = 400)
{
    QTest::qWait(ms);
}

void save(QWidget *window, const QString &path)
{
    settle();
    window->grab().save(path);
    qInfo().noquote() << "wrote" << path;
}

} // namespace

int main(int argc, char *argv[])
{
    if (geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    dossier::OfflineWebProfile::registerScheme(); // before any WebEngine object
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dossier-screenshots"));
    QApplication::setOrganizationName(QStringLiteral("Dossier"));
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        qCritical("usage: dossier-screenshots OUTDIR [--language zh_CN]");
        return 2;
    }
    const QString out = args[1];
    QSettings().clear(); // the same layout every time
    const int languageAt = int(args.indexOf(QStringLiteral("--language")));
    const QString language = languageAt > 0 ? args.value(languageAt + 1) : QStringLiteral("en");
    QDir().mkpath(out);

    auto *translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/dossier_%1").arg(language)))
        QApplication::installTranslator(translator);
    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(qt);
    }
    const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;

    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("Demo case.dossier"));
    const dossier::Status created = dossier::DemoCase::create(casePath);
    if (!created) {
        qCritical().noquote() << created.error().fullText();
        return 1;
    }

    dossier::MainWindow window;
    window.resize(1400, 860);
    window.show();
    if (!window.openCase(casePath))
        return 1;
    settle(800);

    // The bilingual report: original beside its translation.
    window.browser()->filterEdit()->setText(QStringLiteral("四川"));
    window.browser()->view()->selectRow(0);
    window.browser()->filterEdit()->clear();
    window.reader()->selectSegment(2);
    save(&window, QDir(out).filePath(QStringLiteral("reader%1.png").arg(suffix)));

    // A search for a two-character Chinese word, landing on the hit.
    window.searchPanel()->queryEdit()->setText(QStringLiteral("成交"));
    window.searchPanel()->runSearch();
    const QModelIndex first = window.searchPanel()->resultView()->model()->index(0, 0);
    Q_EMIT window.searchPanel()->resultView()->activated(first);
    save(&window, QDir(out).filePath(QStringLiteral("search%1.png").arg(suffix)));

    // The originals as they looked: a PDF page and the saved GBK web page.
    window.searchPanel()->queryEdit()->clear();
    window.searchPanel()->runSearch();
    for (const auto &[prefix, name] : {std::pair{QStringLiteral("深圳大学"), QStringLiteral("original-pdf")},
                                       std::pair{QStringLiteral("之江实验室"), QStringLiteral("original-html")}}) {
        for (const dossier::DocumentInfo &d : window.session()->documents())
            if (d.title.startsWith(prefix))
                window.browser()->selectDocument(d.id);
        window.reader()->setShowOriginalPage(true);
        settle(2500);
        save(&window, QDir(out).filePath(QStringLiteral("%1%2.png").arg(name, suffix)));
        window.reader()->setShowOriginalPage(false);
    }

    // Translation checks: an imported English translation with one figure wrong
    // (20万元 rendered as 20,000 yuan) and a glossary term rendered otherwise.
    for (const dossier::DocumentInfo &d : window.session()->documents())
        if (d.title.startsWith(QStringLiteral("深圳大学")))
            window.browser()->selectDocument(d.id);
    window.glossaryPanel()->addEntry(QStringLiteral("成交供应商"), QStringLiteral("winning supplier"));
    window.glossaryPanel()->addEntry(QStringLiteral("采购人"), QStringLiteral("purchaser"));
    window.reader()->importTranslationFile(QStringLiteral(DOSSIER_SOURCE_DIR "/resources/demo/source/szu-aws-award-en.txt"));
    for (size_t i = 0; i < window.reader()->segments().size(); ++i)
        if (window.reader()->segments()[i].text.contains(QStringLiteral("20万元")))
            window.reader()->selectSegment(int(i));
    save(&window, QDir(out).filePath(QStringLiteral("translation-check%1.png").arg(suffix)));

    // The fact-checker's view: a draft with a right figure, a wrong one and a conversion.
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("factCheckDock"));
    dock->show();
    window.resizeDocks({dock}, {470}, Qt::Horizontal);
    window.factCheckPanel()->draftEdit()->setPlainText(QStringLiteral(
        "Shenzhen University spent 200,000 yuan ($27,996) on an AWS account, at 7.1440 yuan per dollar. "
        "Zhejiang Lab set a budget of 148,000 yuan for 500 servers."));
    window.factCheckPanel()->checkDraft();
    window.factCheckPanel()->tree()->expandAll();
    QTreeWidgetItem *firstClaim = window.factCheckPanel()->tree()->topLevelItem(0);
    if (firstClaim && firstClaim->childCount() > 0 && firstClaim->child(0)->childCount() > 0) {
        QTreeWidgetItem *source = firstClaim->child(0)->child(0);
        window.factCheckPanel()->tree()->setCurrentItem(source);
        Q_EMIT window.factCheckPanel()->tree()->itemActivated(source, 0);
    }
    save(&window, QDir(out).filePath(QStringLiteral("factcheck%1.png").arg(suffix)));
    return 0;
}
