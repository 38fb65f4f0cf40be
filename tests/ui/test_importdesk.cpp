// Importing as a reporter does it: where and when, asked once for the batch; the first
// new document opens.
#include "support/demowindow.h"
#include "support/fixtures.h"

#include "import/importcontroller.h"
#include "import/provenancedialog.h"
#include "reader/readerview.h"
#include "session/casesession.h"
#include "shell/casefiledialogs.h"
#include "shell/mainwindow.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace dossier;
using namespace dossier::test;

namespace {

// Answers the next provenance dialog with `answer` once it is on screen.
void answerProvenance(const std::function<void(ProvenanceDialog *)> &answer)
{
    QTimer::singleShot(0, [answer] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<ProvenanceDialog *>(w); dialog && dialog->isVisible())
                answer(dialog);
    });
}

} // namespace

TEST_CASE("Import asks once where and when, keeps a year as a year, and opens the first new document", "[ui][import]")
{
    DemoWindow demo;
    MainWindow &window = demo.window;
    QTemporaryDir &dir = demo.dir;
    const QString first = dir.filePath(QStringLiteral("a-notice.txt"));
    const QString second = dir.filePath(QStringLiteral("b-notice.txt"));
    writeFile(first, encode(QStringLiteral("浙江大学云服务采购公告\n采购人：浙江大学\n预算金额：30万元\n"), "UTF-8"));
    writeFile(second, encode(QStringLiteral("中山大学算力租赁公告\n采购人：中山大学\n预算金额：12万元\n"), "UTF-8"));

    QSignalSpy finished(window.importController(), &ImportController::finished);
    int asked = 0;
    QString refusal;
    answerProvenance([&](ProvenanceDialog *dialog) {
        ++asked;
        dialog->sourceEdit()->setText(QStringLiteral("https://www.ccgp.gov.cn/cggg/dfgg/2024.htm"));
        dialog->obtainedEdit()->setText(QStringLiteral("last spring"));
        dialog->accept(); // refused: not a date
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->text().contains(QStringLiteral("not a date")))
                refusal = label->text();
        dialog->obtainedEdit()->setText(QStringLiteral("2024"));
        dialog->accept();
    });
    window.fileDialogs()->importPaths({first, second});
    CHECK(asked == 1); // once for the batch
    CHECK(refusal.contains(QStringLiteral("last spring")));
    REQUIRE(finished.wait(30000));
    const auto outcomes = finished.at(0).at(0).value<std::vector<ImportOutcome>>();
    REQUIRE(outcomes.size() == 2);
    for (const ImportOutcome &outcome : outcomes) {
        REQUIRE(outcome.status == ImportOutcome::Status::Imported);
        const std::optional<DocumentInfo> document = window.session()->document(outcome.documentId);
        REQUIRE(document);
        CHECK(document->obtainedAt == QStringLiteral("2024"));
        CHECK(document->sourceUrl == QStringLiteral("https://www.ccgp.gov.cn/cggg/dfgg/2024.htm"));
    }
    CHECK(window.reader()->documentId() == outcomes.front().documentId);

    // Skipped: the documents come in without where and when.
    const QString third = dir.filePath(QStringLiteral("c-notice.txt"));
    writeFile(third, encode(QStringLiteral("复旦大学模型调用服务采购\n采购人：复旦大学\n"), "UTF-8"));
    answerProvenance([](ProvenanceDialog *dialog) { dialog->skipButton()->click(); });
    window.fileDialogs()->importPaths({third});
    REQUIRE(finished.wait(30000));
    const auto skipped = finished.at(1).at(0).value<std::vector<ImportOutcome>>();
    REQUIRE(skipped.size() == 1);
    const std::optional<DocumentInfo> document = window.session()->document(skipped.front().documentId);
    REQUIRE(document);
    CHECK_FALSE(document->obtainedAt);
    CHECK_FALSE(document->sourceUrl);
}
