#pragma once

#include "timeline/procurementfields.h"

#include <QDialog>

#include <vector>

class QListWidget;

namespace dossier {

// Events Dossier proposes from a notice's fields; the reporter ticks the ones to keep.
class ProposalsDialog : public QDialog
{
    Q_OBJECT

public:
    ProposalsDialog(const std::vector<ProcurementField> &fields, const std::vector<ProposedEvent> &proposals,
                    QWidget *parent = nullptr);
    std::vector<ProposedEvent> accepted() const;
    QListWidget *list() const { return m_list; }

private:
    std::vector<ProposedEvent> m_proposals;
    QListWidget *m_list;
};

} // namespace dossier
