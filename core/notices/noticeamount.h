#pragma once

#include <QString>

#include <optional>

namespace dossier {

// An amount of money as a notice states it, in yuan.
struct NoticeAmountValue
{
    double yuan = 0;
    std::optional<double> high; // a range's upper end ("50-80万元")
};

// Reads the amount in a notice's value: "6687920.0元", "￥668.79 万元（人民币）",
// "总价形式报价:569800.00(元)", "人民币壹拾捌万肆仟元整", or a bare "121.5" whose unit
// the table header or a note ("价格单位：万元") gave. A rate (下浮率 5%) or another
// currency is no amount in yuan.
class NoticeAmount
{
public:
    static std::optional<NoticeAmountValue> read(const QString &value, double contextMultiplier = 1);
    // The multiplier a unit note or a column header states: 万元 → 10000, 元 → 1.
    static std::optional<double> unitOf(const QString &text);
};

} // namespace dossier
