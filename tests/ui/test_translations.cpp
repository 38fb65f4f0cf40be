#include "support/fakehttpserver.h"
#include "support/fixtures.h"

#include "session/casesession.h"
#include "translation/glossarypanel.h"
#include "translation/machinetranslationcontroller.h"
#include "shell/mainwindow.h"
#include "reader/readerview.h"
#include "reader/translationtools.h"
#include "reader/segmentpane.h"

#include "demo/democase.h"
#include "documents/documentstore.h"
#include "casefile/casefile.h"
#include "translations/providerconfig.h"
#include "translations/translationstore.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace dossier;
using namespace dossier::test;

namespace {

struct ReaderFixture
{
    QTemporaryDir dir;
    MainWindow window;
    ReaderView *reader = nullptr;

    explicit ReaderFixture(const QString &titleStart)
    {
        const QString casePath = dir.filePath(QStringLiteral("demo.dossier"));
        REQUIRE(DemoCase::create(casePath).ok());
        window.resize(1300, 800);
        window.show();
        REQUIRE(window.openCase(casePath));
        reader = window.reader();
        for (const DocumentInfo &d : window.session()->documents())
            if (d.title.startsWith(titleStart))
                reader->showDocument(d.id);
        REQUIRE(reader->documentId() > 0);
    }
    QStringList translations() const
    {
        QStringList list;
        for (const SegmentInfo &s : reader->segments())
            list << s.translation.value_or(QString());
        return list;
    }
    QUndoStack *undo() { return window.session()->undoStack(); }
    QAction *menuAction(const QString &start)
    {
        for (QAction *action : reader->translationTools()->menu()->actions())
            if (action->text().startsWith(start))
                return action;
        FAIL("no menu action " << start.toStdString());
        return nullptr;
    }
};

} // namespace

TEST_CASE("Importing a translation file in the reader aligns it and can be undone", "[ui][translation]")
{
    ReaderFixture f(QStringLiteral("中国科学技术大学"));
    const int count = int(f.reader->segments().size());
    REQUIRE(count >= 6);
    QStringList english;
    for (int i = 0; i < count; ++i)
        english << QStringLiteral("Translated sentence number %1.").arg(i + 1);
    const QString path = f.dir.filePath(QStringLiteral("translation.txt"));
    writeFile(path, encode(english.join(QLatin1Char('\n')), "UTF-8"));

    f.reader->translationTools()->importTranslationFile(path);
    CHECK(f.translations() == english);
    CHECK(f.reader->translationPane()->toPlainText().contains(QStringLiteral("Translated sentence number 3.")));
    f.undo()->undo();
    CHECK(f.translations().join(QString()).isEmpty());
    f.undo()->redo();
    CHECK(f.translations() == english);
}

TEST_CASE("Re-pairing translations in the reader moves no text and undoes exactly", "[ui][translation]")
{
    ReaderFixture f(QStringLiteral("四川大学"));
    const QStringList original = f.translations();
    REQUIRE(original.size() == 6);

    f.reader->translationTools()->joinWithNext(1);
    CHECK(f.translations()[1] == original[1] + QLatin1Char(' ') + original[2]);
    CHECK(f.translations()[2].isEmpty());
    f.reader->translationTools()->splitTranslationAt(1, int(original[1].size()));
    CHECK(f.translations() == original);
    f.reader->translationTools()->shiftTranslationsDown(2);
    CHECK(f.translations()[2].isEmpty());
    CHECK(f.translations()[3] == original[2]);
    f.reader->translationTools()->shiftTranslationsUp(2);
    // Shifting down joined the last two translations so none fell off the end.
    QStringList expected = original;
    expected[4] = original[4] + QLatin1Char(' ') + original[5];
    expected[5].clear();
    CHECK(f.translations() == expected);

    for (int i = 0; i < 4; ++i)
        f.undo()->undo();
    CHECK(f.translations() == original);
    f.undo()->redo();
    CHECK(f.translations()[2].isEmpty());
}

TEST_CASE("Machine translation from the reader uses the configured service", "[ui][translation]")
{
    FakeHttpServer server([](const FakeHttpServer::Request &r, int) {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QJsonArray out;
        for (const QJsonValue &q : body[QStringLiteral("q")].toArray())
            out.append(QStringLiteral("MT: ") + q.toString());
        return FakeHttpServer::Response{200, QJsonDocument(QJsonObject{{QStringLiteral("translatedText"), out}}).toJson(), {}, 0};
    });
    {
        QSettings settings;
        ProviderConfig provider;
        provider.name = QStringLiteral("local");
        provider.kind = ProviderConfig::Kind::LibreTranslate;
        provider.url = QUrl(server.url());
        ProviderConfig::saveAll(settings, {provider});
        ProviderConfig::setDefaultProviderName(settings, QStringLiteral("local"));
    }
    ReaderFixture f(QStringLiteral("深圳大学"));
    f.window.translationController()->setShowReport(false);
    QSignalSpy finished(f.window.translationController(), &MachineTranslationController::finished);
    f.menuAction(QStringLiteral("Machine-Translate Untranslated"))->trigger();
    REQUIRE(finished.wait(20000));
    QTest::qWait(50);
    const QStringList translations = f.translations();
    CHECK(std::all_of(translations.begin(), translations.end(),
                      [](const QString &t) { return t.startsWith(QStringLiteral("MT: ")); }));
    f.reader->selectSegment(0);
    CHECK(f.reader->currentSegmentStatus().contains(QStringLiteral("machine (local)")));
    QSettings().remove(QStringLiteral("translation"));
}

TEST_CASE("Mistranslated figures and glossary terms are flagged in the reader", "[ui][translation]")
{
    ReaderFixture f(QStringLiteral("深圳大学"));
    int amount = -1;
    for (size_t i = 0; i < f.reader->segments().size(); ++i)
        if (f.reader->segments()[i].text.contains(QStringLiteral("20万元")))
            amount = int(i);
    REQUIRE(amount >= 0);
    f.reader->editTranslation(amount);
    auto *editor = f.reader->findChild<QWidget *>(QStringLiteral("translationEditor"));
    REQUIRE(editor);
    QTest::keyClicks(editor, QStringLiteral("Award amount: 20,000 yuan (twenty thousand)."));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    CHECK(f.reader->translationPane()->flagOf(amount).contains(QStringLiteral("20万元")));
    f.reader->selectSegment(amount);
    CHECK(f.reader->currentSegmentStatus().contains(QStringLiteral("20万元")));

    // A glossary term rendered otherwise is flagged too, and the flag goes with undo.
    f.window.glossaryPanel()->addEntry(QStringLiteral("成交金额"), QStringLiteral("transaction amount"));
    CHECK(f.reader->translationPane()->flagOf(amount).contains(QStringLiteral("transaction amount")));
    CHECK(f.window.glossaryPanel()->table()->model()->rowCount() == 1);
    f.undo()->undo();
    CHECK(f.window.glossaryPanel()->table()->model()->rowCount() == 0);
    CHECK_FALSE(f.reader->translationPane()->flagOf(amount).contains(QStringLiteral("transaction amount")));
}

TEST_CASE("Choosing another translation version is undoable", "[ui][translation]")
{
    ReaderFixture f(QStringLiteral("四川大学"));
    const SegmentInfo first = f.reader->segments()[1];
    const QString imported = *first.translation;
    TranslationStore(f.window.session()->caseFile().db()).setManual(first.id, QStringLiteral("My version."));
    f.window.session()->notifyTranslationsChanged(f.reader->documentId());
    CHECK(f.translations()[1] == QStringLiteral("My version."));

    const auto versions = TranslationStore(f.window.session()->caseFile().db()).versions(first.id);
    REQUIRE(versions.size() == 2);
    f.reader->translationTools()->preferVersion(1, versions[0].id, true);
    CHECK(f.translations()[1] == imported);
    CHECK(TranslationStore(f.window.session()->caseFile().db()).versions(first.id)[0].reviewed);
    f.undo()->undo();
    CHECK(f.translations()[1] == QStringLiteral("My version."));
}
