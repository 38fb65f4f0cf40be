#pragma once

#include "../error.h"
#include "entity.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace dossier {

class Database;

struct ScreeningEntry
{
    qint64 id = 0;
    QString list;    // the file it came from, e.g. "Consolidated Screening List"
    QString name;
    QStringList aliases;
    QString source;  // e.g. "Entity List (EL) - Bureau of Industry and Security"
    QString details; // the rest of the row, for the record
};

struct ScreeningHit
{
    ScreeningEntry entry;
    QString entityName;  // which of the entity's names matched
    QString entryName;   // which of the entry's names it matched
};

// Screening lists (the US Consolidated Screening List CSV, or any CSV with a name and an
// alias column) and the matching of the case's entities against them. Names are
// compared after folding (Traditional/Simplified, width, case), without punctuation and
// without company-form suffixes (Co., Ltd., Limited, Inc., 有限公司, 股份有限公司…).
class ScreeningList
{
    Q_DECLARE_TR_FUNCTIONS(ScreeningList)

public:
    explicit ScreeningList(Database &db) : m_db(db) {}

    Result<int> importCsv(const QString &path, const QString &listName);
    std::vector<ScreeningEntry> entries();
    std::vector<ScreeningHit> check(const Entity &entity);

    static QString normalize(const QString &name);
    static QList<QStringList> parseCsv(const QString &text);

private:
    Database &m_db;
};

} // namespace dossier
