// Session::execute(sql, parameters): values reach the server as values, on every dialect, never as
// SQL text, whatever characters they hold.
#include "db/dberror.h"
#include "db/session.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestSessionParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postgresql();
    void mysql();
    void sqlite();

private:
    static QStringList hostileValues();
    static void roundTrip(Session &session, const QString &tableOptions = {});
};

QStringList TestSessionParameters::hostileValues()
{
    return {QStringLiteral("it's"),
            QStringLiteral("back\\slash \\' and \\\\"),
            QStringLiteral("\"quoted\" `ticked`"),
            QStringLiteral("$1 $2 -- not a comment /* nor this */ # nor this"),
            QStringLiteral("'); DROP TABLE holder; --"),
            QStringLiteral("Grüße, 日本語, emoji 🙂"),
            QString()};
}

void TestSessionParameters::roundTrip(Session &session, const QString &tableOptions)
{
    const QStringList values = hostileValues();
    // Each value comes back unchanged, NULL as NULL, and the statement's own text around the
    // placeholders ('$2' inside a string, a comment) stays text.
    for (const QString &value : values) {
        const QueryResult result = session.execute(
            QStringLiteral("SELECT $1 AS v, '$2 stays' AS literal -- $2 in a comment\n"), {value});
        QCOMPARE(result.rows.size(), 1);
        if (value.isNull()) {
            QVERIFY2(!result.value(0, 0).isValid(), "a null QString is SQL NULL");
        } else {
            QCOMPARE(result.value(0, 0).toString(), value);
        }
        QCOMPARE(result.value(0, 1).toString(), QStringLiteral("$2 stays"));
    }
    // Values land in a table as data: the table is still there and holds them.
    session.execute(QStringLiteral("CREATE TABLE holder (v TEXT)") + tableOptions);
    for (const QString &value : values)
        session.execute(QStringLiteral("INSERT INTO holder (v) VALUES ($1)"), {value});
    QCOMPARE(session.execute(QStringLiteral("SELECT count(*) FROM holder")).value(0, 0).toInt(),
             int(values.size()));
    QCOMPARE(session
                 .execute(QStringLiteral("SELECT count(*) FROM holder WHERE v = $1"),
                          {QStringLiteral("'); DROP TABLE holder; --")})
                 .value(0, 0)
                 .toInt(),
             1);
}

void TestSessionParameters::postgresql()
{
    REQUIRE_POSTGRES(admin);
    Q_UNUSED(admin);
    const QString uri = testsupport::createScratchDatabase(QStringLiteral("cp_session_params"));
    const std::unique_ptr<Session> session = Session::create(ConnectionUri::parse(uri));
    session->open();
    try {
        roundTrip(*session);
    } catch (const DbError &error) {
        QFAIL(qPrintable(error.message()));
    }
}

void TestSessionParameters::mysql()
{
    REQUIRE_MYSQL(server);
    Q_UNUSED(server);
    const QString uri =
        testsupport::createScratchMysqlDatabase(QStringLiteral("cp_session_params"));
    const std::unique_ptr<Session> session = Session::create(ConnectionUri::parse(uri));
    session->open();
    try {
        roundTrip(*session, QStringLiteral(" CHARACTER SET utf8mb4"));
    } catch (const DbError &error) {
        QFAIL(qPrintable(error.message()));
    }
    // A placeholder without a value is refused, not sent.
    try {
        session->execute(QStringLiteral("SELECT $2"), {QStringLiteral("one")});
        QFAIL("a statement with $2 and one value ran");
    } catch (const DbError &error) {
        QCOMPARE(error.kind(), DbError::Kind::BadInput);
    }
}

void TestSessionParameters::sqlite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("parameters.db"));
    QFile file(path); // an empty file is an empty SQLite database; sessions never create one
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const std::unique_ptr<Session> session =
        Session::create(ConnectionUri::parse(QStringLiteral("sqlite:") + path));
    session->open();
    try {
        roundTrip(*session);
    } catch (const DbError &error) {
        QFAIL(qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestSessionParameters)
#include "tst_sessionparameters.moc"
