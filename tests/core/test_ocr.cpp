#include "ocr/ocrengine.h"
#include "support/fixtures.h"

#include <catch2/catch.hpp>

#include <QImage>

using namespace dossier;
using namespace dossier::test;

TEST_CASE("OCR reads Chinese and English off a scanned page with word boxes and confidence", "[ocr]")
{
    OcrEngine engine;
    REQUIRE(engine.load().ok());
    const QImage image = renderScan({QStringLiteral("采购人：深圳大学"), QStringLiteral("成交金额：20万元"),
                                     QStringLiteral("Nvidia A100 GPU servers")},
                                    300);
    auto page = engine.recognize(image, 300);
    REQUIRE(page.ok());
    CHECK(page->text.contains(QStringLiteral("深圳大学")));
    CHECK(page->text.contains(QStringLiteral("20万元")));
    CHECK(page->text.contains(QStringLiteral("A100")));
    CHECK(page->meanConfidence > OcrEngine::kLowConfidence);
    REQUIRE_FALSE(page->words.empty());
    for (const OcrWord &word : page->words) {
        CHECK(QRect(QPoint(0, 0), image.size()).contains(word.box));
        CHECK(word.confidence >= 0);
        CHECK(word.confidence <= 100);
    }
    // The first line's words sit above the last line's.
    CHECK(page->words.front().box.bottom() < page->words.back().box.top());
    // 150 dpi, as many fax-quality notices are, still reads the figures.
    auto coarse = engine.recognize(renderScan({QStringLiteral("成交金额：20万元")}, 150), 150);
    REQUIRE(coarse.ok());
    CHECK(coarse->text.contains(QStringLiteral("20万元")));
}

TEST_CASE("OCR of a blank page is empty, and a cancelled page is an error", "[ocr]")
{
    OcrEngine engine;
    REQUIRE(engine.load().ok());
    QImage blank(2000, 1000, QImage::Format_RGB32);
    blank.fill(Qt::white);
    auto empty = engine.recognize(blank, 300);
    REQUIRE(empty.ok());
    CHECK(empty->text.isEmpty());
    CHECK(empty->words.empty());

    std::atomic_bool cancel{true};
    auto cancelled = engine.recognize(renderScan({QStringLiteral("采购人：深圳大学")}, 300), 300, &cancel);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message.contains(QStringLiteral("cancelled")));

    CHECK_FALSE(engine.recognize(QImage(), 300).ok());
}

TEST_CASE("Missing language data is reported with the package to install", "[ocr]")
{
    OcrEngine engine;
    const Status status = engine.load(QStringLiteral("xyz"));
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QStringLiteral("tesseract-ocr-chi-sim")));
    CHECK_FALSE(engine.recognize(QImage(100, 100, QImage::Format_RGB32), 300).ok());
}

TEST_CASE("Blanks Tesseract puts between Chinese characters are removed, English spacing kept", "[ocr]")
{
    CHECK(OcrEngine::joinCjk(QStringLiteral("深 圳 大 学 ： 20 万 元")) == QStringLiteral("深圳大学：20万元"));
    CHECK(OcrEngine::joinCjk(QStringLiteral("Nvidia A100 GPU")) == QStringLiteral("Nvidia A100 GPU"));
}
