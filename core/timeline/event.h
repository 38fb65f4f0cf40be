#pragma once

#include "../documents/textorigin.h"
#include "../reviewstate.h"
#include "fuzzydate.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dossier {

// A quote that proves an event, frozen as it read when cited: if the document is
// replaced or the translation changes later, the quote stays and `changed` says so.
struct EventEvidence
{
    qint64 id = 0;
    std::optional<qint64> segmentId;
    qint64 documentId = 0;
    QString documentTitle;
    int page = 0;
    QString field = QStringLiteral("original");
    int start = 0;
    int end = 0;
    QString quote;
    QString translationQuote; // the segment's translation when cited
    QString sha256;           // of the document's original bytes
    QString segmentText;      // the whole segment when cited
    QString note;
    bool changed = false;     // the source or its translation no longer reads as cited
    bool missing = false;     // the source is gone (deleted, or in the trash)
    TextOrigin origin = TextOrigin::Document;
};

struct Event
{
    qint64 id = 0;
    FuzzyDate date;
    QString title;
    QString description;
    QStringList tags;
    std::vector<qint64> entityIds;
    std::vector<EventEvidence> evidence;
    Review review; // set by ReviewEdit only; kept as it is by add (a restore) and update
};

} // namespace dossier
