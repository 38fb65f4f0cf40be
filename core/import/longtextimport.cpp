// ImportService's path for plain text too long to hold whole: read, decoded, segmented
// and stored piece by piece, so memory stays flat and progress and cancel work inside
// the file.
#include "importservice.h"

#include "filesniffer.h"
#include "textimporter.h"

#include "../documents/documentstore.h"
#include "../storage/database.h"
#include "../storage/sqlerror.h"
#include "../text/encodingdetector.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QFile>
#include <QFileInfo>
#include <QStringConverter>

namespace dossier {

namespace {

constexpr qint64 kPieceSize = 4 * 1024 * 1024;

// The next piece of the file, ending after a line break when there is one: a newline
// byte never sits inside a character in UTF-8, GB18030 or Big5, so every piece decodes
// on its own.
QByteArray nextPiece(QFile &file, QByteArray &carry)
{
    QByteArray piece = carry + file.read(kPieceSize);
    carry.clear();
    if (file.atEnd())
        return piece;
    const qsizetype cut = piece.lastIndexOf('\n');
    if (cut > 0) {
        carry = piece.mid(cut + 1);
        piece.truncate(cut + 1);
    }
    return piece;
}

} // namespace

bool ImportService::isLongText(const QString &path, const ImportOptions &options)
{
    const QFileInfo info(path);
    if (info.size() <= kLongTextSize || (options.kind && *options.kind != DocumentKind::Text))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(64 * 1024);
    // UTF-16 and UTF-32 put zero bytes beside every newline: read those whole.
    if (QStringConverter::encodingForData(head).value_or(QStringConverter::Utf8) != QStringConverter::Utf8)
        return false;
    return FileSniffer::sniff(head).type == FileSniffer::Type::Text;
}

ImportOutcome ImportService::importLongText(const QString &path, const ImportOptions &options, const std::atomic_bool *cancel)
{
    ImportOutcome outcome;
    outcome.path = path;
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.error = tr("The file cannot be read: %1").arg(file.errorString());
        return outcome;
    }
    const qint64 size = file.size();
    const int pieces = int((size + kPieceSize - 1) / kPieceSize);
    const auto cancelled = [&] { return cancel && cancel->load(); };

    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        outcome.error = tr("The file cannot be read: %1").arg(file.errorString());
        return outcome;
    }
    const QString sha256 = QString::fromLatin1(hash.result().toHex());
    try {
        if (std::optional<ImportOutcome> known = alreadyHeld(path, sha256))
            return *known;

        Transaction transaction(m_db);
        DocumentStore store(m_db);
        file.seek(0);
        QByteArray carry;
        const QByteArray firstBytes = nextPiece(file, carry);
        Result<DecodedText> first = EncodingDetector::decode(firstBytes, false);
        if (!first) {
            outcome.error = first.error().message;
            return outcome;
        }
        const QString encoding = first->encoding;
        ImportedDocument document = TextImporter::fromText(first->text, fileName);
        document.encoding = encoding;
        int replaced = first->replaced;
        const QString note = tr("This text is %1 MB long: it is kept in parts of about 4 MB, shown as pages.")
                                 .arg(size / (1024 * 1024));
        document.warning = note;
        const qint64 id = store.insertRecord(document, size, sha256, Provenance{fileName, options.sourceUrl, options.obtainedAt});
        file.seek(0);
        store.streamOriginal(id, file, size);

        int ordinal = 0;
        store.insertContent(id, document, ordinal);
        file.seek(firstBytes.size());
        carry.clear();
        for (int number = 2; !file.atEnd() || !carry.isEmpty(); ++number) {
            if (cancelled()) {
                outcome.status = ImportOutcome::Status::Cancelled;
                outcome.error = tr("The import was cancelled; nothing of this file was kept.");
                return outcome;
            }
            if (m_pageProgress)
                m_pageProgress(path, number, pieces);
            const QByteArray bytes = nextPiece(file, carry);
            DecodedText decoded;
            if (!EncodingDetector::tryDecode(bytes, encoding, decoded.text)) {
                // One bad byte does not lose the piece: decoded as browsers do, and counted.
                Result<DecodedText> lenient = EncodingDetector::decode(bytes, false);
                if (!lenient) {
                    outcome.error = lenient.error().message;
                    return outcome;
                }
                decoded = *lenient;
            }
            replaced += decoded.replaced;
            ImportedDocument piece;
            ImportedPage page;
            page.number = number;
            page.text = decoded.text;
            page.hasTextLayer = true;
            piece.pages.push_back(std::move(page));
            segmentPages(piece);
            store.insertContent(id, piece, ordinal);
        }
        if (replaced > 0) {
            DocumentEdit details = store.editableFields(id);
            DecodedText counted;
            counted.replaced = replaced;
            details.notes = counted.warning() + QLatin1Char(' ') + note;
            store.update(id, details);
        }
        transaction.commit();
        outcome.status = ImportOutcome::Status::Imported;
        outcome.documentId = id;
        outcome.title = document.title;
        return outcome;
    } catch (const SqlError &error) {
        qWarning() << "Import of" << path << "rolled back:" << error.message();
        outcome.status = ImportOutcome::Status::Failed;
        outcome.error = error.userMessage();
        return outcome;
    }
}

} // namespace dossier
