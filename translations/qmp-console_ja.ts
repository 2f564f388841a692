<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About QMP Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QEMU seen yet in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU versions seen in this session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;QMP Console %1&lt;/h2&gt;&lt;p&gt;A desktop console for the QEMU Monitor Protocol: commands, replies as a tree, and an event timeline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;License: GNU GPL version 2 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArgumentBuilder</name>
    <message>
        <source>empty key part in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has a value, so &apos;%2&apos; cannot nest into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds nested keys, so it cannot also have a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandEditor</name>
    <message>
        <source>Command editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query-status    or    {&quot;execute&quot;: &quot;query-status&quot;}    Ctrl+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineOptionsParser</name>
    <message>
        <source>Desktop console for the QEMU Monitor Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to ADDRESS at start-up (UNIX socket path, unix:PATH, HOST:PORT, [V6]:PORT); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --connect addresses are QEMU guest agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append every event of every connection to FILE as JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local sandbox VM and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid address &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--qga needs at least one --connect ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event-log may be given only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--event-log needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLogModel</name>
    <message>
        <source>the reply was discarded before it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPanel</name>
    <message>
        <source>Type a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the command first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QMP: a JSON message or the short form &quot;device_add driver=usb-kbd id=k0&quot;. HMP: a human monitor line such as &quot;info qtree&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search history (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact JSON that will be sent appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command validity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>A QMP command is a JSON object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object needs an &quot;execute&quot; member with the command name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;execute&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either &quot;execute&quot; or &quot;exec-oob&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;arguments&quot; must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot; in a QMP command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short form is a single line; use JSON for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HMP command is a single line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionListModel</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>the profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address: folder &apos;%1&apos; does not exist, so no socket can be created in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address: &apos;%1&apos; exists and is not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address: socket &apos;%1&apos; does not exist yet; connecting fails until QEMU creates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address: &apos;%1&apos; is not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS works on TCP addresses only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain TCP to %1 without TLS: QMP has no authentication, so anyone who can reach this port controls the VM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>invalid address &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest agent %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLineScanner</name>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventNameCountModel</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTimelineModel</name>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a QMP event: no &quot;event&quot; name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySearchPopup</name>
    <message>
        <source>Search history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching history entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n element(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the raw pretty-printed JSON (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse all (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search keys and values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>QMP Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved event log or session transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all events of the timeline as JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Filtered Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events that pass the current filter as JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session &amp;Transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save commands, replies and events with their times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in the focused view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Connection Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a saved connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect and connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;to Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to an address without saving a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Sandbox VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local QEMU (q35, qemu-xhci, two PCIe root ports) and connect to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the command (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HMP Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type human monitor commands instead of QMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the command history of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow New Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the reply as pretty-printed JSON instead of a tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colla&amp;pse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About QMP Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening logs is not available yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Event Log or Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json *.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the user interface. English is used where no translation exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>the profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile named &apos;%1&apos; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmpAddress</name>
    <message>
        <source>empty address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;unix:&apos; needs a socket path after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;[&apos; without &apos;]&apos; in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;:PORT&apos; after &apos;]&apos; in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;:PORT&apos; in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv6 address needs brackets: [%1]:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing host in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing port in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad port &apos;%1&apos;: a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs a CA certificate (--tls-ca) to verify the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file &apos;%1&apos; holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client certificate needs its key, and a key its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate file &apos;%1&apos; holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key file &apos;%1&apos; holds no PEM RSA or EC key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmpClient</name>
    <message>
        <source>the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply to %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a QMP message must be a JSON object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection is not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest agent has no out-of-band execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out-of-band execution was not negotiated (the server does not offer &quot;oob&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file descriptors can only be passed over a UNIX socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is already in use by a command in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed in the middle of a message (%1 bytes received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before its greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection during capability negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest agent closed the connection before it synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, but no greeting came within %1 ms: another client is probably attached (QEMU serves one client per QMP socket at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to qmp_capabilities within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guest agent did not answer guest-sync-delimited within %1 ms (is qemu-ga running in the guest?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect to %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qmp_capabilities failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message of %1 bytes exceeds the limit of %2 bytes and was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent %1, not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent text that is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent invalid JSON (byte %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a JSON %1, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second greeting was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a greeting, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message that is neither reply nor event was dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event without a name was dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not parse a message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply without id was dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply with the unknown id %1 was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed error reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already connected or connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnected by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arguments of %1 must be a JSON object, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmpEvent</name>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a QMP event: no &quot;event&quot; name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmpFdPassing</name>
    <message>
        <source>between 1 and 253 descriptors must travel with a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not pass file descriptors: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmpGreeting</name>
    <message>
        <source>the greeting is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting has no &quot;QMP&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting has no &quot;version&quot;: {&quot;qemu&quot;: {...}} object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting&apos;s QEMU version is not three integers (major, minor, micro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting&apos;s &quot;package&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting has no &quot;capabilities&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting&apos;s capabilities are not all strings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmpReply</name>
    <message>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmpSchema</name>
    <message>
        <source>the schema is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to the undefined type %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema is not valid JSON: %1 (offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmpSchemaCache</name>
    <message>
        <source>no saved schema for this QEMU (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved schema %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved schema %1 belongs to another QEMU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmpSchemaCompleter</name>
    <message>
        <source>returns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, allows out of band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmpSchemaDescriber</name>
    <message>
        <source>allows out of band (exec-oob)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments (variants chosen by &apos;%1&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns: nothing ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when %1 is &apos;%2&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... (%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmpSchemaLoader</name>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query-qmp-schema failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s schema cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmpSchemaValidator</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot run out of band (it does not allow exec-oob)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command must be a JSON object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command needs exactly one of &apos;execute&apos; and &apos;exec-oob&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected str, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range for %2 (%3 .. %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; for %2 &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmpShortForm</name>
    <message>
        <source>argument %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message needs exactly one of &apos;execute&apos; and &apos;exec-oob&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a command name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in command name &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;arguments&apos; must be a JSON object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown member &apos;%1&apos; in the message (expected execute or exec-oob, arguments, id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message needs &apos;execute&apos; or &apos;exec-oob&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a command name before &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arguments are key=value pairs or one JSON object, not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote in a key; only values can be quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON object must be the only argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;=&apos;: arguments are key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty key before &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated %1 quote in the value of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing may follow a whole JSON message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty command name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space in key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmpTransport</name>
    <message>
        <source>the server closed the connection during set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is for TCP addresses; %1 is a UNIX socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is not available: no TLS backend for Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load the client certificate &apos;%1&apos; or key &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file descriptors can only be passed over a UNIX socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not read: cannot pass file descriptors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxVm</name>
    <message>
        <source>QEMU did not open its QMP socket within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not found: install QEMU (Debian: qemu-system-x86) to use the sandbox VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a folder for the sandbox&apos;s QMP socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU was killed or crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU exited with status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineFilterProxy</name>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineMatcher</name>
    <message>
        <source>Invalid regular expression at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>QMP Console User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
