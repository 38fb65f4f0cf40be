#include "support/fixtures.h"

#include "session/casesession.h"
#include "session/backgroundjob.h"
#include "export/exportdialog.h"
#include "shell/mainwindow.h"

#include "demo/democase.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace dossier;

TEST_CASE("The export dialog previews the summary and writes the chosen format", "[ui][export]")
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("story.dossier"));
    REQUIRE(DemoCase::create(casePath).ok());
    MainWindow window;
    window.show();
    REQUIRE(window.openCase(casePath));

    ExportDialog dialog(window.session(), &window);
    dialog.updatePreview();
    const QString preview = dialog.preview()->toPlainText();
    CHECK(preview.contains(QStringLiteral("story")));
    CHECK(preview.contains(QStringLiteral("深圳大学科研云计算服务采购项目成交结果公告")));
    CHECK(preview.contains(QStringLiteral("Sources")));

    for (const char *format : {"pdf", "md", "json"}) {
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QString::fromLatin1(format)));
        const QString path = dir.filePath(QStringLiteral("summary.") + QString::fromLatin1(format));
        QSignalSpy done(dialog.exportTo(path), &BackgroundJob::finished);
        REQUIRE(done.wait(60000)); // on a worker: the window is not held while it writes
        CHECK(done[0][0].value<Status>().ok());
        CHECK(QFile(path).size() > 100);
    }
    // Cancelled, the export keeps nothing.
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("pdf")));
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.pdf"));
    BackgroundJob *job = dialog.exportTo(cancelled);
    QSignalSpy stopped(job, &BackgroundJob::finished);
    job->cancel();
    REQUIRE(stopped.wait(60000));
    CHECK_FALSE(QFile::exists(cancelled));
}
