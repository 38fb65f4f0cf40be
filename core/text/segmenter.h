#pragma once

#include <QString>

#include <vector>

namespace dossier {

// One segment cut from a page: a sentence (or a short labelled line such as
// "项目编号：ABC-123") with its place in the page text.
struct TextSpan
{
    int start = 0; // offsets into the page text, [start, end)
    int end = 0;
    QString text;  // the segment with line wraps joined and spaces trimmed
};

// Cuts page text into segments, the unit of alignment and citation. Paragraphs end at
// blank lines and at short lines (headings, "label：value" rows); a line that fills the
// width and runs on is a wrap and is joined (without a space between Chinese
// characters). Sentences end at 。！？； and at English . ! ? before a new sentence.
class Segmenter
{
public:
    static std::vector<TextSpan> segment(const QString &pageText);
    // Every line, with surrounding white space trimmed (a blank line has start == end).
    static std::vector<TextSpan> lines(const QString &text);
    // Paragraphs only, without cutting sentences.
    static std::vector<TextSpan> paragraphs(const QString &pageText);
};

} // namespace dossier
