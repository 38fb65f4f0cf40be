#include "translation/glossarypanel.h"

#include "session/casesession.h"
#include "operations/glossaryedit.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dossier {

GlossaryPanel::GlossaryPanel(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_term(new QLineEdit(this)), m_rendering(new QLineEdit(this)),
      m_table(new QTableWidget(0, 2, this))
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

    m_table->setHorizontalHeaderLabels({tr("Term"), tr("Rendering")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *remove = new QAction(tr("Remove Term"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &GlossaryPanel::removeSelected);
    m_table->addAction(remove);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_reloading)
            return;
        const int row = item->row();
        GlossaryEntry before;
        before.term = m_table->item(row, 0)->data(Qt::UserRole).toString();
        before.rendering = m_table->item(row, 1)->data(Qt::UserRole).toString();
        GlossaryEntry after{0, m_table->item(row, 0)->text().trimmed(), m_table->item(row, 1)->text().trimmed(), {}};
        if (after.term.isEmpty() || after.rendering.isEmpty()) {
            reload();
            return;
        }
        m_session->perform(GlossaryEdit::change(before, after));
    });

    auto *row = new QHBoxLayout;
    row->addWidget(m_term);
    row->addWidget(m_rendering);
    row->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_table);
    connect(session, &CaseSession::glossaryChanged, this, &GlossaryPanel::reload);
    reload();
}

void GlossaryPanel::reload()
{
    m_reloading = true;
    std::vector<GlossaryEntry> entries;
    m_session->read([&](Database &db) { entries = Glossary(db).entries(); });
    m_table->setRowCount(int(entries.size()));
    for (int i = 0; i < int(entries.size()); ++i) {
        auto *term = new QTableWidgetItem(entries[size_t(i)].term);
        term->setData(Qt::UserRole, entries[size_t(i)].term);
        auto *rendering = new QTableWidgetItem(entries[size_t(i)].rendering);
        rendering->setData(Qt::UserRole, entries[size_t(i)].rendering);
        m_table->setItem(i, 0, term);
        m_table->setItem(i, 1, rendering);
    }
    m_reloading = false;
}

void GlossaryPanel::addEntry(const QString &term, const QString &rendering)
{
    if (term.trimmed().isEmpty() || rendering.trimmed().isEmpty())
        return;
    m_session->perform(GlossaryEdit::add(GlossaryEntry{0, term.trimmed(), rendering.trimmed(), {}}));
}

void GlossaryPanel::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_session->perform(GlossaryEdit::remove(m_table->item(row, 0)->data(Qt::UserRole).toString()));
}

} // namespace dossier
