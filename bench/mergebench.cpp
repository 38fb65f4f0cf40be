// dossier-bench-merge: merges a colleague's copy of a case holding 1,000 documents
// (about 100 segments each) and 10,000 mentions, three ways: into a case that holds
// none of it (everything comes in), into a copy that shares it all and changed a tenth
// of the entities on both sides (the daily merge, with conflicts), and as a dry run.
// Prints a Markdown table for the README.
#include "corpus.h"

#include "casefile/casefile.h"
#include "documents/documentstore.h"
#include "entities/entitystore.h"
#include "merge/mergecaseedit.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace dossier;

namespace {

std::unique_ptr<CaseFile> create(const QString &path)
{
    return std::move(CaseFile::create(path).value());
}

// The colleague's case: documents, entities with mentions spread over them.
void fill(Database &db, int documents, int mentions)
{
    bench::Corpus corpus;
    Transaction transaction(db);
    DocumentStore store(db);
    for (int d = 0; d < documents; ++d) {
        ImportedDocument document;
        document.title = QStringLiteral("招标公告 %1").arg(d + 1);
        document.language = QStringLiteral("zh");
        for (int p = 1; p <= 3; ++p) {
            ImportedPage page;
            page.number = p;
            for (int s = 0; s < 33; ++s) {
                ImportedSegment segment;
                segment.page = p;
                segment.text = corpus.sentence();
                segment.start = int(page.text.size());
                page.text += segment.text + QLatin1Char('\n');
                segment.end = segment.start + int(segment.text.size());
                document.segments.push_back(segment);
            }
            document.pages.push_back(page);
        }
        const QByteArray original = (document.title + document.pages.front().text).toUtf8();
        store.insert(document, original,
                     QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex()),
                     {QStringLiteral("notice-%1.txt").arg(d + 1), {}, {}});
    }
    EntityStore entities(db);
    const int entityCount = std::max(1, mentions / 10);
    const qint64 segments = db.queryInt(QStringLiteral("SELECT count(*) FROM segments"));
    Statement mention = db.prepare(QStringLiteral(
        "INSERT INTO mentions(entity_id, segment_id, field, start, \"end\", text, origin, status) "
        "VALUES (?, ?, 'original', 0, 2, ?, 'scan', 'proposed')"));
    for (int e = 0; e < entityCount; ++e) {
        Entity entity;
        entity.type = EntityType::Intermediary;
        entity.nameZh = QStringLiteral("公司%1").arg(e);
        entity.nameEn = QStringLiteral("Company %1").arg(e);
        const qint64 id = entities.add(entity);
        for (int m = 0; m < 10; ++m) {
            mention.reset();
            mention.bind(1, id).bind(2, 1 + (qint64(e) * 10 + m) * 7919 % segments).bind(3, entity.nameZh).exec();
        }
    }
    transaction.commit();
}

double seconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

MergeReport merge(CaseFile &into, const QString &other)
{
    auto edit = MergeCaseEdit::from(other, into.path());
    if (!edit || !(*edit)->apply(into.db()).ok())
        qFatal("the merge failed");
    return (*edit)->report();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int documents = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1000;
    const int mentions = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 10000;
    QTemporaryDir dir;
    QTextStream out(stdout);

    const QString theirs = dir.filePath(QStringLiteral("colleague.dossier"));
    {
        auto colleague = create(theirs);
        fill(colleague->db(), documents, mentions);
    }
    const QString shared = dir.filePath(QStringLiteral("shared.dossier"));
    {
        auto colleague = std::move(CaseFile::open(theirs).value());
        if (!colleague->saveCopyAs(shared).ok())
            qFatal("no copy");
    }
    // Both sides change a tenth of the entities' notes; half of those on both (conflicts).
    const auto edit = [&](const QString &path, const QString &note, int every, int offset) {
        auto copy = std::move(CaseFile::open(path).value());
        Statement update = copy->db().prepare(QStringLiteral("UPDATE entities SET notes = ? WHERE id % ? = ?"));
        update.bind(1, note).bind(2, every).bind(3, offset).exec();
    };
    edit(theirs, QStringLiteral("theirs"), 10, 0);
    edit(shared, QStringLiteral("mine"), 20, 0);

    auto empty = create(dir.filePath(QStringLiteral("empty.dossier")));
    MergeReport everything;
    const double all = seconds([&] { everything = merge(*empty, theirs); });
    auto mine = std::move(CaseFile::open(shared).value());
    MergeReport preview;
    const double dry = seconds([&] { preview = MergeCaseEdit::preview(mine->db(), theirs, mine->path()).value(); });
    MergeReport daily;
    const double both = seconds([&] { daily = merge(*mine, theirs); });

    out << "| merge of a copy with " << documents << " documents and " << mentions << " mentions | time | what came in |\n"
        << "|---|---|---|\n"
        << "| into a case holding none of it | " << QString::number(all, 'f', 2) << " s | "
        << everything.count(MergeChange::Action::Add) << " items added |\n"
        << "| dry run against a copy that shares it all | " << QString::number(dry, 'f', 2) << " s | "
        << preview.changes.size() << " changes listed |\n"
        << "| into a copy that shares it all, both sides changed entities | " << QString::number(both, 'f', 2) << " s | "
        << daily.count(MergeChange::Action::Update) << " updated, " << daily.count(MergeChange::Action::Conflict)
        << " conflicts |\n";
    return 0;
}
