#include "identifierrules.h"

#include "inerttext.h"

#include <QSet>

namespace {

QSet<QString> wordSet(const char *words)
{
    QSet<QString> set;
    for (const QString &word : QString::fromLatin1(words).split(u' ', Qt::SkipEmptyParts))
        set.insert(word);
    return set;
}

// PostgreSQL 18 documentation, appendix C "SQL Key Words", PostgreSQL column: "reserved" and
// "reserved (can be function or type)".
const QSet<QString> &postgresReserved()
{
    static const QSet<QString> words = wordSet(
        "ALL ANALYSE ANALYZE AND ANY ARRAY AS ASC ASYMMETRIC AUTHORIZATION BINARY BOTH CASE CAST "
        "CHECK COLLATE COLLATION COLUMN CONCURRENTLY CONSTRAINT CREATE CROSS CURRENT_CATALOG "
        "CURRENT_DATE CURRENT_ROLE CURRENT_SCHEMA CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER "
        "DEFAULT DEFERRABLE DESC DISTINCT DO ELSE END EXCEPT FALSE FETCH FOR FOREIGN FREEZE FROM "
        "FULL GRANT GROUP HAVING ILIKE IN INITIALLY INNER INTERSECT INTO IS ISNULL JOIN LATERAL "
        "LEADING LEFT LIKE LIMIT LOCALTIME LOCALTIMESTAMP NATURAL NOT NOTNULL NULL OFFSET ON ONLY "
        "OR ORDER OUTER OVERLAPS PLACING PRIMARY REFERENCES RETURNING RIGHT SELECT SESSION_USER "
        "SIMILAR SOME SYMMETRIC SYSTEM_USER TABLE TABLESAMPLE THEN TO TRAILING TRUE UNION UNIQUE "
        "USER USING VARIADIC VERBOSE WHEN WHERE WINDOW WITH");
    return words;
}

// https://www.sqlite.org/lang_keywords.html (147 keywords).
const QSet<QString> &sqliteKeywords()
{
    static const QSet<QString> words = wordSet(
        "ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC ATTACH AUTOINCREMENT BEFORE "
        "BEGIN BETWEEN BY CASCADE CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT CONSTRAINT CREATE "
        "CROSS CURRENT CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP DATABASE DEFAULT DEFERRABLE "
        "DEFERRED DELETE DESC DETACH DISTINCT DO DROP EACH ELSE END ESCAPE EXCEPT EXCLUDE "
        "EXCLUSIVE "
        "EXISTS EXPLAIN FAIL FILTER FIRST FOLLOWING FOR FOREIGN FROM FULL GENERATED GLOB GROUP "
        "GROUPS HAVING IF IGNORE IMMEDIATE IN INDEX INDEXED INITIALLY INNER INSERT INSTEAD "
        "INTERSECT "
        "INTO IS ISNULL JOIN KEY LAST LEFT LIKE LIMIT MATCH MATERIALIZED NATURAL NO NOT NOTHING "
        "NOTNULL NULL NULLS OF OFFSET ON OR ORDER OTHERS OUTER OVER PARTITION PLAN PRAGMA "
        "PRECEDING "
        "PRIMARY QUERY RAISE RANGE RECURSIVE REFERENCES REGEXP REINDEX RELEASE RENAME REPLACE "
        "RESTRICT RETURNING RIGHT ROLLBACK ROW ROWS SAVEPOINT SELECT SET TABLE TEMP TEMPORARY THEN "
        "TIES TO TRANSACTION TRIGGER UNBOUNDED UNION UNIQUE UPDATE USING VACUUM VALUES VIEW "
        "VIRTUAL "
        "WHEN WHERE WINDOW WITH WITHOUT");
    return words;
}

// MySQL 8.0 reference manual, 11.3 "Keywords and Reserved Words", entries marked (R).
const QSet<QString> &mysqlReserved()
{
    static const QSet<QString> words = wordSet(
        "ACCESSIBLE ADD ALL ALTER ANALYZE AND ARRAY AS ASC ASENSITIVE BEFORE BETWEEN BIGINT BINARY "
        "BLOB BOTH BY CALL CASCADE CASE CHANGE CHAR CHARACTER CHECK COLLATE COLUMN CONDITION "
        "CONSTRAINT CONTINUE CONVERT CREATE CROSS CUBE CUME_DIST CURRENT_DATE CURRENT_TIME "
        "CURRENT_TIMESTAMP CURRENT_USER CURSOR DATABASE DATABASES DAY_HOUR DAY_MICROSECOND "
        "DAY_MINUTE DAY_SECOND DEC DECIMAL DECLARE DEFAULT DELAYED DELETE DENSE_RANK DESC DESCRIBE "
        "DETERMINISTIC DISTINCT DISTINCTROW DIV DOUBLE DROP DUAL EACH ELSE ELSEIF EMPTY ENCLOSED "
        "ESCAPED EXCEPT EXISTS EXIT EXPLAIN FALSE FETCH FIRST_VALUE FLOAT FLOAT4 FLOAT8 FOR FORCE "
        "FOREIGN FROM FULLTEXT FUNCTION GENERATED GET GRANT GROUP GROUPING GROUPS HAVING "
        "HIGH_PRIORITY HOUR_MICROSECOND HOUR_MINUTE HOUR_SECOND IF IGNORE IN INDEX INFILE INNER "
        "INOUT INSENSITIVE INSERT INT INT1 INT2 INT3 INT4 INT8 INTEGER INTERSECT INTERVAL INTO "
        "IO_AFTER_GTIDS IO_BEFORE_GTIDS IS ITERATE JOIN JSON_TABLE KEY KEYS KILL LAG LAST_VALUE "
        "LATERAL LEAD LEADING LEAVE LEFT LIKE LIMIT LINEAR LINES LOAD LOCALTIME LOCALTIMESTAMP "
        "LOCK "
        "LONG LONGBLOB LONGTEXT LOOP LOW_PRIORITY MASTER_BIND MASTER_SSL_VERIFY_SERVER_CERT MATCH "
        "MAXVALUE MEDIUMBLOB MEDIUMINT MEDIUMTEXT MEMBER MIDDLEINT MINUTE_MICROSECOND "
        "MINUTE_SECOND "
        "MOD MODIFIES NATURAL NOT NO_WRITE_TO_BINLOG NTH_VALUE NTILE NULL NUMERIC OF ON OPTIMIZE "
        "OPTIMIZER_COSTS OPTION OPTIONALLY OR ORDER OUT OUTER OUTFILE OVER PARTITION PERCENT_RANK "
        "PRECISION PRIMARY PROCEDURE PURGE RANGE RANK READ READS READ_WRITE REAL RECURSIVE "
        "REFERENCES REGEXP RELEASE RENAME REPEAT REPLACE REQUIRE RESIGNAL RESTRICT RETURN REVOKE "
        "RIGHT RLIKE ROW ROWS ROW_NUMBER SCHEMA SCHEMAS SECOND_MICROSECOND SELECT SENSITIVE "
        "SEPARATOR SET SHOW SIGNAL SMALLINT SPATIAL SPECIFIC SQL SQLEXCEPTION SQLSTATE SQLWARNING "
        "SQL_BIG_RESULT SQL_CALC_FOUND_ROWS SQL_SMALL_RESULT SSL STARTING STORED STRAIGHT_JOIN "
        "SYSTEM TABLE TERMINATED THEN TINYBLOB TINYINT TINYTEXT TO TRAILING TRIGGER TRUE UNDO "
        "UNION "
        "UNIQUE UNLOCK UNSIGNED UPDATE USAGE USE USING UTC_DATE UTC_TIME UTC_TIMESTAMP VALUES "
        "VARBINARY VARCHAR VARCHARACTER VARYING VIRTUAL WHEN WHERE WHILE WINDOW WITH WRITE XOR "
        "YEAR_MONTH ZEROFILL");
    return words;
}

QString dialectLabel(DialectKind dialect)
{
    switch (dialect) {
    case DialectKind::PostgreSQL:
        return QStringLiteral("PostgreSQL");
    case DialectKind::SQLite:
        return QStringLiteral("SQLite");
    case DialectKind::MySQL:
        return QStringLiteral("MySQL");
    }
    return {};
}

QString baseType(const QString &typeName)
{
    QString type = typeName.trimmed().toLower();
    const int paren = type.indexOf(u'(');
    if (paren >= 0)
        type = type.left(paren).trimmed();
    return type.simplified();
}

bool isTimestampType(const QString &type)
{
    return type == u"timestamptz" || type == u"timestamp" || type.startsWith(u"timestamp ") ||
           type == u"datetime";
}

bool isBooleanType(const QString &type)
{
    return type == u"boolean" || type == u"bool";
}

bool isIntegerType(const QString &type)
{
    static const QSet<QString> types = {
        QStringLiteral("bigint"), QStringLiteral("integer"),   QStringLiteral("int"),
        QStringLiteral("int4"),   QStringLiteral("int8"),      QStringLiteral("smallint"),
        QStringLiteral("int2"),   QStringLiteral("mediumint"), QStringLiteral("tinyint")};
    return types.contains(type);
}

NameIssue issue(const char *rule, const char *severity, const QString &message,
                const QString &suggestion = {})
{
    return NameIssue{QString::fromLatin1(rule), QString::fromLatin1(severity), message, suggestion};
}

QString stripPrefix(const QString &name, const QStringList &prefixes)
{
    for (const QString &prefix : prefixes)
        if (name.startsWith(prefix) && name.size() > prefix.size())
            return name.mid(prefix.size());
    return name;
}

QString stripSuffix(const QString &name, const QStringList &suffixes)
{
    for (const QString &suffix : suffixes)
        if (name.endsWith(suffix) && name.size() > suffix.size())
            return name.left(name.size() - suffix.size());
    return name;
}

// What kind of value a type holds, as far as a name suggestion cares.
enum class TypeFamily
{
    Unknown, // no type chosen yet
    Json,
    Text,
    Binary,
    Integer,
    Number, // numeric, decimal, floating point
    Boolean,
    Other,
};

TypeFamily typeFamily(const QString &typeName)
{
    const QString type = baseType(typeName);
    if (type.isEmpty())
        return TypeFamily::Unknown;
    if (type == u"json" || type == u"jsonb")
        return TypeFamily::Json;
    if (isBooleanType(type))
        return TypeFamily::Boolean;
    if (isIntegerType(type))
        return TypeFamily::Integer;
    static const QStringList text = {QStringLiteral("text"),
                                     QStringLiteral("varchar"),
                                     QStringLiteral("character varying"),
                                     QStringLiteral("char"),
                                     QStringLiteral("character"),
                                     QStringLiteral("clob"),
                                     QStringLiteral("mediumtext"),
                                     QStringLiteral("longtext")};
    static const QStringList binary = {QStringLiteral("bytea"), QStringLiteral("blob"),
                                       QStringLiteral("longblob"), QStringLiteral("varbinary")};
    static const QStringList number = {
        QStringLiteral("numeric"), QStringLiteral("decimal"),          QStringLiteral("real"),
        QStringLiteral("double"),  QStringLiteral("double precision"), QStringLiteral("float"),
        QStringLiteral("float4"),  QStringLiteral("float8"),           QStringLiteral("money")};
    if (text.contains(type))
        return TypeFamily::Text;
    if (binary.contains(type))
        return TypeFamily::Binary;
    if (number.contains(type))
        return TypeFamily::Number;
    return TypeFamily::Other;
}

// A vague name, and the better name it suggests for the kinds of value that name fits; for
// another type the suggestion says what a name should do instead (a bigint "data" is no
// "payload_json").
void vagueNameIssues(const QString &name, const QString &typeName, QList<NameIssue> &issues)
{
    using F = TypeFamily;
    static const QHash<QString, QList<QPair<QList<F>, QString>>> vague = {
        {QStringLiteral("data"),
         {{{F::Json}, QStringLiteral("payload_json")},
          {{F::Text, F::Binary}, QStringLiteral("payload")}}},
        {QStringLiteral("info"), {{{F::Json, F::Text}, QStringLiteral("details")}}},
        {QStringLiteral("value"), {{{F::Integer, F::Number}, QStringLiteral("amount")}}},
        {QStringLiteral("flag"), {{{F::Boolean, F::Integer}, QStringLiteral("is_enabled")}}},
        {QStringLiteral("temp"), {{{F::Integer, F::Number}, QStringLiteral("temperature_c")}}},
        {QStringLiteral("tmp"), {{{}, QStringLiteral("staging_value")}}},
        {QStringLiteral("misc"), {{{F::Json, F::Text}, QStringLiteral("notes")}}},
        {QStringLiteral("status2"), {{{}, QStringLiteral("fulfillment_status")}}},
    };
    const QString lower = name.toLower();
    const QString generic = IdentifierRules::tr("a name saying what it holds");
    QString suggestion;
    bool isVague = false;
    if (vague.contains(lower)) {
        isVague = true;
        const F family = typeFamily(typeName);
        suggestion = generic;
        // No type yet: the first suggestion, as before the type is known.
        for (const auto &[families, better] : vague.value(lower))
            if (family == F::Unknown || families.isEmpty() || families.contains(family)) {
                suggestion = better;
                break;
            }
    } else if (lower.startsWith(u"new_") && lower.size() > 4) {
        isVague = true;
        suggestion = lower.mid(4);
    } else if (lower.startsWith(u"col") &&
               (lower.size() == 3 || lower.at(3).isDigit() || lower.at(3) == u'_')) {
        isVague = true;
        suggestion = generic;
    }
    if (isVague)
        issues << issue(
            "vague-column-name", "warning",
            IdentifierRules::tr("column name \"%1\" does not say what it holds; a reader of the "
                                "table will have to guess")
                .arg(name),
            suggestion);
}

void conventionIssues(const QString &name, const QString &typeName, bool isReference,
                      QList<NameIssue> &issues)
{
    const QString type = baseType(typeName);
    const QString lower = name.toLower();
    if (isReference) {
        if (!lower.endsWith(u"_id")) {
            const QString stem = stripSuffix(lower, {QStringLiteral("_ref"), QStringLiteral("_fk"),
                                                     QStringLiteral("_key"), QStringLiteral("id")});
            issues << issue(
                "naming-convention", "warning",
                IdentifierRules::tr("column \"%1\" references another table; name it *_id")
                    .arg(name),
                stem + QStringLiteral("_id"));
        }
        return;
    }
    if (type.isEmpty())
        return;
    if (isTimestampType(type) && !lower.endsWith(u"_at")) {
        const QString stem = stripSuffix(
            lower, {QStringLiteral("_time"), QStringLiteral("_timestamp"), QStringLiteral("_ts"),
                    QStringLiteral("_date"), QStringLiteral("_on")});
        issues << issue(
            "naming-convention", "info",
            IdentifierRules::tr(
                "timestamp column \"%1\": the convention is *_at (created_at, shipped_at)")
                .arg(name),
            stem + QStringLiteral("_at"));
    } else if (isBooleanType(type) && !lower.startsWith(u"is_") && !lower.startsWith(u"has_")) {
        issues << issue(
            "naming-convention", "info",
            IdentifierRules::tr(
                "boolean column \"%1\": the convention is is_* or has_* (is_active, has_invoice)")
                .arg(name),
            QStringLiteral("is_") + lower);
    } else if (isIntegerType(type)) {
        const QString stem =
            stripSuffix(stripPrefix(lower, {QStringLiteral("number_of_"), QStringLiteral("num_"),
                                            QStringLiteral("n_"), QStringLiteral("nb_")}),
                        {QStringLiteral("_cnt"), QStringLiteral("_num"), QStringLiteral("_number"),
                         QStringLiteral("_total")});
        if (stem != lower && !lower.endsWith(u"_count"))
            issues << issue(
                "naming-convention", "info",
                IdentifierRules::tr("counter column \"%1\": the convention is *_count").arg(name),
                stem + QStringLiteral("_count"));
    }
}

} // namespace

bool isReservedWord(const QString &word, DialectKind dialect)
{
    const QString upper = word.toUpper();
    switch (dialect) {
    case DialectKind::PostgreSQL:
        return postgresReserved().contains(upper);
    case DialectKind::SQLite:
        return sqliteKeywords().contains(upper);
    case DialectKind::MySQL:
        return mysqlReserved().contains(upper);
    }
    return false;
}

int maxIdentifierBytes(DialectKind dialect)
{
    switch (dialect) {
    case DialectKind::PostgreSQL:
        return 63;
    case DialectKind::MySQL:
        return 64;
    case DialectKind::SQLite:
        return 0;
    }
    return 0;
}

QString quoteIdentifier(const QString &name, DialectKind dialect)
{
    if (dialect == DialectKind::MySQL)
        return u'`' + QString(name).replace(u'`', QStringLiteral("``")) + u'`';
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString columnReference(const QString &name, DialectKind dialect)
{
    return isPlainIdentifier(name) && name == name.toLower() && !isReservedWord(name, dialect)
               ? name
               : quoteIdentifier(name, dialect);
}

QString quoteQualified(const QString &schema, const QString &name, DialectKind dialect)
{
    if (schema.isEmpty() || dialect == DialectKind::SQLite)
        return quoteIdentifier(name, dialect);
    return quoteIdentifier(schema, dialect) + u'.' + quoteIdentifier(name, dialect);
}

QString quoteLiteral(const QString &value, DialectKind dialect)
{
    QString body = value;
    if (dialect == DialectKind::MySQL)
        body.replace(u'\\', QStringLiteral("\\\\"));
    return u'\'' + body.replace(u'\'', QStringLiteral("''")) + u'\'';
}

bool isPlainIdentifier(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (int i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!(letter || (digit && i > 0)))
            return false;
    }
    return true;
}

QString toSnakeCase(const QString &name)
{
    QString out;
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isUpper()) {
            const bool boundary =
                i > 0 &&
                (name.at(i - 1).isLower() || name.at(i - 1).isDigit() ||
                 (i + 1 < name.size() && name.at(i + 1).isLower() && name.at(i - 1).isUpper()));
            if (boundary && !out.endsWith(u'_'))
                out += u'_';
            out += c.toLower();
        } else if (c.isLetterOrNumber()) {
            out += c;
        } else if (!out.isEmpty() && !out.endsWith(u'_')) {
            out += u'_';
        }
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    if (!out.isEmpty() && out.at(0).isDigit())
        out.prepend(QStringLiteral("c_"));
    return out;
}

QList<NameIssue> reviewIdentifier(const QString &name, DialectKind dialect, const QString &what)
{
    QList<NameIssue> issues;
    if (name.trimmed().isEmpty()) {
        issues << issue("invalid-identifier", "error",
                        IdentifierRules::tr("%1 name is empty").arg(what));
        return issues;
    }
    if (!isPlainIdentifier(name)) {
        QString reason;
        if (name.at(0).isDigit())
            reason = IdentifierRules::tr("starts with a digit");
        else if (name.contains(QChar(0)))
            reason = IdentifierRules::tr("contains a NUL character");
        else
            reason = IdentifierRules::tr("contains characters other than letters, digits and _");
        issues << issue(
            "invalid-identifier", "error",
            IdentifierRules::tr("%1 name \"%2\" %3; it would need quoting in every query")
                .arg(what, InertText::quoted(name, 64), reason),
            toSnakeCase(name));
    }
    const int limit = maxIdentifierBytes(dialect);
    const qsizetype bytes = name.toUtf8().size();
    if (limit > 0 && bytes > limit)
        issues << issue("identifier-too-long", "error",
                        IdentifierRules::tr("%1 name \"%2\" is %3 bytes; %4 allows at most %5%6")
                            .arg(what, InertText::quoted(name, 64), QString::number(bytes),
                                 dialectLabel(dialect), QString::number(limit),
                                 dialect == DialectKind::PostgreSQL
                                     ? IdentifierRules::tr(" (longer names are silently truncated)")
                                     : QString()),
                        QString::fromUtf8(name.toUtf8().left(limit)));
    if (isReservedWord(name, dialect))
        issues << issue(
            "reserved-word-identifier", "error",
            IdentifierRules::tr("%1 name \"%2\" is a reserved word in %3; every query would have "
                                "to quote it")
                .arg(what, name, dialectLabel(dialect)),
            name.toLower() + QStringLiteral("_value"));
    return issues;
}

QList<NameIssue> reviewColumnName(const QString &name, DialectKind dialect, const QString &typeName,
                                  const QStringList &existingColumns, bool isReference)
{
    QList<NameIssue> issues = reviewIdentifier(name, dialect, IdentifierRules::tr("column"));
    if (name.trimmed().isEmpty())
        return issues;

    for (const QString &existing : existingColumns) {
        if (existing == name) {
            issues << issue("column-exists", "error",
                            IdentifierRules::tr("column \"%1\" already exists in %2")
                                .arg(name, IdentifierRules::tr("the table")));
            break;
        }
        if (existing.compare(name, Qt::CaseInsensitive) == 0) {
            const QString why =
                dialect == DialectKind::PostgreSQL
                    ? IdentifierRules::tr("unquoted, both names mean the same column")
                    : IdentifierRules::tr("%1 compares column names without case")
                          .arg(dialectLabel(dialect));
            issues << issue(
                "column-exists", "error",
                IdentifierRules::tr("column \"%1\" clashes with existing column \"%2\" (%3)")
                    .arg(name, existing, why));
            break;
        }
    }

    if (isPlainIdentifier(name) && name != name.toLower())
        issues << issue(
            "not-snake-case", "warning",
            IdentifierRules::tr("column name \"%1\" is not snake_case%2")
                .arg(name, dialect == DialectKind::PostgreSQL
                               ? IdentifierRules::tr("; PostgreSQL folds unquoted names to lower "
                                                     "case, so it must be quoted forever")
                               : QString()),
            toSnakeCase(name));
    vagueNameIssues(name, typeName, issues);
    conventionIssues(name, typeName, isReference, issues);
    return issues;
}
