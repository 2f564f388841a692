// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtCore/QObject>

class QSocketNotifier;

// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal, so qmpctl --events can stop cleanly
// (flushing its --save file) when interrupted. One at a time; the old handlers come back when
// it is destroyed.
class QmpCtlSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit QmpCtlSignalWatcher(QObject *parent = nullptr);
    ~QmpCtlSignalWatcher() override;

Q_SIGNALS:
    void interrupted(int signal);

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};
