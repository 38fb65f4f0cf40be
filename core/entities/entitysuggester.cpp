#include "entitysuggester.h"

#include "../storage/database.h"
#include "../text/textfolder.h"
#include "entitystore.h"

#include <QRegularExpression>

#include <map>

namespace dossier {

namespace {

struct Known
{
    const char16_t *name;
    EntityType type;
};

const Known kKnown[] = {
    {u"Amazon Web Services", EntityType::Provider}, {u"AWS", EntityType::Provider},
    {u"亚马逊云", EntityType::Provider},            {u"亚马逊网络服务", EntityType::Provider},
    {u"Microsoft Azure", EntityType::Provider},     {u"Azure", EntityType::Provider},
    {u"微软", EntityType::Provider},                {u"阿里云", EntityType::Provider},
    {u"Alibaba Cloud", EntityType::Provider},       {u"华为云", EntityType::Provider},
    {u"腾讯云", EntityType::Provider},              {u"Google Cloud", EntityType::Provider},
    {u"A100", EntityType::Chip},                    {u"H100", EntityType::Chip},
    {u"H800", EntityType::Chip},                    {u"A800", EntityType::Chip},
    {u"H20", EntityType::Chip},                     {u"V100", EntityType::Chip},
    {u"昇腾", EntityType::Chip},                    {u"Claude", EntityType::AiModel},
    {u"Azure OpenAI", EntityType::AiModel},         {u"GPT-4", EntityType::AiModel},
    {u"ChatGPT", EntityType::AiModel},              {u"OpenAI", EntityType::AiModel},
    {u"Anthropic", EntityType::Provider},           {u"英伟达", EntityType::Other},
    {u"Nvidia", EntityType::Other},
};

void add(std::vector<EntitySuggestion> &list, const QString &name, EntityType type, const QString &reason)
{
    const QString trimmed = name.trimmed();
    if (trimmed.size() < 2)
        return;
    for (EntitySuggestion &s : list) {
        if (s.name == trimmed) {
            ++s.occurrences;
            return;
        }
    }
    list.push_back({trimmed, type, reason, 1, 0});
}

EntityType typeBySuffix(const QString &name)
{
    for (const char16_t *buyer : {u"大学", u"学院", u"研究院", u"研究所", u"实验室", u"University", u"Institute", u"Lab", u"Laboratory"})
        if (name.endsWith(QString::fromUtf16(buyer)))
            return EntityType::Buyer;
    if (name.endsWith(QStringLiteral("中心")) && name.contains(QStringLiteral("计算")))
        return EntityType::ComputingCentre;
    if (name.endsWith(QStringLiteral("局")) || name.endsWith(QStringLiteral("委员会")) || name.endsWith(QStringLiteral("部")))
        return EntityType::GovernmentBody;
    return EntityType::Intermediary;
}

} // namespace

std::vector<EntitySuggestion> EntitySuggester::suggestFromText(const QString &text)
{
    std::vector<EntitySuggestion> list;
    // Fields of a procurement notice name the parties outright.
    static const QRegularExpression buyerField(QStringLiteral("采购人(?:名称)?[：:]\\s*([^\\s，,。；;（(]{2,40})"));
    static const QRegularExpression supplierField(
        QStringLiteral("(?:中标|成交)(?:（成交）)?供应商(?:名称)?[：:]\\s*([^\\s，,。；;（(]{2,40})"));
    for (auto it = buyerField.globalMatch(text); it.hasNext();)
        add(list, it.next().captured(1), EntityType::Buyer, QStringLiteral("purchaser field"));
    for (auto it = supplierField.globalMatch(text); it.hasNext();)
        add(list, it.next().captured(1), EntityType::Intermediary, QStringLiteral("winning supplier field"));

    // Organisation names by their suffix. The name starts after punctuation, a field
    // label or a verb-like particle, so take the shortest run of ideographs before it.
    static const QRegularExpression chinese(QStringLiteral(
        "([\\x{4e00}-\\x{9fff}]{2,24}?(?:有限责任公司|股份有限公司|有限公司|集团|大学|学院|研究院|研究所|实验室|计算中心|中心|局))"));
    static const QRegularExpression leadIn(QStringLiteral("^.*(?:通过|向|从|由|与|和|及|为|是|的|在|对|经|据|称|显示|表示|购买|采购)"));
    for (auto it = chinese.globalMatch(text); it.hasNext();) {
        QString name = it.next().captured(1);
        name.remove(leadIn);
        if (name.size() >= 4)
            add(list, name, typeBySuffix(name), QStringLiteral("organisation suffix"));
    }
    static const QRegularExpression english(QStringLiteral(
        "\\b((?:[A-Z][A-Za-z&'.-]*\\s+){1,5}(?:Co\\.,?\\s*Ltd\\.?|Co\\.|Ltd\\.?|Inc\\.|Corporation|Group|University|Institute|Laboratory|Lab))"));
    for (auto it = english.globalMatch(text); it.hasNext();) {
        QString name = it.next().captured(1).trimmed();
        name.remove(QRegularExpression(QStringLiteral("^(?:The|A|An)\\s+")));
        add(list, name, typeBySuffix(name), QStringLiteral("organisation suffix"));
    }
    const QString folded = TextFolder::foldedString(text);
    for (const Known &known : kKnown) {
        const QString name = QString::fromUtf16(known.name);
        const QString foldedName = TextFolder::foldedString(name);
        qsizetype at = folded.indexOf(foldedName);
        while (at >= 0) {
            // Latin names stand as whole words; Chinese around them is no word character.
            const auto wordCharacter = [](QChar c) { return c.unicode() < 0x3000 && c.isLetterOrNumber(); };
            const bool latin = wordCharacter(name.front());
            const bool boundary = !latin || ((at == 0 || !wordCharacter(folded[at - 1])) &&
                                             (at + foldedName.size() >= folded.size() ||
                                              !wordCharacter(folded[at + foldedName.size()])));
            if (boundary) {
                add(list, name, known.type, QStringLiteral("known provider, chip or model"));
                break;
            }
            at = folded.indexOf(foldedName, at + 1);
        }
    }
    return list;
}

std::vector<EntitySuggestion> EntitySuggester::suggest()
{
    QStringList known;
    for (const Entity &entity : EntityStore(m_db).list())
        for (const QString &name : entity.allNames())
            known << TextFolder::foldedString(name);
    std::map<QString, EntitySuggestion> byName;
    Statement texts = m_db.prepare(QStringLiteral(
        "SELECT s.id, s.text FROM segments s JOIN documents d ON d.id = s.document_id WHERE d.deleted_at IS NULL "
        "UNION ALL SELECT t.segment_id, t.text FROM translations t WHERE t.preferred = 1"));
    while (texts.step()) {
        for (EntitySuggestion s : suggestFromText(texts.text(1))) {
            if (known.contains(TextFolder::foldedString(s.name)))
                continue;
            auto found = byName.find(s.name);
            if (found == byName.end()) {
                s.exampleSegmentId = texts.int64(0);
                byName.emplace(s.name, s);
            } else {
                found->second.occurrences += s.occurrences;
            }
        }
    }
    std::vector<EntitySuggestion> list;
    for (auto &[name, s] : byName)
        list.push_back(s);
    std::sort(list.begin(), list.end(), [](const EntitySuggestion &a, const EntitySuggestion &b) {
        return a.occurrences != b.occurrences ? a.occurrences > b.occurrences : a.name < b.name;
    });
    return list;
}

} // namespace dossier
