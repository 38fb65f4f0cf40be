#pragma once

#include <QString>

class QWidget;

namespace dossier::test {

// Saves what a widget shows as `name` in the folder DOSSIER_SHOTS names (scripts/
// screenshots.sh sets it); does nothing when it is not set.
void shoot(QWidget *widget, const QString &name);

} // namespace dossier::test
