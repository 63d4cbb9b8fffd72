// libFuzzer target: plan bytes -> loader -> compiler for every dialect -> rendered script and
// rollback. A plan the loader accepts compiles or fails with one CompileError line; the script's
// comment lines never hold a character that would end them.

#include "base/inerttext.h"
#include "plan/planfile.h"
#include "sql/compiler.h"
#include "sql/scriptrenderer.h"

#include <cstdlib>
#include <stdexcept>

namespace {

void checkComments(const QString &script)
{
    for (const QString &line : script.split(u'\n'))
        if (line.startsWith(QStringLiteral("--")) && InertText::firstControl(line) >= 0)
            std::abort(); // plan text escaped its comment line
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Plan plan;
    try {
        plan = PlanFile::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                               QStringLiteral("fuzz.json"));
    } catch (const PlanError &) {
        return 0;
    }
    const struct
    {
        DialectKind dialect;
        bool mariadb;
    } targets[] = {{DialectKind::PostgreSQL, false},
                   {DialectKind::SQLite, false},
                   {DialectKind::MySQL, false},
                   {DialectKind::MySQL, true}};
    for (const auto &target : targets) {
        CompileOptions options;
        options.dialect = target.dialect;
        options.mariadb = target.mariadb;
        try {
            const Script script = Compiler::compile(plan, options);
            checkComments(ScriptRenderer::render(script));
            RenderOptions rollback;
            rollback.rollback = true;
            checkComments(ScriptRenderer::render(script, rollback));
        } catch (const CompileError &error) {
            if (error.message().contains(u'\n'))
                std::abort();
        } catch (const std::invalid_argument &) {
        }
    }
    return 0;
}
