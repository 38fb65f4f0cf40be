#include "shell/historytext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace dossier {

QString readableTime(const QString &isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : isoUtc;
}

QString historyHtml(const std::vector<AuditEntry> &history)
{
    QStringList lines;
    for (const AuditEntry &entry : history) {
        QString what = entry.description;
        if (entry.action == QLatin1String("undo"))
            what = QCoreApplication::translate("History", "Undone: %1").arg(entry.description);
        else if (entry.action == QLatin1String("redo"))
            what = QCoreApplication::translate("History", "Redone: %1").arg(entry.description);
        else if (entry.action == QLatin1String("create"))
            what = QCoreApplication::translate("History", "Case created");
        const QString who = entry.author.isEmpty() ? QCoreApplication::translate("History", "someone") : entry.author;
        lines << QStringLiteral("%1 · %2 · %3")
                     .arg(readableTime(entry.at), who.toHtmlEscaped(), what.toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace dossier
