// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QObject>

class QSocketNotifier;

// Turns SIGTERM, SIGINT and SIGHUP into a normal QCoreApplication::quit(), so the window saves its
// layout and the sandbox VM's private folder is removed, as on a quit from the menu. One per process.
class QuitSignalHandler : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignalHandler(QObject *parent = nullptr);
    ~QuitSignalHandler() override;

private:
    QSocketNotifier *m_notifier = nullptr;
};
