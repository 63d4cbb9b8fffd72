#include "mysqlforecastpanel.h"

#include "busyindicator.h"
#include "designer/fieldnote.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName,
                        const QString &description, const QStringList &headers)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setAccessibleDescription(description);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// One row; a tinted row is one the user must look at (writes blocked, refused, a lock holder).
void fillRow(QTableWidget *table, int row, const QStringList &cells, const QString &tooltip,
             std::optional<Severity> tint = std::nullopt)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(tooltip);
        if (tint)
            item->setForeground(FieldNote::color(*tint, table->palette()));
        table->setItem(row, column, item);
    }
}

QString oneLine(const QString &text, int limit = 100)
{
    const QString simple = text.simplified();
    return simple.size() > limit ? simple.left(limit - 1) + u'…' : simple;
}

} // namespace

MysqlForecastPanel::MysqlForecastPanel(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)),
      m_refresh(new QPushButton(tr("&Refresh forecast"), this)), m_busy(new BusyIndicator(this)),
      m_live(new QLabel(this))
{
    setObjectName(QStringLiteral("mysqlForecastPanel"));
    m_summary->setObjectName(QStringLiteral("mysqlForecastSummary"));
    m_summary->setAccessibleName(tr("Forecast summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setObjectName(QStringLiteral("refreshMysqlForecast"));
    m_refresh->setAccessibleName(tr("Refresh the forecast"));
    m_refresh->setAccessibleDescription(
        tr("Asks the server again how each ALTER would run and which sessions hold the table now"));
    m_live->setObjectName(QStringLiteral("mysqlForecastLive"));
    m_live->setAccessibleName(tr("Replication and notes"));
    m_live->setWordWrap(true);
    m_live->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_statements = makeTable(
        this, QStringLiteral("mysqlStatements"), tr("Algorithm forecast"),
        tr("For each ALTER: the algorithm the server chose, its LOCK, whether writes wait, "
           "whether the table is rebuilt, and why"),
        {tr("#"), tr("Phase"), tr("Algorithm"), tr("Lock"), tr("Writes"), tr("Table"), tr("Why")});
    m_sessions = makeTable(
        this, QStringLiteral("mysqlSessions"), tr("Sessions an ALTER would queue behind"),
        tr("Sessions holding or waiting for a metadata lock on the table, and open transactions"),
        {tr("Session"), tr("User"), tr("Metadata lock"), tr("Transaction"), tr("Query")});

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_busy);
    top->addWidget(m_refresh, 0, Qt::AlignTop);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_statements);
    auto *liveBox = new QWidget(split);
    auto *liveLayout = new QVBoxLayout(liveBox);
    liveLayout->setContentsMargins(0, 0, 0, 0);
    liveLayout->addWidget(m_sessions, 1);
    liveLayout->addWidget(m_live);
    split->addWidget(liveBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_refresh, &QPushButton::clicked, this, &MysqlForecastPanel::refreshRequested);
    setMessage(tr("Connect to a MySQL or MariaDB server for the live forecast."));
}

void MysqlForecastPanel::setMessage(const QString &message, bool error)
{
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, FieldNote::color(Severity::Error, palette));
    m_summary->setPalette(palette);
    m_summary->setText(message);
    m_statements->setRowCount(0);
    m_sessions->setRowCount(0);
    m_live->clear();
}

void MysqlForecastPanel::setBusy(bool busy)
{
    m_busy->setBusy(busy, busy ? tr("Asking the server…") : QString());
}

void MysqlForecastPanel::setRefreshEnabled(bool enabled)
{
    m_refresh->setEnabled(enabled);
}

void MysqlForecastPanel::setForecast(const MysqlForecast &f)
{
    const QLocale locale;
    QStringList facts{tr("engine %1").arg(f.engine), tr("row format %1").arg(f.rowFormat)};
    if (f.fulltextIndex)
        facts << tr("FULLTEXT index");
    if (f.totalRowVersions >= 0)
        facts << tr("%1 of 64 instant row versions used").arg(f.totalRowVersions);
    QString text = tr("%1 on %2: about %3 rows, %4; %5.")
                       .arg(f.table, f.product, locale.toString(qint64(std::max(0.0, f.rows))),
                            locale.formattedDataSize(std::max<qint64>(0, f.totalBytes)),
                            facts.join(QStringLiteral(", ")));
    int blocking = 0;
    int refused = 0;
    for (const MysqlStatementForecast &s : f.statements) {
        blocking += s.blocksWrites ? 1 : 0;
        refused += s.refused ? 1 : 0;
    }
    if (refused)
        text +=
            u' ' + tr("The server refuses %n statement(s) as written: the run would stop there.",
                      nullptr, refused);
    if (blocking)
        text += u' ' + tr("%n statement(s) block writes while they run.", nullptr, blocking);
    if (f.hasGrantedBlockers())
        text += u' ' + tr("A session holds a metadata lock on the table now: every ALTER would "
                          "wait for it, and every "
                          "later query on the table for the ALTER.");
    text +=
        u' ' +
        tr("(asked %1)").arg(locale.toString(f.takenAt.toLocalTime().time(), QLocale::ShortFormat));
    QPalette palette = this->palette();
    if (refused || f.hasGrantedBlockers())
        palette.setColor(QPalette::WindowText, FieldNote::color(Severity::Warning, palette));
    m_summary->setPalette(palette);
    m_summary->setText(text);

    m_statements->setRowCount(int(f.statements.size()));
    for (int row = 0; row < f.statements.size(); ++row) {
        const MysqlStatementForecast &s = f.statements.at(row);
        QString why = s.reason;
        if (s.refused && !s.refusals.isEmpty())
            why = tr("refused as written: %1").arg(s.refusals.first());
        QStringList tooltip{s.sql};
        if (!s.probe.isEmpty())
            tooltip << tr("Server: %1").arg(s.probe);
        for (const QString &refusal : s.refusals)
            tooltip << tr("Refused: %1").arg(refusal);
        tooltip << tr("Why: %1").arg(s.reason);
        const QString algorithm = s.algorithm.isEmpty() ? tr("(not an ALTER)")
                                  : s.requested.isEmpty()
                                      ? tr("%1 (server's choice)").arg(s.algorithm)
                                      : s.algorithm;
        const std::optional<Severity> tint = s.refused ? std::optional(Severity::Error)
                                             : s.blocksWrites || s.algorithm == u"COPY"
                                                 ? std::optional(Severity::Warning)
                                                 : std::nullopt;
        fillRow(m_statements, row,
                {QString::number(s.number), s.phase, algorithm,
                 s.lock.isEmpty() ? QString() : QStringLiteral("LOCK=") + s.lock,
                 s.algorithm.isEmpty() ? QString()
                 : s.blocksWrites      ? tr("blocked")
                                       : tr("go on"),
                 s.algorithm.isEmpty() ? QString()
                 : s.rebuildsTable     ? tr("rebuilt")
                                       : tr("not rebuilt"),
                 oneLine(why, 160)},
                tooltip.join(u'\n'), tint);
    }
    m_statements->resizeColumnsToContents();
    showSessions(f);
}

void MysqlForecastPanel::showSessions(const MysqlForecast &f)
{
    // A session both holding a lock and in a transaction shows once, as a lock holder.
    QList<MysqlSessionLock> rows = f.lockHolders;
    for (const MysqlSessionLock &transaction : f.openTransactions) {
        const bool listed = std::any_of(rows.cbegin(), rows.cend(), [&](const MysqlSessionLock &l) {
            return l.id == transaction.id;
        });
        if (!listed)
            rows << transaction;
    }
    m_sessions->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const MysqlSessionLock &l = rows.at(row);
        const bool holder = row < f.lockHolders.size();
        const QString lock = !holder                      ? tr("none known")
                             : l.lockStatus == u"GRANTED" ? tr("holds %1").arg(l.lockType)
                                                          : tr("waits for %1").arg(l.lockType);
        const QString transaction = l.transactionSeconds < 0
                                        ? tr("none")
                                        : tr("open %1 s%2")
                                              .arg(l.transactionSeconds)
                                              .arg(l.transactionState.isEmpty()
                                                       ? QString()
                                                       : QStringLiteral(", ") + l.transactionState);
        fillRow(m_sessions, row,
                {QString::number(l.id), l.user + u'@' + l.host, lock, transaction,
                 l.query.isEmpty() ? tr("(idle: %1)").arg(l.command) : oneLine(l.query)},
                l.query,
                holder && l.lockStatus == u"GRANTED" ? std::optional(Severity::Error)
                                                     : std::nullopt);
    }
    m_sessions->resizeColumnsToContents();

    QStringList live;
    if (!f.metadataLocksVisible)
        live << tr("Metadata locks are not visible: %1").arg(f.metadataLocksNote);
    else if (f.lockHolders.isEmpty())
        live
            << tr("No session holds a metadata lock on %1: an ALTER would not queue.").arg(f.table);
    if (f.isReplica)
        live << tr("This server is a replica (%1 behind its primary): run the plan on the primary.")
                    .arg(f.secondsBehindPrimary < 0 ? tr("lag unknown")
                                                    : tr("%1 s").arg(f.secondsBehindPrimary));
    for (const QString &replica : f.replicas)
        live << tr("Replica: %1").arg(replica);
    if (!f.replicationNote.isEmpty())
        live << tr("Replication: %1").arg(f.replicationNote);
    for (const QString &note : f.notes)
        live << tr("Note: %1").arg(note);
    m_live->setText(live.join(u'\n'));
}
