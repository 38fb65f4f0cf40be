#include "factcheck/factcheckpanel.h"

#include "operations/auditlog.h"
#include "shell/reviewcontrols.h"

#include "session/casesession.h"
#include "operations/claimedits.h"

#include "factcheck/articleclaims.h"
#include "factcheck/claimchecker.h"
#include "factcheck/claimtreemodel.h"
#include "shell/historytext.h"

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
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace dossier {


FactCheckPanel::FactCheckPanel(CaseSession *session, QWidget *parent)
    : QWidget(parent), m_draft(new QPlainTextEdit(this)), m_model(new ClaimTreeModel(this)), m_filtered(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_tree(new QTreeView(this)),
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
    shortcut->setWhatsThis(tr("Check the draft"));
    connect(shortcut, &QShortcut::activated, this, &FactCheckPanel::checkDraft);

    // A long article's claims are found by their words; a match keeps its claim's tree.
    m_filtered->setSourceModel(m_model);
    m_filtered->setRecursiveFilteringEnabled(true);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("claimFilter"));
    m_filter->setPlaceholderText(tr("Filter claims, figures and sources"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_filtered, &QSortFilterProxyModel::setFilterFixedString);
    m_tree->setModel(m_filtered);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("claimTree"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &FactCheckPanel::showCurrent);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex first = index.siblingAtColumn(0);
        const qint64 segment = first.data(ClaimTreeModel::SegmentIdRole).toLongLong();
        if (segment > 0)
            Q_EMIT sourceActivated(first.data(ClaimTreeModel::DocumentIdRole).toLongLong(), segment,
                                   first.data(ClaimTreeModel::StartRole).toInt(), first.data(ClaimTreeModel::EndRole).toInt());
    });
    connect(m_model, &ClaimTreeModel::reloaded, this, &FactCheckPanel::afterReload);

    for (Verdict v : {Verdict::Unchecked, Verdict::InProgress, Verdict::Supported, Verdict::Contradicted,
                      Verdict::Unverifiable})
        m_verdict->addItem(ClaimTreeModel::verdictLabel(v), int(v));
    m_note->setPlaceholderText(tr("Note: why, and on what evidence"));
    connect(m_record, &QPushButton::clicked, this, [this] {
        recordVerdict(Verdict(m_verdict->currentData().toInt()), m_note->text());
    });
    connect(m_cite, &QPushButton::clicked, this, &FactCheckPanel::citeSelectedSource);
    // The walk through an article from the keyboard: next and previous claim, a verdict
    // in one key, the selected candidate cited as evidence.
    // Each says what it does: the Help guide lists them.
    const auto key = [this](const QKeySequence &sequence, const QString &what, auto slot) {
        auto *s = new QShortcut(sequence, this);
        s->setWhatsThis(what);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::Key_F8), tr("Next claim"), [this] { moveToClaim(1); });
    key(QKeySequence(Qt::SHIFT | Qt::Key_F8), tr("Previous claim"), [this] { moveToClaim(-1); });
    key(QKeySequence(Qt::CTRL | Qt::Key_1), tr("Verdict: supported"), [this] { recordVerdict(Verdict::Supported, m_note->text()); });
    key(QKeySequence(Qt::CTRL | Qt::Key_2), tr("Verdict: contradicted"), [this] { recordVerdict(Verdict::Contradicted, m_note->text()); });
    key(QKeySequence(Qt::CTRL | Qt::Key_3), tr("Verdict: unverifiable"), [this] { recordVerdict(Verdict::Unverifiable, m_note->text()); });
    key(QKeySequence(Qt::CTRL | Qt::Key_4), tr("Verdict: in progress"), [this] { recordVerdict(Verdict::InProgress, m_note->text()); });
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), tr("Cite the selected source"), [this] { citeSelectedSource(); });
    m_record->setToolTip(tr("Ctrl+1 supported, Ctrl+2 contradicted, Ctrl+3 unverifiable, Ctrl+4 in progress"));
    m_cite->setToolTip(tr("Cite the selected source as evidence (Ctrl+Shift+C)"));
    m_progress->setObjectName(QStringLiteral("claimProgress"));
    m_detail->setObjectName(QStringLiteral("verdictDetail"));
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
    auto *review = new QPushButton(tr("Review"), this);
    review->setObjectName(QStringLiteral("claimReview"));
    review->setMenu(ReviewControls::menu(this, [this](ReviewState state) {
        ReviewControls::mark(m_session, this, ReviewedKind::Claim, currentClaimId(), state);
    }));
    verdictRow->addWidget(review);
    verdictRow->addWidget(m_cite);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(draftRow);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_progress);
    bottomLayout->addLayout(ReviewControls::filterRow(this, m_filter, [this](std::optional<ReviewState> state) {
        m_model->setReviewFilter(state);
    }));
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

    setSession(session);
}

void FactCheckPanel::setSession(CaseSession *session)
{
    m_session = session;
    m_selectedClaim = 0;
    m_filter->clear();
    m_model->setSession(session);
}

void FactCheckPanel::checkDraft()
{
    const QString draft = m_draft->toPlainText().trimmed();
    if (draft.isEmpty() || !m_session)
        return;
    const QStringList claims = ClaimChecker::splitClaims(draft);
    m_session->perform(ClaimEdit::add(claims, draft));
    m_draft->clear();
}

void FactCheckPanel::openArticle(const QString &path)
{
    if (!m_session)
        return;
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
    std::vector<QModelIndex> claims;
    for (int row = 0; row < m_filtered->rowCount(); ++row)
        if (const QModelIndex index = m_filtered->index(row, 0); index.data(ClaimTreeModel::ClaimIdRole).toLongLong())
            claims.push_back(index);
    if (claims.empty())
        return;
    QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    while (current.parent().isValid())
        current = current.parent();
    const auto found = std::find(claims.begin(), claims.end(), current);
    const qsizetype at = found == claims.end() ? -1 : found - claims.begin();
    const qsizetype next = at < 0 ? (step > 0 ? 0 : qsizetype(claims.size()) - 1) : std::clamp<qsizetype>(at + step, 0, qsizetype(claims.size()) - 1);
    m_tree->setCurrentIndex(claims[size_t(next)]);
    m_tree->expand(claims[size_t(next)]);
    m_tree->scrollTo(claims[size_t(next)]);
    m_tree->setFocus();
}

qint64 FactCheckPanel::currentClaimId() const
{
    for (QModelIndex index = m_tree->currentIndex().siblingAtColumn(0); index.isValid(); index = index.parent())
        if (const qint64 id = index.data(ClaimTreeModel::ClaimIdRole).toLongLong())
            return id;
    return 0;
}

void FactCheckPanel::recordVerdict(Verdict verdict, const QString &note)
{
    const qint64 claim = currentClaimId();
    if (!claim || !m_session)
        return;
    m_session->perform(ClaimEdit::setVerdict(claim, verdict, note));
}

void FactCheckPanel::citeSelectedSource()
{
    const QModelIndex item = m_tree->currentIndex().siblingAtColumn(0);
    const qint64 claim = currentClaimId();
    const qint64 segment = item.data(ClaimTreeModel::SegmentIdRole).toLongLong();
    if (!claim || !m_session || segment <= 0)
        return;
    m_session->perform(ClaimEdit::cite(claim, segment, item.data(ClaimTreeModel::StartRole).toInt(),
                                       item.data(ClaimTreeModel::EndRole).toInt()));
}

void FactCheckPanel::afterReload()
{
    m_tree->expandToDepth(0);
    if (const int row = m_model->rowOfClaim(m_selectedClaim); row >= 0)
        m_tree->setCurrentIndex(m_filtered->mapFromSource(m_model->index(row, 0)));
    m_progress->setText(m_model->claimCount() ? tr("%1 of %2 claims checked — F8 next, Shift+F8 previous")
                                                    .arg(m_model->checkedCount())
                                                    .arg(m_model->claimCount())
                                              : QString());
}

void FactCheckPanel::showCurrent()
{
    // Kept through a reload only when a person chose it: a reset moves the current row.
    if (m_tree->currentIndex().isValid())
        m_selectedClaim = currentClaimId();
    const QModelIndex item = m_tree->currentIndex().siblingAtColumn(0);
    m_cite->setEnabled(item.data(ClaimTreeModel::SegmentIdRole).toLongLong() > 0 && m_selectedClaim);
    m_record->setEnabled(m_selectedClaim != 0);
    if (!m_selectedClaim || !m_session) {
        m_detail->clear();
        return;
    }
    m_session->read([&](Database &db) {
        const std::optional<Claim> claim = ClaimStore(db).claim(m_selectedClaim);
        if (!claim)
            return;
        m_verdict->setCurrentIndex(m_verdict->findData(int(claim->verdict)));
        m_note->setText(claim->note);
        const QString verdict = claim->checkedAt.isEmpty()
                                    ? tr("No verdict yet.")
                                    : tr("%1 by %2 at %3").arg(ClaimTreeModel::verdictLabel(claim->verdict), claim->checkedBy,
                                                               readableTime(claim->checkedAt));
        // The review and who changed the claim, so a merged claim says whose work it is.
        m_detail->setText(QStringLiteral("%1 · %2<br><small>%3</small>")
                              .arg(verdict.toHtmlEscaped(), ReviewControls::text(claim->review).toHtmlEscaped(),
                                   historyHtml(AuditLog(db).history(QStringLiteral("claim"), m_selectedClaim))));
    });
}

} // namespace dossier
