#include "text/encodingdetector.h"
#include "text/languageguess.h"
#include "text/segmenter.h"
#include "text/textfolder.h"

#include <catch2/catch.hpp>

using namespace dossier;

namespace {

QStringList texts(const std::vector<TextSpan> &spans)
{
    QStringList list;
    for (const TextSpan &span : spans)
        list << span.text;
    return list;
}

} // namespace

TEST_CASE("Folding makes differently written forms of a name match", "[text][fold]")
{
    CHECK(TextFolder::foldedString(QStringLiteral("深圳大學")) == QStringLiteral("深圳大学"));
    CHECK(TextFolder::foldedString(QStringLiteral("ＡＷＳ　账号")) == QStringLiteral("aws账号"));
    CHECK(TextFolder::foldedString(QStringLiteral("20 万元")) == QStringLiteral("20万元"));
    CHECK(TextFolder::foldedString(QStringLiteral("Azure   OpenAI")) == QStringLiteral("azure openai"));
    CHECK(TextFolder::foldedString(QStringLiteral("深圳\u2F24学")) == QStringLiteral("深圳大学"));
    CHECK(TextFolder::foldedString(QStringLiteral("中國科學技術大學")) == QStringLiteral("中国科学技术大学"));
}

TEST_CASE("A query folds as the same words in a document do, character by character", "[text][fold]")
{
    const auto fold = [](const char16_t *text) { return TextFolder::foldedString(QString::fromUtf16(text)); };
    // Variants that OpenCC's Traditional-to-Simplified tables leave alone.
    CHECK(fold(u"睡著") == fold(u"睡着"));
    CHECK(fold(u"著裝") == fold(u"着装"));
    CHECK(fold(u"擡頭") == fold(u"抬头"));
    CHECK(fold(u"噁心") == fold(u"恶心"));
    CHECK(fold(u"保衞") == fold(u"保卫"));
    // The same characters fold the same alone and in a sentence.
    CHECK(fold(u"陝西省乾縣人民政府採購") .contains(fold(u"乾縣")));
    CHECK(fold(u"他慰藉著大家").contains(fold(u"慰藉著")));
    CHECK(fold(u"慰藉著") == fold(u"慰藉着"));
    // Radicals and compatibility ideographs become the ideograph before it is simplified.
    for (const char16_t *form : {u"\u2F9E", u"\uF902", u"車", u"车"})
        CHECK(fold(form) == QStringLiteral("车"));
    CHECK(fold(u"\u2FA8") == fold(u"门"));
}

TEST_CASE("The folding map leads back to the original characters", "[text][fold]")
{
    const QString source = QStringLiteral("采购人： 深圳大學 (ＳＺＵ)");
    const FoldedText folded = TextFolder::fold(source);
    const qsizetype at = folded.text.indexOf(QStringLiteral("szu"));
    REQUIRE(at >= 0);
    const int start = folded.sourcePosition(int(at));
    const int end = folded.sourcePosition(int(at + 2)) + 1;
    CHECK(source.mid(start, end - start) == QStringLiteral("ＳＺＵ"));

    const qsizetype uni = folded.text.indexOf(QStringLiteral("大学"));
    REQUIRE(uni >= 0);
    CHECK(source.mid(folded.sourcePosition(int(uni)), 2) == QStringLiteral("大學"));
}

TEST_CASE("Ideograph repair touches only Kangxi radicals", "[text][fold]")
{
    CHECK(TextFolder::normalizeIdeographs(QStringLiteral("深圳\u2F24学，２０万元")) ==
          QStringLiteral("深圳大学，２０万元"));
    // Supplement radicals have no NFKC form: 亚⻢逊 (U+2EE2), ⼈⺠币 (U+2EA0).
    CHECK(TextFolder::normalizeIdeographs(QStringLiteral("亚\u2EE2逊，\u2F08\u2EA0币")) ==
          QStringLiteral("亚马逊，人民币"));
}

TEST_CASE("Segments follow Chinese and English sentence ends", "[text][segment]")
{
    const QString page = QStringLiteral(
        "本项目采购云服务。服务期限为一年！是否续约？由采购人决定；供应商负责维护。\n"
        "\n"
        "Shenzhen University bought an AWS account. It cost 200,000 yuan ($27,996). "
        "Mr. Li said the U.S. rules do not apply. Prices fell 2.5 percent.\n");
    const QStringList segments = texts(Segmenter::segment(page));
    CHECK(segments == QStringList{
                          QStringLiteral("本项目采购云服务。"),
                          QStringLiteral("服务期限为一年！"),
                          QStringLiteral("是否续约？"),
                          QStringLiteral("由采购人决定；"),
                          QStringLiteral("供应商负责维护。"),
                          QStringLiteral("Shenzhen University bought an AWS account."),
                          QStringLiteral("It cost 200,000 yuan ($27,996)."),
                          QStringLiteral("Mr. Li said the U.S. rules do not apply."),
                          QStringLiteral("Prices fell 2.5 percent."),
                      });
}

TEST_CASE("Label lines stay separate and wrapped lines are joined", "[text][segment]")
{
    const QString page = QStringLiteral(
        "项目编号：SZU-2024-0315\n"
        "采购人：深圳大学\n"
        "本项目采购亚马逊云服务账号一个，用于访问配备英伟达A100和H100芯片的云服\n"
        "务器，服务期限为一年。\n");
    const std::vector<TextSpan> spans = Segmenter::segment(page);
    REQUIRE(spans.size() == 3);
    CHECK(spans[0].text == QStringLiteral("项目编号：SZU-2024-0315"));
    CHECK(spans[1].text == QStringLiteral("采购人：深圳大学"));
    CHECK(spans[2].text == QStringLiteral("本项目采购亚马逊云服务账号一个，用于访问配备英伟达A100和H100芯片的云服务器，服务期限为一年。"));
    CHECK(page.mid(spans[1].start, spans[1].end - spans[1].start) == QStringLiteral("采购人：深圳大学"));
    CHECK(spans[2].end == page.lastIndexOf(QStringLiteral("。")) + 1);
}

TEST_CASE("Language guess weighs Chinese characters", "[text]")
{
    CHECK(LanguageGuess::of(QStringLiteral("采购人：深圳大学 (Shenzhen University)")) == QStringLiteral("zh"));
    CHECK(LanguageGuess::of(QStringLiteral("The tender named AWS.")) == QStringLiteral("en"));
    CHECK(LanguageGuess::of(QStringLiteral("2024-03-15")) == QStringLiteral("und"));
}

TEST_CASE("Encoding labels map to decoders that exist", "[text][encoding]")
{
    CHECK(EncodingDetector::canonicalName(QStringLiteral("gb2312")) == QStringLiteral("GB18030"));
    CHECK(EncodingDetector::canonicalName(QStringLiteral("GBK")) == QStringLiteral("GB18030"));
    CHECK(EncodingDetector::declaredCharset("<meta charset='gbk'>") == QStringLiteral("gbk"));
    CHECK(EncodingDetector::declaredCharset(
              "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GB2312\">") ==
          QStringLiteral("GB2312"));
    QString out;
    CHECK(EncodingDetector::tryDecode(QByteArray("\xc9\xee\xdb\xda"), QStringLiteral("GB18030"), out));
    CHECK(out == QStringLiteral("深圳"));
    CHECK_FALSE(EncodingDetector::tryDecode(QByteArray("\xc9\xee\xdb"), QStringLiteral("UTF-8"), out));
}

TEST_CASE("List numbers open their sentence instead of ending the one before", "[text][segment]")
{
    const QString page = QStringLiteral("Award notice\n\n1. Project number: SZU-1 2. Project name: Cloud. 3. Method: consultation\n");
    CHECK(texts(Segmenter::segment(page)) == QStringList{
                                                 QStringLiteral("Award notice"),
                                                 QStringLiteral("1. Project number: SZU-1"),
                                                 QStringLiteral("2. Project name: Cloud."),
                                                 QStringLiteral("3. Method: consultation"),
                                             });
}
