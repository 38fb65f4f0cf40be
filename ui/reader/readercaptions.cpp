#include "reader/readercaptions.h"

#include <QLabel>

namespace dossier {

QLabel *ReaderCaptions::headerLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("readerHeader"));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setContentsMargins(8, 4, 8, 4);
    return label;
}

QLabel *ReaderCaptions::statusLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("segmentStatus"));
    label->setContentsMargins(8, 2, 8, 2);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #555;"));
    return label;
}

QString ReaderCaptions::header(const DocumentInfo &d)
{
    QString line = QStringLiteral("<b>%1</b><br><span style='color:#666'>").arg(d.title.toHtmlEscaped());
    line += tr("%n page(s)", nullptr, d.pages) + QStringLiteral(" · ") +
            tr("%1 of %2 segments translated").arg(d.translatedSegments).arg(d.segments);
    if (d.sourceUrl)
        line += QStringLiteral(" · ") + d.sourceUrl->toHtmlEscaped();
    if (d.obtainedAt)
        line += QStringLiteral(" · ") + tr("obtained %1").arg(*d.obtainedAt);
    return line + QStringLiteral("</span>");
}

QString ReaderCaptions::segmentStatus(const SegmentInfo &segment, const std::vector<GlossaryEntry> &glossary, const QString &flag)
{
    QStringList parts;
    if (!segment.translation) {
        parts << tr("Not translated");
    } else {
        const QString origin = segment.translationOrigin.value_or(QString());
        if (origin == QLatin1String("manual"))
            parts << tr("Translation: yours");
        else if (origin == QLatin1String("imported"))
            parts << tr("Translation: imported");
        else if (origin.startsWith(QLatin1String("machine")))
            parts << tr("Translation: machine (%1)").arg(origin.section(QLatin1Char(':'), 1));
    }
    for (const GlossaryEntry &entry : Glossary::occurringIn(segment.text, glossary))
        parts << tr("Glossary: %1 = %2").arg(entry.term, entry.rendering);
    if (!flag.isEmpty())
        parts << QStringLiteral("⚠ ") + QString(flag).replace(QLatin1Char('\n'), QStringLiteral("; "));
    return parts.join(QStringLiteral(" · "));
}

} // namespace dossier
