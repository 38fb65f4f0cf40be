#pragma once

#include <QString>

#include <vector>

namespace dossier {

class Database;

// A unified social credit code found in the case's text.
struct FoundCode
{
    QString code;
    bool valid = false;      // the check character is right
    qint64 documentId = 0;
    qint64 segmentId = 0;
    int page = 0;
    qint64 entityId = 0;     // an entity named in the same segment, to attach it to
    QString context;
};

// Two entities that carry the same code are one organisation under two names.
struct SharedCode
{
    QString code;
    qint64 firstId = 0;
    qint64 secondId = 0;
};

class CodeReport
{
public:
    explicit CodeReport(Database &db) : m_db(db) {}

    std::vector<FoundCode> codesInDocuments();
    std::vector<SharedCode> entitiesSharingCodes();

private:
    Database &m_db;
};

} // namespace dossier
