#pragma once

#include <QString>
#include <QStringList>

namespace dossier {

// Chooses a document's title the way a reader would name it: the title the file declares
// (<title>, the PDF's Title) unless it is a template's leftovers ("<%@ page import=…"),
// a bare label ("项目编号：") or a section heading ("一、项目信息"); else the notice's
// heading (…成交公告, …招标文件), the project's name, or the first line that says
// something.
class DocumentTitle
{
public:
    static QString choose(const QString &declared, const QStringList &firstLines, const QString &fallback);
    // Whether a title is no title: template code, a label, a heading number, a site's
    // boilerplate.
    static bool isJunk(const QString &title);
};

} // namespace dossier
