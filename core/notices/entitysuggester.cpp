#include "entitysuggester.h"

#include "../storage/database.h"
#include "../text/textfolder.h"
#include "../entities/entitystore.h"
#include "organisationname.h"
#include "procurementfields.h"

#include <QRegularExpression>

#include <map>

namespace dossier {

namespace {

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

} // namespace

std::vector<EntitySuggestion> EntitySuggester::suggestFromText(const QString &text)
{
    std::vector<EntitySuggestion> list;
    // A notice names its parties in their roles.
    const NoticeReading notice = ProcurementFields::readText(text);
    for (const auto &[key, reason] : {std::pair{"purchaser", "buyer in a notice"}, std::pair{"agent", "agent in a notice"}})
        if (const ProcurementField *f = notice.field(key))
            add(list, f->value, QLatin1String(key) == QLatin1String("agent") ? OrganisationName::typeOf(f->value) : EntityType::Buyer,
                QString::fromLatin1(reason));
    for (const NoticeAward &award : notice.awards)
        add(list, award.supplier->value, EntityType::Intermediary, QStringLiteral("winner in a notice"));
    // Organisations by the form of their names.
    for (const FoundOrganisation &org : OrganisationName::find(text))
        add(list, org.name, OrganisationName::typeOf(org.name), QStringLiteral("organisation name"));
    // Chips by their model codes beside a word for a chip (英伟达A100芯片, H100 GPUs).
    static const QRegularExpression chip(QStringLiteral(
        "(?:GPU|显卡|加速卡|算力卡|芯片)\\s*([A-Z]{1,2}[0-9]{2,4}[A-Z]?)\\b|"
        "\\b([A-Z]{1,2}[0-9]{2,4}[A-Z]?)\\s*(?:芯片|GPU|显卡|加速卡|算力卡|chips?|GPUs?|cards?)"));
    for (auto it = chip.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        add(list, m.captured(1).isEmpty() ? m.captured(2) : m.captured(1), EntityType::Chip, QStringLiteral("chip model"));
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
