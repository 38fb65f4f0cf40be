#include "documents/documentlistmodel.h"

#include "session/casesession.h"
#include "operations/documentedits.h"
#include "documents/documentkind.h"
#include "documents/documentstore.h"

#include <QColor>

namespace dossier {

namespace {

int translatedPercent(const DocumentInfo &d)
{
    return d.segments == 0 ? 0 : int(qRound(100.0 * d.translatedSegments / d.segments));
}

QString languageLabel(const QString &language)
{
    if (language == QLatin1String("zh"))
        return DocumentListModel::tr("Chinese");
    if (language == QLatin1String("en"))
        return DocumentListModel::tr("English");
    return DocumentListModel::tr("Unknown");
}

} // namespace

DocumentListModel::DocumentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void DocumentListModel::setSession(CaseSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &CaseSession::documentsChanged, this, &DocumentListModel::reload);
        connect(m_session, &CaseSession::segmentChanged, this, &DocumentListModel::reload);
        connect(m_session, &CaseSession::translationsChanged, this, &DocumentListModel::reload);
    }
    reload();
}

void DocumentListModel::reload()
{
    beginResetModel();
    m_documents = m_session ? m_session->documents() : std::vector<DocumentInfo>();
    endResetModel();
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const DocumentInfo *DocumentListModel::documentAt(int row) const
{
    return row >= 0 && size_t(row) < m_documents.size() ? &m_documents[size_t(row)] : nullptr;
}

int DocumentListModel::rowOf(qint64 documentId) const
{
    for (size_t i = 0; i < m_documents.size(); ++i)
        if (m_documents[i].id == documentId)
            return int(i);
    return -1;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    const DocumentInfo *d = documentAt(index.row());
    if (!d)
        return {};
    if (role == DocumentIdRole)
        return d->id;
    if (role == SortRole) {
        switch (index.column()) {
        case Pages:
            return d->pages;
        case Translated:
            return translatedPercent(*d);
        case Obtained:
            return d->obtainedAt.value_or(QString());
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Title:
            return d->title;
        case Kind:
            if (d->kind == QLatin1String("pdf") && d->ocrPages > 0)
                return tr("Scanned PDF");
            return documentKindLabel(d->kind);
        case Language:
            return languageLabel(d->language);
        case Pages:
            return d->pages;
        case Obtained:
            return d->obtainedAt.value_or(QString());
        case Translated:
            return tr("%1%").arg(translatedPercent(*d));
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("%1\nFile: %2\nSHA-256: %3\nImported: %4")
                          .arg(d->title, d->fileName, d->sha256, d->importedAt);
        if (d->sourceUrl)
            tip += tr("\nSource: %1").arg(*d->sourceUrl);
        if (d->pagesWithoutText > 0)
            tip += tr("\n%n page(s) without a text layer", nullptr, d->pagesWithoutText);
        if (d->ocrPages > 0)
            tip += tr("\n%n page(s) read by OCR from the page image", nullptr, d->ocrPages);
        return tip;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Pages || index.column() == Translated))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Translated && translatedPercent(*d) < 100)
        return QColor(0xa0, 0x5a, 0x00);
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case Language:
        return tr("Language");
    case Pages:
        return tr("Pages");
    case Obtained:
        return tr("Obtained");
    case Translated:
        return tr("Translated");
    }
    return {};
}

Qt::ItemFlags DocumentListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Title || index.column() == Obtained)
        f |= Qt::ItemIsEditable;
    return f;
}

bool DocumentListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const DocumentInfo *d = documentAt(index.row());
    if (!d || role != Qt::EditRole)
        return false;
    DocumentEdit before{d->title, d->sourceUrl, d->obtainedAt, d->notes};
    DocumentEdit after = before;
    const QString text = value.toString().trimmed();
    if (index.column() == Title) {
        if (text.isEmpty())
            return false;
        after.title = text;
    } else if (index.column() == Obtained) {
        // Core checks the date and keeps it at the precision typed (2024 stays 2024).
        after.obtainedAt = text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    } else {
        return false;
    }
    if (after == before)
        return false;
    return m_session->perform(DocumentDetailsEdit::change(d->id, after)) != nullptr;
}

} // namespace dossier
