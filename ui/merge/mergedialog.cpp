#include "merge/mergedialog.h"

#include "merge/mergechangemodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dossier {

MergeDialog::MergeDialog(const QString &sourcePath, const MergeReport &preview, QWidget *parent)
    : QDialog(parent), m_model(new MergeChangeModel(this))
{
    setWindowTitle(tr("Merge Case"));
    setObjectName(QStringLiteral("mergeDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>What “%1” would bring into this case</b><br>Nothing is written until you merge; "
                                  "the merge is one step you can undo.")
                                   .arg(QDir::toNativeSeparators(sourcePath).toHtmlEscaped()),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *summary = new QLabel(preview.summary().join(QStringLiteral("<br>")), this);
    summary->setObjectName(QStringLiteral("mergeSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    m_model->setReport(preview);
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("mergeChanges"));
    table->setModel(m_model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(MergeChangeModel::Item, QHeaderView::Stretch);
    table->resizeColumnToContents(MergeChangeModel::Action);
    table->resizeColumnToContents(MergeChangeModel::Kind);
    table->setWordWrap(false);
    layout->addWidget(table, 1);
    if (preview.count(MergeChange::Action::Conflict) > 0) {
        auto *note = new QLabel(tr("Items changed on both sides keep this case's version for now; after the merge, "
                                   "File ▸ Resolve Merge Conflicts shows both versions side by side to choose from."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setDefault(true);
    merge->setEnabled(!preview.changes.empty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 520);
}

} // namespace dossier
