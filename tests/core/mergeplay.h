#pragma once

// Three people on one case (tests/core/test_merge.cpp): a reporter with the original,
// a second reporter with a copy rebuilt from its JSON export, a fact-checker with a
// file copy; each works on their own, as the scenario has them.
#include "casefile/casefile.h"
#include "entities/entitystore.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace dossier::test {

class Newsroom
{
public:
    Newsroom(); // the shared start: two notices, two entities, an event, a claim, a translation

    void reporterWorks();
    void secondWorks();
    void factCheckerWorks();

    QString originalPath() const { return m_dir.filePath(QStringLiteral("original.dossier")); }
    QString copyA() const { return m_dir.filePath(QStringLiteral("copy-a.dossier")); }
    QString copyB() const { return m_dir.filePath(QStringLiteral("copy-b.dossier")); }
    QString copyOfOriginal(const QString &name) const;
    QString exportJson(const QString &casePath, const QString &name) const;
    QString file(const QString &name, const QByteArray &bytes) const;
    QString uuidOf(const QString &table, qint64 id) const;

    qint64 szu = 0;   // Shenzhen University
    qint64 yunda = 0; // Yunda Technology
    qint64 award = 0; // the event
    qint64 claim = 0;
    std::vector<qint64> segments; // of the first notice

private:
    std::unique_ptr<CaseFile> open(const QString &path) const;
    qint64 import(CaseFile &caseFile, const QString &name, const QString &text) const;
    mutable QTemporaryDir m_dir;
};

// A case's content, row by row, with ids replaced by what identifies the rows in any
// copy (uuids, fingerprints, places), sorted: two copies hold the same when these agree.
struct CaseContents
{
    QStringList lines;

    static CaseContents of(Database &db);
    int count(const QString &table) const;
    bool has(const QString &table, const QString &text) const;
};

} // namespace dossier::test
