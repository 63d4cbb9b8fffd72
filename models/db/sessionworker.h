#pragma once
// Runs one Session in its own thread: takes requests as queued slot calls and answers with
// queued signals carrying the request id, so the GUI thread never waits on the database.

#include "base/activity.h"
#include "base/catalog.h"
#include "queryresult.h"
#include "session.h"

#include <QObject>
#include <memory>

class SessionWorker : public QObject
{
    Q_OBJECT
public:
    explicit SessionWorker(std::shared_ptr<Session> session);

public Q_SLOTS:
    void open(quint64 requestId);
    void loadCatalog(quint64 requestId, const CatalogFilter &filter);
    void loadActivity(quint64 requestId, const QString &schema, const QString &table);
    void execute(quint64 requestId, const QString &sql);
    void close();

Q_SIGNALS:
    void opened(quint64 requestId, const QString &serverVersion);
    void catalogReady(quint64 requestId, const Catalog &catalog);
    void activityReady(quint64 requestId, const ActivitySnapshot &snapshot);
    void executed(quint64 requestId, const QueryResult &result);
    // kind is a DbError::Kind; message is one line meant for the user.
    void failed(quint64 requestId, const QString &message, int kind);

private:
    template <typename Work> void guarded(quint64 requestId, Work work);

    std::shared_ptr<Session> m_session;
};
