#pragma once
// How far the slowest standby or replica is behind its primary: what the PostgreSQL and MySQL
// lag meters measure and the run throttles on.

#include <QString>

struct ReplicationLag
{
    bool visible = true;    // false: standbys exist but the role may not see their state
    int standbys = 0;       // streaming or catching up; 0: no standby, nothing to throttle on
    double ms = -1;         // -1 without a standby
    qint64 bytesBehind = 0; // WAL written on the primary and not replayed by the slowest standby
    QString slowest;        // application_name of the slowest standby
};
