#include "testsupport.h"

#include "db/dberror.h"
#include "db/session.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace testsupport {

QString postgresUri()
{
    return qEnvironmentVariable("COLUMN_PLANNER_TEST_PG_URI");
}

QString mysqlUri()
{
    return qEnvironmentVariable("COLUMN_PLANNER_TEST_MYSQL_URI");
}

QString createScratchMysqlDatabase(const QString &name)
{
    const QString admin = mysqlUri();
    auto session = Session::create(ConnectionUri::parse(admin));
    session->open();
    session->execute(
        QStringLiteral("DROP DATABASE IF EXISTS `%1`; CREATE DATABASE `%1`").arg(name));
    // mysql://user@host:port/db?options: swap the database, keep the rest.
    const int query = admin.indexOf(u'?');
    QString base = query < 0 ? admin : admin.left(query);
    const int slash = base.indexOf(u'/', base.indexOf(QStringLiteral("://")) + 3);
    if (slash >= 0)
        base = base.left(slash);
    return base + u'/' + name + (query >= 0 ? admin.mid(query) : QString());
}

bool serverRequired()
{
    return qEnvironmentVariable("COLUMN_PLANNER_REQUIRE_SERVER") == u"1";
}

QString createScratchDatabase(const QString &name)
{
    const QString admin = postgresUri();
    auto session = Session::create(ConnectionUri::parse(admin));
    session->open();
    session->execute(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
    session->execute(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
    const ConnectionUri parsed = ConnectionUri::parse(admin);
    QString uri = parsed.conninfo();
    uri.replace(QRegularExpression(QStringLiteral("dbname='[^']*'")), QString());
    return uri + QStringLiteral(" dbname='%1'").arg(name);
}

void execute(const QString &uri, const QString &sql)
{
    auto session = Session::create(ConnectionUri::parse(uri));
    session->open();
    session->execute(sql);
}

CliRun runCli(const QStringList &args, const QByteArray &input, int timeoutMs)
{
    return runProgram(QStringLiteral(COLUMN_PLANNER_BIN), args, input, timeoutMs);
}

CliRun runProgram(const QString &program, const QStringList &args, const QByteArray &input,
                  int timeoutMs, const QProcessEnvironment &environment)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, args);
    if (!process.waitForStarted())
        return {-1, {}, QStringLiteral("could not start %1").arg(program)};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // A program still running at the deadline has no exit code yet (QProcess would report 0):
    // kill it and say so, so that no test reads a hung run as a success.
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    CliRun run;
    run.exitCode =
        finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (!finished)
        run.err.prepend(QStringLiteral("%1 did not finish within %2 ms and was killed\n")
                            .arg(program)
                            .arg(timeoutMs));
    return run;
}

QString tempPath(const QString &fileName)
{
    static QTemporaryDir directory;
    return directory.filePath(fileName);
}

} // namespace testsupport
