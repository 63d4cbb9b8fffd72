#include "plandocument.h"

#include "planfile.h"

void PlanDocument::replace(const Plan &plan)
{
    m_plan = plan;
    m_editBase.clear();
}

void PlanDocument::startNew(const Plan &plan)
{
    replace(plan);
    m_path.clear();
    m_modified = false;
}

std::optional<Plan> PlanDocument::open(const QString &path)
{
    Plan plan;
    try {
        plan = PlanFile::load(path);
    } catch (const PlanError &error) {
        m_fileError = error.message();
        return std::nullopt;
    }
    m_fileError.clear();
    replace(plan);
    m_path = path;
    m_modified = false;
    return plan;
}

bool PlanDocument::save(const Plan &plan, const QString &path)
{
    try {
        PlanFile::save(plan, path);
    } catch (const PlanError &error) {
        m_fileError = error.message();
        return false;
    }
    m_fileError.clear();
    m_plan = plan;
    m_path = path;
    m_modified = false;
    return true;
}

bool PlanDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return false;
    m_modified = modified;
    return true;
}

void PlanDocument::editPhase(const QString &phase, const QString &sql, const QString &generatedText)
{
    if (!m_plan.overrides.contains(phase) && !generatedText.isNull())
        m_editBase.insert(phase, generatedText);
    m_plan.overrides.insert(phase, sql);
}

void PlanDocument::revertPhase(const QString &phase)
{
    m_plan.overrides.remove(phase);
    m_editBase.remove(phase);
}

bool PlanDocument::isOutdated(const QString &phase, const QString &generatedText) const
{
    return m_editBase.contains(phase) && m_editBase.value(phase) != generatedText;
}
