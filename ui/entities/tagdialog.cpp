#include "entities/tagdialog.h"

#include "entities/entitydialog.h"
#include "notices/organisationname.h"
#include "text/textfolder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dossier {

namespace {

bool isChinese(const QString &text)
{
    for (QChar c : text)
        if (TextFolder::isHan(c.unicode()))
            return true;
    return false;
}

} // namespace

TagDialog::TagDialog(const QString &selection, const std::vector<Entity> &entities, QWidget *parent)
    : QDialog(parent), m_entities(entities), m_target(new QComboBox(this)), m_zh(new QLineEdit(this)),
      m_en(new QLineEdit(this)), m_type(new QComboBox(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("tagDialog"));
    setWindowTitle(tr("Tag as Entity"));
    const QString words = selection.trimmed();
    const QString folded = TextFolder::foldedString(words);

    // The entity the words already name, then those they nearly name, then a new one.
    m_target->addItem(tr("A new entity"), 0);
    qint64 exact = 0;
    for (const Entity &entity : entities) {
        bool same = false, near = false;
        for (const QString &name : entity.allNames()) {
            const QString other = TextFolder::foldedString(name);
            same = same || other == folded;
            near = near || (other.size() >= 2 && folded.size() >= 2 && (other.contains(folded) || folded.contains(other)));
        }
        if (same || near)
            m_target->addItem(tr("%1 (%2, already in the case)").arg(entity.displayName(), entityTypeLabel(entity.type)), entity.id);
        if (same && !exact)
            exact = entity.id;
    }
    m_target->setCurrentIndex(std::max(0, m_target->findData(exact)));

    (isChinese(words) ? m_zh : m_en)->setText(words);
    m_zh->setPlaceholderText(tr("e.g. 深圳大学"));
    m_en->setPlaceholderText(tr("e.g. Shenzhen University"));
    for (EntityType type : allEntityTypes())
        m_type->addItem(entityTypeLabel(type), toString(type));
    const EntityType proposed = OrganisationName::isOrganisation(words) ? OrganisationName::typeOf(words) : EntityType::Other;
    m_type->setCurrentIndex(m_type->findData(toString(proposed)));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #555;"));
    connect(m_target, &QComboBox::currentIndexChanged, this, &TagDialog::updateFields);

    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("“%1”").arg(words.toHtmlEscaped()), this));
    form->addRow(tr("Tag as:"), m_target);
    form->addRow(tr("Chinese name:"), m_zh);
    form->addRow(tr("English name:"), m_en);
    form->addRow(tr("Type:"), m_type);
    form->addRow(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    for (QLineEdit *name : {m_zh, m_en})
        connect(name, &QLineEdit::textChanged, this, &TagDialog::updateFields);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    updateFields();
    resize(520, 240);
}

void TagDialog::updateFields()
{
    const bool fresh = entityId() == 0;
    for (QWidget *field : std::initializer_list<QWidget *>{m_zh, m_en, m_type})
        field->setEnabled(fresh);
    // A new entity needs a name in one language at least.
    if (m_ok)
        m_ok->setEnabled(!fresh || !m_zh->text().trimmed().isEmpty() || !m_en->text().trimmed().isEmpty());
    const int others = m_target->count() - 1;
    m_note->setText(!fresh      ? tr("The words become a mention of this entity; its names are kept as they are.")
                    : others > 0 ? tr("%n entity(ies) of the case have a similar name: choose one above rather than "
                                      "making a second entity for the same organisation.", nullptr, others)
                                 : tr("No entity of the case has this name: a new one is made."));
}

qint64 TagDialog::entityId() const
{
    return m_target->currentData().toLongLong();
}

Entity TagDialog::newEntity() const
{
    Entity entity;
    entity.type = entityTypeFromString(m_type->currentData().toString()).value_or(EntityType::Other);
    entity.nameZh = m_zh->text().trimmed();
    entity.nameEn = m_en->text().trimmed();
    return entity;
}

} // namespace dossier
