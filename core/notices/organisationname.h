#pragma once

#include "../entities/entity.h"

#include <QString>

#include <vector>

namespace dossier {

// An organisation's name found in a text by its form, with where it stands.
struct FoundOrganisation
{
    int start = 0; // [start, end) in the text
    int end = 0;
    QString name;
};

// Recognises organisation names by how Chinese and English names are formed, not by a
// list of known names: …有限公司, …股份有限公司, …大学, …研究院, …人民政府, …局,
// "… Co., Ltd.", "… University". Used to read the parties of a notice and to suggest
// entities in any case.
class OrganisationName
{
public:
    // Whether a whole value (a field of a notice) is an organisation's name.
    static bool isOrganisation(const QString &value);
    // The kind of entity such a name usually is (a university buys, a company sells).
    static EntityType typeOf(const QString &name);
    // Names in running text. A Chinese name starts after punctuation, a space or a
    // particle (受, 由, 向, 与, 经…): the shortest plausible run before its suffix.
    static std::vector<FoundOrganisation> find(const QString &text);
    // A regular expression (no captures) for a Chinese organisation's name, to build
    // patterns of the sentences that name parties ("受X委托").
    static QString chinesePattern();
    // The first organisation of a list ("甲公司、乙公司"), or the value itself.
    static QString firstOfList(const QString &value);
};

} // namespace dossier
