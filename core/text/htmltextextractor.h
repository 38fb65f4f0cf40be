#pragma once

#include <QString>

namespace dossier {

struct HtmlText
{
    QString title;
    // Visible text; blocks (paragraphs, rows, list items, headings) are separated by a
    // blank line so the Segmenter sees the page's own structure.
    QString text;
};

// Extracts what a reader sees from a saved web page, with libxml2's forgiving HTML
// parser: scripts, styles, forms' hidden parts and comments are dropped, entities are
// decoded, table cells on one row stay on one line.
class HtmlTextExtractor
{
public:
    static HtmlText extract(const QString &html);
};

} // namespace dossier
