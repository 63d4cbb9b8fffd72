#pragma once
// Helpers shared by the test executables: the throwaway server's URI, scratch databases,
// and running the real column-planner binary.

#include "db/connectionuri.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

namespace testsupport {

// The URI scripts/test exports, or empty when run by hand without a server.
QString postgresUri();
// The MySQL/MariaDB URI scripts/test exports (COLUMN_PLANNER_TEST_MYSQL_URI), or empty.
QString mysqlUri();
// Creates (dropping any previous one) a MySQL database named `name` on the test server and
// returns the URI that points at it.
QString createScratchMysqlDatabase(const QString &name);
// True when scripts/test runs us: then a missing server is a failure, not a skip.
bool serverRequired();

// Creates (dropping any previous one) a database named `name` on the test server and returns
// a URI that points at it.
QString createScratchDatabase(const QString &name);
// Runs statements on the given URI through a real Session; throws DbError.
void execute(const QString &uri, const QString &sql);

// A finished program: exitCode is -1 when it did not start, crashed, or ran past its timeout
// (then it is killed and err begins with a line saying so).
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000);
// Any program (cpack, dpkg-deb, an installed binary); `environment` empty: the test's own.
CliRun runProgram(const QString &program, const QStringList &args, const QByteArray &input = {},
                  int timeoutMs = 120000, const QProcessEnvironment &environment = {});

QString tempPath(const QString &fileName); // under a per-process temporary directory

} // namespace testsupport

// Skips (by hand) or fails (under scripts/test) when no PostgreSQL server is configured.
#define REQUIRE_POSTGRES(uriVariable)                                                              \
    const QString uriVariable = testsupport::postgresUri();                                        \
    if (uriVariable.isEmpty()) {                                                                   \
        if (testsupport::serverRequired())                                                         \
            QFAIL("COLUMN_PLANNER_TEST_PG_URI is not set but scripts/test requires the server");   \
        QSKIP("no PostgreSQL server (set COLUMN_PLANNER_TEST_PG_URI or run scripts/test)");        \
    }

// Skips (by hand) or fails (under scripts/test) when no MySQL/MariaDB server is configured.
#define REQUIRE_MYSQL(uriVariable)                                                                 \
    const QString uriVariable = testsupport::mysqlUri();                                           \
    if (uriVariable.isEmpty()) {                                                                   \
        if (testsupport::serverRequired())                                                         \
            QFAIL(                                                                                 \
                "COLUMN_PLANNER_TEST_MYSQL_URI is not set but scripts/test requires the server");  \
        QSKIP("no MySQL/MariaDB server (set COLUMN_PLANNER_TEST_MYSQL_URI or run scripts/test)");  \
    }
