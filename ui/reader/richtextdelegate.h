#pragma once

#include <QStyledItemDelegate>

namespace dossier {

// Paints an item's DisplayRole as rich text (used for highlighted search snippets).
class RichTextDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dossier
