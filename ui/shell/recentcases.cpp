#include "shell/recentcases.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace dossier {

namespace {
constexpr int kMaxRecent = 8;
const QString kKey = QStringLiteral("recentCases");
} // namespace

QStringList RecentCases::list()
{
    QStringList recent = QSettings().value(kKey).toStringList();
    recent.erase(std::remove_if(recent.begin(), recent.end(), [](const QString &path) { return !QFileInfo::exists(path); }),
                 recent.end());
    return recent;
}

void RecentCases::remember(const QString &path)
{
    QStringList recent = list();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kKey, recent);
}

} // namespace dossier
