#pragma once

#include "casesummary.h"

#include <QByteArray>

namespace dossier {

// The case as FollowTheMoney entities (JSON lines), as Aleph and the ftm tools read
// them: organisations, companies, public bodies and people; chips and AI models as
// assets; relations as links whose role is written in words; events with FtM dates
// (a quarter or a range as start and end); sources as documents.
class FtmExport
{
public:
    static QByteArray render(const CaseSummary &summary);
    // The FtM schema an entity of this type is: Organization, Company, PublicBody...
    static QString schema(EntityType type);
};

} // namespace dossier
