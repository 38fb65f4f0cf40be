#pragma once

#include "noticereading.h"
#include "../timeline/fuzzydate.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dossier {

class Database;

// An event Dossier proposes from a notice, for the reporter to accept, edit or dismiss.
struct ProposedEvent
{
    FuzzyDate date;
    QString title;
    QString description;
    QStringList entityNames; // purchaser and supplier, to link if they are entities
    QString package;         // the package (分包) of a multi-package notice's award
    std::optional<double> yuan; // the award's amount or the budget, in yuan
    qint64 segmentId = 0;    // evidence: the line that states the award, or the date
    int start = 0;
    int end = 0;
    QString quote;           // the evidence's text
};

// The procurement fields of a notice in a case, and the events they propose.
class ProcurementFields
{
public:
    // Reads a text (lines apart by newlines, cells by tabs) as a notice.
    static NoticeReading readText(const QString &text, qint64 segmentId = 0);

    explicit ProcurementFields(Database &db) : m_db(db) {}
    NoticeReading read(qint64 documentId);
    std::vector<ProcurementField> ofDocument(qint64 documentId) { return read(documentId).fields; }
    std::vector<ProposedEvent> propose(qint64 documentId);
    static std::vector<ProposedEvent> propose(const NoticeReading &reading, const QString &documentTitle);

private:
    Database &m_db;
};

} // namespace dossier
