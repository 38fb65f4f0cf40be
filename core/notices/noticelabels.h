#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace dossier {

// What a notice's field holds, which decides how its value is read and checked.
enum class NoticeValueKind { Name, Amount, Date, Code, Text };

// A label found in a cell of a notice: "采购人：", "中标（成交）金额：", "公告时间".
struct NoticeLabelMatch
{
    QString key; // purchaser, agent, supplier, award_amount, budget, price_ceiling, published,
                 // award_date, project_number, project_name, bid_deadline, bid_opening, notice_period
    NoticeValueKind kind = NoticeValueKind::Text;
    int labelStart = 0; // in the squeezed cell
    int labelEnd = 0;   // the label with its qualifier, before the colon
    int valueStart = 0; // after the colon and blanks
    QString qualifier;  // "2024年4月19日" in 中标结果（2024年4月19日）
};

// The labels of Chinese procurement notices in the forms portals publish them, numbered
// or not, with or without a colon, with a qualifier in brackets. Generic labels (名称,
// 单位名称, 供应商名称) take their meaning from the section they stand in (采购人信息,
// 中标信息), its role.
class NoticeLabels
{
public:
    // Labels followed by a colon anywhere in a squeezed cell, in order.
    static std::vector<NoticeLabelMatch> find(const QString &cell, const QString &role);
    // A cell that holds a label and nothing else (a table's key column).
    static std::optional<NoticeLabelMatch> wholeCell(const QString &cell, const QString &role);
    // The role a section heading gives the generic labels under it ("purchaser" for
    // 采购人信息, "supplier" for 中标信息, "agent" for 代理机构信息), or "" for none;
    // nothing when the text is no heading.
    static std::optional<QString> headingRole(const QString &cell);
    static NoticeValueKind kindOf(const QString &key);
    // Where a value that started at `from` ends: at the next label, section number,
    // or the punctuation that closes a field of this kind.
    static int valueEnd(const QString &cell, int from, NoticeValueKind kind);
};

} // namespace dossier
