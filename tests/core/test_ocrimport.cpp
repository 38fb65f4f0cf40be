#include "support/fixtures.h"

#include "documents/documentstore.h"
#include "entities/entitystore.h"
#include "export/casesummary.h"
#include "export/summarymarkdown.h"
#include "factcheck/claimstore.h"
#include "figures/figureindex.h"
#include "import/imageimporter.h"
#include "ocr/doubtfulspans.h"
#include "import/importservice.h"
#include "ocr/ocrcorrections.h"
#include "documents/ocrstore.h"
#include "search/searchservice.h"
#include "casefile/casefile.h"
#include "storage/database.h"
#include "timeline/eventstore.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QtEndian>

using namespace dossier;
using namespace dossier::test;

namespace {

const QStringList kNotice = {QStringLiteral("采购人：深圳大学"), QStringLiteral("成交金额：20万元"),
                             QStringLiteral("Nvidia A100 GPU servers")};

struct OcrCase
{
    QTemporaryDir dir;
    std::unique_ptr<CaseFile> caseFile;

    OcrCase()
    {
        auto created = CaseFile::create(dir.filePath(QStringLiteral("case.dossier")));
        REQUIRE(created.ok());
        caseFile = std::move(created.value());
    }
    Database &db() { return caseFile->db(); }
    QString file(const QString &name, const QByteArray &bytes)
    {
        writeFile(dir.filePath(name), bytes);
        return dir.filePath(name);
    }
    QString allText(qint64 documentId)
    {
        QString text;
        for (const SegmentInfo &segment : DocumentStore(db()).segments(documentId))
            text += segment.text + QLatin1Char('\n');
        return text;
    }
};

QByteArray imageBytes(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(90);
    REQUIRE(writer.write(image));
    return bytes;
}

// The words of every OCR'd page are their page text's own characters, and lie on the page.
void checkWordsMatchPages(Database &db, qint64 documentId)
{
    const std::vector<PageInfo> pages = DocumentStore(db).pages(documentId);
    const std::vector<StoredOcrWord> words = OcrStore(db).words(documentId);
    REQUIRE_FALSE(words.empty());
    for (const StoredOcrWord &word : words) {
        const PageInfo &page = pages.at(size_t(word.page - 1));
        CHECK(page.text.mid(word.start, word.end - word.start) == word.text);
        CHECK(QRectF(0, 0, 1.0001, 1.0001).contains(word.box));
        CHECK(word.box.width() > 0);
    }
}

// A document as OCR left it, written directly so the test knows the machine text: one
// doubtful word and one sure one.
qint64 insertScannedDocument(Database &db, const QString &text)
{
    ImportedDocument scanned;
    scanned.kind = DocumentKind::Image;
    scanned.title = QStringLiteral("notice");
    ImportedPage page;
    page.hasTextLayer = false;
    page.text = text;
    OcrPage ocr;
    ocr.text = text;
    ocr.imageSize = QSize(1000, 1000);
    const int comma = int(text.indexOf(QChar(0xFF0C)));
    ocr.words.push_back({text.left(comma), QRect(10, 10, 300, 40), 42, 0, comma});
    ocr.words.push_back({text.mid(comma + 1), QRect(10, 60, 300, 40), 91, comma + 1, int(text.size())});
    ocr.meanConfidence = 66;
    page.ocr = ocr;
    scanned.pages.push_back(page);
    segmentPages(scanned);
    Transaction transaction(db);
    const qint64 id = DocumentStore(db).insert(scanned, "bytes", sha256(text.toUtf8()), {QStringLiteral("n.png")});
    transaction.commit();
    return id;
}

} // namespace

TEST_CASE("A scanned PDF page is read by OCR on import: searchable, with words, boxes and confidence", "[ocr][import]")
{
    OcrCase c;
    const QString path = c.file(QStringLiteral("scan.pdf"),
                                makeScannedPdf({QStringLiteral("text:采购需求：GPU云服务租赁"), kNotice.join(QLatin1Char('\n'))}));
    ImportService service(c.db());
    QList<int> progress;
    service.setPageProgress([&](const QString &file, int page, int pages) {
        CHECK(file == path);
        CHECK(pages == 2);
        progress << page;
    });
    const ImportOutcome outcome = service.importFile(path, {});
    REQUIRE(outcome.status == ImportOutcome::Status::Imported);
    // Only the page without a text layer went through OCR.
    CHECK(progress == QList<int>{2});

    const auto info = DocumentStore(c.db()).get(outcome.documentId);
    REQUIRE(info);
    CHECK(info->ocrPages == 1);
    CHECK(info->pagesWithoutText == 0);
    const std::vector<PageInfo> pages = DocumentStore(c.db()).pages(outcome.documentId);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].hasTextLayer);
    CHECK_FALSE(pages[0].ocrConfidence);
    CHECK_FALSE(pages[1].hasTextLayer);
    REQUIRE(pages[1].ocrConfidence);
    CHECK(*pages[1].ocrConfidence > 60);
    CHECK(pages[1].text.contains(QStringLiteral("深圳大学")));
    checkWordsMatchPages(c.db(), outcome.documentId);

    for (const SegmentInfo &segment : DocumentStore(c.db()).segments(outcome.documentId))
        CHECK(segment.fromOcr == (segment.page == 2));
    const std::vector<SearchHit> hits = SearchService(c.db()).search(QStringLiteral("深圳大学"));
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].page == 2);
    CHECK_FALSE(FigureIndex(c.db()).withValue(200000).empty());
}

TEST_CASE("PNG, JPEG and TIFF scans import as one-page documents read by OCR", "[ocr][import]")
{
    OcrCase c;
    const QImage scan = renderScan(kNotice, 300);
    for (const char *format : {"png", "jpeg", "tiff"}) {
        DYNAMIC_SECTION(format)
        {
            const QString path = c.file(QStringLiteral("notice.") + QString::fromLatin1(format),
                                        imageBytes(scan, format));
            const ImportOutcome outcome = ImportService(c.db()).importFile(path, {});
            REQUIRE(outcome.status == ImportOutcome::Status::Imported);
            const auto info = DocumentStore(c.db()).get(outcome.documentId);
            REQUIRE(info);
            CHECK(info->kind == QStringLiteral("image"));
            CHECK(info->pages == 1);
            CHECK(info->ocrPages == 1);
            CHECK(outcome.title.contains(QStringLiteral("深圳大学")));
            const QString text = c.allText(outcome.documentId);
            CHECK(text.contains(QStringLiteral("20万元")));
            CHECK(text.contains(QStringLiteral("A100")));
            checkWordsMatchPages(c.db(), outcome.documentId);
            // The original bytes are kept as they came, for the page view and for export.
            CHECK(DocumentStore(c.db()).original(outcome.documentId) == readFile(path));
        }
    }
}

TEST_CASE("An image claiming to be enormous is refused before it is decoded", "[ocr][import][limits]")
{
    QImage small(64, 64, QImage::Format_Grayscale8);
    small.fill(Qt::white);
    QByteArray png = imageBytes(small, "png");
    // IHDR starts at byte 16: width and height, big-endian, then the chunk's CRC at 29.
    qToBigEndian<quint32>(60000, png.data() + 16);
    qToBigEndian<quint32>(60000, png.data() + 20);
    quint32 crc = 0xffffffffu;
    for (int i = 12; i < 29; ++i) {
        crc ^= quint8(png[i]);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    qToBigEndian<quint32>(~crc, png.data() + 29);

    auto parsed = ImageImporter::parse(png, QStringLiteral("bomb.png"));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().message.contains(QStringLiteral("60000 × 60000")));

    auto broken = ImportService::parse(QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(100, '\0'), QStringLiteral("x.png"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.contains(QStringLiteral("damaged")));
}

TEST_CASE("Cancelling during OCR leaves nothing half-imported; OCR can be turned off", "[ocr][import]")
{
    OcrCase c;
    const QString path = c.file(QStringLiteral("scan.pdf"), makeScannedPdf({kNotice.join(QLatin1Char('\n')),
                                                                             kNotice.join(QLatin1Char('\n'))}));
    std::atomic_bool cancel{false};
    ImportService service(c.db());
    service.setPageProgress([&](const QString &, int page, int) {
        if (page == 2)
            cancel = true; // while the second page is being read
    });
    const ImportOutcome cancelled = service.importFile(path, {}, &cancel);
    CHECK(cancelled.status == ImportOutcome::Status::Cancelled);
    CHECK(c.db().queryInt(QStringLiteral("SELECT count(*) FROM documents")) == 0);
    CHECK(c.db().queryInt(QStringLiteral("SELECT count(*) FROM ocr_words")) == 0);

    ImportOptions noOcr;
    noOcr.ocr = false;
    const ImportOutcome plain = ImportService(c.db()).importFile(path, noOcr);
    REQUIRE(plain.status == ImportOutcome::Status::Imported);
    const auto info = DocumentStore(c.db()).get(plain.documentId);
    CHECK(info->pagesWithoutText == 2);
    CHECK(info->ocrPages == 0);
}

TEST_CASE("OCR corrections are kept apart from the machine text and undo exactly", "[ocr][corrections]")
{
    OcrCase c;
    const QString machineText = QStringLiteral("采购人深圳大字，成交金额20万元。");
    const qint64 documentId = insertScannedDocument(c.db(), machineText);
    ImportedPage page;
    page.text = machineText;
    const SegmentInfo segment = DocumentStore(c.db()).segments(documentId).front();
    REQUIRE(segment.text == page.text);
    REQUIRE(OcrStore(c.db()).words(documentId).front().isDoubtful());

    EntityStore entities(c.db());
    Entity university;
    university.type = EntityType::Buyer;
    university.nameZh = QStringLiteral("深圳大字");
    const qint64 universityId = entities.add(university);
    Entity figure;
    figure.type = EntityType::Other;
    figure.nameZh = QStringLiteral("20万元");
    const qint64 figureId = entities.add(figure);
    auto mention = [&](qint64 entityId, int start, int end) {
        Mention m;
        m.entityId = entityId;
        m.segmentId = segment.id;
        m.start = start;
        m.end = end;
        m.text = segment.text.mid(start, end - start);
        entities.addMention(m);
    };
    mention(universityId, 3, 7); // 深圳大字
    mention(figureId, 12, 16);   // 20万元

    OcrCorrections corrections(c.db());
    const SegmentTextState before = corrections.snapshot(segment.id);
    const QString corrected = QStringLiteral("采购人：深圳大学，成交金额30万元。");
    REQUIRE(corrections.correct(segment.id, corrected).ok());

    const SegmentInfo after = DocumentStore(c.db()).segments(documentId).front();
    CHECK(after.text == corrected);
    CHECK(after.machineText == page.text);
    // The machine's reading is untouched: page text and words.
    CHECK(DocumentStore(c.db()).pages(documentId).front().text == page.text);
    CHECK(OcrStore(c.db()).words(documentId).front().text == QStringLiteral("采购人深圳大字"));
    // Search and figures follow the corrected text.
    CHECK(SearchService(c.db()).search(QStringLiteral("深圳大学")).size() == 1);
    CHECK(SearchService(c.db()).search(QStringLiteral("深圳大字")).empty());
    CHECK_FALSE(FigureIndex(c.db()).withValue(300000).empty());
    CHECK(FigureIndex(c.db()).withValue(200000).empty());
    // The misread name no longer stands there; "30万元" replaced "20万元" too, so both go.
    CHECK(entities.mentionsInDocument(documentId).empty());

    // A second correction keeps the first machine reading, not the first correction.
    REQUIRE(corrections.correct(segment.id, QStringLiteral("采购人：深圳大学（南山），成交金额30万元。")).ok());
    CHECK(DocumentStore(c.db()).segments(documentId).front().machineText == page.text);

    corrections.restore(before);
    const SegmentInfo undone = DocumentStore(c.db()).segments(documentId).front();
    CHECK(undone.text == page.text);
    CHECK_FALSE(undone.machineText);
    CHECK(entities.mentionsInDocument(documentId).size() == 2);
    CHECK_FALSE(FigureIndex(c.db()).withValue(200000).empty());

    // Mentions after an insertion move with it.
    REQUIRE(corrections.correct(segment.id, QStringLiteral("采购人：深圳大字，成交金额20万元。")).ok());
    std::vector<Mention> shifted = entities.mentionsInDocument(documentId);
    REQUIRE(shifted.size() == 2);
    for (const Mention &mention : shifted) {
        const QString text = DocumentStore(c.db()).segments(documentId).front().text;
        CHECK(text.mid(mention.start, mention.end - mention.start) == mention.text);
    }

    CHECK_FALSE(corrections.correct(segment.id, QStringLiteral("  ")).ok());
}

TEST_CASE("Text from a text layer cannot be 'corrected' as if it were OCR", "[ocr][corrections]")
{
    OcrCase c;
    const ImportOutcome outcome =
        ImportService(c.db()).importFile(c.file(QStringLiteral("t.pdf"), makePdf({tenderNoticeText()})), {});
    REQUIRE(outcome.status == ImportOutcome::Status::Imported);
    const SegmentInfo segment = DocumentStore(c.db()).segments(outcome.documentId).front();
    CHECK_FALSE(segment.fromOcr);
    const Status refused = OcrCorrections(c.db()).correct(segment.id, QStringLiteral("改写"));
    REQUIRE_FALSE(refused.ok());
    CHECK(DocumentStore(c.db()).segments(outcome.documentId).front().text == segment.text);
}

TEST_CASE("A citation of OCR text says so, and says when a person corrected it", "[ocr][export]")
{
    OcrCase c;
    const qint64 documentId = insertScannedDocument(c.db(), QStringLiteral("采购人深圳大学，成交金额20万元。"));
    const SegmentInfo segment = DocumentStore(c.db()).segments(documentId).front();
    EventStore events(c.db());
    Event award;
    award.date = FuzzyDate::month(2024, 8);
    award.title = QStringLiteral("Award");
    const qint64 eventId = events.add(award);
    events.addEvidence(eventId, segment.id, QStringLiteral("original"), 0, 8, {});
    ClaimStore claims(c.db());
    const qint64 claimId = claims.add(QStringLiteral("200,000 yuan"));
    claims.addEvidence(claimId, segment.id, 12, 16);

    auto markdown = [&] { return SummaryMarkdown::render(CaseSummary::gather(c.db(), {})); };
    const QString before = markdown();
    // Markdown escapes the parentheses; a title read from the scan is marked too.
    CHECK(before.count(QStringLiteral("notice \\(title read by OCR\\), p. 1 \\(OCR\\)")) == 2);
    CHECK(events.get(eventId)->evidence.front().origin == TextOrigin::Ocr);

    REQUIRE(OcrCorrections(c.db()).correct(segment.id, QStringLiteral("采购人：深圳大学，成交金额20万元。")).ok());
    const QString after = markdown();
    CHECK(after.count(QStringLiteral("notice \\(title read by OCR\\), p. 1 \\(OCR, corrected by hand\\)")) == 2);
    // The correction changed the text under the frozen quotes, so they are flagged.
    CHECK(events.get(eventId)->evidence.front().changed);
    CHECK(claims.claim(claimId)->evidence.front().changed);
}

TEST_CASE("Doubtful OCR words are found in segments whose wrapped lines were joined", "[ocr]")
{
    PageInfo page;
    page.number = 1;
    page.text = QStringLiteral("采购人深圳\n大学\nNvidia A100\nGPU servers");
    SegmentInfo chinese;
    chinese.page = 1;
    chinese.fromOcr = true;
    chinese.start = 0;
    chinese.end = 8;
    chinese.text = QStringLiteral("采购人深圳大学");
    SegmentInfo english = chinese;
    english.start = 9;
    english.end = int(page.text.size());
    english.text = QStringLiteral("Nvidia A100 GPU servers");
    SegmentInfo corrected = english;
    corrected.machineText = english.text;

    auto word = [](int start, int end, float confidence) {
        StoredOcrWord w;
        w.page = 1;
        w.start = start;
        w.end = end;
        w.confidence = confidence;
        return w;
    };
    const std::vector<StoredOcrWord> words = {word(6, 8, 30), word(9, 15, 95), word(21, 24, 40)};
    const auto spans = doubtfulSpans({chinese, english, corrected}, {page}, words);
    REQUIRE(spans.size() == 3);
    REQUIRE(spans[0].size() == 1);
    CHECK(chinese.text.mid(spans[0][0].first, spans[0][0].second - spans[0][0].first) == QStringLiteral("大学"));
    REQUIRE(spans[1].size() == 1);
    CHECK(english.text.mid(spans[1][0].first, spans[1][0].second - spans[1][0].first) == QStringLiteral("GPU"));
    CHECK(spans[2].empty()); // read by eye
}

TEST_CASE("Without the OCR language data a scan is refused with the packages to install", "[ocr][import]")
{
    OcrCase c;
    const QString path = c.file(QStringLiteral("scan.png"), imageBytes(renderScan(kNotice, 300), "png"));
    // Tesseract looks for its data where TESSDATA_PREFIX says: an empty folder here.
    QTemporaryDir empty;
    const QByteArray saved = qgetenv("TESSDATA_PREFIX");
    qputenv("TESSDATA_PREFIX", empty.path().toLocal8Bit());
    const ImportOutcome outcome = ImportService(c.db()).importFile(path, {});
    if (saved.isEmpty())
        qunsetenv("TESSDATA_PREFIX");
    else
        qputenv("TESSDATA_PREFIX", saved);
    CHECK(outcome.status == ImportOutcome::Status::Failed);
    CHECK(outcome.error.contains(QStringLiteral("tesseract-ocr-chi-sim")));
    CHECK(c.db().queryInt(QStringLiteral("SELECT count(*) FROM documents")) == 0);
    // With the data back, the same file imports.
    CHECK(ImportService(c.db()).importFile(path, {}).status == ImportOutcome::Status::Imported);
}
