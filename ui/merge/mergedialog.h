#pragma once

#include "merge/mergereport.h"

#include <QDialog>

namespace dossier {

class MergeChangeModel;

// The preview of "Merge Case…": what another copy would bring, item by item, with the
// conflicts on top, before anything is written. Accepting merges.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(const QString &sourcePath, const MergeReport &preview, QWidget *parent = nullptr);

private:
    MergeChangeModel *m_model;
};

} // namespace dossier
