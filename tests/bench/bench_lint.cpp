// Lint speed: generates a 10,000-statement migration of varied, realistic DDL and DML, reviews
// it in-process (best of several runs) and prints statements per second. With --out FILE it
// also keeps the script so tests/bench/lint-vs-squawk.sh can time the CLI and Squawk on it.

#include "review/reviewer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

namespace {

QByteArray migration(int statements)
{
    QByteArray sql = "SET lock_timeout = '2s';\nSET statement_timeout = '60s';\n";
    int written = 2;
    for (int i = 0; written < statements; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray t = "orders_" + QByteArray::number(i % 97);
        QList<QByteArray> batch;
        switch (i % 12) {
        case 0:
            batch << "CREATE TABLE audit_" + n +
                         " (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                         "  order_id bigint NOT NULL REFERENCES " +
                         t +
                         " (id),\n  created_at timestamptz NOT NULL DEFAULT now(),\n"
                         "  payload jsonb,\n  note varchar(200)\n)";
            break;
        case 1:
            batch << "ALTER TABLE " + t + " ADD COLUMN amount_cents_" + n + " bigint";
            batch << "ALTER TABLE " + t + " ALTER COLUMN amount_cents_" + n + " SET DEFAULT 0";
            break;
        case 2:
            batch << "UPDATE " + t + " SET amount_cents_" + n +
                         " = (amount * 100)::bigint WHERE id > " + QByteArray::number(i * 5000) +
                         " AND id <= " + QByteArray::number(i * 5000 + 5000);
            break;
        case 3:
            batch << "ALTER TABLE " + t + " ADD CONSTRAINT " + t + "_nn_" + n +
                         " CHECK (amount_cents IS NOT NULL) NOT VALID";
            batch << "ALTER TABLE " + t + " VALIDATE CONSTRAINT " + t + "_nn_" + n;
            break;
        case 4:
            batch << "CREATE INDEX CONCURRENTLY IF NOT EXISTS " + t + "_idx_" + n + " ON " + t +
                         " USING btree (customer_id, created_at DESC) WHERE deleted_at IS NULL";
            break;
        case 5:
            batch << "INSERT INTO " + t + " (customer_id, amount, status, created_at) VALUES (" +
                         n + ", 19.99, 'new', now()), (" + n +
                         ", 5.00, 'paid', now() - interval '1 day')";
            break;
        case 6:
            batch << "ALTER TABLE " + t + " ADD CONSTRAINT " + t + "_customer_fk_" + n +
                         " FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT "
                         "NOT VALID";
            break;
        case 7:
            batch << "COMMENT ON COLUMN " + t + ".amount_cents IS 'Order amount in cents, batch " +
                         n + "'";
            break;
        case 8:
            batch << "UPDATE " + t + " SET status = 'archived' WHERE id IN (SELECT id FROM " + t +
                         " WHERE status = 'closed' AND updated_at < now() - interval '90 days' "
                         "ORDER BY id LIMIT 1000)";
            break;
        case 9:
            batch << "SELECT o.id, o.amount, c.name FROM " + t +
                         " o JOIN customers c ON c.id = o.customer_id WHERE o.created_at > now() - "
                         "interval '1 hour' ORDER BY o.id LIMIT 50";
            break;
        case 10:
            batch << "ALTER TABLE " + t + " ALTER COLUMN note TYPE varchar(400)";
            batch << "DROP INDEX CONCURRENTLY IF EXISTS " + t + "_old_idx_" + n;
            break;
        case 11:
            batch << "CREATE OR REPLACE VIEW recent_" + n +
                         " AS SELECT id, amount_cents, status FROM " + t +
                         " WHERE created_at > now() - interval '7 days'";
            break;
        }
        for (const QByteArray &statement : batch) {
            if (written >= statements)
                break;
            sql += statement + ";\n";
            ++written;
        }
    }
    return sql;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("statements"), QStringLiteral("Statements to generate."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs (best is reported)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Keep the generated script here."),
                      QStringLiteral("FILE")});
    parser.process(app);
    const int statements = parser.value(QStringLiteral("statements")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    const QByteArray sql = migration(statements);
    if (parser.isSet(QStringLiteral("out"))) {
        QFile file(parser.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly) || file.write(sql) != sql.size()) {
            std::fprintf(stderr, "bench_lint: cannot write %s\n", qPrintable(file.fileName()));
            return 2;
        }
    }

    qint64 best = std::numeric_limits<qint64>::max();
    ReviewResult result;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        result = Reviewer::reviewUtf8(sql);
        best = std::min(best, timer.nsecsElapsed());
    }
    int unparsed = 0;
    for (const ReviewedStatement &statement : result.statements)
        unparsed += statement.parsed ? 0 : 1;
    const double seconds = double(best) / 1e9;
    std::printf("script: %lld statements, %.1f KB%s\n", qlonglong(result.statements.size()),
                sql.size() / 1024.0,
                parser.isSet(QStringLiteral("out"))
                    ? qPrintable(QStringLiteral(" -> ") + parser.value(QStringLiteral("out")))
                    : "");
    std::printf("review: %d unparsed, %lld findings\n", unparsed,
                qlonglong(result.findings.size()));
    std::printf("column-planner review (in-process, best of %d): %.1f ms = %.0f statements/s\n",
                runs, seconds * 1000, result.statements.size() / seconds);
    return unparsed == 0 ? 0 : 1;
}
