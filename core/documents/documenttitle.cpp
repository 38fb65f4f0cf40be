#include "documenttitle.h"

#include <QRegularExpression>

namespace dossier {

namespace {

constexpr int kMaxTitle = 120;

QString shortened(const QString &title)
{
    const QString simple = title.simplified();
    return simple.size() > kMaxTitle ? simple.left(kMaxTitle - 1) + QChar(0x2026) : simple;
}

} // namespace

bool DocumentTitle::isJunk(const QString &title)
{
    const QString t = title.simplified();
    if (t.size() < 2)
        return true;
    static const QRegularExpression junk(QStringLiteral(
        "<%|%>|%@|page import|contentType=|^[\\x{4e00}-\\x{9fff}\\s]{1,12}[：:]\\s*$|^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]+[章节])|"
        "^(?:详细信息|当前位置|首页|正文|信息公告|公告详情|打印|关闭|无标题|untitled|document|microsoft word)"),
        QRegularExpression::CaseInsensitiveOption);
    return junk.match(t).hasMatch();
}

QString DocumentTitle::choose(const QString &declared, const QStringList &firstLines, const QString &fallback)
{
    // A declared title that is a field ("项目编号：…") names no document.
    static const QRegularExpression field(QStringLiteral("^[\\x{4e00}-\\x{9fff}\\s]{1,12}[：:]"));
    if (!isJunk(declared) && !field.match(declared).hasMatch())
        return shortened(declared);
    // A notice names itself in a heading near the top.
    static const QRegularExpression heading(QStringLiteral(
        "(?:公告|公示|通告|通知|结果|招标文件|采购文件|磋商文件|谈判文件|询价文件|邀请书|邀请函|合同|报告)(?:[（(][^）)]{1,10}[）)])?$"));
    static const QRegularExpression sentencePunctuation(QStringLiteral("[，。；]"));
    for (const QString &line : firstLines) {
        const QString t = line.simplified();
        if (t.size() >= 6 && t.size() <= kMaxTitle && !isJunk(t) && !field.match(t).hasMatch() && heading.match(t).hasMatch() &&
            !t.contains(sentencePunctuation))
            return t;
    }
    static const QRegularExpression projectName(QStringLiteral("(?:采购)?项目名称\\s*[：:]\\s*([^\\s；;。][^；;。\\t]{3,})"));
    for (const QString &line : firstLines)
        if (const QRegularExpressionMatch m = projectName.match(line); m.hasMatch())
            return shortened(m.captured(1));
    for (const QString &line : firstLines)
        if (!isJunk(line) && line.simplified().size() >= 4)
            return shortened(line);
    return fallback;
}

} // namespace dossier
