#include "noticeparties.h"

#include "../documents/documentstore.h"
#include "../entities/entitystore.h"
#include "../entities/uscc.h"
#include "../figures/figureparser.h"
#include "../text/textfolder.h"
#include "procurementfields.h"
#include "organisationname.h"

#include <QCoreApplication>

namespace dossier {

namespace {

EntityType typeFor(const QString &role, const QString &name)
{
    const EntityType byForm = OrganisationName::typeOf(name);
    // A winner is whoever sells, whatever its name looks like; a buyer keeps the kind
    // its name says (a university, a government body).
    if (role == QLatin1String("supplier"))
        return byForm == EntityType::ComputingCentre ? byForm : EntityType::Intermediary;
    if (role == QLatin1String("purchaser"))
        return byForm == EntityType::Intermediary ? EntityType::Buyer : byForm;
    return byForm;
}

} // namespace

NoticeSuggestions NoticeParties::suggest(Database &db, qint64 documentId)
{
    return suggest(db, documentId, ProcurementFields(db).read(documentId));
}

NoticeSuggestions NoticeParties::suggest(Database &db, qint64 documentId, const NoticeReading &reading)
{
    std::vector<SegmentInfo> segments = DocumentStore(db).segments(documentId);
    std::vector<Entity> known = EntityStore(db).list();

    NoticeSuggestions suggestions;
    const auto partyIndex = [&](const ProcurementField &field, const QString &role) -> size_t {
        const QString folded = TextFolder::foldedString(field.value);
        for (size_t i = 0; i < suggestions.parties.size(); ++i)
            if (TextFolder::foldedString(suggestions.parties[i].name) == folded)
                return i;
        NoticeParty party;
        party.name = field.value;
        party.role = role;
        party.type = typeFor(role, field.value);
        party.segmentId = field.segmentId;
        party.start = field.start;
        party.end = field.end;
        for (const Entity &e : known)
            for (const QString &name : e.allNames())
                if (TextFolder::foldedString(name) == folded)
                    party.entityId = e.id;
        // A credit code in the same line or the next names this party.
        for (size_t s = 0; s < segments.size(); ++s) {
            if (segments[s].id != field.segmentId)
                continue;
            QString around = segments[s].text.mid(field.end, 80);
            if (s + 1 < segments.size())
                around += QLatin1Char('\n') + segments[s + 1].text.left(80);
            const QStringList codes = Uscc::find(around);
            if (!codes.isEmpty())
                party.uscc = codes.front();
        }
        suggestions.parties.push_back(party);
        return suggestions.parties.size() - 1;
    };
    std::optional<size_t> buyer;
    if (const ProcurementField *f = reading.field("purchaser"))
        buyer = partyIndex(*f, QStringLiteral("purchaser"));
    for (const NoticeAward &award : reading.awards) {
        const size_t supplier = partyIndex(*award.supplier, QStringLiteral("supplier"));
        if (!buyer)
            continue;
        NoticeDeal deal;
        deal.buyer = *buyer;
        deal.supplier = supplier;
        deal.award = award;
        suggestions.deals.push_back(deal);
    }
    if (const ProcurementField *f = reading.field("agent"))
        partyIndex(*f, QStringLiteral("agent"));
    return suggestions;
}

std::vector<qint64> NoticeParties::accept(EntityStore &store, const NoticeSuggestions &suggestions,
                                          const std::vector<bool> &partiesChosen, const std::vector<bool> &dealsChosen)
{
    std::vector<qint64> created;
    std::vector<std::optional<qint64>> ids(suggestions.parties.size());
    const auto ensure = [&](size_t i) -> qint64 {
        if (ids[i])
            return *ids[i];
        const NoticeParty &party = suggestions.parties[i];
        qint64 id = party.entityId.value_or(0);
        if (!id) {
            Entity entity;
            entity.type = party.type;
            entity.nameZh = party.name;
            entity.uscc = party.uscc;
            id = store.add(entity);
            created.push_back(id);
        }
        Mention mention;
        mention.entityId = id;
        mention.segmentId = party.segmentId;
        mention.start = party.start;
        mention.end = party.end;
        mention.text = party.name;
        store.addMention(mention);
        ids[i] = id;
        return id;
    };
    for (size_t i = 0; i < suggestions.parties.size(); ++i)
        if (i < partiesChosen.size() && partiesChosen[i])
            ensure(i);
    for (size_t d = 0; d < suggestions.deals.size(); ++d) {
        if (d >= dealsChosen.size() || !dealsChosen[d])
            continue;
        const NoticeDeal &deal = suggestions.deals[d];
        Relation relation;
        relation.fromId = ensure(deal.buyer);
        relation.toId = ensure(deal.supplier);
        relation.kind = QStringLiteral("procured_from");
        if (const std::optional<double> yuan = deal.yuan())
            relation.note = QCoreApplication::translate("NoticeParties", "Award of %1 yuan (%2)")
                                .arg(FigureParser::formatValue(*yuan), deal.award.amount->value);
        relation.evidence.push_back({deal.award.segmentId, deal.award.start, deal.award.end, deal.award.quote});
        store.addRelation(relation);
    }
    return created;
}

} // namespace dossier
