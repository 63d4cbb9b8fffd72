#include "databasepicker.h"

#include "db/dberror.h"
#include "db/sessioncontroller.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>
#include <QStyle>

DatabasePicker::DatabasePicker(QLineEdit *field)
    : QObject(field), m_field(field), m_model(new QStringListModel(this)),
      m_completer(new QCompleter(m_model, this)), m_dropDown(new QAction(this))
{
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->popup()->setObjectName(QStringLiteral("databaseList"));
    m_completer->popup()->setAccessibleName(tr("Databases on the server"));
    m_field->setCompleter(m_completer);
    m_dropDown->setObjectName(QStringLiteral("chooseDatabase"));
    m_dropDown->setIcon(m_field->style()->standardIcon(QStyle::SP_ArrowDown));
    m_dropDown->setText(tr("Choose a database"));
    m_dropDown->setToolTip(tr("Test the connection first: the server then lists its databases"));
    m_dropDown->setEnabled(false);
    m_field->addAction(m_dropDown, QLineEdit::TrailingPosition);
    connect(m_dropDown, &QAction::triggered, this, &DatabasePicker::showList);
}

DatabasePicker::~DatabasePicker() = default; // the controller never waits for its thread

void DatabasePicker::fill(const ConnectionUri &uri)
{
    if (uri.dialect() == DialectKind::SQLite)
        return;
    request(uri, true);
}

void DatabasePicker::request(const ConnectionUri &uri, bool retryOnMaintenance)
{
    m_controller = std::make_unique<SessionController>(uri);
    SessionController *controller = m_controller.get();
    connect(controller, &SessionController::executed, this,
            [this](quint64 id, const QueryResult &result) {
                if (id != m_request)
                    return;
                QStringList names;
                for (const QVariantList &row : result.rows)
                    names << row.value(0).toString();
                m_model->setStringList(names);
                m_dropDown->setEnabled(!names.isEmpty());
                m_dropDown->setToolTip(tr("Choose one of the %n database(s) on the server", nullptr,
                                          int(names.size())));
                m_controller.release()->deleteLater();
                Q_EMIT filled(int(names.size()), {});
            });
    connect(controller, &SessionController::failed, this,
            [this, uri, retryOnMaintenance](quint64 id, const QString &message, int kind) {
                if (id != m_request)
                    return;
                m_controller.release()->deleteLater();
                const QString maintenance = ConnectionUri::maintenanceDatabase(uri.dialect());
                if (retryOnMaintenance && kind == int(DbError::Kind::MissingDatabase) &&
                    uri.option(QStringLiteral("dbname")) != maintenance) {
                    request(uri.withDatabase(maintenance), false);
                    return;
                }
                Q_EMIT filled(-1, message);
            });
    m_request = controller->execute(ConnectionUri::databaseListQuery(uri.dialect()));
}

void DatabasePicker::clear()
{
    if (m_controller)
        m_controller.release()->deleteLater();
    m_request = 0;
    m_model->setStringList({});
    m_dropDown->setEnabled(false);
    m_dropDown->setToolTip(tr("Test the connection first: the server then lists its databases"));
}

QStringList DatabasePicker::databases() const
{
    return m_model->stringList();
}

void DatabasePicker::showList()
{
    if (m_model->rowCount() == 0)
        return;
    m_field->setFocus(Qt::OtherFocusReason);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
}
