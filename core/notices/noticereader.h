#pragma once

#include "noticereading.h"
#include "noticetext.h"

#include <vector>

namespace dossier {

// Reads a procurement notice the way a procurement reporter does: labelled fields in any
// of their spellings, values that end where the next field begins, sections that say
// whose name follows (1.采购人信息 / 名称：…), tables read by column (one award per
// package), units stated in a header or a note, the parties named in prose (受X委托),
// and the publication date from a label, the portal's header line, the notice period
// or the date under the signature.
class NoticeReader
{
public:
    static NoticeReading read(const std::vector<NoticeLine> &lines);
};

} // namespace dossier
