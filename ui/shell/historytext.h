#pragma once

#include "operations/auditlog.h"

#include <QString>

#include <vector>

namespace dossier {

// An item's history as a person reads it: local time, who, what, one line each, newest
// last ("undone" and "redone" say so).
QString historyHtml(const std::vector<AuditEntry> &history);

} // namespace dossier
