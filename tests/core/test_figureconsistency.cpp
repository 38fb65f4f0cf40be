#include "support/fixtures.h"

#include "figures/figureconsistency.h"

#include <catch2/catch.hpp>

using namespace dossier;

namespace {

struct Pair
{
    const char16_t *original;
    const char16_t *translation;
    int missing;
};

const Pair kPairs[] = {
    {u"该校花费20万元购买了一个账号。", u"The university spent 200,000 yuan on an account.", 0},
    {u"该校花费20万元购买了一个账号。", u"The university spent 20,000 yuan on an account.", 1},
    {u"该服务涵盖4000万个词元。", u"The service covered 40 million tokens.", 0},
    {u"该服务涵盖4000万个词元。", u"The service covered 4 million tokens.", 1},
    {u"每台配备八块A100。", u"each with eight A100s.", 0},
    {u"每台配备八块A100。", u"each with eighteen A100s.", 1},
    {u"服务器500台，每台配备八块芯片。", u"500 servers, each with eight chips.", 0},
    {u"服务器500台，每台配备八块芯片。", u"50 servers, each with eight chips.", 1},
    {u"预算金额：184,000元", u"Budget: 184,000 yuan", 0},
    {u"预算金额：184,000元", u"Budget: $184,000", 1}, // the currency changed
    {u"成交金额：人民币壹拾捌万肆仟元整", u"Award: 184,000 renminbi", 0},
    {u"下浮率12%", u"a discount rate of 12 percent", 0},
    {u"下浮率12%", u"a discount rate of 21 percent", 1},
    {u"服务期限为6个月。", u"The term is six months.", 0},
    {u"合同金额为68,790元，涵盖4000万个词元。", u"The contract was worth 68,790 yuan and covered 40 million tokens.", 0},
    {u"合同金额为68,790元，涵盖4000万个词元。", u"The contract was worth 68,790 yuan.", 1},
};

} // namespace

TEST_CASE("Figure consistency catches mistranslated numbers", "[figures][consistency]")
{
    for (const Pair &pair : kPairs) {
        const QString original = QString::fromUtf16(pair.original);
        const QString translation = QString::fromUtf16(pair.translation);
        INFO(original.toStdString() << " -> " << translation.toStdString());
        CHECK(int(FigureConsistency::missing(original, translation).size()) == pair.missing);
    }
}
