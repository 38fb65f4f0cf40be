#pragma once

#include "casesummary.h"

#include <QJsonObject>

namespace dossier {

// The timeline as TimelineJS 3 reads it: a slide per event with each quote, its
// translation and its citation; lanes by the kind of party involved (buyers,
// intermediaries...), few enough to navigate.
class TimelineJsExport
{
public:
    static QJsonObject render(const CaseSummary &summary);
    // Case text as TimelineJS HTML: escaped, and written so that TimelineJS's automatic
    // linking (on by default) finds no address, e-mail or "www." in it to turn into a
    // link that breaks at the first Chinese character.
    static QString slideText(const QString &text);
};

} // namespace dossier
