#pragma once

#include "operations/auditlog.h"

#include <QString>

#include <vector>

namespace dossier {

// An item's history as a person reads it: local time, who, what, one line each, newest
// last ("undone" and "redone" say so).
QString historyHtml(const std::vector<AuditEntry> &history);
// A moment stored as ISO 8601 UTC (2024-05-12T08:30:00Z), as a person reads it: local time,
// short; the text itself when it is no moment.
QString readableTime(const QString &isoUtc);

} // namespace dossier
