#pragma once

#include "noticereading.h"
#include "noticetext.h"

#include <vector>

namespace dossier {

// What a notice was read to say, settled into one reading: for each field the value found
// the most telling way (a field label over a header line, prose or a signature), and the
// awards: the award table's rows, or else each winner with the amount stated after it.
class NoticeFindings
{
public:
    static NoticeReading settle(std::vector<ProcurementField> found, const std::vector<NoticeAward> &tableAwards,
                                const std::vector<NoticeLine> &lines);
};

} // namespace dossier
