#pragma once

#include "casesummary.h"

namespace dossier {

// The case summary in Markdown for a CMS. Text from the case is escaped so that a quote
// containing *, _, [, |, # or HTML shows as written and adds no formatting or markup.
class SummaryMarkdown
{
public:
    static QString render(const CaseSummary &summary);
    static QString escape(const QString &text);
};

} // namespace dossier
