#include "tablecolumnunits.h"

#include <QRegularExpression>
#include <QStringList>

namespace dossier {

void TableColumnUnits::apply(const QString &row, std::vector<Figure> &figures)
{
    const QStringList cells = row.split(QLatin1Char('\t'));
    if (cells.size() < 2) {
        m_columns = 0;
        return;
    }
    static const QRegularExpression unit(
        QStringLiteral("(?:金额|价|报价|总价|价格|价款)\\s*[（(]\\s*(?:单位\\s*[：:]\\s*)?(?:人民币)?\\s*(万元|元)\\s*[)）]$"));
    static const QRegularExpression startsWithDigit(QStringLiteral("^\\s*[0-9０-９]"));
    const bool header = std::none_of(cells.begin(), cells.end(), [](const QString &c) { return startsWithDigit.match(c).hasMatch(); });
    if (header) {
        m_columns = int(cells.size());
        m_multipliers.assign(size_t(m_columns), 0);
        bool any = false;
        for (int i = 0; i < m_columns; ++i) {
            if (const QRegularExpressionMatch m = unit.match(cells[i].trimmed()); m.hasMatch()) {
                m_multipliers[size_t(i)] = m.captured(1) == QStringLiteral("万元") ? 1e4 : 1;
                any = true;
            }
        }
        if (!any)
            m_columns = 0;
        return;
    }
    if (int(cells.size()) != m_columns)
        return;
    int cellStart = 0;
    for (int i = 0; i < m_columns; ++i) {
        const int cellEnd = cellStart + int(cells[i].size());
        const double multiplier = m_multipliers[size_t(i)];
        for (Figure &f : figures) {
            if (multiplier == 0 || f.kind != Figure::Kind::Number || f.start < cellStart || f.end > cellEnd)
                continue;
            f.kind = Figure::Kind::Money;
            f.unit = QStringLiteral("CNY");
            f.value *= multiplier;
            if (f.high)
                *f.high *= multiplier;
        }
        cellStart = cellEnd + 1;
    }
}

} // namespace dossier
