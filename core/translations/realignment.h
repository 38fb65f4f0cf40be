#pragma once

#include <QStringList>

namespace dossier {

// Corrections a reader makes to an alignment, on the list of translations of a
// document's segments (an empty string: no translation). None of them loses text:
// joined, split and shifted, every sentence of the translation stays in the list.
class Realignment
{
public:
    // Segment i takes the translation of i+1 after its own; i+1 is left empty.
    static QStringList joinWithNext(QStringList texts, int i);
    // The translation of i is cut at `position`; the rest goes before that of i+1.
    static QStringList splitAt(QStringList texts, int i, int position);
    // Translations from i onward move one segment down (i is left empty); the last one
    // joins the one before it if it would fall off the end.
    static QStringList shiftDown(QStringList texts, int i);
    // Translations after i move one segment up, the first of them joining i's.
    static QStringList shiftUp(QStringList texts, int i);
};

} // namespace dossier
