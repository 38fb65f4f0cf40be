#include "screeninglist.h"

#include "../storage/database.h"
#include "../storage/sqlerror.h"
#include "../text/encodingdetector.h"
#include "../text/textfolder.h"

#include <QFile>
#include <QRegularExpression>

namespace dossier {

QList<QStringList> ScreeningList::parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row << field;
            field.clear();
            if (!(row.size() == 1 && row.front().isEmpty()))
                rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

QString ScreeningList::normalize(const QString &name)
{
    QString folded = TextFolder::foldedString(name);
    static const QRegularExpression suffixes(QStringLiteral(
        "(股份有限公司|有限责任公司|有限公司|集团公司|集团|公司|\\b(co|company|corp|corporation|inc|incorporated|ltd|limited|"
        "llc|plc|group|holdings)\\b)"));
    folded.replace(suffixes, QString());
    static const QRegularExpression noise(QStringLiteral("[\\s\\p{P}\\p{S}]+"));
    folded.replace(noise, QString());
    return folded;
}

Result<int> ScreeningList::importCsv(const QString &path, const QString &listName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("The screening list cannot be read: %1").arg(file.errorString()), path);
    Result<DecodedText> decoded = EncodingDetector::decode(file.readAll(), false);
    if (!decoded)
        return decoded.error();
    const QList<QStringList> rows = parseCsv(decoded->text);
    if (rows.size() < 2)
        return Error(tr("The screening list has no entries."), path);
    const QStringList header = rows.front();
    int nameColumn = -1, aliasColumn = -1, sourceColumn = -1;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed().toLower();
        if (nameColumn < 0 && (h == QLatin1String("name") || h == QStringLiteral("名称")))
            nameColumn = i;
        else if (aliasColumn < 0 && (h.contains(QLatin1String("alt")) || h.contains(QLatin1String("alias")) || h == QStringLiteral("别名")))
            aliasColumn = i;
        else if (sourceColumn < 0 && (h == QLatin1String("source") || h.contains(QLatin1String("program"))))
            sourceColumn = i;
    }
    if (nameColumn < 0)
        return Error(tr("The screening list needs a column named “name”."), path);
    try {
        Transaction transaction(m_db);
        Statement insert = m_db.prepare(QStringLiteral(
            "INSERT INTO screening_entries(list, name, aliases, source, details) VALUES (?,?,?,?,?)"));
        int count = 0;
        for (int r = 1; r < rows.size(); ++r) {
            const QStringList &row = rows[r];
            const QString name = row.value(nameColumn).trimmed();
            if (name.isEmpty())
                continue;
            // The CSL separates alternative names with semicolons.
            QStringList aliases = row.value(aliasColumn).split(QRegularExpression(QStringLiteral("[;；|]")), Qt::SkipEmptyParts);
            for (QString &alias : aliases)
                alias = alias.trimmed();
            insert.bind(1, listName)
                .bind(2, name)
                .bind(3, aliases.join(QStringLiteral("; ")))
                .bind(4, row.value(sourceColumn).trimmed())
                .bind(5, row.join(QStringLiteral(" | ")))
                .exec();
            ++count;
        }
        transaction.commit();
        return count;
    } catch (const SqlError &error) {
        return error.error();
    }
}

std::vector<ScreeningEntry> ScreeningList::entries()
{
    Statement query = m_db.prepare(QStringLiteral("SELECT id, list, name, aliases, source, details FROM screening_entries"));
    std::vector<ScreeningEntry> list;
    while (query.step()) {
        ScreeningEntry e;
        e.id = query.int64(0);
        e.list = query.text(1);
        e.name = query.text(2);
        e.aliases = query.text(3).split(QStringLiteral("; "), Qt::SkipEmptyParts);
        e.source = query.text(4);
        e.details = query.text(5);
        list.push_back(std::move(e));
    }
    return list;
}

std::vector<ScreeningHit> ScreeningList::check(const Entity &entity)
{
    std::vector<ScreeningHit> hits;
    QList<QPair<QString, QString>> names; // normalized, as written
    for (const QString &name : entity.allNames()) {
        const QString n = normalize(name);
        if (n.size() >= 2)
            names << qMakePair(n, name);
    }
    for (const ScreeningEntry &entry : entries()) {
        bool matched = false;
        for (const QString &entryName : QStringList{entry.name} + entry.aliases) {
            const QString n = normalize(entryName);
            for (const auto &[normalized, written] : names) {
                if (!n.isEmpty() && n == normalized) {
                    hits.push_back({entry, written, entryName});
                    matched = true;
                    break;
                }
            }
            if (matched)
                break;
        }
    }
    return hits;
}

} // namespace dossier
