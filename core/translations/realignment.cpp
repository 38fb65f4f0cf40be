#include "realignment.h"

namespace dossier {

namespace {

QString joined(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QLatin1Char(' ') + b;
}

bool valid(const QStringList &texts, int i, int needed)
{
    return i >= 0 && i + needed < texts.size();
}

} // namespace

QStringList Realignment::joinWithNext(QStringList texts, int i)
{
    if (!valid(texts, i, 1))
        return texts;
    texts[i] = joined(texts[i], texts[i + 1]);
    texts[i + 1].clear();
    return texts;
}

QStringList Realignment::splitAt(QStringList texts, int i, int position)
{
    if (!valid(texts, i, 1) || position <= 0 || position >= texts[i].size())
        return texts;
    const QString head = texts[i].left(position).trimmed();
    const QString tail = texts[i].mid(position).trimmed();
    texts[i] = head;
    texts[i + 1] = joined(tail, texts[i + 1]);
    return texts;
}

QStringList Realignment::shiftDown(QStringList texts, int i)
{
    if (!valid(texts, i, 1))
        return texts;
    const int last = int(texts.size()) - 1;
    texts[last - 1] = joined(texts[last - 1], texts[last]); // nothing falls off the end
    for (int k = last; k > i; --k)
        texts[k] = texts[k - 1];
    texts[i].clear();
    return texts;
}

QStringList Realignment::shiftUp(QStringList texts, int i)
{
    if (!valid(texts, i, 1))
        return texts;
    texts[i] = joined(texts[i], texts[i + 1]);
    for (int k = i + 1; k + 1 < texts.size(); ++k)
        texts[k] = texts[k + 1];
    texts.last().clear();
    return texts;
}

} // namespace dossier
