#include "corpus.h"

namespace dossier::bench {

namespace {

const QStringList kBuyers = {
    QStringLiteral("深圳大学"), QStringLiteral("之江实验室"), QStringLiteral("四川大学"),
    QStringLiteral("中国科学技术大学苏州高等研究院"), QStringLiteral("浙江大学"), QStringLiteral("南方科技大学"),
    QStringLiteral("清华大学深圳国际研究生院"), QStringLiteral("北京航空航天大学"), QStringLiteral("哈尔滨工业大学"),
    QStringLiteral("西安交通大学"), QStringLiteral("中山大学"), QStringLiteral("华中科技大学")};
const QStringList kSuppliers = {
    QStringLiteral("云达科技有限公司"), QStringLiteral("四川学动科技有限公司"),
    QStringLiteral("合肥先进计算中心运营管理有限公司"), QStringLiteral("杭州星云数据服务有限公司"),
    QStringLiteral("广州算力网络科技有限公司"), QStringLiteral("北京智算云科技有限公司")};
const QStringList kProducts = {
    QStringLiteral("亚马逊云服务（AWS）账号"), QStringLiteral("微软Azure OpenAI服务"), QStringLiteral("英伟达A100图形处理器"),
    QStringLiteral("英伟达H100芯片"), QStringLiteral("云服务器租赁服务"), QStringLiteral("大模型调用额度"),
    QStringLiteral("华为昇腾算力"), QStringLiteral("阿里云计算资源")};
const QStringList kEnglish = {
    QStringLiteral("The buyer requested access to Nvidia A100 servers through Amazon Web Services."),
    QStringLiteral("The supplier resells Microsoft Azure OpenAI tokens to universities."),
    QStringLiteral("Payment is due within thirty days of acceptance."),
    QStringLiteral("The contract covers cloud computing services for one year.")};

} // namespace

const QString &Corpus::pick(const QStringList &list)
{
    return list[std::uniform_int_distribution<int>(0, int(list.size()) - 1)(m_random)];
}

int Corpus::number(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_random);
}

QString Corpus::sentence()
{
    switch (number(0, 7)) {
    case 0:
        return QStringLiteral("采购人：%1。").arg(pick(kBuyers));
    case 1:
        return QStringLiteral("成交供应商：%1，成交金额：%2万元。").arg(pick(kSuppliers)).arg(number(5, 900));
    case 2:
        return QStringLiteral("本项目采购%1，服务期限为%2个月。").arg(pick(kProducts)).arg(number(1, 36));
    case 3:
        return QStringLiteral("项目编号：DEMO-%1-%2。").arg(number(2020, 2025)).arg(number(1000, 9999));
    case 4:
        return QStringLiteral("%1计划通过%2购买%3，预算金额为人民币%4元。")
            .arg(pick(kBuyers), pick(kSuppliers), pick(kProducts))
            .arg(number(10000, 999999));
    case 5:
        return QStringLiteral("发布时间：%1年%2月%3日。").arg(number(2022, 2025)).arg(number(1, 12)).arg(number(1, 28));
    case 6:
        return QStringLiteral("服务器%1台，每台配备%2块图形处理器，供中标人调度使用。").arg(number(10, 500)).arg(number(2, 8));
    default:
        return pick(kEnglish);
    }
}

QStringList Corpus::document(int segments, int pages)
{
    QStringList result;
    const int perPage = std::max(1, segments / pages);
    for (int page = 0; page < pages; ++page) {
        QString text;
        const int count = page == pages - 1 ? segments - perPage * (pages - 1) : perPage;
        for (int i = 0; i < count; ++i)
            text += sentence() + QLatin1Char('\n');
        result << text;
    }
    return result;
}

} // namespace dossier::bench
