// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Internal to QmpQt: the guest agent's resynchronisation. A 0xFF byte makes qemu-ga drop any
// partial input; guest-sync-delimited with a random id is then answered with 0xFF and that id,
// and everything the agent sent before that answer belongs to an earlier conversation.

#include "qmpvalue.h"

class QmpGuestSync
{
public:
    // Starts a new round and returns the bytes to send.
    QByteArray begin();
    bool isActive() const { return m_active; }
    // True for the answer of the current round ({"return": id}); ends the round.
    bool finishesWith(const QmpValue &message);
    void reset() { m_active = false; }
    qint64 id() const { return m_id; }

private:
    qint64 m_id = 0;
    bool m_active = false;
};
