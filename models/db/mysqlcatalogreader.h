#pragma once
// The catalog of a MySQL or MariaDB server from information_schema: one query per kind of fact
// for every table asked for, plus what decides the ALTER algorithm (engine, row format,
// FULLTEXT indexes, MySQL 8.0.29+ instant row versions).

#include "base/catalog.h"
#include "session.h"

class MysqlSession;

Catalog readMysqlCatalog(MysqlSession &session, const CatalogFilter &filter);
