#pragma once
// Readings of notices for the notice tests: through the importer's own text extraction
// and segmentation, and the fields of a reading by key.

#include "casefile/casefile.h"
#include "import/importservice.h"
#include "notices/noticereader.h"
#include "notices/procurementfields.h"
#include "text/htmltextextractor.h"
#include "text/segmenter.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace dossier::test {

inline QString value(const NoticeReading &r, const char *key)
{
    const ProcurementField *f = r.field(key);
    return f ? f->value : QString();
}

inline double yuan(const NoticeReading &r, const char *key)
{
    const ProcurementField *f = r.field(key);
    return f && f->yuan ? *f->yuan : -1;
}

inline QString date(const NoticeReading &r, const char *key)
{
    const ProcurementField *f = r.field(key);
    return f && f->date ? f->date->toIso() : QString();
}

// A page through the importer's own text extraction and segmentation.
inline NoticeReading readHtml(const QString &html)
{
    std::vector<NoticeLine> lines;
    qint64 id = 0;
    for (const TextSpan &span : Segmenter::segment(HtmlTextExtractor::extract(html).text))
        lines.emplace_back(++id, span.text);
    return NoticeReader::read(lines);
}

inline NoticeReading readText(const QString &text)
{
    std::vector<NoticeLine> lines;
    qint64 id = 0;
    for (const TextSpan &span : Segmenter::segment(text))
        lines.emplace_back(++id, span.text);
    return NoticeReader::read(lines);
}

// The real notices of tests/data/realnotices, imported into a case of their own.
struct RealNotices
{
    QTemporaryDir dir;
    std::unique_ptr<CaseFile> caseFile;
    RealNotices()
    {
        caseFile = std::move(CaseFile::create(dir.filePath(QStringLiteral("real.dossier"))).value());
    }
    qint64 import(const QString &name)
    {
        const ImportOutcome outcome =
            ImportService(caseFile->db()).importFile(QStringLiteral(DOSSIER_TEST_DATA "/realnotices/") + name, {});
        REQUIRE(outcome.status == ImportOutcome::Status::Imported);
        return outcome.documentId;
    }
    NoticeReading read(const QString &name) { return ProcurementFields(caseFile->db()).read(import(name)); }
};

} // namespace dossier::test
