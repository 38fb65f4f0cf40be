#include "doubtfulspans.h"

#include <algorithm>
#include <map>

namespace dossier {

namespace {

// Where each character of the page text between the segment's start and end stands in
// the segment's text. The segmenter joins wrapped lines, so the segment is the page text
// with its blanks and line breaks changed, never its other characters.
std::vector<int> segmentOffsets(const QString &pageText, const SegmentInfo &segment)
{
    std::vector<int> offsets;
    const int end = std::min(segment.end, int(pageText.size()));
    int j = 0;
    for (int i = segment.start; i < end; ++i) {
        while (j < segment.text.size() && segment.text[j] != pageText[i] && segment.text[j].isSpace())
            ++j;
        offsets.push_back(j);
        if (j < segment.text.size() && segment.text[j] == pageText[i])
            ++j;
    }
    offsets.push_back(j);
    return offsets;
}

} // namespace

std::vector<std::vector<std::pair<int, int>>> doubtfulSpans(const std::vector<SegmentInfo> &segments,
                                                            const std::vector<PageInfo> &pages,
                                                            const std::vector<StoredOcrWord> &words)
{
    std::map<int, const QString *> pageText;
    for (const PageInfo &page : pages)
        pageText[page.number] = &page.text;
    std::map<int, std::vector<const StoredOcrWord *>> doubtfulByPage;
    for (const StoredOcrWord &word : words)
        if (word.isDoubtful())
            doubtfulByPage[word.page].push_back(&word);

    std::vector<std::vector<std::pair<int, int>>> spans(segments.size());
    for (size_t i = 0; i < segments.size(); ++i) {
        const SegmentInfo &segment = segments[i];
        const auto page = doubtfulByPage.find(segment.page);
        const auto text = pageText.find(segment.page);
        if (!segment.fromOcr || segment.machineText || page == doubtfulByPage.end() || text == pageText.end())
            continue;
        const std::vector<int> offsets = segmentOffsets(*text->second, segment);
        const int segmentEnd = std::min(segment.end, int(text->second->size()));
        for (const StoredOcrWord *word : page->second) {
            // Word and segment offsets are both in the page's text.
            const int start = std::max(word->start, segment.start);
            const int end = std::min(word->end, segmentEnd);
            if (start < end)
                spans[i].emplace_back(offsets[size_t(start - segment.start)], offsets[size_t(end - segment.start)]);
        }
    }
    return spans;
}

} // namespace dossier
