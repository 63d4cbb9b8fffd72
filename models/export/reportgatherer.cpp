#include "reportgatherer.h"

#include "db/session.h"
#include "review/expressionchecker.h"
#include "review/liveimpactanalyzer.h"
#include "sql/compiler.h"

ReportInput ReportGatherer::gather(const Plan &plan, const QString &planPath,
                                   const std::optional<ConnectionUri> &db,
                                   const std::optional<Script> &compiled)
{
    ReportInput input;
    input.planPath = planPath;
    input.plan = plan;
    input.approvals = PlanApprovals::status(input.plan);
    if (compiled)
        input.script = *compiled;
    if (!db) {
        if (!compiled)
            input.script = Compiler::compile(input.plan, CompileOptions{});
        return input;
    }
    auto session = Session::create(*db);
    session->open();
    if (compiled) {
        if (session->dialect() == DialectKind::PostgreSQL)
            input.live = LiveImpactAnalyzer::analyze(*session, input.script);
        return input;
    }
    const Catalog catalog = session->catalog(CatalogFilter{});
    CompileOptions options;
    options.dialect = session->dialect();
    options.catalog = &catalog;
    ExpressionChecker(*session).prepareCompile(input.plan, options);
    input.script = Compiler::compile(input.plan, options);
    if (session->dialect() == DialectKind::PostgreSQL)
        input.live = LiveImpactAnalyzer::analyze(*session, input.script);
    return input;
}
