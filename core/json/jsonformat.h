#pragma once

#include "../documents/documentinfo.h"
#include "../import/importservice.h"
#include "../search/searchhit.h"

#include <QJsonObject>

#include <vector>

namespace dossier {

// The JSON shapes `dossier-cli --json` prints; scripts and tests depend on these keys.
class JsonFormat
{
public:
    static QJsonObject document(const DocumentInfo &info);
    static QJsonObject segment(const SegmentInfo &segment);
    static QJsonObject documentWithSegments(const DocumentInfo &info,
                                            const std::vector<SegmentInfo> &segments);
    static QJsonObject importOutcome(const ImportOutcome &outcome);
    static QJsonObject searchHit(const SearchHit &hit);
};

} // namespace dossier
