#include "htmltextextractor.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cctype>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <memory>
#include <vector>

namespace dossier {

namespace {

struct DocDeleter
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};

QString nameOf(const xmlNode *node)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(node->name)).toLower();
}

bool isSkipped(const QString &name)
{
    static const QSet<QString> skipped = {
        QStringLiteral("script"), QStringLiteral("style"),  QStringLiteral("noscript"),
        QStringLiteral("template"), QStringLiteral("head"), QStringLiteral("iframe"),
        QStringLiteral("object"), QStringLiteral("embed"),  QStringLiteral("svg"),
        QStringLiteral("canvas"), QStringLiteral("select"), QStringLiteral("button")};
    return skipped.contains(name);
}

bool isBlock(const QString &name)
{
    static const QSet<QString> blocks = {
        QStringLiteral("p"),       QStringLiteral("div"),     QStringLiteral("li"),
        QStringLiteral("tr"),      QStringLiteral("h1"),      QStringLiteral("h2"),
        QStringLiteral("h3"),      QStringLiteral("h4"),      QStringLiteral("h5"),
        QStringLiteral("h6"),      QStringLiteral("table"),   QStringLiteral("section"),
        QStringLiteral("article"), QStringLiteral("header"),  QStringLiteral("footer"),
        QStringLiteral("ul"),      QStringLiteral("ol"),      QStringLiteral("dl"),
        QStringLiteral("dt"),      QStringLiteral("dd"),      QStringLiteral("blockquote"),
        QStringLiteral("pre"),     QStringLiteral("hr"),      QStringLiteral("form"),
        QStringLiteral("main"),    QStringLiteral("nav"),     QStringLiteral("aside"),
        QStringLiteral("caption"), QStringLiteral("figure"),  QStringLiteral("figcaption"),
        QStringLiteral("address"), QStringLiteral("center"),  QStringLiteral("fieldset"),
        QStringLiteral("thead"),   QStringLiteral("tbody"),   QStringLiteral("tfoot")};
    return blocks.contains(name);
}

class Walker
{
public:
    static constexpr int kMaxDepth = 1000;
    QString text;

    void walk(const xmlNode *node, bool preformatted, int depth = 0)
    {
        // libxml2 caps nesting itself; this guards the stack of a worker thread anyway.
        if (depth > kMaxDepth)
            return;
        for (const xmlNode *child = node; child; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                appendText(QString::fromUtf8(reinterpret_cast<const char *>(child->content)),
                           preformatted);
                continue;
            }
            if (child->type != XML_ELEMENT_NODE)
                continue;
            const QString name = nameOf(child);
            if (isSkipped(name))
                continue;
            if (name == QLatin1String("br")) {
                if (m_inlineCellDepth > 0)
                    inlineBreak();
                else
                    lineBreak();
                continue;
            }
            const bool cell = name == QLatin1String("td") || name == QLatin1String("th");
            // Inside a simple table cell, Word's <p> per cell is no paragraph: the row
            // stays one line so that a header and its value stay in their columns.
            const bool block = isBlock(name) && m_inlineCellDepth == 0;
            if (block)
                blockBreak();
            else if (isBlock(name))
                inlineBreak();
            else if (cell)
                cellBreak();
            const bool inlineCell = cell && m_inlineCellDepth == 0 && isSimpleCell(child);
            m_inlineCellDepth += inlineCell ? 1 : 0;
            walk(child->children, preformatted || name == QLatin1String("pre"), depth + 1);
            m_inlineCellDepth -= inlineCell ? 1 : 0;
            if (block)
                blockBreak();
        }
    }

    QString finish()
    {
        while (!text.isEmpty() && text.back().isSpace())
            text.chop(1);
        return text;
    }

private:
    bool m_pendingSpace = false;
    int m_inlineCellDepth = 0;

    // A cell of a data table, not a layout cell holding a page: no nested table and
    // little text.
    static bool isSimpleCell(const xmlNode *cell)
    {
        int budget = 400; // characters (UTF-8 bytes) a data cell may hold
        std::vector<const xmlNode *> stack{cell->children};
        while (!stack.empty()) {
            const xmlNode *node = stack.back();
            stack.pop_back();
            for (; node; node = node->next) {
                if (node->type == XML_ELEMENT_NODE && (xmlStrcasecmp(node->name, BAD_CAST "table") == 0))
                    return false;
                if (node->type == XML_TEXT_NODE && node->content)
                    budget -= int(xmlStrlen(node->content));
                if (budget < 0)
                    return false;
                if (node->children)
                    stack.push_back(node->children);
            }
        }
        return true;
    }

    void inlineBreak()
    {
        m_pendingSpace = !text.isEmpty() && text.back() != QLatin1Char('\t');
    }

    void appendText(const QString &raw, bool preformatted)
    {
        if (preformatted) {
            text += raw;
            m_pendingSpace = false;
            return;
        }
        for (QChar c : raw) {
            if (c.isSpace() && c.unicode() != 0x3000) {
                m_pendingSpace = true;
                continue;
            }
            if (m_pendingSpace && !text.isEmpty() && !text.back().isSpace())
                text += QLatin1Char(' ');
            m_pendingSpace = false;
            text += c;
        }
    }

    void trimTrailingSpaces()
    {
        while (!text.isEmpty() && (text.back() == QLatin1Char(' ') || text.back() == QLatin1Char('\t')))
            text.chop(1);
    }

    void blockBreak()
    {
        m_pendingSpace = false;
        trimTrailingSpaces();
        if (text.isEmpty() || text.endsWith(QLatin1String("\n\n")))
            return;
        text += text.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QStringLiteral("\n\n");
    }

    void lineBreak()
    {
        m_pendingSpace = false;
        trimTrailingSpaces();
        if (!text.isEmpty())
            text += QLatin1Char('\n');
    }

    // Cells are kept apart by a tab so that readers of the text can tell columns from
    // the spaces inside a cell.
    void cellBreak()
    {
        m_pendingSpace = false;
        while (!text.isEmpty() && text.back() == QLatin1Char(' '))
            text.chop(1);
        if (!text.isEmpty() && text.back() != QLatin1Char('\n'))
            text += QLatin1Char('\t');
    }
};

const xmlNode *findElement(const xmlNode *node, const char *name, int depth = 0)
{
    if (depth > 8) // <title> sits in <head>, near the top
        return nullptr;
    for (const xmlNode *n = node; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && xmlStrcasecmp(n->name, BAD_CAST name) == 0)
            return n;
        if (const xmlNode *found = findElement(n->children, name, depth + 1))
            return found;
    }
    return nullptr;
}

// libxml2 checks each attribute of a tag against all the earlier ones, so one element
// with tens of thousands of attributes (a hostile or broken page) takes minutes. The
// text never needs more than a few per tag: keep the first kMaxAttributes, in one pass.
constexpr int kMaxAttributes = 64;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

QByteArray boundAttributes(const QByteArray &html)
{
    QByteArray out;
    out.reserve(html.size());
    const char *p = html.constData();
    const char *const end = p + html.size();
    while (p < end) {
        if (*p != '<' || p + 1 >= end || !std::isalpha(static_cast<unsigned char>(p[1]))) {
            out.append(*p++);
            continue;
        }
        // A start tag: its name, then attributes up to the closing '>'.
        const char *tag = p++;
        while (p < end && !isSpace(*p) && *p != '>' && *p != '/')
            ++p;
        out.append(tag, int(p - tag));
        int attributes = 0;
        while (p < end && *p != '>') {
            const char *start = p;
            while (p < end && (isSpace(*p) || *p == '/'))
                ++p;
            if (p >= end || *p == '>') {
                out.append(start, int(p - start));
                break;
            }
            while (p < end && !isSpace(*p) && *p != '=' && *p != '>')
                ++p;
            while (p < end && isSpace(*p))
                ++p;
            if (p < end && *p == '=') {
                ++p;
                while (p < end && isSpace(*p))
                    ++p;
                if (p < end && (*p == '"' || *p == '\'')) {
                    const char quote = *p++;
                    while (p < end && *p != quote)
                        ++p;
                    if (p < end)
                        ++p;
                } else {
                    while (p < end && !isSpace(*p) && *p != '>')
                        ++p;
                }
            }
            if (++attributes <= kMaxAttributes)
                out.append(start, int(p - start));
        }
        if (p < end)
            out.append(*p++); // '>'
    }
    return out;
}

} // namespace

HtmlText HtmlTextExtractor::extract(const QString &html)
{
    const QByteArray utf8 = boundAttributes(html.toUtf8());
    // Already decoded, so tell libxml2 the bytes are UTF-8 whatever the page declares.
    std::unique_ptr<xmlDoc, DocDeleter> doc(htmlReadMemory(
        utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
    HtmlText result;
    if (!doc)
        return result;
    const xmlNode *root = xmlDocGetRootElement(doc.get());
    if (const xmlNode *title = findElement(root, "title")) {
        xmlChar *content = xmlNodeGetContent(title);
        result.title = QString::fromUtf8(reinterpret_cast<const char *>(content)).simplified();
        xmlFree(content);
    }
    Walker walker;
    walker.walk(root, false);
    result.text = walker.finish();
    // libxml2 gives up on absurdly deep nesting and returns little or nothing; never
    // lose the words: read them flat and say so.
    const QString flat = flatText(html);
    if (!flat.trimmed().isEmpty() && result.text.simplified().size() * 2 < flat.simplified().size()) {
        result.text = flat;
        result.warning = QCoreApplication::translate(
            "HtmlTextExtractor", "This page's markup is nested too deeply to keep its layout; its text was read without "
                                 "structure.");
    }
    return result;
}

QString HtmlTextExtractor::flatText(const QString &html)
{
    static const QSet<QString> dropped = {QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("noscript"),
                                          QStringLiteral("template"), QStringLiteral("title")};
    QString out;
    out.reserve(html.size() / 2);
    const int n = int(html.size());
    for (int i = 0; i < n;) {
        const QChar c = html[i];
        if (c == QLatin1Char('<')) {
            int end = i + 1;
            QChar quote;
            while (end < n && (html[end] != QLatin1Char('>') || !quote.isNull())) {
                if ((html[end] == QLatin1Char('"') || html[end] == QLatin1Char('\'')) && (quote.isNull() || quote == html[end]))
                    quote = quote.isNull() ? html[end] : QChar();
                ++end;
            }
            QString tag = html.mid(i + 1, end - i - 1).trimmed().toLower();
            const bool closing = tag.startsWith(QLatin1Char('/'));
            if (closing)
                tag.remove(0, 1);
            const QString name = tag.section(QRegularExpression(QStringLiteral("[\\s/]")), 0, 0);
            i = end + 1;
            if (!closing && dropped.contains(name)) {
                const qsizetype close = html.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
                i = close < 0 ? n : int(close);
                continue;
            }
            if (name == QLatin1String("br"))
                out += QLatin1Char('\n');
            else if (isBlock(name) || name == QLatin1String("td") || name == QLatin1String("th"))
                out += isBlock(name) ? QStringLiteral("\n\n") : QStringLiteral(" ");
            continue;
        }
        if (c == QLatin1Char('&')) {
            const int semicolon = int(html.indexOf(QLatin1Char(';'), i));
            if (semicolon > i && semicolon - i <= 10) {
                const QString entity = html.mid(i + 1, semicolon - i - 1);
                QString decoded;
                if (entity == QLatin1String("amp")) decoded = QStringLiteral("&");
                else if (entity == QLatin1String("lt")) decoded = QStringLiteral("<");
                else if (entity == QLatin1String("gt")) decoded = QStringLiteral(">");
                else if (entity == QLatin1String("quot")) decoded = QStringLiteral("\"");
                else if (entity == QLatin1String("nbsp")) decoded = QStringLiteral(" ");
                else if (entity.startsWith(QLatin1String("#x")))
                    decoded = QString(QChar(char16_t(entity.mid(2).toUInt(nullptr, 16))));
                else if (entity.startsWith(QLatin1Char('#')))
                    decoded = QString(QChar(char16_t(entity.mid(1).toUInt())));
                if (!decoded.isEmpty()) {
                    out += decoded;
                    i = semicolon + 1;
                    continue;
                }
            }
        }
        out += c;
        ++i;
    }
    // Collapse the spacing the markup left behind, keeping paragraph breaks.
    QStringList paragraphs;
    for (const QString &block : out.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts)) {
        const QString simplified = block.simplified();
        if (!simplified.isEmpty())
            paragraphs << simplified;
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace dossier
