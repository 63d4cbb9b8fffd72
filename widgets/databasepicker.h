#pragma once
// The connection form's database field as a picker: once the server has answered (a test that
// connected, or one that says the database does not exist), its databases are read by a
// SessionController of their own, off the GUI thread, and offered in a drop-down from the
// field's button and as completions while typing.

#include "db/connectionuri.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QAction;
class QCompleter;
class QLineEdit;
class QStringListModel;
class SessionController;

class DatabasePicker : public QObject
{
    Q_OBJECT
public:
    explicit DatabasePicker(QLineEdit *field);
    ~DatabasePicker() override;

    // Lists the databases of the server `uri` reaches. Its database need not exist: the list is
    // read through the server's maintenance database then. Nothing for an SQLite file.
    void fill(const ConnectionUri &uri);
    // Forgets the list (another server was typed).
    void clear();
    QStringList databases() const;
    // The field's drop-down button: opens the list (disabled until there is one).
    QAction *dropDownAction() const { return m_dropDown; }
    void showList();

Q_SIGNALS:
    // The list arrived (count may be 0), or it could not be read (count -1, message says why).
    void filled(int count, const QString &message);

private:
    void request(const ConnectionUri &uri, bool retryOnMaintenance);

    QLineEdit *m_field;
    QStringListModel *m_model;
    QCompleter *m_completer;
    QAction *m_dropDown;
    std::unique_ptr<SessionController> m_controller;
    quint64 m_request = 0;
};
