#include "support/screenshot.h"

#include <QDir>
#include <QTest>
#include <QWidget>

namespace dossier::test {

void shoot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("DOSSIER_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QTest::qWait(200); // let the last layout and paint settle
    widget->grab().save(QDir(folder).filePath(name));
}

} // namespace dossier::test
