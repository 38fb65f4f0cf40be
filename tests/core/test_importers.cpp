#include "support/fixtures.h"

#include "import/importservice.h"
#include "text/textfolder.h"

#include <catch2/catch.hpp>

using namespace dossier;
using namespace dossier::test;

namespace {

QString allText(const ImportedDocument &document)
{
    QStringList parts;
    for (const ImportedSegment &segment : document.segments)
        parts << segment.text;
    return parts.join(QLatin1Char('\n'));
}

const ImportedSegment *segmentContaining(const ImportedDocument &document, const QString &needle)
{
    for (const ImportedSegment &segment : document.segments)
        if (segment.text.contains(needle))
            return &segment;
    return nullptr;
}

} // namespace

TEST_CASE("A PDF with a Chinese text layer imports page by page with real characters", "[import][pdf]")
{
    const QByteArray pdf = makePdf({tenderNoticeText(),
                                    QStringLiteral("第二页：浙江实验室计划采购服务器500台，每台配备八块A100。")},
                                   QStringLiteral("SZU tender"));
    auto parsed = ImportService::parse(pdf, QStringLiteral("szu.pdf"));
    REQUIRE(parsed.ok());
    CHECK(parsed->kind == DocumentKind::Pdf);
    CHECK(parsed->title == QStringLiteral("SZU tender"));
    CHECK(parsed->language == QStringLiteral("zh"));
    REQUIRE(parsed->pages.size() == 2);
    CHECK(parsed->pages[0].hasTextLayer);
    CHECK(parsed->pages[0].width == Approx(595).margin(1));

    // Noto CJK maps 大 to the Kangxi radical ⼤ in its ToUnicode table; the importer
    // must give back the real ideograph.
    const QString text = allText(*parsed);
    CHECK(text.contains(QStringLiteral("深圳大学")));
    CHECK(text.contains(QStringLiteral("云达科技有限公司")));
    CHECK_FALSE(text.contains(QChar(0x2F24)));

    const ImportedSegment *second = segmentContaining(*parsed, QStringLiteral("服务器500台"));
    REQUIRE(second != nullptr);
    CHECK(second->page == 2);
    const ImportedSegment *amount = segmentContaining(*parsed, QStringLiteral("20万元"));
    REQUIRE(amount != nullptr);
    CHECK(amount->page == 1);
    // Offsets point into the page text.
    CHECK(parsed->pages[0].text.mid(amount->start, amount->end - amount->start).contains(QStringLiteral("20")));
}

TEST_CASE("Bad PDFs give a clear error per file", "[import][pdf]")
{
    const QByteArray good = makePdf({tenderNoticeText()});

    SECTION("encrypted")
    {
        auto parsed = ImportService::parse(encryptPdf(good, QStringLiteral("secret")), QStringLiteral("locked.pdf"));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.contains(QStringLiteral("password")));
    }
    SECTION("truncated to its header")
    {
        auto parsed = ImportService::parse(good.left(400), QStringLiteral("cut.pdf"));
        if (parsed.ok()) // poppler may rebuild what is left; then it must not invent text
            CHECK(parsed->segments.empty());
        else
            CHECK(parsed.error().message.contains(QStringLiteral("damaged")));
    }
    SECTION("garbage after a PDF header")
    {
        auto parsed = ImportService::parse(QByteArray("%PDF-1.7\n") + QByteArray(5000, 'x'), QStringLiteral("junk.pdf"));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.contains(QStringLiteral("damaged")));
    }
    SECTION("a scan without a text layer is imported and says so")
    {
        auto parsed = ImportService::parse(makeImageOnlyPdf(), QStringLiteral("scan.pdf"));
        REQUIRE(parsed.ok());
        REQUIRE(parsed->pages.size() == 1);
        CHECK_FALSE(parsed->pages[0].hasTextLayer);
        CHECK(parsed->segments.empty());
    }
}

TEST_CASE("Files are recognised by content and not by name", "[import]")
{
    CHECK_FALSE(ImportService::parse(QByteArray(), QStringLiteral("empty.txt")).ok());
    auto png = ImportService::parse(QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(100, '\0'), QStringLiteral("notice.txt"));
    REQUIRE_FALSE(png.ok());
    CHECK(png.error().message.contains(QStringLiteral("PNG image")));
    auto zip = ImportService::parse(QByteArray("PK\x03\x04") + QByteArray(100, 'a'), QStringLiteral("notice.pdf"));
    REQUIRE_FALSE(zip.ok());
    CHECK(zip.error().message.contains(QStringLiteral("ZIP")));
    auto binary = ImportService::parse(QByteArray("abc\0\x01\x02", 6), QStringLiteral("x.html"));
    CHECK_FALSE(binary.ok());

    auto htmlNamedPdf = ImportService::parse(QByteArray("<html><body><p>采购人：四川大学</p></body></html>"),
                                             QStringLiteral("notice.pdf"));
    REQUIRE(htmlNamedPdf.ok());
    CHECK(htmlNamedPdf->kind == DocumentKind::Html);
}

TEST_CASE("HTML from procurement portals reads correctly in every Chinese encoding", "[import][html]")
{
    const QString body = QStringLiteral(
        "<p>采购人：之江实验室</p><table><tr><td>预算金额</td><td>184,000元</td></tr></table>"
        "<script>document.write('追踪代码');</script><style>p{color:red}</style>"
        "<p>成交供应商：四川学动科技有限公司&nbsp;&amp; 合肥先进计算中心</p>");

    struct Case
    {
        const char *label;
        const char *encoding;
        bool declare;
    };
    const Case cases[] = {{"gbk", "GB18030", true},   {"gb2312", "GB18030", true},
                          {"GB18030", "GB18030", true}, {"utf-8", "UTF-8", true},
                          {"big5", "Big5", true},     {"none-gbk", "GB18030", false},
                          {"none-utf8", "UTF-8", false}};
    for (const Case &c : cases) {
        DYNAMIC_SECTION("charset " << c.label)
        {
            QString text = body;
            if (QByteArray(c.encoding) == "Big5")
                text = QStringLiteral("<p>採購人：之江實驗室</p><p>成交供應商：四川學動科技有限公司</p>");
            const QString meta = c.declare ? QStringLiteral("<meta http-equiv=\"Content-Type\" "
                                                            "content=\"text/html; charset=%1\">")
                                                 .arg(QString::fromLatin1(c.label))
                                           : QString();
            const bool traditional = QByteArray(c.encoding) == "Big5";
            const QString title = traditional ? QStringLiteral("招標公告") : QStringLiteral("招标公告");
            const QString html = QStringLiteral("<html><head>%1<title>%3</title></head><body>%2</body></html>")
                                     .arg(meta, text, title);
            auto parsed = ImportService::parse(encode(html, c.encoding), QStringLiteral("page.html"));
            REQUIRE(parsed.ok());
            CHECK(parsed->kind == DocumentKind::Html);
            CHECK(parsed->title == title);
            const QString all = allText(*parsed);
            if (QByteArray(c.encoding) == "Big5") {
                CHECK(all.contains(QStringLiteral("四川學動科技有限公司")));
            } else {
                CHECK(all.contains(QStringLiteral("之江实验室")));
                CHECK(all.contains(QStringLiteral("预算金额\t184,000元")));
                CHECK(all.contains(QStringLiteral("四川学动科技有限公司 & 合肥先进计算中心")));
                CHECK_FALSE(all.contains(QStringLiteral("追踪代码")));
                CHECK_FALSE(all.contains(QStringLiteral("color")));
            }
        }
    }
}

TEST_CASE("A page that declares the wrong charset is still read right", "[import][html]")
{
    const QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>"
                                        "<p>中标供应商：云达科技有限公司，中标金额：贰拾万元整。这是一段足够长的中文文本，"
                                        "以便检测器能够识别出它的编码。</p></body></html>");
    auto parsed = ImportService::parse(encode(html, "GB18030"), QStringLiteral("mislabelled.html"));
    REQUIRE(parsed.ok());
    CHECK(allText(*parsed).contains(QStringLiteral("云达科技有限公司")));
    CHECK(parsed->encoding == QStringLiteral("GB18030"));
}

TEST_CASE("A declared charset that lies is checked against the bytes", "[import][html][encoding]")
{
    const QString simplified = QStringLiteral("中标供应商：云达科技有限公司，中标金额：贰拾万元整。采购人：深圳大学。本项目为科研云计算服务采购，"
                                              "现将成交结果公告如下，如有异议请在公告期内提出。");
    const QString traditional = QStringLiteral("中標供應商：雲達科技有限公司，中標金額：貳拾萬元整。採購人：深圳大學。本項目為科研雲計算服務採購，"
                                               "現將成交結果公告如下，如有異議請在公告期內提出。");
    struct Case
    {
        const char *declared;
        const char *actual;
        const QString *text;
        const char16_t *expect;
    };
    const Case cases[] = {{"gb2312", "Big5", &traditional, u"雲達科技有限公司"}, {"big5", "GBK", &simplified, u"云达科技有限公司"}};
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.actual << " declared " << c.declared)
        {
            const QString html = QStringLiteral("<html><head><meta charset=\"%1\"></head><body><p>%2</p></body></html>")
                                     .arg(QString::fromLatin1(c.declared), *c.text);
            auto parsed = ImportService::parse(encode(html, c.actual), QStringLiteral("liar.html"));
            REQUIRE(parsed.ok());
            CHECK(allText(*parsed).contains(QString::fromUtf16(c.expect)));
        }
    }
}

TEST_CASE("Plain text in GB18030 and Big5 and UTF-8 and UTF-16 imports", "[import][text]")
{
    const QString text = tenderNoticeText();
    for (const char *encoding : {"GB18030", "UTF-8", "UTF-16LE"}) {
        DYNAMIC_SECTION(encoding)
        {
            QByteArray bytes = encode(text, encoding);
            if (QByteArray(encoding) == "UTF-16LE")
                bytes.prepend("\xff\xfe");
            auto parsed = ImportService::parse(bytes, QStringLiteral("notice.txt"));
            REQUIRE(parsed.ok());
            CHECK(parsed->kind == DocumentKind::Text);
            CHECK(parsed->title == QStringLiteral("深圳大学云服务采购项目成交结果公告"));
            CHECK(segmentContaining(*parsed, QStringLiteral("成交供应商：云达科技有限公司")) != nullptr);
        }
    }
    auto big5 = ImportService::parse(encode(QStringLiteral("採購人：中國科學技術大學蘇州高等研究院\n"
                                                           "成交金額：人民幣壹拾捌萬肆仟元整。\n"),
                                            "Big5"),
                                     QStringLiteral("big5.txt"));
    REQUIRE(big5.ok());
    CHECK(allText(*big5).contains(QStringLiteral("蘇州高等研究院")));
}

TEST_CASE("Bilingual text pairs each Chinese paragraph with its English", "[import][bilingual]")
{
    const QString text = QStringLiteral(
        "Shenzhen University spent 200,000 yuan on a cloud account.\n"
        "深圳大学花费20万元购买了一个云账户。\n"
        "深圳大学花费20万元购买了一个云账户。\n"
        "The account gave access to servers with Nvidia A100 chips.\n"
        "该账户可访问配备英伟达A100芯片的服务器。\n"
        "\n"
        "Zhejiang Lab planned to buy 40 million tokens.\n"
        "之江实验室计划购买4000万个词元。\n"
        "之江实验室计划购买4000万个词元。\n");
    auto parsed = ImportService::parse(encode(text, "UTF-8"), QStringLiteral("bilingual.txt"));
    REQUIRE(parsed.ok());
    CHECK(parsed->kind == DocumentKind::Bilingual);
    REQUIRE(parsed->segments.size() == 3);
    CHECK(parsed->segments[0].text == QStringLiteral("深圳大学花费20万元购买了一个云账户。"));
    CHECK(parsed->segments[0].translation == QStringLiteral("Shenzhen University spent 200,000 yuan on a cloud account."));
    CHECK(parsed->segments[2].translation == QStringLiteral("Zhejiang Lab planned to buy 40 million tokens."));
    CHECK(parsed->pages[0].text.mid(parsed->segments[1].start,
                                    parsed->segments[1].end - parsed->segments[1].start)
          == parsed->segments[1].text);

    SECTION("Chinese first works too")
    {
        const QString reversed = QStringLiteral("深圳大学\nShenzhen University\n浙江实验室\nZhejiang Lab\n"
                                                "四川大学\nSichuan University\n");
        auto zhFirst = ImportService::parse(encode(reversed, "UTF-8"), QStringLiteral("zh-first.txt"));
        REQUIRE(zhFirst.ok());
        REQUIRE(zhFirst->segments.size() == 3);
        CHECK(zhFirst->segments[1].text == QStringLiteral("浙江实验室"));
        CHECK(zhFirst->segments[1].translation == QStringLiteral("Zhejiang Lab"));
    }
}

TEST_CASE("A page with one bad byte is read as a browser reads it, and says so", "[import][encoding]")
{
    const QByteArray good = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body><p>采购人：深圳大学</p>"
                                           "<p>中标供应商：云达科技有限公司，中标金额：20万元。</p></body></html>").toUtf8();
    for (const QByteArray &stray : {QByteArray("\xe9"), QByteArray("\xff"), QByteArray("\xe5\x90")}) {
        QByteArray bytes = good;
        bytes.insert(bytes.indexOf("云达"), stray); // a Latin-1 é, 0xFF, a cut-off character inside a name
        auto parsed = ImportService::parse(bytes, QStringLiteral("scraped.html"));
        if (!parsed.ok())
            FAIL(parsed.error().fullText().toStdString());
        const QString all = allText(*parsed);
        CHECK(all.contains(QStringLiteral("采购人：深圳大学")));
        CHECK(all.contains(QStringLiteral("\uFFFD云达科技有限公司")));
        CHECK(parsed->encoding == QStringLiteral("UTF-8"));
        CHECK(parsed->warning.contains(QStringLiteral("not valid UTF-8")));
    }
    // The same for a text file cut in the middle of its last character.
    QByteArray text = QStringLiteral("采购人：深圳大学\n成交金额：20万元\n").toUtf8();
    text.chop(2);
    auto parsed = ImportService::parse(text, QStringLiteral("cut.txt"));
    if (!parsed.ok())
        FAIL(parsed.error().fullText().toStdString());
    CHECK(allText(*parsed).contains(QStringLiteral("采购人：深圳大学")));
    CHECK(parsed->warning.contains(QStringLiteral("not valid UTF-8")));
}
