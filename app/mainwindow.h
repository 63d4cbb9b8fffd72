#pragma once
// The main window: wires the docks, actions and the message bar around one open connection.

#include <QMainWindow>

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    void openDemo();
};
