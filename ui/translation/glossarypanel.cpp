#include "translation/glossarypanel.h"

#include "operations/glossaryedit.h"
#include "session/casesession.h"
#include "translation/glossarymodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dossier {

GlossaryPanel::GlossaryPanel(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_term(new QLineEdit(this)), m_rendering(new QLineEdit(this)),
      m_model(new GlossaryModel(this)), m_sorted(new QSortFilterProxyModel(this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("glossaryPanel"));
    m_term->setPlaceholderText(tr("Term, e.g. 中标"));
    m_rendering->setPlaceholderText(tr("Rendering, e.g. won the tender"));
    auto *add = new QPushButton(tr("Add"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addEntry(m_term->text(), m_rendering->text());
        m_term->clear();
        m_rendering->clear();
        m_term->setFocus();
    });
    connect(m_rendering, &QLineEdit::returnPressed, add, &QPushButton::click);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GlossaryModel::Term, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *remove = new QAction(tr("Remove Term"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &GlossaryPanel::removeSelected);
    m_table->addAction(remove);

    auto *row = new QHBoxLayout;
    row->addWidget(m_term);
    row->addWidget(m_rendering);
    row->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_table);
    setSession(session);
}

void GlossaryPanel::setSession(CaseSession *session)
{
    m_session = session;
    m_model->setSession(session);
}

void GlossaryPanel::addEntry(const QString &term, const QString &rendering)
{
    if (!m_session || term.trimmed().isEmpty() || rendering.trimmed().isEmpty())
        return;
    m_session->perform(GlossaryEdit::add(GlossaryEntry{0, term.trimmed(), rendering.trimmed(), {}}));
}

void GlossaryPanel::removeSelected()
{
    const GlossaryEntry *entry = m_model->entryAt(m_sorted->mapToSource(m_table->currentIndex()).row());
    if (m_session && entry)
        m_session->perform(GlossaryEdit::remove(entry->term));
}

} // namespace dossier
