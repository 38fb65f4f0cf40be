#include "timeline/eventdialog.h"

#include "timeline/dateparser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace dossier {

namespace {

std::optional<FuzzyDate> readDate(const QString &text)
{
    if (std::optional<FuzzyDate> iso = FuzzyDate::fromIso(text.trimmed()))
        return iso;
    return DateParser::parse(text);
}

} // namespace

EventDialog::EventDialog(const Event &event, const std::vector<Entity> &entities, const std::vector<Event> &existing,
                         const QString &quote, QWidget *parent)
    : QDialog(parent), m_event(event), m_entities(entities), m_target(new QComboBox(this)), m_date(new QLineEdit(this)),
      m_dateState(new QLabel(this)), m_title(new QLineEdit(event.title, this)),
      m_description(new QPlainTextEdit(event.description, this)), m_tags(new QLineEdit(event.tags.join(QStringLiteral(", ")), this)),
      m_entityList(new QListWidget(this))
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(event.id ? tr("Edit Event") : tr("Add to Timeline"));
    m_target->addItem(tr("A new event"), 0);
    for (const Event &e : existing)
        m_target->addItem(tr("Evidence for: %1 — %2").arg(e.date.toIso(), e.title), e.id);
    m_target->setVisible(!event.id && !existing.empty());
    m_date->setText(event.date.isValid() ? event.date.toIso() : QString());
    m_date->setPlaceholderText(tr("2024-03-15, 2024-03, 2024-Q2, 2024, March 2024, 2024年3月…"));
    auto updateDate = [this] {
        const std::optional<FuzzyDate> date = readDate(m_date->text());
        m_dateState->setText(date ? tr("%1 (precision: %2)").arg(date->toIso(), FuzzyDate::precisionName(date->precision))
                                  : tr("Not a date Dossier can read"));
    };
    connect(m_date, &QLineEdit::textChanged, this, updateDate);
    updateDate();
    for (const Entity &entity : entities) {
        auto *item = new QListWidgetItem(entity.displayName(), m_entityList);
        item->setData(Qt::UserRole, entity.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool involved = std::find(event.entityIds.begin(), event.entityIds.end(), entity.id) != event.entityIds.end();
        item->setCheckState(involved ? Qt::Checked : Qt::Unchecked);
    }
    m_entityList->setMaximumHeight(140);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool fresh = index == 0;
        for (QWidget *w : std::initializer_list<QWidget *>{m_date, m_title, m_description, m_tags, m_entityList})
            w->setEnabled(fresh);
    });

    auto *form = new QFormLayout(this);
    if (!quote.isEmpty()) {
        auto *cited = new QLabel(tr("Evidence: “%1”").arg(quote), this);
        cited->setWordWrap(true);
        form->addRow(cited);
    }
    form->addRow(tr("Add as:"), m_target);
    form->addRow(tr("Date:"), m_date);
    form->addRow(QString(), m_dateState);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Entities involved:"), m_entityList);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(600, 520);
}

void EventDialog::accept()
{
    if (existingEventId() || (readDate(m_date->text()) && !m_title->text().trimmed().isEmpty()))
        QDialog::accept();
}

qint64 EventDialog::existingEventId() const
{
    return m_target->currentData().toLongLong();
}

Event EventDialog::event() const
{
    Event e = m_event;
    e.date = readDate(m_date->text()).value_or(FuzzyDate());
    e.title = m_title->text().trimmed();
    e.description = m_description->toPlainText().trimmed();
    e.tags.clear();
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            e.tags << tag.trimmed();
    e.entityIds.clear();
    for (int i = 0; i < m_entityList->count(); ++i)
        if (m_entityList->item(i)->checkState() == Qt::Checked)
            e.entityIds.push_back(m_entityList->item(i)->data(Qt::UserRole).toLongLong());
    return e;
}

} // namespace dossier
