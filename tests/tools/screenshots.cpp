// dossier-screenshots: opens the demo case in the real main window and saves PNGs of
// the screens the README shows. Run under xvfb-run (see scripts/screenshots.sh).
//   dossier-screenshots OUTDIR [--language zh_CN]
#include "documents/documentbrowser.h"
#include "shell/guidedialog.h"
#include "shell/mainwindow.h"
#include "entities/entityworkflow.h"
#include "reader/readerview.h"
#include "reader/segmentpane.h"
#include "reader/translationtools.h"
#include "search/searchpanel.h"
#include "translation/glossarypanel.h"
#include "factcheck/claimtreemodel.h"
#include "factcheck/factcheckpanel.h"
#include "entities/entitypanel.h"
#include "entities/networkview.h"
#include "entities/entitystore.h"
#include "documents/documentstore.h"
#include "timeline/eventstore.h"
#include "export/exporter.h"
#include "notices/procurementfields.h"
#include "casefile/casefile.h"

#include <QDockWidget>
#include <QPlainTextEdit>
#include <QTreeView>
#include "session/casesession.h"
#include "documents/documentpropertiesdialog.h"
#include "operations/auditlog.h"
#include "operations/documentedits.h"
#include "session/backgroundjob.h"
#include "operations/entityedits.h"
#include "operations/eventedits.h"

#include "demo/democase.h"

#include "reader/offlinewebprofile.h"

#include "import/importservice.h"
#include "notices/noticeparties.h"
#include "timeline/proposalsdialog.h"

#include <QApplication>
#include <QDir>
#include <QTextCursor>
#include <QGuiApplication>
#include <QScreen>
#include <QMenu>
#include <QSignalSpy>
#include <QThread>
#include <QFile>
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

    // A selection's context menu: every action on the words, with its shortcut. A menu is
    // a window of its own, so the screen is taken, cut to the main window.
    {
        dossier::SegmentPane *pane = window.reader()->originalPane();
        QTextCursor words = pane->document()->find(QStringLiteral("四川学动科技有限公司"));
        pane->setTextCursor(words);
        pane->setFocus();
        std::unique_ptr<QMenu> menu(window.reader()->contextMenuFor(pane));
        menu->popup(pane->viewport()->mapToGlobal(pane->cursorRect(words).bottomRight() + QPoint(4, 4)));
        settle();
        const QRect frame = window.frameGeometry();
        QGuiApplication::primaryScreen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
            .save(QDir(out).filePath(QStringLiteral("context-menu%1.png").arg(suffix)));
        qInfo().noquote() << "wrote" << QDir(out).filePath(QStringLiteral("context-menu%1.png").arg(suffix));
        menu->close();
        pane->setTextCursor(QTextCursor(pane->document()));
    }

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

    // A photocopied form read by OCR: the scan beside its text, doubtful words marked,
    // the passage being read outlined on the image.
    for (const dossier::DocumentInfo &d : window.session()->documents())
        if (d.kind == QLatin1String("image"))
            window.browser()->selectDocument(d.id);
    window.reader()->setShowOriginalPage(true);
    window.reader()->selectSegment(2);
    settle(2500);
    save(&window, QDir(out).filePath(QStringLiteral("ocr%1.png").arg(suffix)));
    window.reader()->setShowOriginalPage(false);

    // Translation checks: an imported English translation with one figure wrong
    // (20万元 rendered as 20,000 yuan) and a glossary term rendered otherwise.
    for (const dossier::DocumentInfo &d : window.session()->documents())
        if (d.title.startsWith(QStringLiteral("深圳大学")))
            window.browser()->selectDocument(d.id);
    window.glossaryPanel()->addEntry(QStringLiteral("成交供应商"), QStringLiteral("winning supplier"));
    window.glossaryPanel()->addEntry(QStringLiteral("采购人"), QStringLiteral("purchaser"));
    window.reader()->translationTools()->importTranslationFile(QStringLiteral(DOSSIER_SOURCE_DIR "/resources/demo/source/szu-aws-award-en.txt"));
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
    {
        QTreeView *tree = window.factCheckPanel()->tree();
        const QModelIndex source = tree->model()->index(0, 0, tree->model()->index(0, 0, tree->model()->index(0, 0)));
        if (source.isValid()) {
            tree->setCurrentIndex(source);
            Q_EMIT tree->activated(source);
        }
    }
    save(&window, QDir(out).filePath(QStringLiteral("factcheck%1.png").arg(suffix)));
    // An article walked through claim by claim: only its checkable sentences, with progress.
    {
        window.glossaryPanel()->addEntry(QStringLiteral("之江实验室"), QStringLiteral("Zhejiang Lab"));
        const QString article = QDir::temp().filePath(QStringLiteral("dossier-article.html"));
        QFile file(article);
        file.open(QIODevice::WriteOnly);
        file.write(QStringLiteral("<html><body><h1>Labs rent US chips through the cloud (demo article)</h1>"
                                  "<p>Zhejiang Lab set a budget of 184,000 yuan ($25,756) for cloud computing, at 7.1440 yuan per dollar. Experts were not surprised. "
                                  "The lab wanted 500 servers, each with eight Nvidia A100 chips, and 40 million tokens. "
                                  "The tender was published on April 8, 2024.</p></body></html>")
                       .toUtf8());
        file.close();
        window.factCheckPanel()->openArticle(article);
        window.factCheckPanel()->moveToClaim(1);
        window.factCheckPanel()->tree()->expandAll();
        save(&window, QDir(out).filePath(QStringLiteral("factcheck-article%1.png").arg(suffix)));
        // A second outlet reports the same budget with another conversion.
        const QString other = QDir::temp().filePath(QStringLiteral("dossier-weekly.md"));
        QFile weekly(other);
        weekly.open(QIODevice::WriteOnly);
        weekly.write(QStringLiteral("# Cloud chips (demo article)\n\nZhejiang Lab budgeted 184,000 yuan ($27,000) for cloud computing.\n")
                         .toUtf8());
        weekly.close();
        window.factCheckPanel()->openArticle(other);
        window.factCheckPanel()->tree()->collapseAll();
        QTreeView *tree = window.factCheckPanel()->tree();
        for (int row = 0; row < tree->model()->rowCount(); ++row) {
            const QModelIndex item = tree->model()->index(row, 0);
            if (item.data(dossier::ClaimTreeModel::ClaimIdRole).toLongLong() == 0) {
                tree->expandRecursively(item);
                tree->scrollTo(item);
            }
        }
        save(&window, QDir(out).filePath(QStringLiteral("factcheck-outlets%1.png").arg(suffix)));
    }
    dock->hide();

    // Entities: the story's actors tagged, found across the case, and their network.
    struct Actor { dossier::EntityType type; const char16_t *zh; const char16_t *en; const char16_t *alias; };
    const Actor actors[] = {
        {dossier::EntityType::Buyer, u"深圳大学", u"Shenzhen University", u""},
        {dossier::EntityType::Buyer, u"之江实验室", u"Zhejiang Lab", u""},
        {dossier::EntityType::Buyer, u"四川大学", u"Sichuan University", u""},
        {dossier::EntityType::Buyer, u"中国科学技术大学苏州高等研究院", u"USTC Suzhou Institute", u""},
        {dossier::EntityType::Intermediary, u"云达科技有限公司", u"Yunda Technology", u""},
        {dossier::EntityType::Intermediary, u"四川学动科技有限公司", u"Sichuan Xuedong Technology", u""},
        {dossier::EntityType::ComputingCentre, u"合肥先进计算中心运营管理有限公司", u"Hefei Advanced Computing Center", u""},
        {dossier::EntityType::Provider, u"亚马逊云服务", u"Amazon Web Services", u"AWS"},
        {dossier::EntityType::Chip, u"", u"Nvidia A100", u"A100"},
        {dossier::EntityType::Chip, u"", u"Nvidia H100", u"H100"},
        {dossier::EntityType::AiModel, u"", u"Claude", u""},
    };
    std::vector<qint64> ids;
    for (const Actor &actor : actors) {
        dossier::Entity e;
        e.type = actor.type;
        e.nameZh = QString::fromUtf16(actor.zh);
        e.nameEn = QString::fromUtf16(actor.en);
        if (*actor.alias)
            e.aliases << QString::fromUtf16(actor.alias);
        ids.push_back(window.entityPanel()->createEntity(e));
    }
    {
        QSignalSpy scanned(window.entityPanel()->scanForMentions(), &dossier::BackgroundJob::finished);
        scanned.wait(120000);
    }
    {
        const std::pair<int, int> links[] = {{0, 4}, {4, 7}, {1, 7}, {2, 5}, {5, 7}, {5, 10}, {3, 6}, {7, 8}, {7, 9}, {6, 9}};
        const char *kinds[] = {"procured_from", "resells", "plans_to_use", "procured_from", "resells", "resells",
                               "procured_from", "offers", "offers", "uses"};
        for (size_t i = 0; i < std::size(links); ++i) {
            dossier::Relation r;
            r.fromId = ids[size_t(links[i].first)];
            r.toId = ids[size_t(links[i].second)];
            r.kind = QString::fromLatin1(kinds[i]);
            window.session()->perform(dossier::EntityEdit::addRelation(r));
        }
    }
    auto *entitiesDock = window.findChild<QDockWidget *>(QStringLiteral("entitiesDock"));
    entitiesDock->raise();
    window.resizeDocks({window.findChild<QDockWidget *>(QStringLiteral("documentsDock")), entitiesDock}, {260, 520},
                       Qt::Vertical);
    for (const dossier::DocumentInfo &d : window.session()->documents())
        if (d.title.startsWith(QStringLiteral("之江")))
            window.browser()->selectDocument(d.id);
    save(&window, QDir(out).filePath(QStringLiteral("entities%1.png").arg(suffix)));
    // Long work in the status bar: what runs, how far, and Cancel (a stand-in job, held at 3 of 10).
    {
        dossier::BackgroundJob *job = window.session()->runInBackground(
            dossier::EntityEdit::tr("Find mentions"), [](dossier::Database &, dossier::BackgroundJob::Context &context) {
                context.progress(3, 10, QStringLiteral("之江实验室云计算服务采购公告"));
                while (!context.cancelled())
                    QThread::msleep(10);
                return dossier::Status();
            });
        settle(300);
        save(&window, QDir(out).filePath(QStringLiteral("progress%1.png").arg(suffix)));
        QSignalSpy stopped(job, &dossier::BackgroundJob::finished);
        job->cancel();
        stopped.wait(10000);
    }
    // The timeline: events proposed from the notices plus one from the bilingual report.
    {
        dossier::Database &db = window.session()->caseFile().db();
        dossier::EntityStore entities(db);
        for (const dossier::DocumentInfo &d : window.session()->documents()) {
            for (const dossier::ProposedEvent &p : dossier::ProcurementFields(db).propose(d.id)) {
                dossier::Event e;
                e.date = p.date;
                e.title = p.title;
                for (const QString &name : p.entityNames)
                    for (const dossier::Entity &entity : entities.list())
                        if (entity.allNames().contains(name))
                            e.entityIds.push_back(entity.id);
                window.session()->perform(dossier::EventEdit::create(
                    e, {dossier::Citation{p.segmentId, QStringLiteral("original"), p.start, p.end, {}}}));
            }
            if (d.kind == QLatin1String("bilingual"))
                for (const dossier::SegmentInfo &segment : dossier::DocumentStore(db).segments(d.id))
                    if (segment.text.contains(QStringLiteral("2024年5月12日"))) {
                        dossier::Event e;
                        e.date = *dossier::FuzzyDate::fromIso(QStringLiteral("2024-05"));
                        e.title = QStringLiteral("Sichuan University buys Claude access via Sichuan Xuedong");
                        e.entityIds = {ids[2], ids[5], ids[10]};
                        window.session()->perform(dossier::EventEdit::create(
                            e, {dossier::Citation{segment.id, QStringLiteral("original"), 0, 11, {}}}));
                    }
        }
    }
    auto *timelineDock = window.findChild<QDockWidget *>(QStringLiteral("timelineDock"));
    timelineDock->show();
    window.resizeDocks({timelineDock}, {380}, Qt::Vertical);
    save(&window, QDir(out).filePath(QStringLiteral("timeline%1.png").arg(suffix)));
    {
        dossier::SummaryOptions options;
        options.title = QStringLiteral("US chips through Chinese cloud intermediaries (demo)");
        options.author = QStringLiteral("Investigations desk");
        options.findings = QStringLiteral("Four buyers reached export-restricted chips and models through local resellers of "
                                          "AWS.\n\nEvery figure below is quoted from a Chinese original.");
        const dossier::Status exported = dossier::Exporter::exportCase(
            window.session()->caseFile().db(), QStringLiteral("Demo case.dossier"), QStringLiteral("pdf"),
            QDir::temp().filePath(QStringLiteral("dossier-summary%1.pdf").arg(suffix)), options);
        if (!exported)
            qWarning().noquote() << "The summary PDF was not written:" << exported.error().fullText();
    }
    // What a real notice says (ccgp.gov.cn, 2025), ready to keep in one step.
    {
        dossier::Database &db = window.session()->caseFile().db();
        const dossier::ImportOutcome outcome = dossier::ImportService(db).importFile(
            QStringLiteral(DOSSIER_SOURCE_DIR "/tests/data/realnotices/ccgp-gz-qingzhen-solar-lamps-award-2025.html"), {});
        const dossier::NoticeReading reading = dossier::ProcurementFields(db).read(outcome.documentId);
        dossier::ProposalsDialog dialog(reading.fields, dossier::ProcurementFields::propose(reading, outcome.title),
                                        dossier::NoticeParties::suggest(db, outcome.documentId, reading), &window);
        dialog.show();
        save(&dialog, QDir(out).filePath(QStringLiteral("notice%1.png").arg(suffix)));
        dialog.close();
    }
    // A document's details, with who changed them and when.
    {
        const std::vector<dossier::DocumentInfo> documents = window.session()->documents();
        dossier::DocumentEdit details{documents.front().title, documents.front().sourceUrl, QStringLiteral("2024"),
                                      QStringLiteral("Obtained from the portal's archive page.")};
        window.session()->perform(dossier::DocumentDetailsEdit::change(documents.front().id, details));
        const std::optional<dossier::DocumentInfo> document = window.session()->document(documents.front().id);
        std::vector<dossier::AuditEntry> history;
        window.session()->read([&](dossier::Database &db) {
            history = dossier::AuditLog(db).history(QStringLiteral("document"), document->id);
        });
        dossier::DocumentPropertiesDialog dialog(*document, history, &window);
        dialog.show();
        save(&dialog, QDir(out).filePath(QStringLiteral("details%1.png").arg(suffix)));
        dialog.close();
    }
    {
        dossier::GuideDialog guide(&window);
        guide.show();
        save(&guide, QDir(out).filePath(QStringLiteral("guide%1.png").arg(suffix)));
    }
    window.entityWorkflow()->openNetwork();
    settle(800);
    for (auto *view : window.findChildren<dossier::NetworkView *>())
        save(view->window(), QDir(out).filePath(QStringLiteral("network%1.png").arg(suffix)));
    return 0;
}
