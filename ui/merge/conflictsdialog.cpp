#include "merge/conflictsdialog.h"

#include "entities/entitydialog.h"
#include "merge/recordkind.h"
#include "merge/resolveconflictedit.h"
#include "session/casesession.h"
#include "shell/historytext.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dossier {

ConflictsDialog::ConflictsDialog(CaseSession *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_model(new QStandardItemModel(this)), m_list(new QListView(this)),
      m_heading(new QLabel(this)), m_mine(new QTextBrowser(this)), m_theirs(new QTextBrowser(this)),
      m_keep(new QPushButton(tr("&Keep This Copy's Version"), this)),
      m_take(new QPushButton(tr("&Take the Other Copy's Version"), this))
{
    setWindowTitle(tr("Resolve Conflicts"));
    setObjectName(QStringLiteral("conflictsDialog"));
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heading->setWordWrap(true);
    m_mine->setObjectName(QStringLiteral("mineVersion"));
    m_theirs->setObjectName(QStringLiteral("theirVersion"));
    m_keep->setObjectName(QStringLiteral("keepMine"));
    m_take->setObjectName(QStringLiteral("takeTheirs"));

    auto *versions = new QWidget(this);
    auto *grid = new QGridLayout(versions);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_heading, 0, 0, 1, 2);
    grid->addWidget(new QLabel(tr("<b>This copy</b>"), versions), 1, 0);
    grid->addWidget(new QLabel(tr("<b>The other copy</b>"), versions), 1, 1);
    grid->addWidget(m_mine, 2, 0);
    grid->addWidget(m_theirs, 2, 1);
    grid->addWidget(m_keep, 3, 0);
    grid->addWidget(m_take, 3, 1);
    grid->setRowStretch(2, 1);

    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(versions);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConflictsDialog::showCurrent);
    connect(m_keep, &QPushButton::clicked, this, [this] { choose(false); });
    connect(m_take, &QPushButton::clicked, this, [this] { choose(true); });
    reload();
    resize(980, 560);
}

void ConflictsDialog::reload()
{
    const int row = std::max(0, m_list->currentIndex().row());
    m_conflicts.clear();
    m_session->read([&](Database &db) { m_conflicts = MergeConflicts(db).all(); });
    m_model->clear();
    for (const MergeConflict &conflict : m_conflicts) {
        auto *item = new QStandardItem(QStringLiteral("%1: %2").arg(RecordKind::label(conflict.kind), conflict.label));
        item->setToolTip(tr("From %1, found %2").arg(conflict.source, readableTime(conflict.foundAt)));
        m_model->appendRow(item);
    }
    if (!m_conflicts.empty())
        m_list->setCurrentIndex(m_model->index(std::min(row, int(m_conflicts.size()) - 1), 0));
    showCurrent();
}

QString ConflictsDialog::versionHtml(const QString &kind, const std::optional<QJsonObject> &version, const QStringList &differing)
{
    if (!version)
        return tr("<p><i>Deleted in this copy.</i></p>");
    // The record's own order (name before notes before review), then anything else.
    QStringList fields;
    if (const RecordKind *record = RecordKind::forKind(kind))
        for (const QString &column : record->content)
            if (version->contains(column))
                fields << column;
    for (const QString &column : version->keys())
        if (!fields.contains(column))
            fields << column;
    QString html = QStringLiteral("<table cellspacing=4>");
    for (const QString &field : fields) {
        const QString name = RecordKind::fieldLabel(field);
        if (name.isEmpty())
            continue; // bookkeeping: ids, revisions, sort keys
        const QString stored = version->value(field).toVariant().toString();
        const QString value = (kind == QLatin1String("entity") && field == QLatin1String("type")
                                   ? entityTypeLabel(entityTypeFromString(stored).value_or(EntityType::Other))
                                   : RecordKind::valueLabel(field, stored))
                                  .toHtmlEscaped();
        const bool differs = differing.contains(field);
        html += QStringLiteral("<tr><td style='color:#666'>%1</td><td%2>%3</td></tr>")
                    .arg(name.toHtmlEscaped(), differs ? QStringLiteral(" style='background:#ffe8b0'") : QString(),
                         value.isEmpty() ? QStringLiteral("—") : value);
    }
    return html + QStringLiteral("</table>");
}

void ConflictsDialog::showCurrent()
{
    const int row = m_list->currentIndex().row();
    const bool any = row >= 0 && row < int(m_conflicts.size());
    m_keep->setEnabled(any);
    m_take->setEnabled(any);
    if (!any) {
        m_heading->setText(tr("No conflicts wait for a choice: both copies agree on everything they share."));
        m_mine->clear();
        m_theirs->clear();
        return;
    }
    const MergeConflict &conflict = m_conflicts[size_t(row)];
    const QStringList differing = conflict.differingFields();
    m_heading->setText(tr("<b>%1</b> was changed in this copy and in “%2”. Changed fields are marked.")
                           .arg(conflict.label.toHtmlEscaped(), conflict.source.toHtmlEscaped()));
    m_mine->setHtml(versionHtml(conflict.kind, conflict.mine, differing));
    m_theirs->setHtml(conflict.theirs ? versionHtml(conflict.kind, conflict.theirs, differing)
                                      : tr("<p><i>Deleted in the other copy.</i></p>"));
}

void ConflictsDialog::choose(bool takeTheirs)
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= int(m_conflicts.size()))
        return;
    m_session->perform(ResolveConflictEdit::choose(
        m_conflicts[size_t(row)].id, takeTheirs ? ResolveConflictEdit::Choice::TakeTheirs : ResolveConflictEdit::Choice::KeepMine));
    reload();
}

} // namespace dossier
