// column-planner inspect --db URI [--table SCHEMA.TABLE] [--json]

#include "base/catalogjson.h"
#include "cliutil.h"
#include "commands.h"
#include "db/dberror.h"
#include "db/session.h"

#include <QJsonDocument>

namespace cli {

int inspectCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), Cli::tr("Connection URI."), QStringLiteral("URI")});
    parser.addOption(
        {QStringLiteral("table"), Cli::tr("Only this table."), QStringLiteral("SCHEMA.TABLE")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print JSON.")});
    parseOrFail(parser, args);
    if (parser.positionalArguments().size() > 1)
        throw Failure{
            ExitUsage,
            Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().at(1))};

    const ConnectionUri uri = ConnectionUri::parse(requiredOption(parser, QStringLiteral("db")));
    const QString tableArgument = parser.value(QStringLiteral("table"));
    CatalogFilter filter;
    if (!tableArgument.isEmpty()) {
        const int dot = tableArgument.indexOf(u'.');
        filter.schema = dot > 0 ? tableArgument.left(dot) : QString();
        filter.table = dot > 0 ? tableArgument.mid(dot + 1) : tableArgument;
        if (filter.table.isEmpty())
            throw Failure{ExitUsage,
                          Cli::tr("--table needs a table name, as SCHEMA.TABLE or TABLE")};
    }
    // The text listing shows tables, estimates, sizes and keys: no need to deparse every
    // definition in the database for it.
    filter.summaryOnly = tableArgument.isEmpty() && !parser.isSet(QStringLiteral("json"));

    auto session = Session::create(uri);
    session->open();
    const Catalog catalog = session->catalog(filter);

    if (!tableArgument.isEmpty()) {
        if (catalog.tables.isEmpty())
            throw Failure{ExitUsage,
                          Cli::tr("no table \"%1\" in %2").arg(tableArgument, uri.display())};
        if (catalog.tables.size() > 1) {
            QStringList names;
            for (const TableInfo &table : catalog.tables)
                names << table.qualifiedName();
            throw Failure{ExitUsage, Cli::tr("table name \"%1\" is ambiguous: %2 (give the schema)")
                                         .arg(tableArgument, names.join(QStringLiteral(", ")))};
        }
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = catalogToJson(catalog);
        if (!tableArgument.isEmpty())
            json.insert(QStringLiteral("table"), tableToJson(catalog.tables.first()));
        writeOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    } else if (!tableArgument.isEmpty()) {
        writeOut(tableDetailText(catalog.tables.first()));
    } else {
        writeOut(catalogSummaryText(catalog));
    }
    return ExitOk;
}

} // namespace cli
