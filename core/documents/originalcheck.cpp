#include "originalcheck.h"

#include "storage/database.h"

#include <QCryptographicHash>

namespace dossier {

std::vector<OriginalMismatch> OriginalCheck::verify(Database &db, const std::function<bool(int, int)> &progress)
{
    std::vector<std::pair<qint64, std::pair<QString, QString>>> documents; // id -> (title, sha256)
    {
        Statement list = db.prepare(QStringLiteral("SELECT id, title, sha256 FROM documents ORDER BY id"));
        while (list.step())
            documents.push_back({list.int64(0), {list.text(1), list.text(2)}});
    }
    std::vector<OriginalMismatch> mismatches;
    Statement original = db.prepare(QStringLiteral("SELECT bytes FROM originals WHERE document_id = ?"));
    for (size_t i = 0; i < documents.size(); ++i) {
        if (progress && !progress(int(i), int(documents.size())))
            break;
        const auto &[id, known] = documents[i];
        original.reset();
        original.bind(1, id);
        QString actual;
        if (original.step())
            actual = QString::fromLatin1(QCryptographicHash::hash(original.blob(0), QCryptographicHash::Sha256).toHex());
        if (actual != known.second.toLower())
            mismatches.push_back({id, known.first, known.second, actual});
    }
    if (progress)
        progress(int(documents.size()), int(documents.size()));
    return mismatches;
}

QString OriginalCheck::describe(const OriginalMismatch &m)
{
    if (m.actual.isEmpty())
        return tr("Document %1 “%2” has no original file: nothing proves what it quotes.").arg(m.documentId).arg(m.title);
    return tr("Document %1 “%2”: its original file is not the one imported (SHA-256 %3 recorded, %4 now). "
              "It was altered or damaged.")
        .arg(m.documentId)
        .arg(m.title, m.expected, m.actual);
}

QStringList OriginalCheck::describe(const std::vector<OriginalMismatch> &mismatches)
{
    QStringList reasons;
    for (const OriginalMismatch &m : mismatches)
        reasons << describe(m);
    return reasons;
}

} // namespace dossier
