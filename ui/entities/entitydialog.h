#pragma once

#include "entities/entity.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dossier {

// Creates or edits an entity: type, Chinese and English names, aliases, the unified
// social credit code (checked as it is typed) and notes.
class EntityDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EntityDialog(const Entity &entity, QWidget *parent = nullptr);
    Entity entity() const;

private:
    Entity m_entity;
    QComboBox *m_type;
    QLineEdit *m_zh;
    QLineEdit *m_en;
    QLineEdit *m_aliases;
    QLineEdit *m_uscc;
    QLabel *m_usccState;
    QPlainTextEdit *m_notes;
};

QColor entityTypeColor(EntityType type);

} // namespace dossier
