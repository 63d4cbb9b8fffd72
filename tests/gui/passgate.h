#pragma once
// Clicking a run through its gates, as the user does in the run console.

#include "run/runconsolewidget.h"
#include "run/rundriver.h"
#include "run/rungatepanel.h"

#include <QPushButton>
#include <QTest>

// Clicks "Run this phase" at the next gate; returns its phase, or empty when the run ended
// (or no gate opened within a minute).
inline QString passGate(RunConsoleWidget &console)
{
    RunGatePanel *gate = console.findChild<RunGatePanel *>(QStringLiteral("runGate"));
    if (!QTest::qWaitFor([&] { return gate->isOpen() || !console.isRunning(); }, 60000) ||
        !gate->isOpen())
        return {};
    const QString phase = console.driver()->gatePhase();
    QTest::mouseClick(gate->findChild<QPushButton *>(QStringLiteral("gateRun")), Qt::LeftButton);
    return phase;
}
