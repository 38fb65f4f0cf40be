#pragma once

#include "notices/noticeparties.h"
#include "notices/procurementfields.h"

#include <QDialog>

#include <vector>

class QListView;

namespace dossier {

// What a notice says, ready to keep in one step: its fields, the events they propose
// (each with the quote it will cite), the parties it names in their roles, and the
// awards as buyer → winner relations. The reporter unticks what not to keep.
class ProposalsDialog : public QDialog
{
    Q_OBJECT

public:
    ProposalsDialog(const std::vector<ProcurementField> &fields, const std::vector<ProposedEvent> &proposals,
                    const NoticeSuggestions &suggestions, QWidget *parent = nullptr);
    std::vector<ProposedEvent> accepted() const;
    std::vector<bool> partiesChosen() const;
    std::vector<bool> dealsChosen() const;
    QListView *list() const { return m_list; }
    QListView *partiesList() const { return m_parties; }
    QListView *dealsList() const { return m_deals; }

    // A field's key in words ("Buyer" for purchaser), translated.
    static QString fieldName(const QString &key);
    static QString roleName(const QString &role);

private:
    std::vector<ProposedEvent> m_proposals;
    QListView *m_list;
    QListView *m_parties;
    QListView *m_deals;
};

} // namespace dossier
