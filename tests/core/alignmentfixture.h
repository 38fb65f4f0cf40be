#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// Sentence pairs written for Dossier's alignment tests: a Chinese original and its
// English translation, in the style of the tender notices and reports reporters read.
struct SentencePair
{
    const char16_t *chinese;
    const char16_t *english;
};

inline const std::vector<SentencePair> &alignmentPairs()
{
    static const std::vector<SentencePair> pairs = {
        {u"深圳大学于2024年3月发布了一份成交结果公告。", u"Shenzhen University published an award notice in March 2024."},
        {u"公告显示，该校花费20万元购买了一个亚马逊云服务账号。", u"The notice shows the university spent 200,000 yuan on an Amazon Web Services account."},
        {u"供应商为云达科技有限公司。", u"The supplier was Yunda Technology Co., Ltd."},
        {u"该账号可用于访问配备英伟达A100和H100芯片的服务器。", u"The account gives access to servers powered by Nvidia A100 and H100 chips."},
        {u"之江实验室计划采购AWS云计算服务。", u"Zhejiang Lab planned to buy AWS cloud computing services."},
        {u"其预算为184,000元。", u"Its budget was 184,000 yuan."},
        {u"实验室表示，国内云服务商无法提供足够算力。", u"The lab said domestic cloud providers could not supply enough computing power."},
        {u"四川大学通过四川学动科技有限公司购买了Claude的访问权限。", u"Sichuan University bought access to Claude through Sichuan Xuedong Technology."},
        {u"合同金额为68,790元。", u"The contract was worth 68,790 yuan."},
        {u"该服务涵盖4000万个词元。", u"The service covered 40 million tokens."},
        {u"中国科学技术大学苏州高等研究院租赁了云服务器。", u"USTC's Suzhou institute leased cloud servers."},
        {u"成交供应商为合肥先进计算中心运营管理有限公司。", u"The winning supplier was Hefei Advanced Computing Center Operation Management Co."},
        {u"服务期限为6个月。", u"The service period was six months."},
        {u"招标文件未提及云服务提供商的名称。", u"The tender documents did not name the cloud provider."},
        {u"美国政府限制向中国出口高端人工智能芯片。", u"The U.S. government restricts exports of high-end AI chips to China."},
        {u"通过云服务访问这些芯片并不违反现行规定。", u"Accessing those chips through cloud services does not break current rules."},
        {u"至少有11家中国实体寻求获得受限技术。", u"At least 11 Chinese entities sought access to restricted technology."},
        {u"其中4家明确提到了亚马逊网络服务。", u"Four of them explicitly named Amazon Web Services."},
        {u"一家研究所计划采购500台服务器，每台配备八块A100。", u"One institute planned to buy 500 servers, each with eight A100s."},
        {u"微软Azure OpenAI服务也出现在采购文件中。", u"Microsoft's Azure OpenAI service also appeared in procurement documents."},
        {u"中介公司通常是本地的系统集成商。", u"The intermediaries are usually local system integrators."},
        {u"采购人要求供应商在5个工作日内完成开通。", u"The buyer required the supplier to activate the service within five working days."},
        {u"如服务中断超过24小时，采购人有权终止合同。", u"If service is interrupted for more than 24 hours, the buyer may end the contract."},
        {u"本公告为演示文件，并非真实招标文件。", u"This notice is a demo document, not a real tender."},
    };
    return pairs;
}
