#pragma once

#include "entities/entity.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLineEdit;

namespace dossier {

// Tags selected text as a mention: of an entity found by any of its names or aliases
// (with completion), or of a new entity named by the selection.
class TagDialog : public QDialog
{
    Q_OBJECT

public:
    TagDialog(const QString &selection, const std::vector<Entity> &entities, QWidget *parent = nullptr);

    // The entity chosen, or 0 for a new one described by newEntity().
    qint64 entityId() const;
    Entity newEntity() const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeBox() const { return m_type; }

private:
    std::vector<Entity> m_entities;
    QString m_selection;
    QLineEdit *m_name;
    QComboBox *m_type;
};

} // namespace dossier
