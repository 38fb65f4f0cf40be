#include "entities/entitydialog.h"

#include "entities/uscc.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace dossier {

QColor entityTypeColor(EntityType type)
{
    switch (type) {
    case EntityType::Buyer: return QColor(66, 133, 244);
    case EntityType::Intermediary: return QColor(234, 134, 0);
    case EntityType::Provider: return QColor(52, 168, 83);
    case EntityType::ComputingCentre: return QColor(0, 150, 136);
    case EntityType::Chip: return QColor(171, 71, 188);
    case EntityType::AiModel: return QColor(233, 30, 99);
    case EntityType::GovernmentBody: return QColor(121, 85, 72);
    case EntityType::Person: return QColor(255, 193, 7);
    case EntityType::Other: return QColor(120, 144, 156);
    }
    return Qt::gray;
}

EntityDialog::EntityDialog(const Entity &entity, QWidget *parent)
    : QDialog(parent), m_entity(entity), m_type(new QComboBox(this)), m_zh(new QLineEdit(entity.nameZh, this)),
      m_en(new QLineEdit(entity.nameEn, this)), m_aliases(new QLineEdit(entity.aliases.join(QStringLiteral("; ")), this)),
      m_uscc(new QLineEdit(entity.uscc, this)), m_usccState(new QLabel(this)), m_notes(new QPlainTextEdit(entity.notes, this))
{
    setObjectName(QStringLiteral("entityDialog"));
    setWindowTitle(entity.id ? tr("Edit Entity") : tr("New Entity"));
    for (EntityType type : allEntityTypes())
        m_type->addItem(entityTypeLabel(type), toString(type));
    m_type->setCurrentIndex(m_type->findData(toString(entity.type)));
    m_aliases->setPlaceholderText(tr("Other names, separated by ;"));
    m_uscc->setPlaceholderText(tr("18 characters, e.g. 91350100M000100Y43"));
    auto updateState = [this] {
        const QString code = m_uscc->text().trimmed();
        if (code.isEmpty())
            m_usccState->clear();
        else
            m_usccState->setText(Uscc::describe(code));
    };
    connect(m_uscc, &QLineEdit::textChanged, this, updateState);
    updateState();

    auto *form = new QFormLayout;
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Chinese name:"), m_zh);
    form->addRow(tr("English name:"), m_en);
    form->addRow(tr("Aliases:"), m_aliases);
    form->addRow(tr("Credit code:"), m_uscc);
    form->addRow(QString(), m_usccState);
    form->addRow(tr("Notes:"), m_notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_zh->text().trimmed().isEmpty() && m_en->text().trimmed().isEmpty())
            return;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setLayout(form);
    resize(520, 380);
}

Entity EntityDialog::entity() const
{
    Entity e = m_entity;
    e.type = entityTypeFromString(m_type->currentData().toString()).value_or(EntityType::Other);
    e.nameZh = m_zh->text().trimmed();
    e.nameEn = m_en->text().trimmed();
    e.aliases.clear();
    for (const QString &alias : m_aliases->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!alias.trimmed().isEmpty())
            e.aliases << alias.trimmed();
    e.uscc = Uscc::normalize(m_uscc->text());
    e.notes = m_notes->toPlainText();
    return e;
}

} // namespace dossier
