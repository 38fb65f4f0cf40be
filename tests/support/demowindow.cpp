#include "support/demowindow.h"

#include "demo/democase.h"
#include "documents/documentbrowser.h"
#include "session/casesession.h"

#include <catch2/catch.hpp>

#include <QTest>

namespace dossier::test {

DemoWindow::DemoWindow(const QSize &size)
{
    const QString casePath = dir.filePath(QStringLiteral("demo.dossier"));
    REQUIRE(DemoCase::create(casePath).ok());
    window.resize(size);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.openCase(casePath));
}

qint64 DemoWindow::open(const QString &titleStart)
{
    for (const DocumentInfo &d : window.session()->documents())
        if (d.title.startsWith(titleStart)) {
            window.browser()->selectDocument(d.id);
            return d.id;
        }
    return 0;
}

} // namespace dossier::test
