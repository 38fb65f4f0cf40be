#pragma once

#include "entities/entity.h"
#include "timeline/event.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class QPlainTextEdit;

namespace dossier {

// Creates or edits an event. The date is typed as written ("2024年3月", "March 2024",
// "2024-Q2", "2024-03-15/2024-04-22") and kept at its precision. Optionally the quote
// becomes evidence of an existing event instead.
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    EventDialog(const Event &event, const std::vector<Entity> &entities, const std::vector<Event> &existing,
                const QString &quote, QWidget *parent = nullptr);

    Event event() const;
    // The event's review state and who changed what, for an event being edited.
    void showHistory(const QString &review, const QString &historyHtml);
    // When the reporter chose "add as evidence to an existing event".
    qint64 existingEventId() const;
    QLineEdit *dateEdit() const { return m_date; }
    QLineEdit *titleEdit() const { return m_title; }

    void accept() override;

private:
    Event m_event;
    std::vector<Entity> m_entities;
    QComboBox *m_target;
    QLineEdit *m_date;
    QLabel *m_dateState;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QLineEdit *m_tags;
    QStandardItemModel *m_entityModel;
    QSortFilterProxyModel *m_entityFilter;
    QLineEdit *m_entityFind;
    QListView *m_entityList;
    QLabel *m_history = nullptr;
};

} // namespace dossier
