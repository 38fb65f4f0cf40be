#pragma once

// The demo case as a reporter leaves it before an editor exports it: parties of every
// type (a name both languages write alike among them), relations, events dated to the
// day, a range and a quarter with two quotes each and their translations, one
// translation that loses a figure, a quote read by OCR from a scan, checked claims,
// and text that would turn into formulas or links if an export let it.
#include "casefile/casefile.h"
#include "documents/documentstore.h"
#include "error.h"
#include "export/casesummary.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace dossier::test {

class ExportStory
{
public:
    ExportStory();

    Database &db() { return m_case->db(); }
    QString casePath() const { return m_dir.filePath(QStringLiteral("story.dossier")); }
    QString out(const QString &name) const { return m_dir.filePath(name); }
    Status run(const QString &format, const QString &path);
    QString run(const QString &format); // exports to out("story.<format>") and returns the path

    // What every faithful export carries, as the case holds it.
    QStringList quotes;           // every event evidence quote
    QStringList translations;     // every translation printed beside a quote
    QStringList sourceUrls;
    QString description;          // an event description with a bare address and an e-mail
    QString creditCode = QStringLiteral("91350100M000100Y43");
    SummaryOptions options;

private:
    SegmentInfo segmentContaining(const QString &words);
    qint64 segment(const QString &containing);
    qint64 cite(qint64 eventId, const QString &containing);

    QTemporaryDir m_dir;
    std::unique_ptr<CaseFile> m_case;
};

// Runs a program to its end; its standard output, or a failed REQUIRE naming it.
QByteArray runTool(const QString &program, const QStringList &arguments, const QString &workingDirectory = {},
                   int timeoutMs = 120000);

} // namespace dossier::test
