#pragma once
// Set-based catalog queries for PostgreSQL 10 and later: one query per kind of fact for all
// tables at once, so a database with ten thousand tables reads in a few round trips.

#include "base/activity.h"
#include "base/catalog.h"
#include "connectionuri.h"
#include "session.h"

namespace pqxx {
class connection_base;
}

Catalog readPostgresCatalog(pqxx::connection_base &connection, int serverVersion,
                            const CatalogFilter &filter, const ConnectionUri &uri);
ActivitySnapshot readPostgresActivity(pqxx::connection_base &connection, const QString &schema,
                                      const QString &table);
