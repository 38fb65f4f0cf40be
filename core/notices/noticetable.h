#pragma once

#include "noticetext.h"

#include <QString>

#include <optional>
#include <vector>

namespace dossier {

// The columns of a table's header row that an award needs.
struct NoticeTableColumns
{
    int count = 0;
    int package = -1;
    int supplier = -1;
    int amount = -1;
    double amountMultiplier = 1; // 万元 in the header: values are in ten thousands
    bool award = false;          // the winners' table, not the bidders' or candidates'
};

// One data row of a table, as cells of the lines it came from.
struct NoticeTableRow
{
    std::vector<const NoticeCell *> cells;
    std::vector<const NoticeLine *> lines; // the line of each cell
};

// Reads the award tables of a notice: a header row (包号 | 成交供应商名称 | 成交金额(元))
// and the rows under it, whether each row is one line with cells apart (HTML tables) or
// each cell a line of its own (Word's export, text copied out of a table).
class NoticeTable
{
public:
    // Whether the cells are a header row, and the columns it names.
    static std::optional<NoticeTableColumns> header(const std::vector<QString> &cells, const QString &role);
    // A row or a run of single-cell lines starting at `at` that is a header, the rows
    // below it, and how many lines they took (0: no table here).
    static int read(const std::vector<NoticeLine> &lines, size_t at, const QString &role, NoticeTableColumns &columns,
                    std::vector<NoticeTableRow> &rows);
    // A short cell that names a column (序号, 供应商名称, 金额（元）).
    static bool isColumnName(const QString &cell);
};

} // namespace dossier
