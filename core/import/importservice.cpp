#include "importservice.h"

#include "../documents/documentstore.h"
#include "../ocr/scanreader.h"
#include "../storage/database.h"
#include "../storage/sqlerror.h"
#include "bilingualimporter.h"
#include "filesniffer.h"
#include "htmlimporter.h"
#include "imageimporter.h"
#include "pdfimporter.h"
#include "textimporter.h"
#include "../text/encodingdetector.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace dossier {

QString ImportOutcome::statusName(Status status)
{
    switch (status) {
    case Status::Imported:
        return QStringLiteral("imported");
    case Status::Duplicate:
        return QStringLiteral("duplicate");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

ImportService::ImportService(Database &db) : m_db(db), m_scanReader(std::make_unique<ScanReader>()) {}
ImportService::~ImportService() = default;

ImportOutcome ImportOutcome::notStarted(const QString &path)
{
    ImportOutcome skipped;
    skipped.path = path;
    skipped.status = Status::Cancelled;
    skipped.error = ImportService::tr("Import cancelled before this file.");
    return skipped;
}

QStringList ImportService::expandPaths(const QStringList &paths, QStringList *missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList inFolder;
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (!it.fileInfo().isHidden())
                    inFolder << file;
            }
            std::sort(inFolder.begin(), inFolder.end());
            files << inFolder;
        } else if (info.exists()) {
            files << path;
        } else {
            files << path; // reported as a per-file error by importFile
            if (missing)
                *missing << path;
        }
    }
    return files;
}

Result<ImportedDocument> ImportService::parse(const QByteArray &bytes, const QString &fileName,
                                              const ParseOptions &options)
{
    const std::optional<DocumentKind> &kind = options.kind;
    const FileSniffer::Verdict verdict = FileSniffer::sniff(bytes);
    switch (verdict.type) {
    case FileSniffer::Type::Empty:
        return Error{tr("The file is empty."), fileName};
    case FileSniffer::Type::Unsupported:
        return Error{tr("Dossier cannot import this file: it looks like %1, not a PDF, web page, "
                        "text or PNG/JPEG/TIFF image.")
                         .arg(verdict.description),
                     fileName};
    case FileSniffer::Type::Pdf:
        return PdfImporter::parse(bytes, fileName, options);
    case FileSniffer::Type::Image:
        return ImageImporter::parse(bytes, fileName, options);
    case FileSniffer::Type::Html:
        if (!kind || *kind == DocumentKind::Html)
            return HtmlImporter::parse(bytes, fileName);
        break;
    case FileSniffer::Type::Text:
        break;
    }
    Result<DecodedText> decoded = EncodingDetector::decode(bytes, false);
    if (!decoded)
        return decoded.error();
    const bool bilingual = kind ? *kind == DocumentKind::Bilingual
                                : BilingualImporter::looksBilingual(decoded->text);
    ImportedDocument document = bilingual ? BilingualImporter::fromText(decoded->text, fileName)
                                          : TextImporter::fromText(decoded->text, fileName);
    document.encoding = decoded->encoding;
    if (!decoded->warning().isEmpty())
        document.warning = document.warning.isEmpty() ? decoded->warning() : decoded->warning() + QLatin1Char(' ') + document.warning;
    return document;
}

ImportOutcome ImportService::importFile(const QString &path, const ImportOptions &options,
                                        const std::atomic_bool *cancel)
{
    ImportOutcome outcome;
    outcome.path = path;
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    auto fail = [&](const QString &message) {
        outcome.status = ImportOutcome::Status::Failed;
        outcome.error = message;
        qInfo().noquote() << "Import failed:" << path << "-" << message;
        return outcome;
    };

    if (!info.exists())
        return fail(tr("The file does not exist."));
    if (info.size() > kMaxFileSize)
        return fail(tr("The file is %1 MB; Dossier imports files up to %2 MB.")
                        .arg(info.size() / (1024 * 1024))
                        .arg(kMaxFileSize / (1024 * 1024)));
    if (isLongText(path, options)) {
        outcome = importLongText(path, options, cancel);
        if (outcome.status == ImportOutcome::Status::Failed)
            return fail(outcome.error);
        return outcome;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The file cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    file.close();

    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    try {
        DocumentStore store(m_db);
        if (std::optional<ImportOutcome> known = alreadyHeld(path, sha256))
            return *known;

        ParseOptions parseOptions;
        parseOptions.kind = options.kind;
        parseOptions.cancel = cancel;
        parseOptions.ocr = options.ocr ? m_scanReader.get() : nullptr;
        if (m_pageProgress)
            parseOptions.ocrProgress = [&](int page, int pages) { m_pageProgress(path, page, pages); };
        Result<ImportedDocument> parsed = parse(bytes, fileName, parseOptions);
        if (!parsed && parseOptions.cancelled()) {
            outcome.status = ImportOutcome::Status::Cancelled;
            outcome.error = parsed.error().message;
            return outcome;
        }
        if (!parsed)
            return fail(parsed.error().message);

        Transaction transaction(m_db);
        outcome.documentId =
            store.insert(*parsed, bytes, sha256, Provenance{fileName, options.sourceUrl, options.obtainedAt});
        transaction.commit();
        outcome.status = ImportOutcome::Status::Imported;
        outcome.title = parsed->title;
        return outcome;
    } catch (const SqlError &error) {
        qWarning() << "Import of" << path << "rolled back:" << error.message();
        return fail(error.userMessage());
    }
}

std::optional<ImportOutcome> ImportService::alreadyHeld(const QString &path, const QString &sha256)
{
    DocumentStore store(m_db);
    const std::optional<qint64> existing = store.findBySha256(sha256);
    if (!existing)
        return std::nullopt;
    ImportOutcome outcome;
    outcome.path = path;
    const std::optional<DocumentInfo> document = store.get(*existing);
    outcome.documentId = *existing;
    outcome.title = document ? document->title : QString();
    outcome.status = ImportOutcome::Status::Duplicate;
    if (document && document->inTrash) {
        // Importing what was deleted brings the document (and all work on it) back.
        store.setInTrash(*existing, false);
        outcome.status = ImportOutcome::Status::Imported;
    }
    return outcome;
}

std::vector<ImportOutcome> ImportService::importFiles(const QStringList &paths,
                                                      const ImportOptions &options,
                                                      const Progress &progress,
                                                      const std::atomic_bool *cancel)
{
    const QStringList files = expandPaths(paths);
    std::vector<ImportOutcome> outcomes;
    outcomes.reserve(size_t(files.size()));
    for (int i = 0; i < files.size(); ++i) {
        if (cancel && cancel->load()) {
            for (int j = i; j < files.size(); ++j)
                outcomes.push_back(ImportOutcome::notStarted(files[j]));
            break;
        }
        if (progress)
            progress(i, int(files.size()), files[i]);
        outcomes.push_back(importFile(files[i], options, cancel));
    }
    if (progress)
        progress(int(files.size()), int(files.size()), QString());
    return outcomes;
}

} // namespace dossier
