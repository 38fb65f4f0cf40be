#include "shell/historytext.h"

#include "merge/recordkind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace dossier {

QString readableTime(const QString &isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : isoUtc;
}

namespace {

// "Notes: “old” → “new”" for each field a change made, in the person's words.
QStringList changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QStringList lines;
    if (before.isEmpty() || after.isEmpty())
        return lines;
    const auto shown = [](const QString &field, const QJsonValue &value) {
        QString text = RecordKind::valueLabel(field, value.toVariant().toString());
        if (text.contains(QLatin1Char('T')) && QDateTime::fromString(text, Qt::ISODateWithMs).isValid())
            text = readableTime(text); // a time, in the reader's zone and words
        const QString shortened = text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
        return shortened.isEmpty() ? QCoreApplication::translate("History", "(empty)")
                                   : QStringLiteral("“%1”").arg(shortened);
    };
    for (const FieldChange &change : AuditLog::changes(before, after)) {
        const QString name = RecordKind::fieldLabel(change.field);
        if (name.isEmpty())
            continue;
        lines << QStringLiteral("&nbsp;&nbsp;&nbsp;%1: %2 → %3")
                     .arg(name.toHtmlEscaped(), shown(change.field, change.before).toHtmlEscaped(),
                          shown(change.field, change.after).toHtmlEscaped());
    }
    return lines;
}

} // namespace

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
        // Each change against the item as that change found it: right even when the
        // changes came from copies merged in, whose order in time interleaves.
        lines << changedFields(entry.before, entry.snapshot);
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace dossier
