#include "factcheck/factcheckpanel.h"

#include "session/casesession.h"
#include "operations/claimedits.h"

#include "factcheck/articleclaims.h"
#include "factcheck/claimchecker.h"
#include "factcheck/outletcomparison.h"
#include "figures/figureparser.h"
#include "translations/glossary.h"
#include "translations/translationchecks.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <map>

namespace dossier {

namespace {

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Unchecked:
        return FactCheckPanel::tr("Unchecked");
    case Verdict::InProgress:
        return FactCheckPanel::tr("In progress");
    case Verdict::Supported:
        return FactCheckPanel::tr("Supported");
    case Verdict::Contradicted:
        return FactCheckPanel::tr("Contradicted");
    case Verdict::Unverifiable:
        return FactCheckPanel::tr("Unverifiable");
    }
    return {};
}

QColor verdictColor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Supported:
        return QColor(0, 120, 40);
    case Verdict::Contradicted:
        return QColor(180, 0, 0);
    case Verdict::InProgress:
        return QColor(170, 110, 0);
    default:
        return QColor(90, 90, 90);
    }
}

} // namespace

FactCheckPanel::FactCheckPanel(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_draft(new QPlainTextEdit(this)), m_tree(new QTreeWidget(this)),
      m_verdict(new QComboBox(this)), m_note(new QLineEdit(this)), m_record(new QPushButton(tr("Record Verdict"), this)),
      m_cite(new QPushButton(tr("Cite Selected Source"), this)), m_detail(new QLabel(this)), m_progress(new QLabel(this))
{
    setObjectName(QStringLiteral("factCheckPanel"));
    m_draft->setPlaceholderText(tr("Paste the draft story here, then Check (Ctrl+Return)"));
    auto *check = new QPushButton(tr("Check Draft"), this);
    auto *import = new QPushButton(tr("Open Article…"), this);
    import->setToolTip(tr("A published article or a draft (web page, text or Markdown): its sentences with figures, "
                          "dates or the case's names become claims, in reading order"));
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Article"), QString(), tr("Articles and drafts (*.html *.htm *.txt *.md *.markdown);;All files (*)"));
        if (!path.isEmpty())
            openArticle(path);
    });
    connect(check, &QPushButton::clicked, this, &FactCheckPanel::checkDraft);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_draft);
    connect(shortcut, &QShortcut::activated, this, &FactCheckPanel::checkDraft);

    m_tree->setHeaderLabels({tr("Claim, figure or source"), tr("Status")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("claimTree"));
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FactCheckPanel::showCurrent);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 segment = item->data(0, SegmentIdRole).toLongLong();
        if (segment > 0)
            Q_EMIT sourceActivated(item->data(0, DocumentIdRole).toLongLong(), segment,
                                   item->data(0, StartRole).toInt(), item->data(0, EndRole).toInt());
    });

    for (Verdict v : {Verdict::Unchecked, Verdict::InProgress, Verdict::Supported, Verdict::Contradicted,
                      Verdict::Unverifiable})
        m_verdict->addItem(verdictLabel(v), int(v));
    m_note->setPlaceholderText(tr("Note: why, and on what evidence"));
    connect(m_record, &QPushButton::clicked, this, [this] {
        recordVerdict(Verdict(m_verdict->currentData().toInt()), m_note->text());
    });
    connect(m_cite, &QPushButton::clicked, this, &FactCheckPanel::citeSelectedSource);
    // The walk through an article from the keyboard: next and previous claim, a verdict
    // in one key, the selected candidate cited as evidence.
    const auto key = [this](const QKeySequence &sequence, auto slot) {
        auto *s = new QShortcut(sequence, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_F8), [this] { moveToClaim(1); });
    key(QKeySequence(Qt::SHIFT | Qt::Key_F8), [this] { moveToClaim(-1); });
    key(QKeySequence(Qt::CTRL | Qt::Key_1), [this] { recordVerdict(Verdict::Supported, m_note->text()); });
    key(QKeySequence(Qt::CTRL | Qt::Key_2), [this] { recordVerdict(Verdict::Contradicted, m_note->text()); });
    key(QKeySequence(Qt::CTRL | Qt::Key_3), [this] { recordVerdict(Verdict::Unverifiable, m_note->text()); });
    key(QKeySequence(Qt::CTRL | Qt::Key_4), [this] { recordVerdict(Verdict::InProgress, m_note->text()); });
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { citeSelectedSource(); });
    m_record->setToolTip(tr("Ctrl+1 supported, Ctrl+2 contradicted, Ctrl+3 unverifiable, Ctrl+4 in progress"));
    m_cite->setToolTip(tr("Cite the selected source as evidence (Ctrl+Shift+C)"));
    m_progress->setObjectName(QStringLiteral("claimProgress"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *draftRow = new QHBoxLayout;
    draftRow->addWidget(m_draft, 1);
    auto *draftButtons = new QVBoxLayout;
    draftButtons->addStretch();
    draftButtons->addWidget(import);
    draftButtons->addWidget(check);
    draftRow->addLayout(draftButtons);
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdict);
    verdictRow->addWidget(m_note, 1);
    verdictRow->addWidget(m_record);
    verdictRow->addWidget(m_cite);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(draftRow);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_progress);
    bottomLayout->addWidget(m_tree, 1);
    bottomLayout->addWidget(m_detail);
    bottomLayout->addLayout(verdictRow);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    m_draft->setMaximumHeight(140);

    connect(session, &CaseSession::claimsChanged, this, &FactCheckPanel::reload);
    connect(session, &CaseSession::translationsChanged, this, &FactCheckPanel::reload);
    reload();
}

void FactCheckPanel::checkDraft()
{
    const QString draft = m_draft->toPlainText().trimmed();
    if (draft.isEmpty())
        return;
    const QStringList claims = ClaimChecker::splitClaims(draft);
    m_session->perform(ClaimEdit::add(claims, draft));
    m_draft->clear();
}

void FactCheckPanel::openArticle(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Open Article"), tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    const Result<QString> text = ArticleClaims::textOf(file.readAll(), path);
    if (!text) {
        QMessageBox::warning(this, tr("Open Article"), text.error().fullText());
        return;
    }
    QStringList known;
    m_session->read([&](Database &db) { known = ArticleClaims::knownNames(db); });
    QStringList claims;
    for (const ArticleClaim &claim : ArticleClaims::checkable(*text, known))
        claims << claim.text;
    if (claims.isEmpty()) {
        QMessageBox::information(this, tr("Open Article"), tr("No sentence of this article states a figure, a date or a name the "
                                                              "case knows."));
        return;
    }
    m_session->perform(ClaimEdit::add(claims, QFileInfo(path).fileName()));
    moveToClaim(1);
}

void FactCheckPanel::moveToClaim(int step)
{
    QList<QTreeWidgetItem *> claims;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, ClaimIdRole).toLongLong())
            claims << m_tree->topLevelItem(i);
    if (claims.isEmpty())
        return;
    QTreeWidgetItem *current = m_tree->currentItem();
    while (current && current->parent())
        current = current->parent();
    const qsizetype at = claims.indexOf(current);
    const qsizetype next = at < 0 ? (step > 0 ? 0 : claims.size() - 1) : std::clamp<qsizetype>(at + step, 0, claims.size() - 1);
    m_tree->setCurrentItem(claims[next]);
    claims[next]->setExpanded(true);
    m_tree->scrollToItem(claims[next]);
    m_tree->setFocus();
}

qint64 FactCheckPanel::currentClaimId() const
{
    for (QTreeWidgetItem *item = m_tree->currentItem(); item; item = item->parent())
        if (const qint64 id = item->data(0, ClaimIdRole).toLongLong())
            return id;
    return 0;
}

void FactCheckPanel::recordVerdict(Verdict verdict, const QString &note)
{
    const qint64 claim = currentClaimId();
    if (!claim)
        return;
    m_session->perform(ClaimEdit::setVerdict(claim, verdict, note));
}

void FactCheckPanel::citeSelectedSource()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const qint64 claim = currentClaimId();
    if (!item || !claim || item->data(0, SegmentIdRole).toLongLong() <= 0)
        return;
    m_session->perform(ClaimEdit::cite(claim, item->data(0, SegmentIdRole).toLongLong(), item->data(0, StartRole).toInt(),
                                       item->data(0, EndRole).toInt()));
}

QTreeWidgetItem *FactCheckPanel::claimItem(const Claim &claim)
{
    auto *item = new QTreeWidgetItem({claim.text, verdictLabel(claim.verdict) + (claim.needsRecheck ? tr(" ⚠ re-check") : QString())});
    item->setData(0, ClaimIdRole, claim.id);
    item->setData(0, VerdictRole, int(claim.verdict));
    item->setForeground(1, verdictColor(claim.verdict));
    item->setToolTip(0, claim.note.isEmpty() ? claim.text : claim.text + QStringLiteral("\n\n") + claim.note);
    return item;
}

void FactCheckPanel::reload()
{
    const qint64 keep = m_selectedClaim;
    m_tree->clear();
    QTreeWidgetItem *select = nullptr;
    m_session->read([&](Database &db) {
        ClaimChecker checker(db);
        std::map<QString, std::vector<CheckedClaim>> byArticle;
        for (const Claim &claim : ClaimStore(db).claims()) {
            QTreeWidgetItem *item = claimItem(claim);
            m_tree->addTopLevelItem(item);
            if (claim.id == keep)
                select = item;
            const CheckedClaim checked = checker.checkClaim(claim.text);
            // An opened article is named by its file; a pasted draft is no outlet.
            if (!claim.draft.contains(QLatin1Char(' ')) && !QFileInfo(claim.draft).suffix().isEmpty())
                byArticle[claim.draft].push_back(checked);
            for (const ClaimFigure &figure : checked.figures) {
                // "Supported" and "no source found" must never look alike: a candidate
                // agrees in value only until a person confirms it.
                const int supporting = int(std::count_if(figure.matches.begin(), figure.matches.end(),
                                                         [](const FigureMatch &m) { return m.supports(); }));
                const QString state = figure.matches.empty() ? tr("not in the sources")
                                      : supporting > 0       ? tr("supported by %n source(s)", nullptr, supporting)
                                                             : tr("%n candidate(s), none confirmed", nullptr, int(figure.matches.size()));
                auto *figureItem = new QTreeWidgetItem(item, {figure.figure.text, state});
                figureItem->setForeground(1, figure.matches.empty() ? QColor(180, 0, 0)
                                             : supporting > 0       ? QColor(0, 120, 40)
                                                                    : QColor(170, 100, 0));
                figureItem->setToolTip(0, figure.figure.text);
                for (const FigureMatch &match : figure.matches) {
                    auto *source = new QTreeWidgetItem(
                        figureItem, {tr("%1 — %2, p. %3").arg(match.source.figure.text, match.source.documentTitle)
                                         .arg(match.source.page),
                                     match.supports() ? tr("supports") : tr("candidate")});
                    source->setForeground(1, match.supports() ? QColor(0, 120, 40) : QColor(170, 100, 0));
                    source->setToolTip(0, QStringLiteral("<p>%1</p><p>%2</p>")
                                              .arg(match.source.segmentText.toHtmlEscaped(),
                                                   match.why.join(QStringLiteral("; ")).toHtmlEscaped()));
                    source->setToolTip(1, match.why.join(QStringLiteral("; ")));
                    source->setData(0, SegmentIdRole, match.source.segmentId);
                    source->setData(0, DocumentIdRole, match.source.documentId);
                    source->setData(0, StartRole, match.source.figure.start);
                    source->setData(0, EndRole, match.source.figure.end);
                }
            }
            for (const ConversionResult &conversion : checked.conversions) {
                auto *c = new QTreeWidgetItem(item, {conversion.arithmetic, conversion.consistent ? tr("conversion right")
                                                                                                  : tr("conversion wrong")});
                c->setForeground(1, conversion.consistent ? QColor(0, 120, 40) : QColor(180, 0, 0));
                c->setToolTip(0, conversion.arithmetic);
            }
            if (!checked.conversionProblem.isEmpty())
                new QTreeWidgetItem(item, {checked.conversionProblem, tr("no rate")});
            for (const Evidence &evidence : claim.evidence) {
                auto *e = new QTreeWidgetItem(item, {tr("Evidence: “%1” (p. %2)").arg(evidence.quote).arg(evidence.page),
                                                     evidence.changed ? tr("source changed") : tr("cited")});
                e->setData(0, SegmentIdRole, evidence.segmentId.value_or(0));
                e->setData(0, DocumentIdRole, evidence.documentId);
                e->setData(0, StartRole, evidence.start);
                e->setData(0, EndRole, evidence.end);
                if (evidence.changed)
                    e->setForeground(1, QColor(180, 0, 0));
            }
        }
        // The same fact as several outlets report it: where they disagree, and whose
        // conversion fails at its own rate.
        if (byArticle.size() >= 2) {
            std::vector<OutletComparison::Article> articles(byArticle.begin(), byArticle.end());
            const std::vector<OutletFact> facts = OutletComparison::compare(articles);
            if (!facts.empty()) {
                auto *group = new QTreeWidgetItem({tr("Across outlets"), tr("%n fact(s)", nullptr, int(facts.size()))});
                m_tree->addTopLevelItem(group);
                for (const OutletFact &fact : facts) {
                    auto *f = new QTreeWidgetItem(group, {tr("%1 — %2, p. %3").arg(fact.source.figure.text, fact.source.documentTitle)
                                                              .arg(fact.source.page),
                                                          fact.disagreement ? tr("outlets disagree") : tr("outlets agree")});
                    f->setForeground(1, fact.disagreement ? QColor(180, 0, 0) : QColor(0, 120, 40));
                    f->setData(0, SegmentIdRole, fact.source.segmentId);
                    f->setData(0, DocumentIdRole, fact.source.documentId);
                    f->setData(0, StartRole, fact.source.figure.start);
                    f->setData(0, EndRole, fact.source.figure.end);
                    for (const OutletStatement &s : fact.statements) {
                        auto *item = new QTreeWidgetItem(f, {QStringLiteral("%1: %2").arg(s.outlet, s.claim),
                                                             s.supported ? tr("supports") : tr("candidate")});
                        item->setToolTip(0, item->text(0));
                    }
                    for (const QString &note : fact.notes) {
                        auto *n = new QTreeWidgetItem(f, {note, QString()});
                        n->setForeground(0, QColor(180, 0, 0));
                        n->setToolTip(0, note);
                    }
                }
            }
        }
        const std::vector<TranslationIssue> slips = TranslationChecks(db).issues();
        if (!slips.empty()) {
            auto *group = new QTreeWidgetItem({tr("Figures lost in translation"), QString::number(slips.size())});
            group->setForeground(1, QColor(180, 0, 0));
            m_tree->addTopLevelItem(group);
            for (const TranslationIssue &slip : slips) {
                QStringList missing;
                for (const Figure &figure : slip.missingFigures)
                    missing << figure.text;
                for (const GlossaryEntry &entry : slip.glossaryMisses)
                    missing << entry.term;
                auto *item = new QTreeWidgetItem(group, {slip.original, missing.join(QStringLiteral(", "))});
                item->setToolTip(0, slip.translation);
                item->setData(0, SegmentIdRole, slip.segmentId);
                item->setData(0, DocumentIdRole, slip.documentId);
            }
        }
    });
    m_tree->expandToDepth(0);
    if (select)
        m_tree->setCurrentItem(select);
    int claims = 0;
    int checked = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (!item->data(0, ClaimIdRole).toLongLong())
            continue;
        ++claims;
        checked += item->data(0, VerdictRole).toInt() > int(Verdict::InProgress) ? 1 : 0;
    }
    m_progress->setText(claims ? tr("%1 of %2 claims checked — F8 next, Shift+F8 previous").arg(checked).arg(claims) : QString());
}

void FactCheckPanel::showCurrent()
{
    m_selectedClaim = currentClaimId();
    QTreeWidgetItem *item = m_tree->currentItem();
    m_cite->setEnabled(item && item->data(0, SegmentIdRole).toLongLong() > 0 && m_selectedClaim);
    m_record->setEnabled(m_selectedClaim != 0);
    if (!m_selectedClaim) {
        m_detail->clear();
        return;
    }
    m_session->read([&](Database &db) {
        const std::optional<Claim> claim = ClaimStore(db).claim(m_selectedClaim);
        if (!claim)
            return;
        m_verdict->setCurrentIndex(m_verdict->findData(int(claim->verdict)));
        m_note->setText(claim->note);
        m_detail->setText(claim->checkedAt.isEmpty()
                              ? tr("No verdict yet.")
                              : tr("%1 by %2 at %3").arg(verdictLabel(claim->verdict), claim->checkedBy, claim->checkedAt));
    });
}

} // namespace dossier
