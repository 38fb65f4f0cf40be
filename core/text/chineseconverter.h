#pragma once

#include <QString>

namespace dossier {

// Traditional-to-Simplified conversion through OpenCC (t2s), so that 深圳大學 finds
// 深圳大学. One OpenCC instance per thread: the library gives no thread-safety promise.
class ChineseConverter
{
public:
    static QString toSimplified(const QString &text);
};

} // namespace dossier
