#include "factcheck/figurespanel.h"

#include "session/casesession.h"

#include "figures/figureindex.h"
#include "figures/figureparser.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dossier {

namespace {

enum Role { SegmentRole = Qt::UserRole + 1, StartRole, EndRole };

QString kindLabel(Figure::Kind kind)
{
    switch (kind) {
    case Figure::Kind::Money:
        return FiguresPanel::tr("money");
    case Figure::Kind::Count:
        return FiguresPanel::tr("count");
    case Figure::Kind::Percent:
        return FiguresPanel::tr("percent");
    case Figure::Kind::Number:
        return FiguresPanel::tr("number");
    }
    return {};
}

} // namespace

FiguresPanel::FiguresPanel(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("figuresPanel"));
    m_tree->setHeaderLabels({tr("As written"), tr("Value"), tr("Kind"), tr("Page")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSortingEnabled(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT figureActivated(m_documentId, item->data(0, SegmentRole).toLongLong(), item->data(0, StartRole).toInt(),
                               item->data(0, EndRole).toInt());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

void FiguresPanel::showDocument(qint64 documentId)
{
    m_documentId = documentId;
    m_tree->clear();
    m_session->read([&](Database &db) {
        for (const IndexedFigure &f : FigureIndex(db).figures(documentId)) {
            QString value = FigureParser::formatValue(f.figure.value);
            if (f.figure.high)
                value += QStringLiteral("–") + FigureParser::formatValue(*f.figure.high);
            if (!f.figure.unit.isEmpty())
                value += QLatin1Char(' ') + f.figure.unit;
            auto *item = new QTreeWidgetItem({f.figure.text, value, kindLabel(f.figure.kind), QString::number(f.page)});
            item->setToolTip(0, f.segmentText);
            item->setData(0, SegmentRole, f.segmentId);
            item->setData(0, StartRole, f.figure.start);
            item->setData(0, EndRole, f.figure.end);
            m_tree->addTopLevelItem(item);
        }
    });
}

} // namespace dossier
