#pragma once
// Where the read-only files shipped with the program live: <prefix>/share/column-planner next
// to <prefix>/bin. The build tree mirrors that layout (build/bin, build/share/column-planner),
// so the same lookup finds the compiled translations and sample plans installed or not.

#include <QString>

namespace SharedData {

QString directory();       // <prefix>/share/column-planner
QString translationsDir(); // compiled .qm catalogues
QString samplePlansDir();  // the sample plans of resources/plans

} // namespace SharedData
