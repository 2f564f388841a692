<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About QMP Console</source>
        <translation>Über QMP Console</translation>
    </message>
    <message>
        <source>No QEMU seen yet in this session.</source>
        <translation>In dieser Sitzung wurde noch kein QEMU angetroffen.</translation>
    </message>
    <message>
        <source>QEMU versions seen in this session:</source>
        <translation>In dieser Sitzung angetroffene QEMU-Versionen:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;QMP Console %1&lt;/h2&gt;&lt;p&gt;A desktop console for the QEMU Monitor Protocol: commands, replies as a tree, and an event timeline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;QMP Console %1&lt;/h2&gt;&lt;p&gt;Eine Desktop-Konsole für das QEMU Monitor Protocol: Befehle, Antworten als Baum und eine Ereigniszeitleiste.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft unter Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;License: GNU GPL version 2 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lizenz: GNU GPL Version 2 oder neuer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ArgumentBuilder</name>
    <message>
        <source>empty key part in &apos;%1&apos;</source>
        <translation>leerer Schlüsselteil in „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has a value, so &apos;%2&apos; cannot nest into it</source>
        <translation>„%1“ hat bereits einen Wert, daher kann „%2“ nicht darin verschachtelt werden</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>doppelter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds nested keys, so it cannot also have a value</source>
        <translation>„%1“ enthält bereits verschachtelte Schlüssel und kann daher nicht zusätzlich einen Wert haben</translation>
    </message>
</context>
<context>
    <name>ArgumentFormPanel</name>
    <message>
        <source>Fix the command in the editor first: the form follows it.</source>
        <translation>Zuerst den Befehl im Editor korrigieren: das Formular folgt ihm.</translation>
    </message>
    <message>
        <source>Optional: ticked, the key is sent; unticked or blank, it is left out.</source>
        <translation>Optional: angehakt wird der Schlüssel gesendet; nicht angehakt oder leer wird er weggelassen.</translation>
    </message>
    <message>
        <source>Required: QEMU refuses the command without it.</source>
        <translation>Erforderlich: ohne ihn lehnt QEMU den Befehl ab.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <source>Expected true or false, the editor has %1</source>
        <translation>Erwartet wird true oder false, im Editor steht %1</translation>
    </message>
    <message>
        <source>The editor has %1, which is not one of these</source>
        <translation>Im Editor steht %1, das keiner dieser Werte ist</translation>
    </message>
    <message>
        <source>Choose a value</source>
        <translation>Einen Wert wählen</translation>
    </message>
    <message>
        <source>Type a command in the editor or choose one here.</source>
        <translation>Einen Befehl im Editor eingeben oder hier einen wählen.</translation>
    </message>
    <message>
        <source>The schema of this connection is not known (yet): no form.</source>
        <translation>Das Schema dieser Verbindung ist (noch) nicht bekannt: kein Formular.</translation>
    </message>
    <message>
        <source>This QEMU has no command &quot;%1&quot;.</source>
        <translation>Dieses QEMU hat keinen Befehl „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no arguments.</source>
        <translation>„%1“ hat keine Argumente.</translation>
    </message>
    <message>
        <source>* required. Ticked keys are sent; blank ones are left out.</source>
        <translation>* erforderlich. Angehakte Schlüssel werden gesendet, leere weggelassen.</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>Command for the argument form</source>
        <translation>Befehl für das Argumentformular</translation>
    </message>
    <message>
        <source>Choose a command</source>
        <translation>Einen Befehl wählen</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (nicht erlaubt)</translation>
    </message>
    <message>
        <source>The argument form is for QMP commands: HMP lines have no schema. Choosing a command here switches to QMP.</source>
        <translation>Das Argumentformular gilt für QMP-Befehle: HMP-Zeilen haben kein Schema. Die Wahl eines Befehls hier wechselt zu QMP.</translation>
    </message>
</context>
<context>
    <name>CommandEditor</name>
    <message>
        <source>Command editor</source>
        <translation>Befehlseditor</translation>
    </message>
    <message>
        <source>query-status    or    {&quot;execute&quot;: &quot;query-status&quot;}    Ctrl+Enter sends</source>
        <translation>query-status    oder    {&quot;execute&quot;: &quot;query-status&quot;}    Strg+Enter sendet</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>CommandLineOptionsParser</name>
    <message>
        <source>Desktop console for the QEMU Monitor Protocol</source>
        <translation>Desktop-Konsole für das QEMU Monitor Protocol</translation>
    </message>
    <message>
        <source>Connect to ADDRESS at start-up (UNIX socket path, unix:PATH, HOST:PORT, [V6]:PORT); repeatable.</source>
        <translation>Beim Start mit ADRESSE verbinden (UNIX-Socket-Pfad, unix:PATH, HOST:PORT, [V6]:PORT); mehrfach angebbar.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The --connect addresses are QEMU guest agents.</source>
        <translation>Die Adressen von --connect sind QEMU-Gast-Agenten.</translation>
    </message>
    <message>
        <source>Append every event of every connection to FILE as JSON Lines.</source>
        <translation>Jedes Ereignis jeder Verbindung als JSON Lines an DATEI anhängen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Start a local sandbox VM and connect to it.</source>
        <translation>Eine lokale Sandbox-VM starten und sich mit ihr verbinden.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Invalid address &apos;%1&apos;: %2</source>
        <translation>Ungültige Adresse „%1“: %2</translation>
    </message>
    <message>
        <source>--qga needs at least one --connect ADDRESS</source>
        <translation>--qga benötigt mindestens ein --connect ADRESSE</translation>
    </message>
    <message>
        <source>--event-log may be given only once</source>
        <translation>--event-log darf nur einmal angegeben werden</translation>
    </message>
    <message>
        <source>--event-log needs a file name</source>
        <translation>--event-log benötigt einen Dateinamen</translation>
    </message>
</context>
<context>
    <name>CommandLogModel</name>
    <message>
        <source>the reply was discarded before it arrived</source>
        <translation>die Antwort wurde verworfen, bevor sie eintraf</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Umlaufzeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>HMP: %1</source>
        <translation>HMP: %1</translation>
    </message>
</context>
<context>
    <name>CommandLogView</name>
    <message>
        <source>Commands and replies</source>
        <translation>Befehle und Antworten</translation>
    </message>
    <message>
        <source>&amp;Copy Reply</source>
        <translation>Antwort &amp;kopieren</translation>
    </message>
    <message>
        <source>Show Linked &amp;Events</source>
        <translation>Verknüpfte &amp;Ereignisse zeigen</translation>
    </message>
    <message>
        <source>Select in the event timeline the events this command caused</source>
        <translation>In der Ereigniszeitleiste die Ereignisse auswählen, die dieser Befehl ausgelöst hat</translation>
    </message>
</context>
<context>
    <name>CommandPanel</name>
    <message>
        <source>Type a command</source>
        <translation>Befehl eingeben</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Gültig: %1</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Enter)</translation>
    </message>
    <message>
        <source>Fix the command first</source>
        <translation>Zuerst den Befehl korrigieren</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Senden &amp;an:</translation>
    </message>
    <message>
        <source>Target connection</source>
        <translation>Zielverbindung</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>QMP</source>
        <translation>QMP</translation>
    </message>
    <message>
        <source>HMP</source>
        <translation>HMP</translation>
    </message>
    <message>
        <source>Command language</source>
        <translation>Befehlssprache</translation>
    </message>
    <message>
        <source>QMP: a JSON message or the short form &quot;device_add driver=usb-kbd id=k0&quot;. HMP: a human monitor line such as &quot;info qtree&quot;.</source>
        <translation>QMP: eine JSON-Nachricht oder die Kurzform „device_add driver=usb-kbd id=k0“. HMP: eine Zeile für den Human Monitor wie „info qtree“.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send command</source>
        <translation>Befehl senden</translation>
    </message>
    <message>
        <source>Search history (Ctrl+R)</source>
        <translation>Verlauf durchsuchen (Strg+R)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>JSON that will be sent</source>
        <translation>JSON, das gesendet wird</translation>
    </message>
    <message>
        <source>The exact JSON that will be sent appears here.</source>
        <translation>Hier erscheint genau das JSON, das gesendet wird.</translation>
    </message>
    <message>
        <source>Command validity</source>
        <translation>Gültigkeit des Befehls</translation>
    </message>
    <message>
        <source>Schema: %1. QEMU decides; you can still send.</source>
        <translation>Schema: %1. QEMU entscheidet; Senden ist trotzdem möglich.</translation>
    </message>
    <message numerus="yes">
        <source>Schema: %1 (and %n more). QEMU decides; you can still send.</source>
        <translation>
            <numerusform>Schema: %1 (und %n weiteres). QEMU entscheidet; Senden ist trotzdem möglich.</numerusform>
            <numerusform>Schema: %1 (und %n weitere). QEMU entscheidet; Senden ist trotzdem möglich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter). The schema check found problems, but QEMU has the last word: sending is allowed.</source>
        <translation>Senden (Strg+Enter). Die Schemaprüfung hat Probleme gefunden, aber QEMU hat das letzte Wort: Senden ist erlaubt.</translation>
    </message>
    <message>
        <source>Valid HMP line: %1</source>
        <translation>Gültige HMP-Zeile: %1</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>A QMP command is a JSON object, not %1</source>
        <translation>Ein QMP-Befehl ist ein JSON-Objekt, kein Wert vom Typ %1</translation>
    </message>
    <message>
        <source>The object needs an &quot;execute&quot; member with the command name</source>
        <translation>Das Objekt benötigt einen Eintrag &quot;execute&quot; mit dem Befehlsnamen</translation>
    </message>
    <message>
        <source>&quot;execute&quot; must be a non-empty string</source>
        <translation>&quot;execute&quot; muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>Use either &quot;execute&quot; or &quot;exec-oob&quot;, not both</source>
        <translation>Entweder &quot;execute&quot; oder &quot;exec-oob&quot; verwenden, nicht beides</translation>
    </message>
    <message>
        <source>&quot;arguments&quot; must be an object, not %1</source>
        <translation>&quot;arguments&quot; muss ein Objekt sein, kein Wert vom Typ %1</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot; in a QMP command</source>
        <translation>Unbekannter Eintrag &quot;%1&quot; in einem QMP-Befehl</translation>
    </message>
    <message>
        <source>The short form is a single line; use JSON for more</source>
        <translation>Die Kurzform ist einzeilig; für mehr bitte JSON verwenden</translation>
    </message>
    <message>
        <source>An HMP command is a single line</source>
        <translation>Ein HMP-Befehl ist einzeilig</translation>
    </message>
</context>
<context>
    <name>ConnectionListModel</name>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 unter %2: %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>QEMU</source>
        <translation>QEMU</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>QEMU %1</source>
        <translation>QEMU %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>the profile needs a name</source>
        <translation>das Profil braucht einen Namen</translation>
    </message>
    <message>
        <source>address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>address: folder &apos;%1&apos; does not exist, so no socket can be created in it</source>
        <translation>Adresse: Der Ordner „%1“ existiert nicht, daher kann darin kein Socket angelegt werden</translation>
    </message>
    <message>
        <source>address: &apos;%1&apos; exists and is not a socket</source>
        <translation>Adresse: „%1“ existiert und ist kein Socket</translation>
    </message>
    <message>
        <source>address: socket &apos;%1&apos; does not exist yet; connecting fails until QEMU creates it</source>
        <translation>Adresse: Der Socket „%1“ existiert noch nicht; Verbindungsversuche schlagen fehl, bis QEMU ihn anlegt</translation>
    </message>
    <message>
        <source>address: &apos;%1&apos; is not a socket</source>
        <translation>Adresse: „%1“ ist kein Socket</translation>
    </message>
    <message>
        <source>TLS works on TCP addresses only</source>
        <translation>TLS funktioniert nur mit TCP-Adressen</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>plain TCP to %1 without TLS: QMP has no authentication, so anyone who can reach this port controls the VM</source>
        <translation>unverschlüsseltes TCP zu %1 ohne TLS: QMP hat keine Authentifizierung, daher kontrolliert jeder, der diesen Port erreicht, die VM</translation>
    </message>
    <message>
        <source>address: unknown form &apos;%1:&apos;; use /path/to/socket, unix:PATH, HOST:PORT, tcp:HOST:PORT or [V6]:PORT</source>
        <translation>Adresse: unbekannte Form „%1:“; verwenden Sie /path/to/socket, unix:PATH, HOST:PORT, tcp:HOST:PORT oder [V6]:PORT</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>invalid address &apos;%1&apos;: %2</source>
        <translation>ungültige Adresse „%1“: %2</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>wird verbunden</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>waiting to reconnect</source>
        <translation>wartet auf erneutes Verbinden</translation>
    </message>
    <message>
        <source>disconnecting</source>
        <translation>wird getrennt</translation>
    </message>
    <message>
        <source>guest agent %1</source>
        <translation>Gast-Agent %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message>
        <source>Connect to Address</source>
        <translation>Mit Adresse verbinden</translation>
    </message>
    <message>
        <source>QMP address (/path/to/qmp.sock, unix:PATH, HOST:PORT, [V6]:PORT):</source>
        <translation>QMP-Adresse (/path/to/qmp.sock, unix:PATH, HOST:PORT, [V6]:PORT):</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address: %2</source>
        <translation>„%1“ ist keine Adresse: %2</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &apos;%1&apos; and its command history?</source>
        <translation>Das Profil „%1“ und seinen Befehlsverlauf löschen?</translation>
    </message>
    <message>
        <source>guest agent</source>
        <translation>Gast-Agent</translation>
    </message>
    <message>
        <source>connects at start-up</source>
        <translation>verbindet sich beim Start</translation>
    </message>
    <message>
        <source>Disconnect %1 and remove it from the list</source>
        <translation>%1 trennen und aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Remove the selected connection from the list</source>
        <translation>Die ausgewählte Verbindung aus der Liste entfernen</translation>
    </message>
    <message>
        <source>No live connection. Connect a profile, use Connect to Address…, or start the sandbox VM.</source>
        <translation>Keine aktive Verbindung. Verbinden Sie ein Profil, verwenden Sie „Mit Adresse verbinden…“ oder starten Sie die Sandbox-VM.</translation>
    </message>
    <message>
        <source>Select a connection to send commands to it.</source>
        <translation>Wählen Sie eine Verbindung aus, um Befehle an sie zu senden.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <source>waiting to reconnect (next try in %1 s)</source>
        <translation>wartet auf erneutes Verbinden (nächster Versuch in %1 s)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>QEMU: %1</source>
        <translation>QEMU: %1</translation>
    </message>
    <message>
        <source>VM: %1</source>
        <translation>VM: %1</translation>
    </message>
    <message>
        <source>Saved &amp;profiles</source>
        <translation>Gespeicherte &amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Live connections</source>
        <translation>&amp;Aktive Verbindungen</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>Live connections</source>
        <translation>Aktive Verbindungen</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Verbindungsdetails</translation>
    </message>
    <message>
        <source>No saved profiles yet (Connection ▸ New Connection Profile…)</source>
        <translation>Noch keine gespeicherten Profile (Verbindung ▸ Neues Verbindungsprofil…)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>Connect first: there is no live connection</source>
        <translation>Zuerst verbinden: Es gibt keine aktive Verbindung</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 ist nicht verbunden</translation>
    </message>
    <message>
        <source>No connection to send to</source>
        <translation>Keine Verbindung zum Senden</translation>
    </message>
    <message>
        <source>Sent %1 to %2</source>
        <translation>%1 an %2 gesendet</translation>
    </message>
    <message>
        <source>Sent HMP line &quot;%1&quot; to %2</source>
        <translation>HMP-Zeile „%1“ an %2 gesendet</translation>
    </message>
</context>
<context>
    <name>DeviceTreeModel</name>
    <message>
        <source>cannot list bus types: %1</source>
        <translation>Bustypen können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>%1 kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>Bus %1</source>
        <translation>Bus %1</translation>
    </message>
    <message>
        <source>Device %1 (%2)</source>
        <translation>Gerät %1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>QOM path</source>
        <translation>QOM-Pfad</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Unplug of %1: %2</source>
        <translation>Entfernen von %1: %2</translation>
    </message>
    <message>
        <source>Unplug of %1: %2 (%3)</source>
        <translation>Entfernen von %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Cannot list device drivers: %1</source>
        <translation>Gerätetreiber können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No properties for %1: %2</source>
        <translation>Keine Eigenschaften für %1: %2</translation>
    </message>
    <message>
        <source>%1, default %2</source>
        <translation>%1, Standard: %2</translation>
    </message>
    <message>
        <source>device_add %1</source>
        <translation>device_add %1</translation>
    </message>
    <message>
        <source>device_del %1</source>
        <translation>device_del %1</translation>
    </message>
    <message>
        <source>%1 before and after %2</source>
        <translation>%1 vor und nach %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Device added.</source>
        <translation>Gerät hinzugefügt.</translation>
    </message>
    <message>
        <source>Unplug requested; waiting for DEVICE_DELETED.</source>
        <translation>Entfernen angefordert; warte auf DEVICE_DELETED.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Gerät entfernen</translation>
    </message>
    <message>
        <source>device_del the selected device and follow the unplug</source>
        <translation>Das ausgewählte Gerät mit device_del entfernen und das Entfernen verfolgen</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>&amp;Treiber:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>&amp;Bus:</translation>
    </message>
    <message>
        <source>&amp;Add device</source>
        <translation>Gerät &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Time out after (s, 0: never):</source>
        <translation>Zeitlimit (s, 0: keins):</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergleichen:</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Unplugs</source>
        <translation>Geräteentfernungen</translation>
    </message>
    <message>
        <source>Reply diff</source>
        <translation>Antwortvergleich</translation>
    </message>
    <message>
        <source>Device tree</source>
        <translation>Gerätebaum</translation>
    </message>
    <message>
        <source>%1 (unplug %2, %3 s)</source>
        <translation>%1 (Entfernen %2, %3 s)</translation>
    </message>
    <message>
        <source>A guest agent connection has no devices to show.</source>
        <translation>Eine Verbindung zu einem Gast-Agenten hat keine Geräte zum Anzeigen.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>Reply: (none yet)</source>
        <translation>Antwort: (noch keine)</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Event after %1 s: %2</source>
        <translation>Ereignis nach %1 s: %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Sent: nothing from this app</source>
        <translation>Gesendet: nichts aus dieser Anwendung</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>Show Events in &amp;Timeline</source>
        <translation>Ereignisse in der &amp;Zeitleiste zeigen</translation>
    </message>
    <message>
        <source>Select in the event timeline the events of this unplug</source>
        <translation>In der Ereigniszeitleiste die Ereignisse dieses Entfernens auswählen</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>EventLineScanner</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>NUL byte</source>
        <translation>NUL-Byte</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
</context>
<context>
    <name>EventLogReader</name>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>kein JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>neither a QMP event nor a transcript line</source>
        <translation>weder ein QMP-Ereignis noch eine Zeile einer Sitzungsmitschrift</translation>
    </message>
    <message>
        <source>transcript line with a &quot;dir&quot; other than &quot;in&quot; or &quot;out&quot;</source>
        <translation>Mitschriftzeile, deren &quot;dir&quot; weder &quot;in&quot; noch &quot;out&quot; ist</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>line longer than %1 MiB</source>
        <translation>Zeile länger als %1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>%n events read</source>
        <translation>
            <numerusform>%n Ereignis gelesen</numerusform>
            <numerusform>%n Ereignisse gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commands and replies not shown</source>
        <translation>
            <numerusform>%n Befehl oder Antwort nicht angezeigt</numerusform>
            <numerusform>%n Befehle und Antworten nicht angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad lines skipped</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile übersprungen</numerusform>
            <numerusform>%n fehlerhafte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad lines skipped (line %1: %2)</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile übersprungen (Zeile %1: %2)</numerusform>
            <numerusform>%n fehlerhafte Zeilen übersprungen (Zeile %1: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Joins two parts of a summary, as in &quot;12 events read; 2 bad lines skipped&quot;</extracomment>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>EventLogSaver</name>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>EventLogWriter</name>
    <message>
        <source>Cannot open the event log %1: %2</source>
        <translation>Das Ereignisprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot repair the end of the event log %1: %2</source>
        <translation>Das Ende des Ereignisprotokolls %1 kann nicht repariert werden: %2</translation>
    </message>
    <message>
        <source>The event log %1 was removed. Events are kept in memory.</source>
        <translation>Das Ereignisprotokoll %1 wurde entfernt. Ereignisse werden im Speicher behalten.</translation>
    </message>
    <message>
        <source>Cannot write the event log %1: %2. Events are kept in memory.</source>
        <translation>Das Ereignisprotokoll %1 kann nicht geschrieben werden: %2. Ereignisse werden im Speicher behalten.</translation>
    </message>
</context>
<context>
    <name>EventNameCountModel</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>No %1 event yet; this QEMU can send it</source>
        <translation>Noch kein %1-Ereignis; dieses QEMU kann es senden</translation>
    </message>
</context>
<context>
    <name>EventTimelineModel</name>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>kein JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>not a QMP event: no &quot;event&quot; name</source>
        <translation>kein QMP-Ereignis: kein Name in &quot;event&quot;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>QEMU time</source>
        <translation>QEMU-Zeit</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>HistorySearchPopup</name>
    <message>
        <source>Search history…</source>
        <translation>Verlauf durchsuchen…</translation>
    </message>
    <message>
        <source>History search</source>
        <translation>Verlaufssuche</translation>
    </message>
    <message>
        <source>Matching history entries</source>
        <translation>Passende Verlaufseinträge</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n Eintrag}</numerusform>
            <numerusform>{%n Einträge}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n element(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>Show the raw pretty-printed JSON (Ctrl+U)</source>
        <translation>Das rohe JSON formatiert anzeigen (Strg+U)</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <source>Expand all (Ctrl++)</source>
        <translation>Alle ausklappen (Strg++)</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>Alle einklappen</translation>
    </message>
    <message>
        <source>Collapse all (Ctrl+-)</source>
        <translation>Alle einklappen (Strg+-)</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>Search keys and values…</source>
        <translation>Schlüssel und Werte durchsuchen…</translation>
    </message>
    <message>
        <source>Search in tree</source>
        <translation>Im Baum suchen</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON-Baum</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>The command printed nothing.</source>
        <translation>Der Befehl hat nichts ausgegeben.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>QMP Console</source>
        <translation>QMP Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>C&amp;ommand</source>
        <translation>Be&amp;fehl</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bedienfelder</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Event Timeline</source>
        <translation>Ereigniszeitleiste</translation>
    </message>
    <message>
        <source>&amp;Open Log…</source>
        <translation>Protokoll &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open a saved event log or session transcript</source>
        <translation>Ein gespeichertes Ereignisprotokoll oder eine Sitzungsmitschrift öffnen</translation>
    </message>
    <message>
        <source>&amp;Save Events…</source>
        <translation>Ereignisse &amp;speichern…</translation>
    </message>
    <message>
        <source>Save all events of the timeline as JSON Lines</source>
        <translation>Alle Ereignisse der Zeitleiste als JSON Lines speichern</translation>
    </message>
    <message>
        <source>Save &amp;Filtered Events…</source>
        <translation>&amp;Gefilterte Ereignisse speichern…</translation>
    </message>
    <message>
        <source>Save the events that pass the current filter as JSON Lines</source>
        <translation>Die Ereignisse, die den aktuellen Filter passieren, als JSON Lines speichern</translation>
    </message>
    <message>
        <source>Save Session &amp;Transcript…</source>
        <translation>Sitzungs&amp;mitschrift speichern…</translation>
    </message>
    <message>
        <source>Save commands, replies and events with their times</source>
        <translation>Befehle, Antworten und Ereignisse mit ihren Zeitpunkten speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search in the focused view</source>
        <translation>In der Ansicht mit dem Fokus suchen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;New Connection Profile…</source>
        <translation>&amp;Neues Verbindungsprofil…</translation>
    </message>
    <message>
        <source>Create a saved connection profile</source>
        <translation>Ein gespeichertes Verbindungsprofil anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Profile</source>
        <translation>Profil &amp;duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation>Profil lö&amp;schen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect the selected profile</source>
        <translation>Das ausgewählte Profil verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Disconnect the selected connection</source>
        <translation>Die ausgewählte Verbindung trennen</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Erneut verbinden</translation>
    </message>
    <message>
        <source>Disconnect and connect again</source>
        <translation>Trennen und erneut verbinden</translation>
    </message>
    <message>
        <source>Connect &amp;to Address…</source>
        <translation>Mit &amp;Adresse verbinden…</translation>
    </message>
    <message>
        <source>Connect to an address without saving a profile</source>
        <translation>Mit einer Adresse verbinden, ohne ein Profil zu speichern</translation>
    </message>
    <message>
        <source>Start &amp;Sandbox VM</source>
        <translation>Sandbox-VM sta&amp;rten</translation>
    </message>
    <message>
        <source>Start a local QEMU (q35, qemu-xhci, two PCIe root ports) and connect to it</source>
        <translation>Ein lokales QEMU starten (q35, qemu-xhci, zwei PCIe-Root-Ports) und sich damit verbinden</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the command (Ctrl+Enter)</source>
        <translation>Den Befehl senden (Strg+Enter)</translation>
    </message>
    <message>
        <source>&amp;HMP Mode</source>
        <translation>&amp;HMP-Modus</translation>
    </message>
    <message>
        <source>Type human monitor commands instead of QMP</source>
        <translation>Befehle für den Human Monitor statt QMP eingeben</translation>
    </message>
    <message>
        <source>Search the command history of this profile</source>
        <translation>Den Befehlsverlauf dieses Profils durchsuchen</translation>
    </message>
    <message>
        <source>C&amp;lear Editor</source>
        <translation>Editor &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Follow New Events</source>
        <translation>Neuen Ereignissen &amp;folgen</translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation>Das neueste Ereignis im Blick behalten</translation>
    </message>
    <message>
        <source>Clear &amp;Timeline</source>
        <translation>&amp;Zeitleiste leeren</translation>
    </message>
    <message>
        <source>&amp;Raw Reply</source>
        <translation>&amp;Rohe Antwort</translation>
    </message>
    <message>
        <source>Show the reply as pretty-printed JSON instead of a tree</source>
        <translation>Die Antwort als formatiertes JSON statt als Baum anzeigen</translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation>Alle &amp;ausklappen</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbildmodus</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About QMP Console</source>
        <translation>&amp;Über QMP Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Open Event Log or Transcript</source>
        <translation>Ereignisprotokoll oder Mitschrift öffnen</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json *.log);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sandbox VM</source>
        <translation>Sandbox-VM</translation>
    </message>
    <message>
        <source>Second QMP socket for outside tools (qmpctl, qmp-shell):
%1</source>
        <translation>Zweiter QMP-Socket für externe Werkzeuge (qmpctl, qmp-shell):
%1</translation>
    </message>
    <message>
        <source>Sandbox VM started; outside tools can use %1</source>
        <translation>Sandbox-VM gestartet; externe Werkzeuge können %1 verwenden</translation>
    </message>
    <message>
        <source>Sandbox VM: %1</source>
        <translation>Sandbox-VM: %1</translation>
    </message>
    <message>
        <source>The sandbox VM could not run.</source>
        <translation>Die Sandbox-VM konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>The sandbox VM has stopped.</source>
        <translation>Die Sandbox-VM wurde beendet.</translation>
    </message>
    <message>
        <source>Starting the sandbox VM…</source>
        <translation>Sandbox-VM wird gestartet…</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>QEMU %1</source>
        <translation>QEMU %1</translation>
    </message>
    <message>
        <source>VM %1</source>
        <translation>VM %1</translation>
    </message>
    <message>
        <source>%1 (%2) – QMP Console</source>
        <translation>%1 (%2) – QMP Console</translation>
    </message>
    <message>
        <source>Save Session Transcript</source>
        <translation>Sitzungsmitschrift speichern</translation>
    </message>
    <message>
        <source>Save Filtered Events</source>
        <translation>Gefilterte Ereignisse speichern</translation>
    </message>
    <message>
        <source>Save Events</source>
        <translation>Ereignisse speichern</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Open Event Log</source>
        <translation>Ereignisprotokoll öffnen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The sandbox VM has stopped: %1</source>
        <translation>Die Sandbox-VM wurde beendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lines of %1 could not be read and were skipped.</source>
        <translation>
            <numerusform>%n Zeile von %1 war nicht lesbar und wurde übersprungen.</numerusform>
            <numerusform>%n Zeilen von %1 waren nicht lesbar und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent C&amp;onnections</source>
        <translation>&amp;Letzte Verbindungen</translation>
    </message>
    <message>
        <source>Search H&amp;istory…</source>
        <translation>&amp;Verlauf durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;einklappen</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Reconnect (%1) starts a new sandbox VM.</source>
        <translation>Erneut verbinden (%1) startet eine neue Sandbox-VM.</translation>
    </message>
    <message>
        <source>The command that caused it is not in the command log: another part of this app sent it</source>
        <translation>Der auslösende Befehl steht nicht im Befehlsprotokoll: ein anderer Teil dieser Anwendung hat ihn gesendet</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language of the user interface. English is used where no translation exists.</source>
        <translation>Die Sprache der Benutzeroberfläche. Wo keine Übersetzung vorhanden ist, wird Englisch verwendet.</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>Wie die Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light and Dark use Qt&apos;s Fusion style, for desktops whose colours Qt does not pick up.</source>
        <translation>Hell und Dunkel verwenden Qts Fusion-Stil, für Arbeitsumgebungen, deren Farben Qt nicht übernimmt.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection Profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. build VM</source>
        <translation>z. B. Build-VM</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>A UNIX socket (/path/to/qmp.sock or unix:/path) or TCP (host:port, tcp:host:port, [::1]:port)</source>
        <translation>Ein UNIX-Socket (/path/to/qmp.sock oder unix:/path) oder TCP (host:port, tcp:host:port, [::1]:port)</translation>
    </message>
    <message>
        <source>/run/vm/qmp.sock   or   localhost:4444</source>
        <translation>/run/vm/qmp.sock   oder   localhost:4444</translation>
    </message>
    <message>
        <source>&amp;Speaks:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>QMP (QEMU monitor)</source>
        <translation>QMP (QEMU-Monitor)</translation>
    </message>
    <message>
        <source>QEMU guest agent</source>
        <translation>QEMU-Gast-Agent</translation>
    </message>
    <message>
        <source>Server mode: &amp;listen on the address and let QEMU connect in</source>
        <translation>Servermodus: an der Adresse &amp;lauschen und QEMU die Verbindung aufbauen lassen</translation>
    </message>
    <message>
        <source>For QEMU started with -qmp unix:PATH without server=on</source>
        <translation>Für ein QEMU, das mit -qmp unix:PATH ohne server=on gestartet wurde</translation>
    </message>
    <message>
        <source>Connect when the app &amp;starts</source>
        <translation>Beim &amp;Start der Anwendung verbinden</translation>
    </message>
    <message>
        <source>&amp;Reconnect after the connection drops</source>
        <translation>Nach einem Verbindungsabbruch &amp;erneut verbinden</translation>
    </message>
    <message>
        <source>&amp;TLS (TCP only, as tls-creds-x509 with verify-peer=on)</source>
        <translation>&amp;TLS (nur TCP, wie tls-creds-x509 mit verify-peer=on)</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>ca-cert.pem (required)</source>
        <translation>ca-cert.pem (erforderlich)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>client-cert.pem (when the server verifies peers)</source>
        <translation>client-cert.pem (wenn der Server die Gegenstelle prüft)</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>Client-Sc&amp;hlüssel:</translation>
    </message>
    <message>
        <source>client-key.pem</source>
        <translation>client-key.pem</translation>
    </message>
    <message>
        <source>&amp;Peer name:</source>
        <translation>Name der &amp;Gegenstelle:</translation>
    </message>
    <message>
        <source>name in the server certificate (default: the host)</source>
        <translation>Name im Serverzertifikat (Standard: der Host)</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>New Connection Profile</source>
        <translation>Neues Verbindungsprofil</translation>
    </message>
    <message>
        <source>Edit Profile %1</source>
        <translation>Profil %1 bearbeiten</translation>
    </message>
    <message>
        <source>TLS needs the CA certificate that signed the server&apos;s certificate</source>
        <translation>TLS benötigt das CA-Zertifikat, mit dem das Serverzertifikat signiert wurde</translation>
    </message>
    <message>
        <source>another profile is already called &apos;%1&apos;</source>
        <translation>ein anderes Profil heißt bereits „%1“</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first</source>
        <translation>Zuerst die rot markierten Felder korrigieren</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>the profile needs a name</source>
        <translation>das Profil braucht einen Namen</translation>
    </message>
    <message>
        <source>a profile named &apos;%1&apos; exists already</source>
        <translation>ein Profil namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>no such profile</source>
        <translation>kein solches Profil vorhanden</translation>
    </message>
</context>
<context>
    <name>QmpAddress</name>
    <message>
        <source>empty address</source>
        <translation>leere Adresse</translation>
    </message>
    <message>
        <source>&apos;unix:&apos; needs a socket path after it</source>
        <translation>nach „unix:“ muss ein Socket-Pfad folgen</translation>
    </message>
    <message>
        <source>&apos;[&apos; without &apos;]&apos; in %1</source>
        <translation>„[“ ohne „]“ in %1</translation>
    </message>
    <message>
        <source>missing &apos;:PORT&apos; after &apos;]&apos; in %1</source>
        <translation>„:PORT“ fehlt nach „]“ in %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address</source>
        <translation>„%1“ ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>missing &apos;:PORT&apos; in %1</source>
        <translation>„:PORT“ fehlt in %1</translation>
    </message>
    <message>
        <source>an IPv6 address needs brackets: [%1]:PORT</source>
        <translation>eine IPv6-Adresse braucht eckige Klammern: [%1]:PORT</translation>
    </message>
    <message>
        <source>missing host in %1</source>
        <translation>Host fehlt in %1</translation>
    </message>
    <message>
        <source>missing port in %1</source>
        <translation>Port fehlt in %1</translation>
    </message>
    <message>
        <source>bad port &apos;%1&apos;: a number from 1 to 65535</source>
        <translation>ungültiger Port „%1“: erwartet wird eine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; does not exist</source>
        <translation>Datei „%2“ (%1) existiert nicht</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; cannot be read: %3</source>
        <translation>Datei „%2“ (%1) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>TLS needs a CA certificate (--tls-ca) to verify the server</source>
        <translation>TLS benötigt ein CA-Zertifikat (--tls-ca), um den Server zu prüfen</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>CA certificate file &apos;%1&apos; holds no PEM certificate</source>
        <translation>CA-Zertifikatsdatei „%1“ enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>a client certificate needs its key, and a key its certificate</source>
        <translation>ein Client-Zertifikat braucht seinen Schlüssel und ein Schlüssel sein Zertifikat</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>client certificate file &apos;%1&apos; holds no PEM certificate</source>
        <translation>Client-Zertifikatsdatei „%1“ enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>client key file &apos;%1&apos; holds no PEM RSA or EC key</source>
        <translation>Client-Schlüsseldatei „%1“ enthält keinen RSA- oder EC-Schlüssel im PEM-Format</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or an IP address</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse</translation>
    </message>
</context>
<context>
    <name>QmpArgumentForm</name>
    <message>
        <source>Returns: nothing ({})</source>
        <translation>Rückgabe: nichts ({})</translation>
    </message>
    <message>
        <source>Returns:</source>
        <translation>Rückgabe:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>„%1“ ist keiner von: %2</translation>
    </message>
    <message>
        <source>Expected true or false</source>
        <translation>Erwartet wird true oder false</translation>
    </message>
    <message>
        <source>Expected a whole number from -9223372036854775808 to 18446744073709551615</source>
        <translation>Erwartet wird eine ganze Zahl von -9223372036854775808 bis 18446744073709551615</translation>
    </message>
    <message>
        <source>Expected a number</source>
        <translation>Erwartet wird eine Zahl</translation>
    </message>
    <message>
        <source>Not JSON at character %1: %2</source>
        <translation>Kein JSON bei Zeichen %1: %2</translation>
    </message>
</context>
<context>
    <name>QmpClient</name>
    <message>
        <source>the message</source>
        <translation>die Nachricht</translation>
    </message>
    <message>
        <source>no reply to %1 within %2 ms</source>
        <translation>keine Antwort auf %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>cannot write to the server</source>
        <translation>Schreiben zum Server nicht möglich</translation>
    </message>
    <message>
        <source>a QMP message must be a JSON object, not %1</source>
        <translation>eine QMP-Nachricht muss ein JSON-Objekt sein, kein Wert vom Typ %1</translation>
    </message>
    <message>
        <source>the connection is not ready yet</source>
        <translation>die Verbindung ist noch nicht bereit</translation>
    </message>
    <message>
        <source>the guest agent has no out-of-band execution</source>
        <translation>der Gast-Agent unterstützt keine Out-of-Band-Ausführung</translation>
    </message>
    <message>
        <source>out-of-band execution was not negotiated (the server does not offer &quot;oob&quot;)</source>
        <translation>Out-of-Band-Ausführung wurde nicht ausgehandelt (der Server bietet &quot;oob&quot; nicht an)</translation>
    </message>
    <message>
        <source>file descriptors can only be passed over a UNIX socket</source>
        <translation>Dateideskriptoren können nur über einen UNIX-Socket übergeben werden</translation>
    </message>
    <message>
        <source>the id %1 is already in use by a command in flight</source>
        <translation>die ID %1 wird bereits von einem laufenden Befehl verwendet</translation>
    </message>
    <message>
        <source>the connection closed in the middle of a message (%1 bytes received)</source>
        <translation>die Verbindung wurde mitten in einer Nachricht geschlossen (%1 Bytes empfangen)</translation>
    </message>
    <message>
        <source>truncated greeting: %1</source>
        <translation>abgeschnittene Begrüßung: %1</translation>
    </message>
    <message>
        <source>the server closed the connection before its greeting</source>
        <translation>der Server hat die Verbindung vor seiner Begrüßung geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection during capability negotiation</source>
        <translation>der Server hat die Verbindung während der Aushandlung der Fähigkeiten geschlossen</translation>
    </message>
    <message>
        <source>the guest agent closed the connection before it synchronised</source>
        <translation>der Gast-Agent hat die Verbindung vor der Synchronisierung geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>connected, but no greeting came within %1 ms: another client is probably attached (QEMU serves one client per QMP socket at a time)</source>
        <translation>verbunden, aber innerhalb von %1 ms kam keine Begrüßung: Vermutlich ist bereits ein anderer Client verbunden (QEMU bedient pro QMP-Socket jeweils nur einen Client)</translation>
    </message>
    <message>
        <source>no answer to qmp_capabilities within %1 ms</source>
        <translation>keine Antwort auf qmp_capabilities innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>could not connect to %1 within %2 ms</source>
        <translation>innerhalb von %2 ms konnte keine Verbindung zu %1 hergestellt werden</translation>
    </message>
    <message>
        <source>qmp_capabilities failed: %1</source>
        <translation>qmp_capabilities fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the connection ended: %1</source>
        <translation>die Verbindung wurde beendet: %1</translation>
    </message>
    <message>
        <source>bad greeting: %1</source>
        <translation>ungültige Begrüßung: %1</translation>
    </message>
    <message>
        <source>a message of %1 bytes exceeds the limit of %2 bytes and was dropped</source>
        <translation>eine Nachricht mit %1 Bytes überschreitet die Grenze von %2 Bytes und wurde verworfen</translation>
    </message>
    <message>
        <source>the server sent %1, not a JSON object: %2</source>
        <translation>der Server hat einen Wert vom Typ %1 statt eines JSON-Objekts gesendet: %2</translation>
    </message>
    <message>
        <source>the server sent text that is not JSON: %1</source>
        <translation>der Server hat Text gesendet, der kein JSON ist: %1</translation>
    </message>
    <message>
        <source>the server sent invalid JSON (byte %1: %2)</source>
        <translation>der Server hat ungültiges JSON gesendet (Byte %1: %2)</translation>
    </message>
    <message>
        <source>the server sent a JSON %1, not an object</source>
        <translation>der Server hat einen JSON-Wert vom Typ %1 statt eines Objekts gesendet</translation>
    </message>
    <message>
        <source>a second greeting was ignored</source>
        <translation>eine zweite Begrüßung wurde ignoriert</translation>
    </message>
    <message>
        <source>expected a greeting, got %1</source>
        <translation>Begrüßung erwartet, stattdessen erhalten: %1</translation>
    </message>
    <message>
        <source>a message that is neither reply nor event was dropped: %1</source>
        <translation>eine Nachricht, die weder Antwort noch Ereignis ist, wurde verworfen: %1</translation>
    </message>
    <message>
        <source>an event without a name was dropped: %1</source>
        <translation>ein Ereignis ohne Namen wurde verworfen: %1</translation>
    </message>
    <message>
        <source>the server could not parse a message: %1</source>
        <translation>der Server konnte eine Nachricht nicht verarbeiten: %1</translation>
    </message>
    <message>
        <source>a reply without id was dropped: %1</source>
        <translation>eine Antwort ohne ID wurde verworfen: %1</translation>
    </message>
    <message>
        <source>a reply with the unknown id %1 was dropped</source>
        <translation>eine Antwort mit der unbekannten ID %1 wurde verworfen</translation>
    </message>
    <message>
        <source>malformed error reply: %1</source>
        <translation>fehlerhafte Fehlerantwort: %1</translation>
    </message>
    <message>
        <source>the client was destroyed</source>
        <translation>der Client wurde zerstört</translation>
    </message>
    <message>
        <source>already connected or connecting</source>
        <translation>bereits verbunden oder im Verbindungsaufbau</translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation>ungültige Adresse</translation>
    </message>
    <message>
        <source>disconnected by the client</source>
        <translation>vom Client getrennt</translation>
    </message>
    <message>
        <source>the arguments of %1 must be a JSON object, not %2</source>
        <translation>die Argumente von %1 müssen ein JSON-Objekt sein, kein Wert vom Typ %2</translation>
    </message>
    <message>
        <source>a reply with neither &quot;return&quot; nor &quot;error&quot;: %1</source>
        <translation>eine Antwort ohne &quot;return&quot; und ohne &quot;error&quot;: %1</translation>
    </message>
    <message>
        <source>the guest agent takes no file descriptors</source>
        <translation>der Gast-Agent nimmt keine Dateideskriptoren an</translation>
    </message>
    <message>
        <source>the server probably requires a client certificate (verify-peer=on)</source>
        <translation>der Server verlangt vermutlich ein Client-Zertifikat (verify-peer=on)</translation>
    </message>
    <message>
        <source>the server probably does not trust the client certificate</source>
        <translation>der Server vertraut dem Client-Zertifikat vermutlich nicht</translation>
    </message>
    <message>
        <source>TLS: the server closed the connection right after the handshake: %1</source>
        <translation>TLS: Der Server hat die Verbindung direkt nach dem Handshake geschlossen: %1</translation>
    </message>
    <message>
        <source>connected, but no greeting came within %1 ms: another client is probably attached (QEMU serves one client per QMP socket at a time), or the server expects TLS</source>
        <translation>verbunden, aber innerhalb von %1 ms kam keine Begrüßung: Vermutlich ist bereits ein anderer Client verbunden (QEMU bedient pro QMP-Socket jeweils nur einen Client), oder der Server erwartet TLS</translation>
    </message>
    <message>
        <source>the guest agent did not answer guest-sync-delimited within %1 ms (is qemu-ga running in the guest? is another client attached? an agent serves one client at a time)</source>
        <translation>der Gast-Agent hat innerhalb von %1 ms nicht auf guest-sync-delimited geantwortet (läuft qemu-ga im Gast? Ist ein anderer Client verbunden? Ein Agent bedient jeweils nur einen Client)</translation>
    </message>
    <message>
        <source>TLS is not available in server mode</source>
        <translation>TLS ist im Servermodus nicht verfügbar</translation>
    </message>
    <message>
        <source>the message is nested deeper than the %1 levels a QMP server accepts</source>
        <translation>die Nachricht ist tiefer verschachtelt als die %1 Ebenen, die ein QMP-Server annimmt</translation>
    </message>
    <message>
        <source>the reply of %1 bytes exceeds the limit of %2 bytes and was dropped</source>
        <translation>die Antwort mit %1 Bytes überschreitet die Grenze von %2 Bytes und wurde verworfen</translation>
    </message>
</context>
<context>
    <name>QmpEvent</name>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>kein JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>not a QMP event: no &quot;event&quot; name</source>
        <translation>kein QMP-Ereignis: kein Name in &quot;event&quot;</translation>
    </message>
</context>
<context>
    <name>QmpFdPassing</name>
    <message>
        <source>between 1 and 253 descriptors must travel with a message</source>
        <translation>mit einer Nachricht müssen zwischen 1 und 253 Deskriptoren übertragen werden</translation>
    </message>
    <message>
        <source>could not pass file descriptors: %1</source>
        <translation>Dateideskriptoren konnten nicht übergeben werden: %1</translation>
    </message>
</context>
<context>
    <name>QmpGreeting</name>
    <message>
        <source>the greeting is not a JSON object</source>
        <translation>die Begrüßung ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the greeting has no &quot;QMP&quot; object</source>
        <translation>die Begrüßung hat kein Objekt &quot;QMP&quot;</translation>
    </message>
    <message>
        <source>the greeting has no &quot;version&quot;: {&quot;qemu&quot;: {...}} object</source>
        <translation>die Begrüßung hat kein Objekt &quot;version&quot;: {&quot;qemu&quot;: {...}}</translation>
    </message>
    <message>
        <source>the greeting&apos;s QEMU version is not three integers (major, minor, micro)</source>
        <translation>die QEMU-Version in der Begrüßung besteht nicht aus drei Ganzzahlen (major, minor, micro)</translation>
    </message>
    <message>
        <source>the greeting&apos;s &quot;package&quot; is not a string</source>
        <translation>&quot;package&quot; in der Begrüßung ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>the greeting has no &quot;capabilities&quot; array</source>
        <translation>die Begrüßung hat kein Array &quot;capabilities&quot;</translation>
    </message>
    <message>
        <source>the greeting&apos;s capabilities are not all strings</source>
        <translation>nicht alle Fähigkeiten in der Begrüßung sind Zeichenketten</translation>
    </message>
</context>
<context>
    <name>QmpReply</name>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>QmpSchema</name>
    <message>
        <source>the schema is not a list</source>
        <translation>das Schema ist keine Liste</translation>
    </message>
    <message>
        <source>%1 refers to the undefined type %2</source>
        <translation>%1 verweist auf den nicht definierten Typ %2</translation>
    </message>
    <message>
        <source>the schema is not valid JSON: %1 (offset %2)</source>
        <translation>das Schema ist kein gültiges JSON: %1 (Position %2)</translation>
    </message>
    <message>
        <source>%1 is defined twice</source>
        <translation>%1 ist doppelt definiert</translation>
    </message>
    <message>
        <source>a schema entry without name or meta-type</source>
        <translation>ein Schema-Eintrag ohne Name oder Metatyp</translation>
    </message>
    <message>
        <source>object type %1 has a member without name or type</source>
        <translation>der Objekttyp %1 hat ein Mitglied ohne Name oder Typ</translation>
    </message>
    <message>
        <source>object type %1: its tag %2 is not one of its members</source>
        <translation>Objekttyp %1: sein Tag %2 ist keines seiner Mitglieder</translation>
    </message>
    <message>
        <source>array type %1 without an element type</source>
        <translation>Array-Typ %1 ohne Elementtyp</translation>
    </message>
    <message>
        <source>schema entry %1 has an unknown meta-type %2</source>
        <translation>der Schema-Eintrag %1 hat den unbekannten Metatyp %2</translation>
    </message>
</context>
<context>
    <name>QmpSchemaCache</name>
    <message>
        <source>no saved schema for this QEMU (%1)</source>
        <translation>kein gespeichertes Schema für dieses QEMU (%1)</translation>
    </message>
    <message>
        <source>the saved schema %1 is damaged: %2</source>
        <translation>das gespeicherte Schema %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>the saved schema %1 belongs to another QEMU</source>
        <translation>das gespeicherte Schema %1 gehört zu einem anderen QEMU</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>QmpSchemaCompleter</name>
    <message>
        <source>returns %1</source>
        <translation>gibt %1 zurück</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>, allows out of band</source>
        <translation>, erlaubt Out-of-Band-Ausführung</translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation>%1, optional</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, erforderlich</translation>
    </message>
</context>
<context>
    <name>QmpSchemaDescriber</name>
    <message>
        <source>allows out of band (exec-oob)</source>
        <translation>erlaubt Out-of-Band-Ausführung (exec-oob)</translation>
    </message>
    <message>
        <source>features: %1</source>
        <translation>Merkmale: %1</translation>
    </message>
    <message>
        <source>Arguments: none</source>
        <translation>Argumente: keine</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Arguments (variants chosen by &apos;%1&apos;):</source>
        <translation>Argumente (Varianten gewählt durch „%1“):</translation>
    </message>
    <message>
        <source>Returns: nothing ({})</source>
        <translation>Rückgabe: nichts ({})</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>Rückgabe: %1</translation>
    </message>
    <message>
        <source>Data: none</source>
        <translation>Daten: keine</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (erforderlich)</translation>
    </message>
    <message>
        <source>when %1 is &apos;%2&apos;:</source>
        <translation>wenn %1 gleich „%2“ ist:</translation>
    </message>
    <message numerus="yes">
        <source>... (%n more)</source>
        <translation>
            <numerusform>... (%n weiterer)</numerusform>
            <numerusform>... (%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>einer von: %1</translation>
    </message>
</context>
<context>
    <name>QmpSchemaLoader</name>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>query-qmp-schema failed: %1</source>
        <translation>query-qmp-schema fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server&apos;s schema cannot be read: %1</source>
        <translation>das Schema des Servers kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>QmpSchemaValidator</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot run out of band (it does not allow exec-oob)</source>
        <translation>„%1“ kann nicht Out-of-Band ausgeführt werden (exec-oob ist nicht erlaubt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments</source>
        <translation>„%1“ nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>a command must be a JSON object, not %1</source>
        <translation>ein Befehl muss ein JSON-Objekt sein, kein Wert vom Typ %1</translation>
    </message>
    <message>
        <source>a command needs exactly one of &apos;execute&apos; and &apos;exec-oob&apos;</source>
        <translation>ein Befehl braucht genau eines von „execute“ und „exec-oob“</translation>
    </message>
    <message>
        <source>expected str, got %1</source>
        <translation>str erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in a command</source>
        <translation>unbekannter Schlüssel „%1“ in einem Befehl</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>%1 is out of range for %2 (%3 .. %4)</source>
        <translation>%1 liegt außerhalb des Bereichs von %2 (%3 .. %4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>„%1“ ist keiner von: %2</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos; (%2)</source>
        <translation>erforderlicher Schlüssel „%1“ fehlt (%2)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; for %2</source>
        <translation>unbekannter Schlüssel „%1“ für %2</translation>
    </message>
</context>
<context>
    <name>QmpShortForm</name>
    <message>
        <source>argument %1, column %2: %3</source>
        <translation>Argument %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation>Argument %1: %2</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>empty command</source>
        <translation>leerer Befehl</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>a message must be a JSON object</source>
        <translation>eine Nachricht muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>a message needs exactly one of &apos;execute&apos; and &apos;exec-oob&apos;</source>
        <translation>eine Nachricht braucht genau eines von „execute“ und „exec-oob“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a command name</source>
        <translation>„%1“ muss ein Befehlsname sein</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in command name &apos;%2&apos;</source>
        <translation>unerwartetes „%1“ im Befehlsnamen „%2“</translation>
    </message>
    <message>
        <source>&apos;arguments&apos; must be a JSON object, not %1</source>
        <translation>„arguments“ muss ein JSON-Objekt sein, kein Wert vom Typ %1</translation>
    </message>
    <message>
        <source>unknown member &apos;%1&apos; in the message (expected execute or exec-oob, arguments, id)</source>
        <translation>unbekannter Eintrag „%1“ in der Nachricht (erwartet: execute oder exec-oob, arguments, id)</translation>
    </message>
    <message>
        <source>a message needs &apos;execute&apos; or &apos;exec-oob&apos;</source>
        <translation>eine Nachricht braucht „execute“ oder „exec-oob“</translation>
    </message>
    <message>
        <source>expected a command name before &apos;%1&apos;</source>
        <translation>Befehlsname vor „%1“ erwartet</translation>
    </message>
    <message>
        <source>invalid JSON object: %1</source>
        <translation>ungültiges JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>arguments are key=value pairs or one JSON object, not an array</source>
        <translation>Argumente sind Schlüssel=Wert-Paare oder ein einzelnes JSON-Objekt, kein Array</translation>
    </message>
    <message>
        <source>quote in a key; only values can be quoted</source>
        <translation>Anführungszeichen in einem Schlüssel; nur Werte dürfen in Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>a JSON object must be the only argument</source>
        <translation>ein JSON-Objekt muss das einzige Argument sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;=&apos;: arguments are key=value</source>
        <translation>„%1“ enthält kein „=“: Argumente haben die Form Schlüssel=Wert</translation>
    </message>
    <message>
        <source>empty key before &apos;=&apos;</source>
        <translation>leerer Schlüssel vor „=“</translation>
    </message>
    <message>
        <source>unterminated %1 quote in the value of &apos;%2&apos;</source>
        <translation>nicht geschlossenes Anführungszeichen %1 im Wert von „%2“</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; is not valid JSON: %2</source>
        <translation>der Wert von „%1“ ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>nothing may follow a whole JSON message</source>
        <translation>auf eine vollständige JSON-Nachricht darf nichts folgen</translation>
    </message>
    <message>
        <source>empty command name</source>
        <translation>leerer Befehlsname</translation>
    </message>
    <message>
        <source>space in key &apos;%1&apos;</source>
        <translation>Leerzeichen im Schlüssel „%1“</translation>
    </message>
</context>
<context>
    <name>QmpTransport</name>
    <message>
        <source>the server closed the connection during set-up</source>
        <translation>der Server hat die Verbindung während des Aufbaus geschlossen</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>TLS is for TCP addresses; %1 is a UNIX socket</source>
        <translation>TLS ist für TCP-Adressen gedacht; %1 ist ein UNIX-Socket</translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation>ungültige Adresse</translation>
    </message>
    <message>
        <source>TLS is not available: no TLS backend for Qt</source>
        <translation>TLS ist nicht verfügbar: kein TLS-Backend für Qt</translation>
    </message>
    <message>
        <source>cannot load the client certificate &apos;%1&apos; or key &apos;%2&apos;</source>
        <translation>Client-Zertifikat „%1“ oder Schlüssel „%2“ kann nicht geladen werden</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>file descriptors can only be passed over a UNIX socket</source>
        <translation>Dateideskriptoren können nur über einen UNIX-Socket übergeben werden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>the server does not read: cannot pass file descriptors</source>
        <translation>der Server liest nicht: Dateideskriptoren können nicht übergeben werden</translation>
    </message>
    <message>
        <source>the socket path %1 is %2 bytes long, more than the %3 a UNIX socket address holds</source>
        <translation>der Socket-Pfad %1 ist %2 Bytes lang, mehr als die %3, die eine UNIX-Socket-Adresse fasst</translation>
    </message>
</context>
<context>
    <name>QmpUnixConnector</name>
    <message>
        <source>no socket at %1</source>
        <translation>kein Socket unter %1</translation>
    </message>
    <message>
        <source>nothing listens on %1 (QEMU may have exited and left the socket file behind)</source>
        <translation>an %1 lauscht niemand (QEMU wurde vielleicht beendet und hat die Socket-Datei zurückgelassen)</translation>
    </message>
    <message>
        <source>permission denied for %1</source>
        <translation>Zugriff auf %1 verweigert</translation>
    </message>
    <message>
        <source>%1 is not a socket</source>
        <translation>%1 ist kein Socket</translation>
    </message>
    <message>
        <source>the socket path %1 is too long for a UNIX socket address</source>
        <translation>der Socket-Pfad %1 ist zu lang für eine UNIX-Socket-Adresse</translation>
    </message>
</context>
<context>
    <name>ReplyDiffModel</name>
    <message>
        <source>(value)</source>
        <translation>(Wert)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>ReplyDiffView</name>
    <message>
        <source>No replies compared yet.</source>
        <translation>Noch keine Antworten verglichen.</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>Kein Unterschied.</translation>
    </message>
    <message>
        <source>Show unchanged</source>
        <translation>Unveränderte anzeigen</translation>
    </message>
    <message>
        <source>Reply difference</source>
        <translation>Antwortunterschied</translation>
    </message>
    <message numerus="yes">
        <source>%n values differ: %1 added, %2 removed, %3 changed.</source>
        <translation>
            <numerusform>%n Wert unterscheidet sich: %1 hinzugefügt, %2 entfernt, %3 geändert.</numerusform>
            <numerusform>%n Werte unterscheiden sich: %1 hinzugefügt, %2 entfernt, %3 geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxVm</name>
    <message>
        <source>QEMU did not open its QMP socket within %1 s</source>
        <translation>QEMU hat seinen QMP-Socket nicht innerhalb von %1 s geöffnet</translation>
    </message>
    <message>
        <source>%1 not found: install QEMU (Debian: qemu-system-x86) to use the sandbox VM</source>
        <translation>%1 nicht gefunden: Installieren Sie QEMU (Debian: qemu-system-x86), um die Sandbox-VM zu verwenden</translation>
    </message>
    <message>
        <source>cannot create a folder for the sandbox&apos;s QMP socket: %1</source>
        <translation>Ordner für den QMP-Socket der Sandbox kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>QEMU was killed or crashed</source>
        <translation>QEMU wurde zwangsbeendet oder ist abgestürzt</translation>
    </message>
    <message>
        <source>QEMU exited with status %1</source>
        <translation>QEMU wurde mit Status %1 beendet</translation>
    </message>
    <message>
        <source>QEMU was killed by signal %1 (%2)</source>
        <translation>QEMU wurde durch Signal %1 (%2) beendet</translation>
    </message>
    <message>
        <source>QEMU was killed by signal %1</source>
        <translation>QEMU wurde durch Signal %1 beendet</translation>
    </message>
</context>
<context>
    <name>SchemaCompletionSource</name>
    <message>
        <source>QOM path</source>
        <translation>QOM-Pfad</translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation>%1, optional</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1, erforderlich</translation>
    </message>
</context>
<context>
    <name>SecurityBanner</name>
    <message>
        <source>&lt;b&gt;Unprotected connection:&lt;/b&gt; %1. Use TLS, a UNIX socket or an SSH tunnel.</source>
        <translation>&lt;b&gt;Ungeschützte Verbindung:&lt;/b&gt; %1. TLS, einen UNIX-Socket oder einen SSH-Tunnel verwenden.</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <source>Event data filter</source>
        <translation>Filter für Ereignisdaten</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Treat the filter text as a regular expression</source>
        <translation>Den Filtertext als regulären Ausdruck behandeln</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Groß/klein</translation>
    </message>
    <message>
        <source>Match upper and lower case exactly</source>
        <translation>Groß- und Kleinschreibung genau beachten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Show only events inside a time range</source>
        <translation>Nur Ereignisse innerhalb eines Zeitraums anzeigen</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>Von (einschließlich)</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
    <message>
        <source>received</source>
        <translation>Empfangszeit</translation>
    </message>
    <message>
        <source>QEMU time</source>
        <translation>QEMU-Zeit</translation>
    </message>
    <message>
        <source>Which time the range applies to</source>
        <translation>Auf welche Zeit sich der Zeitraum bezieht</translation>
    </message>
    <message>
        <source>Show the events of one connection</source>
        <translation>Die Ereignisse einer einzelnen Verbindung anzeigen</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <source>Invalid regular expression at %1: %2</source>
        <translation>Ungültiger regulärer Ausdruck an Position %1: %2</translation>
    </message>
    <message>
        <source>Filter by event name or data (text or regular expression)</source>
        <translation>Nach Ereignisname oder -daten filtern (Text oder regulärer Ausdruck)</translation>
    </message>
    <message>
        <source>Text to find in each event&apos;s name or in its data (the JSON as received); tick Regex for a regular expression</source>
        <translation>Text, der im Namen jedes Ereignisses oder in seinen Daten (dem JSON wie empfangen) gesucht wird; Regex anhaken für einen regulären Ausdruck</translation>
    </message>
</context>
<context>
    <name>TimelineFilterProxy</name>
    <message numerus="yes">
        <source>%1 of %n events</source>
        <translation>
            <numerusform>%1 von %n Ereignis</numerusform>
            <numerusform>%1 von %n Ereignissen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineMatcher</name>
    <message>
        <source>Invalid regular expression at %1: %2</source>
        <translation>Ungültiger regulärer Ausdruck an Position %1: %2</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest event in view (pauses when you scroll up)</source>
        <translation>Das neueste Ereignis im Blick behalten (pausiert beim Hochscrollen)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every event from the timeline</source>
        <translation>Alle Ereignisse aus der Zeitleiste entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Behalten:</translation>
    </message>
    <message>
        <source>At most this many events are kept; the oldest go first</source>
        <translation>Höchstens so viele Ereignisse werden behalten; die ältesten werden zuerst verworfen</translation>
    </message>
    <message>
        <source>Untick an event name to hide those events</source>
        <translation>Einen Ereignisnamen abwählen, um diese Ereignisse auszublenden</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>Ereigniszeitleiste</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Ausgewähltes Ereignis</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Writing the event log %1 again</source>
        <translation>Das Ereignisprotokoll %1 wird wieder geschrieben</translation>
    </message>
    <message>
        <source>Logging events to %1</source>
        <translation>Ereignisse werden in %1 protokolliert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The last re-filter took %1 ms</source>
        <translation>Das letzte Neufiltern dauerte %1 ms</translation>
    </message>
    <message>
        <source>Following paused; scroll to the bottom or press Follow to resume</source>
        <translation>Folgen pausiert; zum Fortsetzen ganz nach unten scrollen oder „Folgen“ drücken</translation>
    </message>
    <message numerus="yes">
        <source> events</source>
        <comment>suffix of the number of events kept</comment>
        <translation>
            <numerusform> Ereignis</numerusform>
            <numerusform> Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n older dropped)</source>
        <extracomment>%1 is the count of shown events, as in &quot;5 of 20 events&quot;</extracomment>
        <translation>
            <numerusform>%1 (%n älteres verworfen)</numerusform>
            <numerusform>%1 (%n ältere verworfen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Event names</source>
        <translation>Ereignisnamen</translation>
    </message>
    <message>
        <source>Show &amp;Causing Command</source>
        <translation>&amp;Auslösenden Befehl zeigen</translation>
    </message>
    <message>
        <source>Select in the command log the command that caused this event</source>
        <translation>Im Befehlsprotokoll den Befehl auswählen, der dieses Ereignis ausgelöst hat</translation>
    </message>
    <message>
        <source>No event is known to have come from this command</source>
        <translation>Von diesem Befehl ist kein ausgelöstes Ereignis bekannt</translation>
    </message>
    <message>
        <source>Caused by this command: %1</source>
        <translation>Von diesem Befehl ausgelöst: %1</translation>
    </message>
    <message>
        <source>No command sent from this app is known to have caused this event</source>
        <translation>Von keinem aus dieser Anwendung gesendeten Befehl ist bekannt, dass er dieses Ereignis ausgelöst hat</translation>
    </message>
    <message numerus="yes">
        <source>Caused by this command: %1 (%n hidden by the filter)</source>
        <translation>
            <numerusform>Von diesem Befehl ausgelöst: %1 (%n durch den Filter ausgeblendet)</numerusform>
            <numerusform>Von diesem Befehl ausgelöst: %1 (%n durch den Filter ausgeblendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these events hidden by the filter</source>
        <translation>
            <numerusform>%n dieser Ereignisse durch den Filter ausgeblendet</numerusform>
            <numerusform>%n dieser Ereignisse durch den Filter ausgeblendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnplugTracker</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>completed after %1 s, past the timeout</source>
        <translation>nach %1 s abgeschlossen, erst nach Ablauf der Zeitgrenze</translation>
    </message>
    <message>
        <source>the guest refused the unplug</source>
        <translation>der Gast hat das Entfernen des Geräts abgelehnt</translation>
    </message>
    <message>
        <source>the connection closed before the unplug finished</source>
        <translation>die Verbindung wurde geschlossen, bevor das Entfernen des Geräts abgeschlossen war</translation>
    </message>
    <message>
        <source>no DEVICE_DELETED within %1 s; the guest has not released the device</source>
        <translation>kein DEVICE_DELETED innerhalb von %1 s; der Gast hat das Gerät nicht freigegeben</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) linked</source>
        <translation>
            <numerusform>%1: %n Ereignis verknüpft</numerusform>
            <numerusform>%1: %n Ereignisse verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <source>completed by other</source>
        <translation>von anderer Seite abgeschlossen</translation>
    </message>
    <message>
        <source>no device_del from this app: another client asked for it, or it went with its bus</source>
        <translation>kein device_del aus dieser Anwendung: ein anderer Client hat es angefordert, oder das Gerät ist mit seinem Bus verschwunden</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>QMP Console User Guide</source>
        <translation>Benutzerhandbuch für QMP Console</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no display: neither DISPLAY nor WAYLAND_DISPLAY is set. Run it in a desktop session, or use qmpctl on a terminal.</source>
        <translation>keine Anzeige: weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt. In einer Desktop-Sitzung starten oder qmpctl im Terminal verwenden.</translation>
    </message>
</context>
</TS>
