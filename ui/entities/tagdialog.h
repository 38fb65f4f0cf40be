#pragma once

#include "entities/entity.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dossier {

// Tags selected words as a mention. It looks for the entity first: one already named so
// (in any script or alias) is chosen, and ones whose names contain the words, or are
// contained in them, are offered before a duplicate is made. A new entity gets its
// Chinese and English names and a type proposed from the words (…大学 buys, …有限公司
// sells); the reporter corrects any of it.
class TagDialog : public QDialog
{
    Q_OBJECT

public:
    TagDialog(const QString &selection, const std::vector<Entity> &entities, QWidget *parent = nullptr);

    // The entity chosen, or 0 for a new one described by newEntity().
    qint64 entityId() const;
    Entity newEntity() const;
    QComboBox *targetBox() const { return m_target; }
    QLineEdit *chineseEdit() const { return m_zh; }
    QLineEdit *englishEdit() const { return m_en; }
    QComboBox *typeBox() const { return m_type; }

private:
    void updateFields();

    std::vector<Entity> m_entities;
    QComboBox *m_target;
    QLineEdit *m_zh;
    QLineEdit *m_en;
    QComboBox *m_type;
    QLabel *m_note;
    QPushButton *m_ok = nullptr;
};

} // namespace dossier
