#pragma once

#include "../documents/documentinfo.h"
#include "../documents/ocrstore.h"

#include <utility>
#include <vector>

namespace dossier {

// For each segment, the spans of its text that OCR read with low confidence, so the
// reader can mark them. Segments a person corrected have none: they were read by eye.
std::vector<std::vector<std::pair<int, int>>> doubtfulSpans(const std::vector<SegmentInfo> &segments,
                                                            const std::vector<PageInfo> &pages,
                                                            const std::vector<StoredOcrWord> &words);

} // namespace dossier
