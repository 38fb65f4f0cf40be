#include "timeline/eventdialog.h"

#include "timeline/dateparser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
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
      m_entityModel(new QStandardItemModel(this)), m_entityFilter(new QSortFilterProxyModel(this)),
      m_entityFind(new QLineEdit(this)), m_entityList(new QListView(this))
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
    // The entities involved, checked; a case of thousands is searched by any name.
    for (const Entity &entity : entities) {
        auto *item = new QStandardItem(entity.displayName());
        item->setData(entity.id, Qt::UserRole);
        item->setData(entity.allNames().join(QLatin1Char(' ')), Qt::UserRole + 1);
        item->setEditable(false);
        item->setCheckable(true);
        const bool involved = std::find(event.entityIds.begin(), event.entityIds.end(), entity.id) != event.entityIds.end();
        item->setCheckState(involved ? Qt::Checked : Qt::Unchecked);
        m_entityModel->appendRow(item);
    }
    m_entityFilter->setSourceModel(m_entityModel);
    m_entityFilter->setFilterRole(Qt::UserRole + 1);
    m_entityFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_entityFind->setPlaceholderText(tr("Find an entity"));
    m_entityFind->setClearButtonEnabled(true);
    connect(m_entityFind, &QLineEdit::textChanged, m_entityFilter, &QSortFilterProxyModel::setFilterFixedString);
    m_entityList->setModel(m_entityFilter);
    m_entityList->setMaximumHeight(140);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool fresh = index == 0;
        for (QWidget *w : std::initializer_list<QWidget *>{m_date, m_title, m_description, m_tags, m_entityFind, m_entityList})
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
    form->addRow(tr("Entities involved:"), m_entityFind);
    form->addRow(QString(), m_entityList);
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("eventHistory"));
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->hide();
    form->addRow(m_history);
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
    for (int row = 0; row < m_entityModel->rowCount(); ++row)
        if (m_entityModel->item(row)->checkState() == Qt::Checked)
            e.entityIds.push_back(m_entityModel->item(row)->data(Qt::UserRole).toLongLong());
    return e;
}

} // namespace dossier

namespace dossier {

void EventDialog::showHistory(const QString &review, const QString &historyHtml)
{
    m_history->setText(tr("<p><b>Review:</b> %1</p><p><b>History</b><br>%2</p>").arg(review.toHtmlEscaped(), historyHtml));
    m_history->show();
}

} // namespace dossier
