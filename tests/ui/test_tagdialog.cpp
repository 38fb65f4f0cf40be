// The tag dialog: it finds the entity before it makes one, and proposes a new one's type
// and names from the words.
#include "entities/tagdialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

using namespace dossier;

namespace {

std::vector<Entity> caseEntities()
{
    Entity szu;
    szu.id = 1;
    szu.type = EntityType::Buyer;
    szu.nameZh = QStringLiteral("深圳大学");
    szu.nameEn = QStringLiteral("Shenzhen University");
    Entity yunda;
    yunda.id = 2;
    yunda.type = EntityType::Intermediary;
    yunda.nameZh = QStringLiteral("深圳市云达科技有限公司");
    yunda.aliases = {QStringLiteral("Yunda Technology")};
    return {szu, yunda};
}

} // namespace

TEST_CASE("Words that name an entity of the case tag it, in any script or alias", "[ui][entities][tag]")
{
    TagDialog byEnglish(QStringLiteral("shenzhen university"), caseEntities());
    CHECK(byEnglish.entityId() == 1);
    CHECK_FALSE(byEnglish.typeBox()->isEnabled()); // its names and type stay as they are
    TagDialog byAlias(QStringLiteral("Yunda Technology"), caseEntities());
    CHECK(byAlias.entityId() == 2);
}

TEST_CASE("A near name is offered before a duplicate is made", "[ui][entities][tag]")
{
    // The notice writes the company without its city: the case's entity is offered.
    TagDialog dialog(QStringLiteral("云达科技有限公司"), caseEntities());
    CHECK(dialog.entityId() == 0); // not chosen for the reporter
    REQUIRE(dialog.targetBox()->count() == 2);
    CHECK(dialog.targetBox()->itemData(1).toLongLong() == 2);
    dialog.targetBox()->setCurrentIndex(1);
    CHECK(dialog.entityId() == 2);
}

TEST_CASE("A new entity gets its type from its form and its name in the right language", "[ui][entities][tag]")
{
    TagDialog university(QStringLiteral("四川大学"), caseEntities());
    CHECK(university.entityId() == 0);
    Entity made = university.newEntity();
    CHECK(made.type == EntityType::Buyer);
    CHECK(made.nameZh == QStringLiteral("四川大学"));
    CHECK(made.nameEn.isEmpty());
    university.englishEdit()->setText(QStringLiteral("Sichuan University"));
    CHECK(university.newEntity().nameEn == QStringLiteral("Sichuan University"));

    TagDialog company(QStringLiteral("四川学动科技有限公司"), caseEntities());
    CHECK(company.newEntity().type == EntityType::Intermediary);
    TagDialog english(QStringLiteral("Nvidia A100"), caseEntities());
    CHECK(english.newEntity().nameEn == QStringLiteral("Nvidia A100"));
    CHECK(english.newEntity().nameZh.isEmpty());

    // No name at all, no entity: OK waits for one.
    english.englishEdit()->clear();
    QPushButton *ok = english.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    english.chineseEdit()->setText(QStringLiteral("英伟达A100"));
    CHECK(ok->isEnabled());
}
