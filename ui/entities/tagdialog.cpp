#include "entities/tagdialog.h"

#include "entities/entitydialog.h"

#include "text/textfolder.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace dossier {

TagDialog::TagDialog(const QString &selection, const std::vector<Entity> &entities, QWidget *parent)
    : QDialog(parent), m_entities(entities), m_selection(selection), m_name(new QLineEdit(this)), m_type(new QComboBox(this))
{
    setObjectName(QStringLiteral("tagDialog"));
    setWindowTitle(tr("Tag as Entity"));
    QStringList names;
    for (const Entity &entity : entities)
        names << entity.allNames();
    auto *completer = new QCompleter(names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(completer);
    // Preselect the entity the selection already names, if any.
    m_name->setText(selection);
    for (EntityType type : allEntityTypes())
        m_type->addItem(entityTypeLabel(type), toString(type));
    m_type->setCurrentIndex(m_type->findData(toString(EntityType::Other)));

    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("“%1”").arg(selection), this));
    form->addRow(tr("Entity:"), m_name);
    form->addRow(tr("Type, if new:"), m_type);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(460, 160);
}

qint64 TagDialog::entityId() const
{
    const QString wanted = TextFolder::foldedString(m_name->text().trimmed());
    for (const Entity &entity : m_entities)
        for (const QString &name : entity.allNames())
            if (TextFolder::foldedString(name) == wanted)
                return entity.id;
    return 0;
}

Entity TagDialog::newEntity() const
{
    Entity entity;
    entity.type = entityTypeFromString(m_type->currentData().toString()).value_or(EntityType::Other);
    const QString name = m_name->text().trimmed();
    bool chinese = false;
    for (QChar c : name)
        chinese = chinese || TextFolder::isHan(c.unicode());
    (chinese ? entity.nameZh : entity.nameEn) = name;
    return entity;
}

} // namespace dossier
