#pragma once

#include <QString>

namespace dossier {

struct HtmlText
{
    QString title;
    // Visible text; blocks (paragraphs, rows, list items, headings) are separated by a
    // blank line so the Segmenter sees the page's own structure.
    QString text;
    // Set when the page could not be read with its structure (markup nested deeper
    // than any real page) and its text was read flat instead.
    QString warning;
};

// Extracts what a reader sees from a saved web page, with libxml2's forgiving HTML
// parser: scripts, styles, forms' hidden parts and comments are dropped, entities are
// decoded, table cells on one row stay on one line.
class HtmlTextExtractor
{
public:
    static HtmlText extract(const QString &html);
    // The text of a page without building a tree: tags dropped (scripts and styles with
    // their content), blocks kept apart, entities decoded. Bounded memory, no recursion.
    static QString flatText(const QString &html);
};

} // namespace dossier
