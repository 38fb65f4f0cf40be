#include "proposalsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace dossier {

ProposalsDialog::ProposalsDialog(const std::vector<ProcurementField> &fields, const std::vector<ProposedEvent> &proposals,
                                 QWidget *parent)
    : QDialog(parent), m_proposals(proposals), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("proposalsDialog"));
    setWindowTitle(tr("Events From This Notice"));
    QStringList found;
    for (const ProcurementField &f : fields)
        found << QStringLiteral("%1：%2").arg(f.label, f.value);
    auto *summary = new QLabel(found.isEmpty() ? tr("No procurement fields were found in this document.")
                                               : tr("Fields found: %1").arg(found.join(QStringLiteral(" · "))),
                               this);
    summary->setWordWrap(true);
    for (const ProposedEvent &p : proposals) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(p.date.toIso(), p.title), m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(p.description);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(new QLabel(tr("Keep the events you want on the timeline; each cites the field it comes from."), this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(640, 380);
}

std::vector<ProposedEvent> ProposalsDialog::accepted() const
{
    std::vector<ProposedEvent> kept;
    for (int i = 0; i < m_list->count() && size_t(i) < m_proposals.size(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            kept.push_back(m_proposals[size_t(i)]);
    return kept;
}

} // namespace dossier
