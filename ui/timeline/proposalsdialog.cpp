#include "timeline/proposalsdialog.h"

#include "entities/entitydialog.h"
#include "figures/figureparser.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace dossier {

namespace {

// A proposal, ticked: what the notice says is kept unless the reporter unticks it.
void checkable(const QString &text, const QString &tooltip, QListView *list)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setCheckable(true);
    item->setCheckState(Qt::Checked);
    item->setToolTip(tooltip);
    static_cast<QStandardItemModel *>(list->model())->appendRow(item);
}

std::vector<bool> checked(const QListView *list)
{
    std::vector<bool> result;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        result.push_back(list->model()->index(row, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    return result;
}

QGroupBox *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

QString ProposalsDialog::fieldName(const QString &key)
{
    static const std::pair<const char *, const char *> names[] = {
        {"project_number", QT_TR_NOOP("Project number")}, {"project_name", QT_TR_NOOP("Project")},
        {"purchaser", QT_TR_NOOP("Buyer")},               {"agent", QT_TR_NOOP("Procurement agent")},
        {"supplier", QT_TR_NOOP("Winner")},               {"award_amount", QT_TR_NOOP("Award amount")},
        {"budget", QT_TR_NOOP("Budget")},                 {"price_ceiling", QT_TR_NOOP("Price ceiling")},
        {"published", QT_TR_NOOP("Published")},           {"award_date", QT_TR_NOOP("Award date")},
        {"bid_deadline", QT_TR_NOOP("Bid deadline")},     {"bid_opening", QT_TR_NOOP("Bid opening")},
        {"notice_period", QT_TR_NOOP("Notice period")},
    };
    for (const auto &[k, name] : names)
        if (key == QLatin1String(k))
            return tr(name);
    return key;
}

QString ProposalsDialog::roleName(const QString &role)
{
    if (role == QLatin1String("purchaser"))
        return tr("buyer");
    if (role == QLatin1String("supplier"))
        return tr("winner");
    if (role == QLatin1String("agent"))
        return tr("procurement agent");
    return role;
}

ProposalsDialog::ProposalsDialog(const std::vector<ProcurementField> &fields, const std::vector<ProposedEvent> &proposals,
                                 const NoticeSuggestions &suggestions, QWidget *parent)
    : QDialog(parent),
      m_proposals(proposals),
      m_list(new QListView(this)),
      m_parties(new QListView(this)),
      m_deals(new QListView(this))
{
    for (QListView *list : {m_list, m_parties, m_deals})
        list->setModel(new QStandardItemModel(list));
    setObjectName(QStringLiteral("proposalsDialog"));
    setWindowTitle(tr("What This Notice Says"));
    auto *form = new QFormLayout;
    // Who, what and how much first, then dates and codes.
    static const QStringList order = {QStringLiteral("project_name"), QStringLiteral("purchaser"), QStringLiteral("supplier"),
                                      QStringLiteral("award_amount"),  QStringLiteral("budget"),    QStringLiteral("price_ceiling"),
                                      QStringLiteral("agent"),         QStringLiteral("published"), QStringLiteral("award_date"),
                                      QStringLiteral("bid_deadline"),  QStringLiteral("bid_opening"), QStringLiteral("notice_period"),
                                      QStringLiteral("project_number")};
    std::vector<ProcurementField> sorted = fields;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ProcurementField &a, const ProcurementField &b) {
        return order.indexOf(a.key) < order.indexOf(b.key);
    });
    for (const ProcurementField &f : sorted) {
        QString value = f.value;
        if (f.yuan)
            value += tr("  (%1 yuan)").arg(FigureParser::formatValue(*f.yuan));
        else if (f.date)
            value += QStringLiteral("  (%1)").arg(f.date->toIso());
        auto *label = new QLabel(value, this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        label->setToolTip(tr("Written as “%1”").arg(f.label.isEmpty() ? f.value : f.label + QStringLiteral("：") + f.value));
        form->addRow(fieldName(f.key) + QLatin1Char(':'), label);
    }
    auto *fieldsBox = new QGroupBox(tr("Fields"), this);
    fieldsBox->setLayout(form);
    if (fields.empty())
        form->addRow(new QLabel(tr("No procurement fields were found in this document."), this));

    for (const ProposedEvent &p : proposals)
        checkable(tr("%1  %2\n      cites “%3”").arg(p.date.toIso(), p.title, p.quote), p.description, m_list);
    for (const NoticeParty &party : suggestions.parties) {
        const QString state = party.entityId ? tr("already in the case") : tr("new %1").arg(entityTypeLabel(party.type));
        checkable(tr("%1 — %2 (%3)%4")
                      .arg(party.name, roleName(party.role), state,
                           party.uscc.isEmpty() ? QString() : tr(", credit code %1").arg(party.uscc)),
                  QString(), m_parties);
    }
    for (const NoticeDeal &deal : suggestions.deals) {
        const QString amount = deal.yuan() ? tr(" for %1 yuan").arg(FigureParser::formatValue(*deal.yuan())) : QString();
        checkable(tr("%1 bought from %2%3\n      cites “%4”")
                      .arg(suggestions.parties[deal.buyer].name, suggestions.parties[deal.supplier].name, amount, deal.award.quote),
                  QString(), m_deals);
    }
    for (QListView *list : {m_list, m_parties, m_deals})
        list->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Keep Ticked Items"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fieldsBox);
    layout->addWidget(group(tr("Events for the timeline"), m_list, this), 2);
    layout->addWidget(group(tr("Parties, as entities with this notice as their mention"), m_parties, this), 1);
    layout->addWidget(group(tr("Awards, as relations citing the award's line"), m_deals, this), 1);
    layout->addWidget(buttons);
    resize(760, 720);
}

std::vector<ProposedEvent> ProposalsDialog::accepted() const
{
    std::vector<ProposedEvent> kept;
    const std::vector<bool> ticked = checked(m_list);
    for (size_t i = 0; i < ticked.size() && i < m_proposals.size(); ++i)
        if (ticked[i])
            kept.push_back(m_proposals[i]);
    return kept;
}

std::vector<bool> ProposalsDialog::partiesChosen() const
{
    return checked(m_parties);
}

std::vector<bool> ProposalsDialog::dealsChosen() const
{
    return checked(m_deals);
}

} // namespace dossier
