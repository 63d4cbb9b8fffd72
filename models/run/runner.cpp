#include "runner.h"

#include "plan/planfile.h"
#include "review/planapprovals.h"
#include "sql/compiler.h"
#include "sql/scriptrenderer.h"

#include "backfillrunner.h"
#include "base/identifierrules.h"
#include "checkrunner.h"
#include "db/dberror.h"
#include "db/mysqlsession.h"
#include "ddlexecutor.h"
#include "enforceguard.h"
#include "mysqlalgorithmguard.h"
#include "runconnection.h"
#include "runcontrol.h"
#include "runenvironment.h"
#include "runpreparation.h"
#include "store/runjournal.h"

#include <pwd.h>
#include <unistd.h>

Runner::Runner(const Plan &plan, const ConnectionUri &uri, const RunOptions &options,
               RunControl &control, RunJournal *journal)
    : m_plan(plan), m_uri(uri), m_options(options), m_control(control), m_journal(journal)
{
}

QString Runner::osUser()
{
    if (const passwd *entry = getpwuid(getuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("unknown"));
}

void Runner::emitEvent(const RunEvent &event)
{
    if (m_journal && m_runId && !m_journalBroken) {
        switch (event.kind) {
        case RunEvent::Attempt:
        case RunEvent::Reconnect:
        case RunEvent::Throttle:
        case RunEvent::Warning:
        case RunEvent::Info:
        case RunEvent::PhaseSkipped:
        case RunEvent::CheckDone:
        case RunEvent::RunStarted: {
            QString message = event.message;
            if (event.kind == RunEvent::CheckDone)
                message = Runner::tr("%1: %2 (expected %3, got %4)")
                              .arg(event.passed ? Runner::tr("passed") : Runner::tr("FAILED"),
                                   event.message, event.expected, event.actual);
            try {
                m_journal->recordEvent(JournalEvent{
                    m_runId, event.at, RunEvent::kindName(event.kind), event.phase, message});
            } catch (const RunJournalError &) {
                m_journalBroken = true;
                throw;
            }
            break;
        }
        default:
            break;
        }
    }
    if (m_onEvent)
        m_onEvent(event);
}

void Runner::runChecks(RunEnvironment &env)
{
    if (env.options.dryRun) {
        RunEvent event;
        event.kind = RunEvent::DryRun;
        event.phase = QStringLiteral("verify");
        event.message = Runner::tr("would check: row count, rows still to backfill, values against "
                                   "the backfill expression, "
                                   "constraints validated, index valid, default and NOT NULL, and "
                                   "%1 check(s) of the plan")
                            .arg(env.prepared->plan.checks.size());
        emitEvent(event);
        return;
    }
    CheckRunner checks(env.connection->session(), *env.prepared);
    m_checks = checks.runAll([&](const RunCheckResult &result) {
        RunEvent event;
        event.kind = RunEvent::CheckDone;
        event.phase = QStringLiteral("verify");
        event.message = result.name;
        event.sql = result.sql;
        event.passed = result.passed;
        event.expected = result.expected;
        event.actual = result.error.isEmpty() ? result.actual : result.error;
        emitEvent(event);
    });
}

void Runner::runPhase(RunEnvironment &env, const Phase &phase, bool columnExistedAtStart)
{
    const PreparedRun &prepared = *env.prepared;
    if (phase.name == u"verify" && !phase.handEdited) {
        runChecks(env);
        return;
    }
    if (phase.name == u"backfill" && !prepared.script.backfill.table.isEmpty() &&
        !phase.handEdited) {
        const QString sha = prepared.phaseSha256.value(phase.name);
        std::optional<RunCheckpoint> checkpoint;
        // A checkpoint only means something for the column that existed when the run began:
        // a column added by this run's expand starts from the first key.
        if (m_journal && columnExistedAtStart)
            checkpoint = m_journal->latestCheckpoint(prepared.target, prepared.script.table,
                                                     prepared.script.column, sha);
        if (checkpoint && checkpoint->tableIdentity != prepared.tableIdentity) {
            // The database or the table was dropped and created again under the same name:
            // keys walked there say nothing about the rows here.
            RunEvent event;
            event.kind = RunEvent::Info;
            event.phase = phase.name;
            event.message =
                Runner::tr("the checkpoint of run %1 (after key %2) was taken on another "
                           "incarnation of %3 "
                           "(%4, now %5): starting from the first key")
                    .arg(checkpoint->runId)
                    .arg(checkpoint->lastKey.join(QStringLiteral(", ")), prepared.context.tableName,
                         checkpoint->tableIdentity.isEmpty() ? Runner::tr("identity not recorded")
                                                             : checkpoint->tableIdentity,
                         prepared.tableIdentity);
            emitEvent(event);
            checkpoint.reset();
        }
        try {
            BackfillRunner(env).run(sha, checkpoint);
        } catch (const DbError &error) {
            if (error.kind() == DbError::Kind::ConnectionLost ||
                prepared.script.removeSync.isEmpty() || env.options.dryRun)
                throw;
            throw DbError(error.kind(), error.message() + removeSyncTrigger(env), error.sqlState());
        }
        return;
    }
    DdlExecutor ddl(env);
    // What this phase changed that bears on the application's writes, newest last: taken back
    // when the phase fails, so the application writes exactly as before.
    QList<const Statement *> applied;
    bool proven = false;
    try {
        for (int i = 0; i < phase.statements.size(); ++i) {
            const Statement &statement = phase.statements.at(i);
            if (!statement.violation.isEmpty() && !proven && !phase.handEdited) {
                QList<Statement> restricting;
                for (int j = i; j < phase.statements.size(); ++j)
                    if (!phase.statements.at(j).violation.isEmpty())
                        restricting << phase.statements.at(j);
                EnforceGuard(env).prove(phase.name, restricting);
                proven = true;
            }
            if (!statement.undo.isEmpty() && !statement.transactional && !env.options.dryRun)
                applied << &statement; // a failed CREATE INDEX CONCURRENTLY leaves its index behind
            switch (statement.kind) {
            case Statement::Comment:
                break;
            case Statement::Setting:
                if (!ddl.remember(statement.sql))
                    ddl.run(phase.name, i, statement);
                else if (env.options.dryRun)
                    ddl.run(phase.name, i, statement);
                break;
            case Statement::BatchRepeat: {
                int passes = 0;
                while (ddl.run(phase.name, i, statement) > 0 && !env.options.dryRun) {
                    if (++passes > 1000000)
                        throw DbError(DbError::Kind::Query,
                                      Runner::tr("%1 statement %2 never reached 0 rows")
                                          .arg(phase.name)
                                          .arg(i + 1));
                }
                break;
            }
            case Statement::Check: {
                if (env.options.dryRun) {
                    ddl.run(phase.name, i, statement);
                    break;
                }
                RunCheckResult result;
                result.name = statement.purpose;
                result.sql = statement.sql;
                result.expected = statement.expect;
                const QVariant value = env.connection->execute(statement.sql).value(0, 0);
                result.actual = value.isNull() ? QStringLiteral("NULL") : value.toString();
                result.passed = result.actual == result.expected;
                m_checks << result;
                RunEvent event;
                event.kind = RunEvent::CheckDone;
                event.phase = phase.name;
                event.statement = i;
                event.message = result.name;
                event.passed = result.passed;
                event.expected = result.expected;
                event.actual = result.actual;
                emitEvent(event);
                break;
            }
            default:
                ddl.run(phase.name, i, statement);
                break;
            }
            if (!statement.undo.isEmpty() && statement.transactional && !env.options.dryRun)
                applied << &statement;
        }
    } catch (const RunAborted &stop) {
        throw RunAborted(stop.message() + undoApplied(env, ddl, phase.name, applied));
    } catch (const DbError &error) {
        throw DbError(error.kind(), error.message() + undoApplied(env, ddl, phase.name, applied),
                      error.sqlState());
    }
}

QString Runner::removeSyncTrigger(RunEnvironment &env)
{
    // The trigger evaluates the same expression on every INSERT and UPDATE of the application:
    // a backfill that fails on a row means the application's writes fail too.
    DdlExecutor ddl(env);
    try {
        for (const QString &sql : env.prepared->script.removeSync)
            ddl.undo(QStringLiteral("backfill"), sql);
    } catch (const std::exception &) {
        return Runner::tr("; the sync trigger is still in place and may make the application's "
                          "writes fail: remove it now with %1")
            .arg(env.prepared->script.removeSync.join(QStringLiteral("; ")));
    }
    return Runner::tr("; the sync trigger was removed, so the application's writes no longer "
                      "evaluate the expression (fix the "
                      "plan's backfill, then run again: expand puts the trigger back)");
}

QString Runner::undoApplied(RunEnvironment &env, DdlExecutor &ddl, const QString &phase,
                            const QList<const Statement *> &applied)
{
    if (applied.isEmpty())
        return {};
    QStringList undone;
    for (auto it = applied.crbegin(); it != applied.crend(); ++it) {
        for (const QString &sql : (*it)->undo) {
            try {
                ddl.undo(phase, sql);
                undone << (*it)->purpose;
            } catch (const std::exception &) {
                QStringList left;
                for (auto rest = it; rest != applied.crend(); ++rest)
                    left << (*rest)->undo;
                return Runner::tr(
                           "; could NOT take back what it changed (writes may be rejected): run %1")
                    .arg(left.join(QStringLiteral("; ")));
            }
        }
    }
    return Runner::tr("; undone so the application writes as before: %1")
        .arg(undone.join(QStringLiteral(", ")));
}

QString Runner::skipReason(const PreparedRun &prepared, const Phase &phase, bool earlierRan) const
{
    if (!m_options.phase.isEmpty())
        return {};
    QString reason;
    if (phase.name == u"expand") {
        // With a sync trigger, the column alone does not say expand is done: the trigger may
        // have been removed after a failed backfill, or the plan's expression fixed since.
        const bool triggerDone =
            prepared.script.removeSync.isEmpty() ||
            (m_journal && m_journal->phaseDone(prepared.target, prepared.tableIdentity,
                                               prepared.script.table, prepared.script.column,
                                               phase.name, prepared.phaseSha256.value(phase.name)));
        if (prepared.columnExists && triggerDone &&
            (!m_plan.column.defaultExpr || prepared.defaultInPlace))
            reason = m_plan.column.defaultExpr
                         ? Runner::tr("the column exists with the plan's type and its default")
                         : Runner::tr("the column exists with the plan's type");
    } else if (phase.name != u"verify" && !earlierRan && m_journal &&
               m_journal->phaseDone(prepared.target, prepared.tableIdentity, prepared.script.table,
                                    prepared.script.column, phase.name,
                                    prepared.phaseSha256.value(phase.name))) {
        reason = Runner::tr("done by an earlier run (journal)");
    }
    if (reason.isEmpty() && phase.name == u"backfill" && prepared.script.backfill.table.isEmpty() &&
        !phase.handEdited) {
        bool executable = false;
        for (const Statement &statement : phase.statements)
            executable = executable || (statement.kind != Statement::Comment &&
                                        statement.kind != Statement::Setting);
        if (!executable)
            reason = phase.purpose;
    }
    return reason;
}

QStringList Runner::phasesToRun(const PreparedRun &prepared) const
{
    QStringList phases;
    for (const Phase &phase : prepared.script.phases) {
        if (!m_options.phase.isEmpty() && phase.name != m_options.phase)
            continue;
        if (skipReason(prepared, phase, !phases.isEmpty()).isEmpty())
            phases << phase.name;
    }
    return phases;
}

std::optional<RunOutcome> Runner::refuseUnapprovedProduction(QString &productionOverride) const
{
    if (m_options.productionProfile.isEmpty() || m_options.dryRun)
        return std::nullopt;
    ApprovalStatus approval;
    try {
        approval = PlanApprovals::status(m_plan);
    } catch (const PlanError &error) {
        return RunOutcome{RunOutcome::BadInput, singleLine(error.message()), 0};
    } catch (const CompileError &error) {
        return RunOutcome{RunOutcome::BadInput, singleLine(error.message()), 0};
    }
    if (approval.state == ApprovalStatus::Approved)
        return std::nullopt;
    if (m_options.productionConfirmation != m_options.productionProfile)
        return RunOutcome{
            RunOutcome::Stopped,
            Runner::tr("refusing to run on production profile \"%1\": the plan is %2; approve it "
                       "(column-planner approve) or confirm by typing the profile's name "
                       "(--confirm-production \"%1\")")
                .arg(m_options.productionProfile, approval.summary()),
            0};
    productionOverride =
        Runner::tr("production override on profile \"%1\": %2; confirmed by typing \"%3\"")
            .arg(m_options.productionProfile, approval.summary(), m_options.productionConfirmation);
    return std::nullopt;
}

QStringList Runner::prepareOn(RunConnection &connection, PreparedRun &prepared)
{
    connection.open();
    const RunDialect &dialect = connection.dialect();
    if (!m_options.dryRun)
        dialect.refuseReadOnly(connection.session());
    prepared = RunPreparation::prepare(connection.session(), m_plan);
    if (!m_options.phase.isEmpty() && !prepared.script.phase(m_options.phase))
        throw DbError(DbError::Kind::BadInput,
                      Runner::tr("--phase: unknown phase \"%1\"").arg(m_options.phase));
    if (!m_options.phase.isEmpty() && m_options.phase != u"expand" && !prepared.columnExists &&
        !m_options.dryRun)
        throw DbError(DbError::Kind::BadInput,
                      Runner::tr("column %1 does not exist on %2 yet: run the expand phase first")
                          .arg(m_plan.column.name, prepared.context.tableName));
    const QStringList phases = phasesToRun(prepared);
    m_differsFromReviewed = phasesDifferingFromReviewed(prepared);
    if (!m_options.dryRun)
        dialect.checkPrivileges(connection.session(), prepared, phases);
    if (m_onPrepared)
        m_onPrepared(prepared);
    return phases;
}

void Runner::beginJournal(const PreparedRun &prepared, RunOutcome &outcome)
{
    if (!m_journal)
        return;
    JournalRun run;
    run.who = osUser();
    run.target = prepared.target;
    run.serverVersion = prepared.serverVersion;
    run.planPath = m_options.planPath;
    run.scriptSha256 = prepared.scriptSha256;
    run.table = prepared.script.table;
    run.column = prepared.script.column;
    run.dryRun = m_options.dryRun;
    run.tableIdentity = prepared.tableIdentity;
    m_runId = m_journal->beginRun(run);
    outcome.runId = m_runId;
}

void Runner::announceStart(RunConnection &connection, const PreparedRun &prepared,
                           const QString &productionOverride)
{
    if (!productionOverride.isEmpty()) {
        RunEvent override;
        override.kind = RunEvent::Warning;
        override.message = productionOverride;
        emitEvent(override); // journaled with the run
    }
    RunEvent started;
    started.kind = RunEvent::RunStarted;
    started.message =
        (m_options.dryRun ? Runner::tr("dry run %1 of \"%2\" on %3 (%4) by %5: %6.%7, script %8")
                          : Runner::tr("run %1 of \"%2\" on %3 (%4) by %5: %6.%7, script %8"))
            .arg(m_runId)
            .arg(m_plan.title, prepared.target, connection.dialect().product(connection.session()),
                 osUser(), prepared.script.table, prepared.script.column,
                 prepared.scriptSha256.left(12));
    emitEvent(started);
    if (!m_differsFromReviewed.isEmpty()) {
        RunEvent differs;
        differs.kind = RunEvent::Warning;
        differs.message =
            Runner::tr("the database changed since the reviewed script was compiled: phase(s) %1 "
                       "will run SQL that differs from it (read them at their gates, or refresh "
                       "the catalog and review again)")
                .arg(m_differsFromReviewed.join(QStringLiteral(", ")));
        emitEvent(differs);
    }
}

QStringList Runner::phasesDifferingFromReviewed(const PreparedRun &prepared) const
{
    if (!m_options.reviewedScript)
        return {};
    const Script &reviewed = *m_options.reviewedScript;
    QStringList differing;
    for (const Phase &phase : prepared.script.phases) {
        RenderOptions options;
        options.phase = phase.name;
        options.header = false;
        if (!reviewed.phase(phase.name) || ScriptRenderer::render(reviewed, options) !=
                                               ScriptRenderer::render(prepared.script, options))
            differing << phase.name;
    }
    return differing;
}

void Runner::askToEnter(const Phase &phase)
{
    if (m_options.dryRun || !m_gate)
        return;
    RunGate gate;
    gate.kind = RunGate::EnterPhase;
    gate.phase = phase.name;
    gate.question = Runner::tr("run phase %1 (%2)?").arg(phase.name, phase.purpose);
    if (m_differsFromReviewed.contains(phase.name))
        gate.details << Runner::tr("differs from the reviewed script: the database changed since "
                                   "it was compiled; read this phase's SQL before running it");
    for (const Statement &statement : phase.statements)
        if (statement.kind != Statement::Comment && statement.kind != Statement::Setting)
            gate.details << Runner::tr("%1  [lock: %2]").arg(statement.purpose, statement.lock);
    m_control.resetGate();
    if (!m_gate(gate))
        throw RunAborted(
            Runner::tr("declined at the gate of phase %1; run again to continue from there")
                .arg(phase.name));
}

void Runner::runPhases(RunEnvironment &env, PreparedRun &prepared, QString &currentPhase)
{
    const bool columnExistedAtStart = prepared.columnExists;
    bool earlierRan = false;
    // By index: a partition tree that changed re-prepares the script (refreshPartitions).
    for (qsizetype i = 0; i < prepared.script.phases.size(); ++i) {
        if (prepared.script.phases.at(i).name == u"enforce" && !m_options.dryRun)
            refreshPartitions(env, prepared);
        const Phase &phase = prepared.script.phases.at(i);
        if (!m_options.phase.isEmpty() && phase.name != m_options.phase)
            continue;
        const QString sha = prepared.phaseSha256.value(phase.name);
        const QString skipped = skipReason(prepared, phase, earlierRan);
        if (!skipped.isEmpty()) {
            RunEvent event;
            event.kind = RunEvent::PhaseSkipped;
            event.phase = phase.name;
            event.message = Runner::tr("%1: skipped, %2").arg(phase.name, skipped);
            emitEvent(event);
            continue;
        }
        earlierRan = true;
        currentPhase = phase.name;
        askToEnter(phase);
        if (m_journal)
            m_journal->recordPhase(m_runId, phase.name, sha, QStringLiteral("started"));
        RunEvent event;
        event.kind = RunEvent::PhaseStarted;
        event.phase = phase.name;
        event.message = QStringLiteral("%1: %2").arg(phase.name, phase.purpose);
        emitEvent(event);
        runPhase(env, phase, columnExistedAtStart);
        if (phase.name == u"expand" && !m_options.dryRun)
            prepared.columnExists = true;
        if (m_journal)
            m_journal->recordPhase(m_runId, phase.name, sha, QStringLiteral("done"));
        RunEvent done;
        done.kind = RunEvent::PhaseDone;
        done.phase = phase.name;
        done.message = Runner::tr("%1: done").arg(phase.name);
        emitEvent(done);
    }
}

void Runner::refreshPartitions(RunEnvironment &env, PreparedRun &prepared)
{
    const CompileContext &ctx = prepared.context;
    if (!ctx.table || ctx.table->partitionKey.isEmpty())
        return;
    CatalogFilter filter;
    filter.schema = ctx.schema;
    filter.table = ctx.tableName;
    const Catalog now = env.connection->session().catalog(filter);
    auto names = [](const QList<PartitionInfo> &partitions) {
        QStringList out;
        for (const PartitionInfo &partition : partitions)
            out << partition.qualifiedName();
        return out;
    };
    const QStringList before = names(ctx.table->partitions);
    const QStringList after = now.tables.isEmpty() ? before : names(now.tables.first().partitions);
    if (after == before)
        return;
    // A partition manager created (or dropped) partitions since the run prepared: enforce must
    // build and attach their indexes too, or the partitioned table's index never turns valid.
    QStringList added;
    for (const QString &name : after)
        if (!before.contains(name))
            added << name;
    const PreparedRun fresh = RunPreparation::prepare(env.connection->session(), m_plan);
    prepared.script = fresh.script;
    prepared.context = fresh.context;
    prepared.phaseSha256 = fresh.phaseSha256;
    RunEvent event;
    event.kind = RunEvent::Info;
    event.phase = QStringLiteral("enforce");
    event.message =
        Runner::tr("the partitions of %1 changed since the run started (%2): enforce covers them")
            .arg(ctx.tableName, added.isEmpty()
                                    ? Runner::tr("some were dropped")
                                    : Runner::tr("new: %1").arg(added.join(QStringLiteral(", "))));
    emitEvent(event);
    if (m_onPrepared)
        m_onPrepared(prepared);
}

void Runner::judgeChecks(RunOutcome &outcome) const
{
    QStringList failed;
    for (const RunCheckResult &check : m_checks)
        if (!check.passed)
            failed << check.name;
    if (!failed.isEmpty()) {
        outcome.status = RunOutcome::ChecksFailed;
        outcome.message = Runner::tr("%1 check(s) failed: %2")
                              .arg(failed.size())
                              .arg(failed.join(QStringLiteral("; ")));
    } else {
        outcome.status = RunOutcome::Done;
        outcome.message =
            m_options.dryRun ? Runner::tr("dry run: nothing was changed") : Runner::tr("done");
    }
}

RunOutcome Runner::run()
{
    RunOutcome outcome;
    m_checks.clear();
    m_runId = 0;
    m_journalBroken = false;
    QString productionOverride;
    if (const std::optional<RunOutcome> refused = refuseUnapprovedProduction(productionOverride))
        return *refused;
    RunConnection connection(m_uri, m_control, [this](const RunEvent &event) { emitEvent(event); });
    PreparedRun prepared;
    QString currentPhase;
    try {
        const QStringList phases = prepareOn(connection, prepared);
        beginJournal(prepared, outcome);
        announceStart(connection, prepared, productionOverride);

        RunEnvironment env;
        env.connection = &connection;
        env.control = &m_control;
        env.journal = m_journal;
        env.runId = m_runId;
        env.options = m_options;
        env.prepared = &prepared;
        env.notify = [this](const RunEvent &event) { emitEvent(event); };
        env.gate = m_gate;
        if (connection.dialect().kind() == DialectKind::MySQL)
            MysqlAlgorithmGuard(env, static_cast<MysqlSession &>(connection.session()))
                .check(prepared.script, phases);

        runPhases(env, prepared, currentPhase);
        judgeChecks(outcome);
    } catch (const RunAborted &stop) {
        outcome.status = RunOutcome::Stopped;
        outcome.message = stop.message();
    } catch (const RunJournalError &error) {
        m_journalBroken = true;
        outcome.status = RunOutcome::DatabaseError;
        outcome.message =
            currentPhase.isEmpty()
                ? Runner::tr("%1; the run stopped, the database is left resumable")
                      .arg(error.message())
                : Runner::tr("%1; the run stopped during %2, the database is left resumable")
                      .arg(error.message(), currentPhase);
    } catch (const DbError &error) {
        outcome.status = error.exitCode() == 2 ? RunOutcome::BadInput : RunOutcome::DatabaseError;
        outcome.message = singleLine(error.message());
        if (outcome.status == RunOutcome::DatabaseError && !currentPhase.isEmpty())
            outcome.message += Runner::tr(" (run again to resume)");
    } catch (const std::exception &error) {
        outcome.status = RunOutcome::DatabaseError;
        outcome.message = singleLine(QString::fromUtf8(error.what()));
    }
    if (m_journal && m_runId && !m_journalBroken) {
        try {
            m_journal->endRun(m_runId, RunOutcome::statusName(outcome.status), outcome.message);
        } catch (const RunJournalError &) {
            // The outcome already says what happened; a journal that fails now adds nothing.
        }
    }
    return outcome;
}
