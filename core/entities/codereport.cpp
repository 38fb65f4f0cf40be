#include "codereport.h"

#include "../storage/database.h"
#include "uscc.h"

namespace dossier {

std::vector<FoundCode> CodeReport::codesInDocuments()
{
    std::vector<FoundCode> found;
    // Codes are 18 characters with digits: look only at segments with a long run of them.
    Statement segments = m_db.prepare(QStringLiteral(
        "SELECT s.id, s.document_id, s.page, s.text, "
        "(SELECT m.entity_id FROM mentions m WHERE m.segment_id = s.id AND m.status != 'rejected' ORDER BY m.start LIMIT 1) "
        "FROM segments s JOIN documents d ON d.id = s.document_id WHERE d.deleted_at IS NULL AND s.text GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9]*'"));
    while (segments.step()) {
        for (const QString &code : Uscc::find(segments.text(3))) {
            FoundCode f;
            f.code = code;
            f.valid = Uscc::hasValidCheck(code);
            f.segmentId = segments.int64(0);
            f.documentId = segments.int64(1);
            f.page = segments.integer(2);
            f.entityId = segments.isNull(4) ? 0 : segments.int64(4);
            f.context = segments.text(3);
            found.push_back(f);
        }
    }
    return found;
}

std::vector<SharedCode> CodeReport::entitiesSharingCodes()
{
    Statement query = m_db.prepare(QStringLiteral(
        "SELECT a.uscc, a.id, b.id FROM entities a JOIN entities b ON a.uscc = b.uscc AND a.id < b.id "
        "WHERE a.uscc != '' ORDER BY a.id, b.id"));
    std::vector<SharedCode> list;
    while (query.step())
        list.push_back({query.text(0), query.int64(1), query.int64(2)});
    return list;
}

} // namespace dossier
