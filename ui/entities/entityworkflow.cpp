#include "entities/entityworkflow.h"

#include "entities/entitydialog.h"
#include "entities/entitypage.h"
#include "entities/entitystore.h"
#include "entities/networkview.h"
#include "entities/screeninglist.h"
#include "entities/tagdialog.h"
#include "operations/entityedits.h"
#include "reader/readerview.h"
#include "session/casesession.h"
#include "shell/casedocks.h"

#include <QCheckBox>
#include <QDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace dossier {

EntityWorkflow::EntityWorkflow(CaseDocks *docks, QWidget *window) : QObject(window), m_docks(docks), m_window(window) {}

void EntityWorkflow::tagMention(qint64 segmentId, const QString &field, int start, int end, const QString &text)
{
    CaseSession *session = m_docks->session();
    if (!session)
        return;
    std::vector<Entity> entities;
    session->read([&](Database &db) { entities = EntityStore(db).list(); });
    TagDialog dialog(text, entities, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Mention mention;
    mention.segmentId = segmentId;
    mention.field = field;
    mention.start = start;
    mention.end = end;
    mention.text = text;
    mention.origin = QStringLiteral("manual");
    mention.status = Mention::Status::Confirmed;
    const qint64 existing = dialog.entityId();
    session->perform(existing ? EntityEdit::tag(mention, existing) : EntityEdit::tagAsNew(mention, dialog.newEntity()));
}

void EntityWorkflow::openEntityPage(qint64 entityId)
{
    CaseSession *session = m_docks->session();
    if (!session)
        return;
    auto *page = new EntityPage(session, entityId, m_window);
    page->setAttribute(Qt::WA_DeleteOnClose);
    // A relation's evidence is what the reporter has selected in the reader.
    page->setEvidenceSource([this]() -> std::optional<Relation::Evidence> {
        const auto span = m_docks->reader()->currentSpan();
        if (!span)
            return std::nullopt;
        return Relation::Evidence{span->segmentId, span->start, span->end, span->text};
    });
    connect(page, &EntityPage::mentionActivated, this,
            [this](qint64 documentId, qint64 segmentId, const QString &, int start, int end) {
                m_docks->showSpan(documentId, segmentId, start, end);
            });
    // The page belongs to this case: it closes with it.
    connect(session, &QObject::destroyed, page, &QWidget::close);
    page->show();
}

void EntityWorkflow::openNetwork()
{
    CaseSession *session = m_docks->session();
    if (!session)
        return;
    auto *window = new QDialog(m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("Network of Entities"));
    auto *view = new NetworkView(session, window);
    auto *layout = new QVBoxLayout(window);
    auto *filters = new QHBoxLayout;
    std::vector<std::pair<QCheckBox *, EntityType>> boxes;
    for (EntityType type : allEntityTypes()) {
        auto *box = new QCheckBox(entityTypeLabel(type), window);
        box->setChecked(true);
        boxes.emplace_back(box, type);
        filters->addWidget(box);
    }
    for (const auto &[box, type] : boxes)
        connect(box, &QCheckBox::toggled, view, [view, boxes] {
            QSet<EntityType> hidden;
            for (const auto &[b, t] : boxes)
                if (!b->isChecked())
                    hidden.insert(t);
            view->setHiddenTypes(hidden);
        });
    layout->addLayout(filters);
    layout->addWidget(view, 1);
    connect(view, &NetworkView::entityActivated, this, &EntityWorkflow::openEntityPage);
    connect(session, &QObject::destroyed, window, &QWidget::close);
    window->resize(1000, 720);
    window->show();
}

void EntityWorkflow::importScreeningList(const QString &path)
{
    CaseSession *session = m_docks->session();
    if (!session)
        return;
    Result<int> imported = Error(QString());
    session->read([&](Database &db) { imported = ScreeningList(db).importCsv(path, QFileInfo(path).completeBaseName()); });
    if (!imported) {
        Q_EMIT failed(tr("Import Screening List"), imported.error().message);
        return;
    }
    session->notifyEntitiesChanged();
    Q_EMIT statusMessage(tr("Imported %1 list entries; entities on the list are flagged ⚑.").arg(*imported));
}

} // namespace dossier
