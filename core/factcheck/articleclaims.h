#pragma once

#include "../error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace dossier {

class Database;

// One checkable sentence of a published article or a draft, in reading order.
struct ArticleClaim
{
    int ordinal = 0;     // its place among the article's sentences
    QString text;
    QStringList reasons; // "figures", "dates", "names the case knows"
};

// Reads an article (a saved web page, plain text or Markdown) as what it is — a text to
// check, not a source — and lists the sentences a fact-checker must verify: those with
// figures, dates or the case's names.
class ArticleClaims
{
    Q_DECLARE_TR_FUNCTIONS(ArticleClaims)

public:
    // The article's text: a web page's visible words, Markdown without its markup.
    static Result<QString> textOf(const QByteArray &bytes, const QString &fileName);
    // `knownNames`: the case's entity names and glossary renderings (knownNames()).
    static std::vector<ArticleClaim> checkable(const QString &text, const QStringList &knownNames);
    // Every name the case knows: its entities' names and aliases, its glossary's terms and
    // renderings.
    static QStringList knownNames(Database &db);
};

} // namespace dossier
