<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About QMP Console</source>
        <translation>QMP Console について</translation>
    </message>
    <message>
        <source>No QEMU seen yet in this session.</source>
        <translation>このセッションではまだ QEMU が検出されていません。</translation>
    </message>
    <message>
        <source>QEMU versions seen in this session:</source>
        <translation>このセッションで検出された QEMU のバージョン:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;QMP Console %1&lt;/h2&gt;&lt;p&gt;A desktop console for the QEMU Monitor Protocol: commands, replies as a tree, and an event timeline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;QMP Console %1&lt;/h2&gt;&lt;p&gt;QEMU Monitor Protocol 用のデスクトップコンソールです。コマンドの送信、応答のツリー表示、イベントタイムラインを備えています。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされ、Qt %3 で動作しています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;License: GNU GPL version 2 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ライセンス: GNU GPL バージョン 2 以降。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ArgumentBuilder</name>
    <message>
        <source>empty key part in &apos;%1&apos;</source>
        <translation>「%1」に空のキー部分があります</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has a value, so &apos;%2&apos; cannot nest into it</source>
        <translation>「%1」には既に値があるため、「%2」をその中に入れ子にできません</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>キー「%1」が重複しています</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds nested keys, so it cannot also have a value</source>
        <translation>「%1」には既に入れ子のキーがあるため、値を持つことはできません</translation>
    </message>
</context>
<context>
    <name>ArgumentFormPanel</name>
    <message>
        <source>Fix the command in the editor first: the form follows it.</source>
        <translation>まずエディターのコマンドを修正してください。フォームはそれに従います。</translation>
    </message>
    <message>
        <source>Optional: ticked, the key is sent; unticked or blank, it is left out.</source>
        <translation>省略可能: チェックするとキーを送信し、チェックなしまたは空欄なら省きます。</translation>
    </message>
    <message>
        <source>Required: QEMU refuses the command without it.</source>
        <translation>必須: これがないと QEMU はコマンドを拒否します。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON: %1</translation>
    </message>
    <message>
        <source>Expected true or false, the editor has %1</source>
        <translation>true または false が必要ですが、エディターには %1 があります</translation>
    </message>
    <message>
        <source>The editor has %1, which is not one of these</source>
        <translation>エディターには %1 がありますが、これらのいずれでもありません</translation>
    </message>
    <message>
        <source>Choose a value</source>
        <translation>値を選択してください</translation>
    </message>
    <message>
        <source>Type a command in the editor or choose one here.</source>
        <translation>エディターにコマンドを入力するか、ここで選択してください。</translation>
    </message>
    <message>
        <source>The schema of this connection is not known (yet): no form.</source>
        <translation>この接続のスキーマは(まだ)わかりません。フォームはありません。</translation>
    </message>
    <message>
        <source>This QEMU has no command &quot;%1&quot;.</source>
        <translation>この QEMU にはコマンド「%1」がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no arguments.</source>
        <translation>「%1」は引数を取りません。</translation>
    </message>
    <message>
        <source>* required. Ticked keys are sent; blank ones are left out.</source>
        <translation>* は必須です。チェックしたキーを送信し、空欄のキーは省きます。</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>コマンド(&amp;M):</translation>
    </message>
    <message>
        <source>Command for the argument form</source>
        <translation>引数フォームのコマンド</translation>
    </message>
    <message>
        <source>Choose a command</source>
        <translation>コマンドを選択してください</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (使用不可)</translation>
    </message>
    <message>
        <source>The argument form is for QMP commands: HMP lines have no schema. Choosing a command here switches to QMP.</source>
        <translation>引数フォームは QMP コマンド用です。HMP の行にはスキーマがありません。ここでコマンドを選ぶと QMP に切り替わります。</translation>
    </message>
</context>
<context>
    <name>CommandEditor</name>
    <message>
        <source>Command editor</source>
        <translation>コマンドエディター</translation>
    </message>
    <message>
        <source>query-status    or    {&quot;execute&quot;: &quot;query-status&quot;}    Ctrl+Enter sends</source>
        <translation>query-status    または    {&quot;execute&quot;: &quot;query-status&quot;}    Ctrl+Enter で送信</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1 行 %2 列: %3</translation>
    </message>
</context>
<context>
    <name>CommandLineOptionsParser</name>
    <message>
        <source>Desktop console for the QEMU Monitor Protocol</source>
        <translation>QEMU Monitor Protocol 用のデスクトップコンソール</translation>
    </message>
    <message>
        <source>Connect to ADDRESS at start-up (UNIX socket path, unix:PATH, HOST:PORT, [V6]:PORT); repeatable.</source>
        <translation>起動時に ADDRESS に接続します（UNIX ソケットのパス、unix:PATH、HOST:PORT、[V6]:PORT）。複数回指定できます。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>The --connect addresses are QEMU guest agents.</source>
        <translation>--connect のアドレスは QEMU ゲストエージェントです。</translation>
    </message>
    <message>
        <source>Append every event of every connection to FILE as JSON Lines.</source>
        <translation>すべての接続のすべてのイベントを JSON Lines 形式で FILE に追記します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Start a local sandbox VM and connect to it.</source>
        <translation>ローカルのサンドボックスVMを起動して接続します。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>Invalid address &apos;%1&apos;: %2</source>
        <translation>無効なアドレス「%1」: %2</translation>
    </message>
    <message>
        <source>--qga needs at least one --connect ADDRESS</source>
        <translation>--qga には少なくとも 1 つの --connect ADDRESS が必要です</translation>
    </message>
    <message>
        <source>--event-log may be given only once</source>
        <translation>--event-log は 1 回だけ指定できます</translation>
    </message>
    <message>
        <source>--event-log needs a file name</source>
        <translation>--event-log にはファイル名が必要です</translation>
    </message>
</context>
<context>
    <name>CommandLogModel</name>
    <message>
        <source>the reply was discarded before it arrived</source>
        <translation>応答は到着前に破棄されました</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>応答待ち</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信時刻</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往復時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
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
        <translation>コマンドと応答</translation>
    </message>
    <message>
        <source>&amp;Copy Reply</source>
        <translation>応答をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Show Linked &amp;Events</source>
        <translation>関連するイベントを表示(&amp;E)</translation>
    </message>
    <message>
        <source>Select in the event timeline the events this command caused</source>
        <translation>このコマンドが引き起こしたイベントをイベントタイムラインで選択します</translation>
    </message>
</context>
<context>
    <name>CommandPanel</name>
    <message>
        <source>Type a command</source>
        <translation>コマンドを入力</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1 行 %2 列: %3</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>有効: %1</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>送信 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Fix the command first</source>
        <translation>先にコマンドを修正してください</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>送信先(&amp;T):</translation>
    </message>
    <message>
        <source>Target connection</source>
        <translation>送信先の接続</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>接続なし</translation>
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
        <translation>コマンド言語</translation>
    </message>
    <message>
        <source>QMP: a JSON message or the short form &quot;device_add driver=usb-kbd id=k0&quot;. HMP: a human monitor line such as &quot;info qtree&quot;.</source>
        <translation>QMP: JSON メッセージ、または「device_add driver=usb-kbd id=k0」のような短縮形。HMP: 「info qtree」のようなヒューマンモニターのコマンド行。</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send command</source>
        <translation>コマンドを送信</translation>
    </message>
    <message>
        <source>Search history (Ctrl+R)</source>
        <translation>履歴を検索 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>履歴を検索</translation>
    </message>
    <message>
        <source>JSON that will be sent</source>
        <translation>送信される JSON</translation>
    </message>
    <message>
        <source>The exact JSON that will be sent appears here.</source>
        <translation>実際に送信される JSON がここに表示されます。</translation>
    </message>
    <message>
        <source>Command validity</source>
        <translation>コマンドの妥当性</translation>
    </message>
    <message>
        <source>Schema: %1. QEMU decides; you can still send.</source>
        <translation>スキーマ: %1。判断するのは QEMU なので、送信はできます。</translation>
    </message>
    <message numerus="yes">
        <source>Schema: %1 (and %n more). QEMU decides; you can still send.</source>
        <translation>
            <numerusform>スキーマ: %1 (他 %n 件)。判断するのは QEMU なので、送信はできます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter). The schema check found problems, but QEMU has the last word: sending is allowed.</source>
        <translation>送信 (Ctrl+Enter)。スキーマの検査で問題が見つかりましたが、最終判断は QEMU なので送信できます。</translation>
    </message>
    <message>
        <source>Valid HMP line: %1</source>
        <translation>有効な HMP 行: %1</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>A QMP command is a JSON object, not %1</source>
        <translation>QMP コマンドは JSON オブジェクトです（%1 ではありません）</translation>
    </message>
    <message>
        <source>The object needs an &quot;execute&quot; member with the command name</source>
        <translation>オブジェクトにはコマンド名を値とする &quot;execute&quot; メンバーが必要です</translation>
    </message>
    <message>
        <source>&quot;execute&quot; must be a non-empty string</source>
        <translation>&quot;execute&quot; は空でない文字列でなければなりません</translation>
    </message>
    <message>
        <source>Use either &quot;execute&quot; or &quot;exec-oob&quot;, not both</source>
        <translation>&quot;execute&quot; と &quot;exec-oob&quot; のどちらか一方だけを使用してください</translation>
    </message>
    <message>
        <source>&quot;arguments&quot; must be an object, not %1</source>
        <translation>&quot;arguments&quot; はオブジェクトでなければなりません（%1 ではありません）</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot; in a QMP command</source>
        <translation>QMP コマンドに不明なメンバー &quot;%1&quot; があります</translation>
    </message>
    <message>
        <source>The short form is a single line; use JSON for more</source>
        <translation>短縮形は 1 行のみです。複数行には JSON を使用してください</translation>
    </message>
    <message>
        <source>An HMP command is a single line</source>
        <translation>HMP コマンドは 1 行のみです</translation>
    </message>
</context>
<context>
    <name>ConnectionListModel</name>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1（%2）: %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
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
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>the profile needs a name</source>
        <translation>プロファイルには名前が必要です</translation>
    </message>
    <message>
        <source>address: %1</source>
        <translation>アドレス: %1</translation>
    </message>
    <message>
        <source>address: folder &apos;%1&apos; does not exist, so no socket can be created in it</source>
        <translation>アドレス: フォルダー「%1」が存在しないため、その中にソケットを作成できません</translation>
    </message>
    <message>
        <source>address: &apos;%1&apos; exists and is not a socket</source>
        <translation>アドレス: 「%1」は存在しますが、ソケットではありません</translation>
    </message>
    <message>
        <source>address: socket &apos;%1&apos; does not exist yet; connecting fails until QEMU creates it</source>
        <translation>アドレス: ソケット「%1」はまだ存在しません。QEMU が作成するまで接続は失敗します</translation>
    </message>
    <message>
        <source>address: &apos;%1&apos; is not a socket</source>
        <translation>アドレス: 「%1」はソケットではありません</translation>
    </message>
    <message>
        <source>TLS works on TCP addresses only</source>
        <translation>TLS は TCP アドレスでのみ使用できます</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>plain TCP to %1 without TLS: QMP has no authentication, so anyone who can reach this port controls the VM</source>
        <translation>TLS なしの %1 への平文 TCP 接続です: QMP には認証がないため、このポートに到達できる人は誰でも VM を制御できます</translation>
    </message>
    <message>
        <source>address: unknown form &apos;%1:&apos;; use /path/to/socket, unix:PATH, HOST:PORT, tcp:HOST:PORT or [V6]:PORT</source>
        <translation>アドレス: 不明な形式「%1:」です。/path/to/socket、unix:PATH、HOST:PORT、tcp:HOST:PORT、[V6]:PORT のいずれかを使用してください</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>invalid address &apos;%1&apos;: %2</source>
        <translation>無効なアドレス「%1」: %2</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>waiting to reconnect</source>
        <translation>再接続待ち</translation>
    </message>
    <message>
        <source>disconnecting</source>
        <translation>切断中</translation>
    </message>
    <message>
        <source>guest agent %1</source>
        <translation>ゲストエージェント %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message>
        <source>Connect to Address</source>
        <translation>アドレスに接続</translation>
    </message>
    <message>
        <source>QMP address (/path/to/qmp.sock, unix:PATH, HOST:PORT, [V6]:PORT):</source>
        <translation>QMP アドレス（/path/to/qmp.sock、unix:PATH、HOST:PORT、[V6]:PORT）:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address: %2</source>
        <translation>「%1」はアドレスではありません: %2</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <source>Delete the profile &apos;%1&apos; and its command history?</source>
        <translation>プロファイル「%1」とそのコマンド履歴を削除しますか?</translation>
    </message>
    <message>
        <source>guest agent</source>
        <translation>ゲストエージェント</translation>
    </message>
    <message>
        <source>connects at start-up</source>
        <translation>起動時に接続</translation>
    </message>
    <message>
        <source>Disconnect %1 and remove it from the list</source>
        <translation>%1 を切断して一覧から削除します</translation>
    </message>
    <message>
        <source>Remove the selected connection from the list</source>
        <translation>選択した接続を一覧から削除します</translation>
    </message>
    <message>
        <source>No live connection. Connect a profile, use Connect to Address…, or start the sandbox VM.</source>
        <translation>アクティブな接続はありません。プロファイルで接続するか、「アドレスに接続…」を使用するか、サンドボックスVMを起動してください。</translation>
    </message>
    <message>
        <source>Select a connection to send commands to it.</source>
        <translation>コマンドの送信先となる接続を選択してください。</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>アドレス: %1</translation>
    </message>
    <message>
        <source>waiting to reconnect (next try in %1 s)</source>
        <translation>再接続待ち（%1 秒後に再試行）</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
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
        <translation>保存済みプロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Live connections</source>
        <translation>アクティブな接続(&amp;L)</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>保存済みプロファイル</translation>
    </message>
    <message>
        <source>Live connections</source>
        <translation>アクティブな接続</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>接続の詳細</translation>
    </message>
    <message>
        <source>No saved profiles yet (Connection ▸ New Connection Profile…)</source>
        <translation>保存されたプロファイルはまだありません（接続 ▸ 新しい接続プロファイル…）</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>Connect first: there is no live connection</source>
        <translation>先に接続してください: アクティブな接続がありません</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 は接続されていません</translation>
    </message>
    <message>
        <source>No connection to send to</source>
        <translation>送信先の接続がありません</translation>
    </message>
    <message>
        <source>Sent %1 to %2</source>
        <translation>%1 を %2 に送信しました</translation>
    </message>
    <message>
        <source>Sent HMP line &quot;%1&quot; to %2</source>
        <translation>HMP 行「%1」を %2 に送信しました</translation>
    </message>
</context>
<context>
    <name>DeviceTreeModel</name>
    <message>
        <source>cannot list bus types: %1</source>
        <translation>バスの種類を一覧表示できません: %1</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>%1 を一覧表示できません: %2</translation>
    </message>
    <message>
        <source>Bus %1</source>
        <translation>バス %1</translation>
    </message>
    <message>
        <source>Device %1 (%2)</source>
        <translation>デバイス %1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>QOM path</source>
        <translation>QOM パス</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Unplug of %1: %2</source>
        <translation>%1 の取り外し: %2</translation>
    </message>
    <message>
        <source>Unplug of %1: %2 (%3)</source>
        <translation>%1 の取り外し: %2（%3）</translation>
    </message>
    <message>
        <source>Cannot list device drivers: %1</source>
        <translation>デバイスドライバーを一覧表示できません: %1</translation>
    </message>
    <message>
        <source>No properties for %1: %2</source>
        <translation>%1 のプロパティを取得できません: %2</translation>
    </message>
    <message>
        <source>%1, default %2</source>
        <translation>%1、既定値 %2</translation>
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
        <translation>%2 の前後の %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>Device added.</source>
        <translation>デバイスを追加しました。</translation>
    </message>
    <message>
        <source>Unplug requested; waiting for DEVICE_DELETED.</source>
        <translation>取り外しを要求しました。DEVICE_DELETED を待っています。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>デバイスを削除</translation>
    </message>
    <message>
        <source>device_del the selected device and follow the unplug</source>
        <translation>選択したデバイスを device_del で削除し、取り外しの進行を追跡します</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>ドライバー(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>バス(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Add device</source>
        <translation>デバイスを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Time out after (s, 0: never):</source>
        <translation>タイムアウト（秒、0: なし）:</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>完了したものをクリア</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>比較:</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>デバイスを追加</translation>
    </message>
    <message>
        <source>Unplugs</source>
        <translation>取り外し</translation>
    </message>
    <message>
        <source>Reply diff</source>
        <translation>応答の差分</translation>
    </message>
    <message>
        <source>Device tree</source>
        <translation>デバイスツリー</translation>
    </message>
    <message>
        <source>%1 (unplug %2, %3 s)</source>
        <translation>%1（取り外し%2、%3 秒）</translation>
    </message>
    <message>
        <source>A guest agent connection has no devices to show.</source>
        <translation>ゲストエージェントの接続には表示するデバイスがありません。</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>送信: %1</translation>
    </message>
    <message>
        <source>Reply: (none yet)</source>
        <translation>応答: (まだありません)</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>応答: %1</translation>
    </message>
    <message>
        <source>Event after %1 s: %2</source>
        <translation>%1 秒後のイベント: %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Sent: nothing from this app</source>
        <translation>送信: このアプリからは何も送信していません</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>イベント: %1</translation>
    </message>
    <message>
        <source>Show Events in &amp;Timeline</source>
        <translation>タイムラインでイベントを表示(&amp;T)</translation>
    </message>
    <message>
        <source>Select in the event timeline the events of this unplug</source>
        <translation>この取り外しのイベントをイベントタイムラインで選択します</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>接続: %1</translation>
    </message>
</context>
<context>
    <name>EventLineScanner</name>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>NUL byte</source>
        <translation>NUL バイト</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>入れ子が %1 レベルを超えています</translation>
    </message>
</context>
<context>
    <name>EventLogReader</name>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>%1 バイト目が JSON ではありません: %2</translation>
    </message>
    <message>
        <source>neither a QMP event nor a transcript line</source>
        <translation>QMP イベントでもセッション記録の行でもありません</translation>
    </message>
    <message>
        <source>transcript line with a &quot;dir&quot; other than &quot;in&quot; or &quot;out&quot;</source>
        <translation>&quot;dir&quot; が &quot;in&quot; でも &quot;out&quot; でもないセッション記録の行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>line longer than %1 MiB</source>
        <translation>行が %1 MiB を超えています</translation>
    </message>
    <message numerus="yes">
        <source>%n events read</source>
        <translation>
            <numerusform>%n 件のイベントを読み込みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commands and replies not shown</source>
        <translation>
            <numerusform>%n 件のコマンドと応答は表示していません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad lines skipped</source>
        <translation>
            <numerusform>不正な行を %n 行スキップしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad lines skipped (line %1: %2)</source>
        <translation>
            <numerusform>不正な行を %n 行スキップしました (%1 行目: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Joins two parts of a summary, as in &quot;12 events read; 2 bad lines skipped&quot;</extracomment>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>EventLogSaver</name>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
</context>
<context>
    <name>EventLogWriter</name>
    <message>
        <source>Cannot open the event log %1: %2</source>
        <translation>イベントログ %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot repair the end of the event log %1: %2</source>
        <translation>イベントログ %1 の末尾を修復できません: %2</translation>
    </message>
    <message>
        <source>The event log %1 was removed. Events are kept in memory.</source>
        <translation>イベントログ %1 は削除されました。イベントはメモリー内に保持されます。</translation>
    </message>
    <message>
        <source>Cannot write the event log %1: %2. Events are kept in memory.</source>
        <translation>イベントログ %1 に書き込めません: %2。イベントはメモリー内に保持されます。</translation>
    </message>
</context>
<context>
    <name>EventNameCountModel</name>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>No %1 event yet; this QEMU can send it</source>
        <translation>%1 イベントはまだありません。この QEMU は送信できます</translation>
    </message>
</context>
<context>
    <name>EventTimelineModel</name>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>%1 バイト目が JSON ではありません: %2</translation>
    </message>
    <message>
        <source>not a QMP event: no &quot;event&quot; name</source>
        <translation>QMP イベントではありません: &quot;event&quot; 名がありません</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>QEMU time</source>
        <translation>QEMU 時刻</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信時刻</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
</context>
<context>
    <name>HistorySearchPopup</name>
    <message>
        <source>Search history…</source>
        <translation>履歴を検索…</translation>
    </message>
    <message>
        <source>History search</source>
        <translation>履歴検索</translation>
    </message>
    <message>
        <source>Matching history entries</source>
        <translation>一致する履歴項目</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n 個のメンバー}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n element(s)]</source>
        <translation>
            <numerusform>[%n 個の要素]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>生の JSON</translation>
    </message>
    <message>
        <source>Show the raw pretty-printed JSON (Ctrl+U)</source>
        <translation>整形した生の JSON を表示 (Ctrl+U)</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <source>Expand all (Ctrl++)</source>
        <translation>すべて展開 (Ctrl++)</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>すべて折りたたむ</translation>
    </message>
    <message>
        <source>Collapse all (Ctrl+-)</source>
        <translation>すべて折りたたむ (Ctrl+-)</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>値をコピー</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>JSON としてコピー</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>前を検索</translation>
    </message>
    <message>
        <source>Search keys and values…</source>
        <translation>キーと値を検索…</translation>
    </message>
    <message>
        <source>Search in tree</source>
        <translation>ツリー内を検索</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON ツリー</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>応答テキスト</translation>
    </message>
    <message>
        <source>The command printed nothing.</source>
        <translation>コマンドは何も出力しませんでした。</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ommand</source>
        <translation>コマンド(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Event Timeline</source>
        <translation>イベントタイムライン</translation>
    </message>
    <message>
        <source>&amp;Open Log…</source>
        <translation>ログを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved event log or session transcript</source>
        <translation>保存したイベントログまたはセッション記録を開きます</translation>
    </message>
    <message>
        <source>&amp;Save Events…</source>
        <translation>イベントを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save all events of the timeline as JSON Lines</source>
        <translation>タイムラインのすべてのイベントを JSON Lines として保存します</translation>
    </message>
    <message>
        <source>Save &amp;Filtered Events…</source>
        <translation>フィルター済みのイベントを保存(&amp;F)…</translation>
    </message>
    <message>
        <source>Save the events that pass the current filter as JSON Lines</source>
        <translation>現在のフィルターに一致するイベントを JSON Lines として保存します</translation>
    </message>
    <message>
        <source>Save Session &amp;Transcript…</source>
        <translation>セッション記録を保存(&amp;T)…</translation>
    </message>
    <message>
        <source>Save commands, replies and events with their times</source>
        <translation>コマンド、応答、イベントを時刻付きで保存します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Search in the focused view</source>
        <translation>フォーカスのあるビュー内を検索します</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;New Connection Profile…</source>
        <translation>新しい接続プロファイル(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a saved connection profile</source>
        <translation>保存される接続プロファイルを作成します</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>プロファイルを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Profile</source>
        <translation>プロファイルを複製(&amp;U)</translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation>プロファイルを削除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Connect the selected profile</source>
        <translation>選択したプロファイルで接続します</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Disconnect the selected connection</source>
        <translation>選択した接続を切断します</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>再接続(&amp;R)</translation>
    </message>
    <message>
        <source>Disconnect and connect again</source>
        <translation>切断してから再び接続します</translation>
    </message>
    <message>
        <source>Connect &amp;to Address…</source>
        <translation>アドレスに接続(&amp;T)…</translation>
    </message>
    <message>
        <source>Connect to an address without saving a profile</source>
        <translation>プロファイルを保存せずにアドレスに接続します</translation>
    </message>
    <message>
        <source>Start &amp;Sandbox VM</source>
        <translation>サンドボックスVMを起動(&amp;S)</translation>
    </message>
    <message>
        <source>Start a local QEMU (q35, qemu-xhci, two PCIe root ports) and connect to it</source>
        <translation>ローカルの QEMU（q35、qemu-xhci、PCIe ルートポート 2 個）を起動して接続します</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send the command (Ctrl+Enter)</source>
        <translation>コマンドを送信します (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;HMP Mode</source>
        <translation>HMP モード(&amp;H)</translation>
    </message>
    <message>
        <source>Type human monitor commands instead of QMP</source>
        <translation>QMP の代わりにヒューマンモニター（HMP）のコマンドを入力します</translation>
    </message>
    <message>
        <source>Search the command history of this profile</source>
        <translation>このプロファイルのコマンド履歴を検索します</translation>
    </message>
    <message>
        <source>C&amp;lear Editor</source>
        <translation>エディターをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Follow New Events</source>
        <translation>新しいイベントを追従(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation>最新のイベントを常に表示します</translation>
    </message>
    <message>
        <source>Clear &amp;Timeline</source>
        <translation>タイムラインをクリア(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Raw Reply</source>
        <translation>生の応答(&amp;R)</translation>
    </message>
    <message>
        <source>Show the reply as pretty-printed JSON instead of a tree</source>
        <translation>応答をツリーではなく整形した JSON で表示します</translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation>すべて展開(&amp;X)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全画面表示(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About QMP Console</source>
        <translation>QMP Console について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Open Event Log or Transcript</source>
        <translation>イベントログまたはセッション記録を開く</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json *.log);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json *.log);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Sandbox VM</source>
        <translation>サンドボックスVM</translation>
    </message>
    <message>
        <source>Second QMP socket for outside tools (qmpctl, qmp-shell):
%1</source>
        <translation>外部ツール（qmpctl、qmp-shell）用の 2 つ目の QMP ソケット:
%1</translation>
    </message>
    <message>
        <source>Sandbox VM started; outside tools can use %1</source>
        <translation>サンドボックスVMを起動しました。外部ツールは %1 を使用できます</translation>
    </message>
    <message>
        <source>Sandbox VM: %1</source>
        <translation>サンドボックスVM: %1</translation>
    </message>
    <message>
        <source>The sandbox VM could not run.</source>
        <translation>サンドボックスVMを実行できませんでした。</translation>
    </message>
    <message>
        <source>The sandbox VM has stopped.</source>
        <translation>サンドボックスVMが停止しました。</translation>
    </message>
    <message>
        <source>Starting the sandbox VM…</source>
        <translation>サンドボックスVMを起動しています…</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>接続なし</translation>
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
        <translation>セッション記録を保存</translation>
    </message>
    <message>
        <source>Save Filtered Events</source>
        <translation>フィルター済みのイベントを保存</translation>
    </message>
    <message>
        <source>Save Events</source>
        <translation>イベントを保存</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <source>Open Event Log</source>
        <translation>イベントログを開く</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>The sandbox VM has stopped: %1</source>
        <translation>サンドボックスVMが停止しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lines of %1 could not be read and were skipped.</source>
        <translation>
            <numerusform>%1 の %n 行を読み取れなかったため、スキップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent C&amp;onnections</source>
        <translation>最近の接続(&amp;O)</translation>
    </message>
    <message>
        <source>Search H&amp;istory…</source>
        <translation>履歴を検索(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>すべて折りたたむ(&amp;C)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Reconnect (%1) starts a new sandbox VM.</source>
        <translation>再接続 (%1) すると新しいサンドボックス VM を起動します。</translation>
    </message>
    <message>
        <source>The command that caused it is not in the command log: another part of this app sent it</source>
        <translation>これを引き起こしたコマンドはコマンドログにありません。このアプリの別の部分が送信しました</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>The language of the user interface. English is used where no translation exists.</source>
        <translation>ユーザーインターフェイスの言語です。翻訳がない部分は英語で表示されます。</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C):</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>デスクトップに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Light and Dark use Qt&apos;s Fusion style, for desktops whose colours Qt does not pick up.</source>
        <translation>ライトとダークは Qt の Fusion スタイルを使います。Qt が配色を取得できないデスクトップ向けです。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection Profile</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. build VM</source>
        <translation>例: ビルド用 VM</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>A UNIX socket (/path/to/qmp.sock or unix:/path) or TCP (host:port, tcp:host:port, [::1]:port)</source>
        <translation>UNIX ソケット（/path/to/qmp.sock または unix:/path）または TCP（host:port、tcp:host:port、[::1]:port）</translation>
    </message>
    <message>
        <source>/run/vm/qmp.sock   or   localhost:4444</source>
        <translation>/run/vm/qmp.sock   または   localhost:4444</translation>
    </message>
    <message>
        <source>&amp;Speaks:</source>
        <translation>プロトコル(&amp;S):</translation>
    </message>
    <message>
        <source>QMP (QEMU monitor)</source>
        <translation>QMP（QEMU モニター）</translation>
    </message>
    <message>
        <source>QEMU guest agent</source>
        <translation>QEMU ゲストエージェント</translation>
    </message>
    <message>
        <source>Server mode: &amp;listen on the address and let QEMU connect in</source>
        <translation>サーバーモード: このアドレスで待ち受け、QEMU から接続させる(&amp;L)</translation>
    </message>
    <message>
        <source>For QEMU started with -qmp unix:PATH without server=on</source>
        <translation>-qmp unix:PATH を server=on なしで指定して起動した QEMU 用</translation>
    </message>
    <message>
        <source>Connect when the app &amp;starts</source>
        <translation>アプリの起動時に接続(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reconnect after the connection drops</source>
        <translation>接続が切れたら再接続(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;TLS (TCP only, as tls-creds-x509 with verify-peer=on)</source>
        <translation>TLS（TCP のみ。verify-peer=on を指定した tls-creds-x509 と同等）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 証明書(&amp;C):</translation>
    </message>
    <message>
        <source>ca-cert.pem (required)</source>
        <translation>ca-cert.pem（必須）</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>クライアント証明書(&amp;E):</translation>
    </message>
    <message>
        <source>client-cert.pem (when the server verifies peers)</source>
        <translation>client-cert.pem（サーバーがピアを検証する場合）</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>クライアント鍵(&amp;K):</translation>
    </message>
    <message>
        <source>client-key.pem</source>
        <translation>client-key.pem</translation>
    </message>
    <message>
        <source>&amp;Peer name:</source>
        <translation>ピア名(&amp;P):</translation>
    </message>
    <message>
        <source>name in the server certificate (default: the host)</source>
        <translation>サーバー証明書内の名前（既定: ホスト名）</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>クライアント鍵</translation>
    </message>
    <message>
        <source>New Connection Profile</source>
        <translation>新しい接続プロファイル</translation>
    </message>
    <message>
        <source>Edit Profile %1</source>
        <translation>プロファイル %1 を編集</translation>
    </message>
    <message>
        <source>TLS needs the CA certificate that signed the server&apos;s certificate</source>
        <translation>TLS には、サーバー証明書に署名した CA の証明書が必要です</translation>
    </message>
    <message>
        <source>another profile is already called &apos;%1&apos;</source>
        <translation>別のプロファイルが既に「%1」という名前を使用しています</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first</source>
        <translation>先に赤で示されたフィールドを修正してください</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM ファイル (*.pem *.crt *.key);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>the profile needs a name</source>
        <translation>プロファイルには名前が必要です</translation>
    </message>
    <message>
        <source>a profile named &apos;%1&apos; exists already</source>
        <translation>「%1」という名前のプロファイルは既に存在します</translation>
    </message>
    <message>
        <source>no such profile</source>
        <translation>そのようなプロファイルはありません</translation>
    </message>
</context>
<context>
    <name>QmpAddress</name>
    <message>
        <source>empty address</source>
        <translation>アドレスが空です</translation>
    </message>
    <message>
        <source>&apos;unix:&apos; needs a socket path after it</source>
        <translation>「unix:」の後にはソケットのパスが必要です</translation>
    </message>
    <message>
        <source>&apos;[&apos; without &apos;]&apos; in %1</source>
        <translation>%1 に「]」のない「[」があります</translation>
    </message>
    <message>
        <source>missing &apos;:PORT&apos; after &apos;]&apos; in %1</source>
        <translation>%1 の「]」の後に「:PORT」がありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address</source>
        <translation>「%1」は IPv6 アドレスではありません</translation>
    </message>
    <message>
        <source>missing &apos;:PORT&apos; in %1</source>
        <translation>%1 に「:PORT」がありません</translation>
    </message>
    <message>
        <source>an IPv6 address needs brackets: [%1]:PORT</source>
        <translation>IPv6 アドレスは角かっこで囲む必要があります: [%1]:PORT</translation>
    </message>
    <message>
        <source>missing host in %1</source>
        <translation>%1 にホストがありません</translation>
    </message>
    <message>
        <source>missing port in %1</source>
        <translation>%1 にポートがありません</translation>
    </message>
    <message>
        <source>bad port &apos;%1&apos;: a number from 1 to 65535</source>
        <translation>不正なポート「%1」: 1 から 65535 までの数値を指定してください</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; does not exist</source>
        <translation>%1ファイル「%2」が存在しません</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; cannot be read: %3</source>
        <translation>%1ファイル「%2」を読み取れません: %3</translation>
    </message>
    <message>
        <source>TLS needs a CA certificate (--tls-ca) to verify the server</source>
        <translation>TLS にはサーバーを検証するための CA 証明書（--tls-ca）が必要です</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>CA certificate file &apos;%1&apos; holds no PEM certificate</source>
        <translation>CA 証明書ファイル「%1」に PEM 証明書が含まれていません</translation>
    </message>
    <message>
        <source>a client certificate needs its key, and a key its certificate</source>
        <translation>クライアント証明書には対応する鍵が、鍵には対応する証明書が必要です</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <source>client certificate file &apos;%1&apos; holds no PEM certificate</source>
        <translation>クライアント証明書ファイル「%1」に PEM 証明書が含まれていません</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>クライアント鍵</translation>
    </message>
    <message>
        <source>client key file &apos;%1&apos; holds no PEM RSA or EC key</source>
        <translation>クライアント鍵ファイル「%1」に PEM 形式の RSA 鍵または EC 鍵が含まれていません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or an IP address</source>
        <translation>「%1」はホスト名でも IP アドレスでもありません</translation>
    </message>
</context>
<context>
    <name>QmpArgumentForm</name>
    <message>
        <source>Returns: nothing ({})</source>
        <translation>戻り値: なし ({})</translation>
    </message>
    <message>
        <source>Returns:</source>
        <translation>戻り値:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>「%1」は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <source>Expected true or false</source>
        <translation>true または false を指定してください</translation>
    </message>
    <message>
        <source>Expected a whole number from -9223372036854775808 to 18446744073709551615</source>
        <translation>-9223372036854775808 から 18446744073709551615 までの整数を指定してください</translation>
    </message>
    <message>
        <source>Expected a number</source>
        <translation>数値を指定してください</translation>
    </message>
    <message>
        <source>Not JSON at character %1: %2</source>
        <translation>%1 文字目が JSON ではありません: %2</translation>
    </message>
</context>
<context>
    <name>QmpClient</name>
    <message>
        <source>the message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>no reply to %1 within %2 ms</source>
        <translation>%2 ミリ秒以内に %1 への応答がありませんでした</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>接続されていません</translation>
    </message>
    <message>
        <source>cannot write to the server</source>
        <translation>サーバーに書き込めません</translation>
    </message>
    <message>
        <source>a QMP message must be a JSON object, not %1</source>
        <translation>QMP メッセージは JSON オブジェクトでなければなりません（%1 ではありません）</translation>
    </message>
    <message>
        <source>the connection is not ready yet</source>
        <translation>接続はまだ準備ができていません</translation>
    </message>
    <message>
        <source>the guest agent has no out-of-band execution</source>
        <translation>ゲストエージェントはアウトオブバンド実行に対応していません</translation>
    </message>
    <message>
        <source>out-of-band execution was not negotiated (the server does not offer &quot;oob&quot;)</source>
        <translation>アウトオブバンド実行がネゴシエートされていません（サーバーが &quot;oob&quot; を提供していません）</translation>
    </message>
    <message>
        <source>file descriptors can only be passed over a UNIX socket</source>
        <translation>ファイルディスクリプターは UNIX ソケット経由でのみ渡せます</translation>
    </message>
    <message>
        <source>the id %1 is already in use by a command in flight</source>
        <translation>ID %1 は実行中のコマンドで既に使用されています</translation>
    </message>
    <message>
        <source>the connection closed in the middle of a message (%1 bytes received)</source>
        <translation>メッセージの途中で接続が閉じられました（%1 バイト受信済み）</translation>
    </message>
    <message>
        <source>truncated greeting: %1</source>
        <translation>グリーティングが途中で切れています: %1</translation>
    </message>
    <message>
        <source>the server closed the connection before its greeting</source>
        <translation>サーバーがグリーティングを送る前に接続を閉じました</translation>
    </message>
    <message>
        <source>the server closed the connection during capability negotiation</source>
        <translation>ケーパビリティのネゴシエーション中にサーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>the guest agent closed the connection before it synchronised</source>
        <translation>ゲストエージェントが同期の完了前に接続を閉じました</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>サーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>connected, but no greeting came within %1 ms: another client is probably attached (QEMU serves one client per QMP socket at a time)</source>
        <translation>接続しましたが、%1 ミリ秒以内にグリーティングが届きませんでした: 別のクライアントが接続している可能性があります（QEMU は 1 つの QMP ソケットで同時に 1 つのクライアントにしか応答しません）</translation>
    </message>
    <message>
        <source>no answer to qmp_capabilities within %1 ms</source>
        <translation>%1 ミリ秒以内に qmp_capabilities への応答がありませんでした</translation>
    </message>
    <message>
        <source>could not connect to %1 within %2 ms</source>
        <translation>%2 ミリ秒以内に %1 に接続できませんでした</translation>
    </message>
    <message>
        <source>qmp_capabilities failed: %1</source>
        <translation>qmp_capabilities が失敗しました: %1</translation>
    </message>
    <message>
        <source>the connection ended: %1</source>
        <translation>接続が終了しました: %1</translation>
    </message>
    <message>
        <source>bad greeting: %1</source>
        <translation>不正なグリーティング: %1</translation>
    </message>
    <message>
        <source>a message of %1 bytes exceeds the limit of %2 bytes and was dropped</source>
        <translation>%1 バイトのメッセージが上限の %2 バイトを超えたため破棄されました</translation>
    </message>
    <message>
        <source>the server sent %1, not a JSON object: %2</source>
        <translation>サーバーが JSON オブジェクトではなく %1 を送信しました: %2</translation>
    </message>
    <message>
        <source>the server sent text that is not JSON: %1</source>
        <translation>サーバーが JSON ではないテキストを送信しました: %1</translation>
    </message>
    <message>
        <source>the server sent invalid JSON (byte %1: %2)</source>
        <translation>サーバーが不正な JSON を送信しました（%1 バイト目: %2）</translation>
    </message>
    <message>
        <source>the server sent a JSON %1, not an object</source>
        <translation>サーバーがオブジェクトではなく JSON の %1 を送信しました</translation>
    </message>
    <message>
        <source>a second greeting was ignored</source>
        <translation>2 つ目のグリーティングは無視されました</translation>
    </message>
    <message>
        <source>expected a greeting, got %1</source>
        <translation>グリーティングを待っていましたが、%1 を受信しました</translation>
    </message>
    <message>
        <source>a message that is neither reply nor event was dropped: %1</source>
        <translation>応答でもイベントでもないメッセージを破棄しました: %1</translation>
    </message>
    <message>
        <source>an event without a name was dropped: %1</source>
        <translation>名前のないイベントを破棄しました: %1</translation>
    </message>
    <message>
        <source>the server could not parse a message: %1</source>
        <translation>サーバーがメッセージを解析できませんでした: %1</translation>
    </message>
    <message>
        <source>a reply without id was dropped: %1</source>
        <translation>ID のない応答を破棄しました: %1</translation>
    </message>
    <message>
        <source>a reply with the unknown id %1 was dropped</source>
        <translation>不明な ID %1 の応答を破棄しました</translation>
    </message>
    <message>
        <source>malformed error reply: %1</source>
        <translation>不正な形式のエラー応答: %1</translation>
    </message>
    <message>
        <source>the client was destroyed</source>
        <translation>クライアントが破棄されました</translation>
    </message>
    <message>
        <source>already connected or connecting</source>
        <translation>既に接続済みか接続中です</translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation>無効なアドレス</translation>
    </message>
    <message>
        <source>disconnected by the client</source>
        <translation>クライアントによって切断されました</translation>
    </message>
    <message>
        <source>the arguments of %1 must be a JSON object, not %2</source>
        <translation>%1 の引数は JSON オブジェクトでなければなりません（%2 ではありません）</translation>
    </message>
    <message>
        <source>a reply with neither &quot;return&quot; nor &quot;error&quot;: %1</source>
        <translation>&quot;return&quot; も &quot;error&quot; もない応答: %1</translation>
    </message>
    <message>
        <source>the guest agent takes no file descriptors</source>
        <translation>ゲストエージェントはファイルディスクリプターを受け付けません</translation>
    </message>
    <message>
        <source>the server probably requires a client certificate (verify-peer=on)</source>
        <translation>サーバーはおそらくクライアント証明書を要求しています（verify-peer=on）</translation>
    </message>
    <message>
        <source>the server probably does not trust the client certificate</source>
        <translation>サーバーはおそらくこのクライアント証明書を信頼していません</translation>
    </message>
    <message>
        <source>TLS: the server closed the connection right after the handshake: %1</source>
        <translation>TLS: ハンドシェイク直後にサーバーが接続を閉じました: %1</translation>
    </message>
    <message>
        <source>connected, but no greeting came within %1 ms: another client is probably attached (QEMU serves one client per QMP socket at a time), or the server expects TLS</source>
        <translation>接続しましたが、%1 ミリ秒以内にグリーティングが届きませんでした: 別のクライアントが接続しているか（QEMU は 1 つの QMP ソケットで同時に 1 つのクライアントにしか応答しません）、サーバーが TLS を要求している可能性があります</translation>
    </message>
    <message>
        <source>the guest agent did not answer guest-sync-delimited within %1 ms (is qemu-ga running in the guest? is another client attached? an agent serves one client at a time)</source>
        <translation>ゲストエージェントが %1 ミリ秒以内に guest-sync-delimited に応答しませんでした（ゲストで qemu-ga は動作していますか? 別のクライアントが接続していませんか? エージェントは同時に 1 つのクライアントにしか応答しません）</translation>
    </message>
    <message>
        <source>TLS is not available in server mode</source>
        <translation>サーバーモードでは TLS を使用できません</translation>
    </message>
    <message>
        <source>the message is nested deeper than the %1 levels a QMP server accepts</source>
        <translation>メッセージの入れ子が QMP サーバーの受け付ける %1 レベルを超えています</translation>
    </message>
    <message>
        <source>the reply of %1 bytes exceeds the limit of %2 bytes and was dropped</source>
        <translation>%1 バイトの応答が上限の %2 バイトを超えたため破棄されました</translation>
    </message>
</context>
<context>
    <name>QmpEvent</name>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>%1 バイト目が JSON ではありません: %2</translation>
    </message>
    <message>
        <source>not a QMP event: no &quot;event&quot; name</source>
        <translation>QMP イベントではありません: &quot;event&quot; 名がありません</translation>
    </message>
</context>
<context>
    <name>QmpFdPassing</name>
    <message>
        <source>between 1 and 253 descriptors must travel with a message</source>
        <translation>メッセージと一緒に送るディスクリプターは 1 個から 253 個まででなければなりません</translation>
    </message>
    <message>
        <source>could not pass file descriptors: %1</source>
        <translation>ファイルディスクリプターを渡せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>QmpGreeting</name>
    <message>
        <source>the greeting is not a JSON object</source>
        <translation>グリーティングが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the greeting has no &quot;QMP&quot; object</source>
        <translation>グリーティングに &quot;QMP&quot; オブジェクトがありません</translation>
    </message>
    <message>
        <source>the greeting has no &quot;version&quot;: {&quot;qemu&quot;: {...}} object</source>
        <translation>グリーティングに &quot;version&quot;: {&quot;qemu&quot;: {...}} オブジェクトがありません</translation>
    </message>
    <message>
        <source>the greeting&apos;s QEMU version is not three integers (major, minor, micro)</source>
        <translation>グリーティングの QEMU バージョンが 3 つの整数（major、minor、micro）ではありません</translation>
    </message>
    <message>
        <source>the greeting&apos;s &quot;package&quot; is not a string</source>
        <translation>グリーティングの &quot;package&quot; が文字列ではありません</translation>
    </message>
    <message>
        <source>the greeting has no &quot;capabilities&quot; array</source>
        <translation>グリーティングに &quot;capabilities&quot; 配列がありません</translation>
    </message>
    <message>
        <source>the greeting&apos;s capabilities are not all strings</source>
        <translation>グリーティングのケーパビリティに文字列以外のものが含まれています</translation>
    </message>
</context>
<context>
    <name>QmpReply</name>
    <message>
        <source>aborted</source>
        <translation>中止されました</translation>
    </message>
</context>
<context>
    <name>QmpSchema</name>
    <message>
        <source>the schema is not a list</source>
        <translation>スキーマがリストではありません</translation>
    </message>
    <message>
        <source>%1 refers to the undefined type %2</source>
        <translation>%1 が未定義の型 %2 を参照しています</translation>
    </message>
    <message>
        <source>the schema is not valid JSON: %1 (offset %2)</source>
        <translation>スキーマが有効な JSON ではありません: %1（オフセット %2）</translation>
    </message>
    <message>
        <source>%1 is defined twice</source>
        <translation>%1 が 2 回定義されています</translation>
    </message>
    <message>
        <source>a schema entry without name or meta-type</source>
        <translation>名前またはメタ型のないスキーマ項目があります</translation>
    </message>
    <message>
        <source>object type %1 has a member without name or type</source>
        <translation>オブジェクト型 %1 に名前または型のないメンバーがあります</translation>
    </message>
    <message>
        <source>object type %1: its tag %2 is not one of its members</source>
        <translation>オブジェクト型 %1: タグ %2 がそのメンバーではありません</translation>
    </message>
    <message>
        <source>array type %1 without an element type</source>
        <translation>配列型 %1 に要素型がありません</translation>
    </message>
    <message>
        <source>schema entry %1 has an unknown meta-type %2</source>
        <translation>スキーマ項目 %1 のメタ型 %2 は不明です</translation>
    </message>
</context>
<context>
    <name>QmpSchemaCache</name>
    <message>
        <source>no saved schema for this QEMU (%1)</source>
        <translation>この QEMU 用に保存されたスキーマがありません（%1）</translation>
    </message>
    <message>
        <source>the saved schema %1 is damaged: %2</source>
        <translation>保存されたスキーマ %1 が破損しています: %2</translation>
    </message>
    <message>
        <source>the saved schema %1 belongs to another QEMU</source>
        <translation>保存されたスキーマ %1 は別の QEMU のものです</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>QmpSchemaCompleter</name>
    <message>
        <source>returns %1</source>
        <translation>戻り値 %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>, allows out of band</source>
        <translation>、アウトオブバンド実行可</translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation>%1、省略可</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1、必須</translation>
    </message>
</context>
<context>
    <name>QmpSchemaDescriber</name>
    <message>
        <source>allows out of band (exec-oob)</source>
        <translation>アウトオブバンド実行可（exec-oob）</translation>
    </message>
    <message>
        <source>features: %1</source>
        <translation>機能: %1</translation>
    </message>
    <message>
        <source>Arguments: none</source>
        <translation>引数: なし</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <source>Arguments (variants chosen by &apos;%1&apos;):</source>
        <translation>引数（「%1」によってバリアントを選択）:</translation>
    </message>
    <message>
        <source>Returns: nothing ({})</source>
        <translation>戻り値: なし ({})</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>戻り値: %1</translation>
    </message>
    <message>
        <source>Data: none</source>
        <translation>データ: なし</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>データ:</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (省略可)</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (必須)</translation>
    </message>
    <message>
        <source>when %1 is &apos;%2&apos;:</source>
        <translation>%1 が「%2」の場合:</translation>
    </message>
    <message numerus="yes">
        <source>... (%n more)</source>
        <translation>
            <numerusform>... (他 %n 個)</numerusform>
        </translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>次のいずれか: %1</translation>
    </message>
</context>
<context>
    <name>QmpSchemaLoader</name>
    <message>
        <source>not connected</source>
        <translation>接続されていません</translation>
    </message>
    <message>
        <source>query-qmp-schema failed: %1</source>
        <translation>query-qmp-schema が失敗しました: %1</translation>
    </message>
    <message>
        <source>the server&apos;s schema cannot be read: %1</source>
        <translation>サーバーのスキーマを読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>QmpSchemaValidator</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot run out of band (it does not allow exec-oob)</source>
        <translation>「%1」はアウトオブバンドで実行できません（exec-oob が許可されていません）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments</source>
        <translation>「%1」は引数を取りません</translation>
    </message>
    <message>
        <source>a command must be a JSON object, not %1</source>
        <translation>コマンドは JSON オブジェクトでなければなりません（%1 ではありません）</translation>
    </message>
    <message>
        <source>a command needs exactly one of &apos;execute&apos; and &apos;exec-oob&apos;</source>
        <translation>コマンドには「execute」と「exec-oob」のどちらか一方だけが必要です</translation>
    </message>
    <message>
        <source>expected str, got %1</source>
        <translation>str が必要ですが、%1 が指定されました</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in a command</source>
        <translation>コマンド内の不明なキー「%1」</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 が必要ですが、%2 が指定されました</translation>
    </message>
    <message>
        <source>%1 is out of range for %2 (%3 .. %4)</source>
        <translation>%1 は %2 の範囲外です（%3 .. %4）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>「%1」は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos; (%2)</source>
        <translation>必須のキー「%1」がありません（%2）</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>不明なキー「%1」</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; for %2</source>
        <translation>%2 に対する不明なキー「%1」</translation>
    </message>
</context>
<context>
    <name>QmpShortForm</name>
    <message>
        <source>argument %1, column %2: %3</source>
        <translation>引数 %1、%2 列: %3</translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation>引数 %1: %2</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>%1 列: %2</translation>
    </message>
    <message>
        <source>empty command</source>
        <translation>コマンドが空です</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>無効な JSON: %1</translation>
    </message>
    <message>
        <source>a message must be a JSON object</source>
        <translation>メッセージは JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>a message needs exactly one of &apos;execute&apos; and &apos;exec-oob&apos;</source>
        <translation>メッセージには「execute」と「exec-oob」のどちらか一方だけが必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a command name</source>
        <translation>「%1」はコマンド名でなければなりません</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in command name &apos;%2&apos;</source>
        <translation>コマンド名「%2」に予期しない「%1」があります</translation>
    </message>
    <message>
        <source>&apos;arguments&apos; must be a JSON object, not %1</source>
        <translation>「arguments」は JSON オブジェクトでなければなりません（%1 ではありません）</translation>
    </message>
    <message>
        <source>unknown member &apos;%1&apos; in the message (expected execute or exec-oob, arguments, id)</source>
        <translation>メッセージに不明なメンバー「%1」があります（使用できるのは execute または exec-oob、arguments、id です）</translation>
    </message>
    <message>
        <source>a message needs &apos;execute&apos; or &apos;exec-oob&apos;</source>
        <translation>メッセージには「execute」または「exec-oob」が必要です</translation>
    </message>
    <message>
        <source>expected a command name before &apos;%1&apos;</source>
        <translation>「%1」の前にコマンド名が必要です</translation>
    </message>
    <message>
        <source>invalid JSON object: %1</source>
        <translation>無効な JSON オブジェクト: %1</translation>
    </message>
    <message>
        <source>arguments are key=value pairs or one JSON object, not an array</source>
        <translation>引数は key=value の組か 1 つの JSON オブジェクトで指定します。配列は使用できません</translation>
    </message>
    <message>
        <source>quote in a key; only values can be quoted</source>
        <translation>キーに引用符があります。引用符で囲めるのは値だけです</translation>
    </message>
    <message>
        <source>a JSON object must be the only argument</source>
        <translation>JSON オブジェクトは唯一の引数でなければなりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;=&apos;: arguments are key=value</source>
        <translation>「%1」に「=」がありません: 引数は key=value の形式です</translation>
    </message>
    <message>
        <source>empty key before &apos;=&apos;</source>
        <translation>「=」の前のキーが空です</translation>
    </message>
    <message>
        <source>unterminated %1 quote in the value of &apos;%2&apos;</source>
        <translation>「%2」の値で引用符 %1 が閉じられていません</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; is not valid JSON: %2</source>
        <translation>「%1」の値が有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <source>nothing may follow a whole JSON message</source>
        <translation>完全な JSON メッセージの後には何も続けられません</translation>
    </message>
    <message>
        <source>empty command name</source>
        <translation>コマンド名が空です</translation>
    </message>
    <message>
        <source>space in key &apos;%1&apos;</source>
        <translation>キー「%1」に空白があります</translation>
    </message>
</context>
<context>
    <name>QmpTransport</name>
    <message>
        <source>the server closed the connection during set-up</source>
        <translation>接続の確立中にサーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS ハンドシェイクに失敗しました: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>TLS is for TCP addresses; %1 is a UNIX socket</source>
        <translation>TLS は TCP アドレス用です。%1 は UNIX ソケットです</translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation>無効なアドレス</translation>
    </message>
    <message>
        <source>TLS is not available: no TLS backend for Qt</source>
        <translation>TLS は使用できません: Qt 用の TLS バックエンドがありません</translation>
    </message>
    <message>
        <source>cannot load the client certificate &apos;%1&apos; or key &apos;%2&apos;</source>
        <translation>クライアント証明書「%1」または鍵「%2」を読み込めません</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>file descriptors can only be passed over a UNIX socket</source>
        <translation>ファイルディスクリプターは UNIX ソケット経由でのみ渡せます</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>接続されていません</translation>
    </message>
    <message>
        <source>the server does not read: cannot pass file descriptors</source>
        <translation>サーバーが読み取りを行っていません: ファイルディスクリプターを渡せません</translation>
    </message>
    <message>
        <source>the socket path %1 is %2 bytes long, more than the %3 a UNIX socket address holds</source>
        <translation>ソケットのパス %1 は %2 バイトあり、UNIX ソケットのアドレスに収まる %3 バイトを超えています</translation>
    </message>
</context>
<context>
    <name>QmpUnixConnector</name>
    <message>
        <source>no socket at %1</source>
        <translation>%1 にソケットがありません</translation>
    </message>
    <message>
        <source>nothing listens on %1 (QEMU may have exited and left the socket file behind)</source>
        <translation>%1 で待ち受けているものがありません (QEMU が終了してソケットファイルだけが残っている可能性があります)</translation>
    </message>
    <message>
        <source>permission denied for %1</source>
        <translation>%1 へのアクセスが拒否されました</translation>
    </message>
    <message>
        <source>%1 is not a socket</source>
        <translation>%1 はソケットではありません</translation>
    </message>
    <message>
        <source>the socket path %1 is too long for a UNIX socket address</source>
        <translation>ソケットのパス %1 は UNIX ソケットのアドレスには長すぎます</translation>
    </message>
</context>
<context>
    <name>ReplyDiffModel</name>
    <message>
        <source>(value)</source>
        <translation>(値)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
</context>
<context>
    <name>ReplyDiffView</name>
    <message>
        <source>No replies compared yet.</source>
        <translation>まだ応答を比較していません。</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>差分はありません。</translation>
    </message>
    <message>
        <source>Show unchanged</source>
        <translation>変更なしの項目も表示</translation>
    </message>
    <message>
        <source>Reply difference</source>
        <translation>応答の差分</translation>
    </message>
    <message numerus="yes">
        <source>%n values differ: %1 added, %2 removed, %3 changed.</source>
        <translation>
            <numerusform>%n 件の値が異なります: 追加 %1 件、削除 %2 件、変更 %3 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxVm</name>
    <message>
        <source>QEMU did not open its QMP socket within %1 s</source>
        <translation>QEMU が %1 秒以内に QMP ソケットを開きませんでした</translation>
    </message>
    <message>
        <source>%1 not found: install QEMU (Debian: qemu-system-x86) to use the sandbox VM</source>
        <translation>%1 が見つかりません: サンドボックスVMを使用するには QEMU をインストールしてください（Debian: qemu-system-x86）</translation>
    </message>
    <message>
        <source>cannot create a folder for the sandbox&apos;s QMP socket: %1</source>
        <translation>サンドボックスの QMP ソケット用のフォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 を実行できません: %2</translation>
    </message>
    <message>
        <source>QEMU was killed or crashed</source>
        <translation>QEMU が強制終了されたか、クラッシュしました</translation>
    </message>
    <message>
        <source>QEMU exited with status %1</source>
        <translation>QEMU がステータス %1 で終了しました</translation>
    </message>
    <message>
        <source>QEMU was killed by signal %1 (%2)</source>
        <translation>QEMU はシグナル %1 (%2) で強制終了されました</translation>
    </message>
    <message>
        <source>QEMU was killed by signal %1</source>
        <translation>QEMU はシグナル %1 で強制終了されました</translation>
    </message>
</context>
<context>
    <name>SchemaCompletionSource</name>
    <message>
        <source>QOM path</source>
        <translation>QOM パス</translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation>%1、省略可</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1、必須</translation>
    </message>
</context>
<context>
    <name>SecurityBanner</name>
    <message>
        <source>&lt;b&gt;Unprotected connection:&lt;/b&gt; %1. Use TLS, a UNIX socket or an SSH tunnel.</source>
        <translation>&lt;b&gt;保護されていない接続:&lt;/b&gt; %1。TLS、UNIX ソケット、または SSH トンネルを使ってください。</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <source>Event data filter</source>
        <translation>イベントデータのフィルター</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>Treat the filter text as a regular expression</source>
        <translation>フィルターのテキストを正規表現として扱います</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>大/小文字</translation>
    </message>
    <message>
        <source>Match upper and lower case exactly</source>
        <translation>大文字と小文字を区別します</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Show only events inside a time range</source>
        <translation>指定した時間範囲内のイベントだけを表示します</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>開始（この時刻を含む）</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>終了（この時刻を含む）</translation>
    </message>
    <message>
        <source>received</source>
        <translation>受信時刻</translation>
    </message>
    <message>
        <source>QEMU time</source>
        <translation>QEMU 時刻</translation>
    </message>
    <message>
        <source>Which time the range applies to</source>
        <translation>範囲を適用する時刻</translation>
    </message>
    <message>
        <source>Show the events of one connection</source>
        <translation>1 つの接続のイベントを表示します</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>すべての接続</translation>
    </message>
    <message>
        <source>Invalid regular expression at %1: %2</source>
        <translation>位置 %1 の正規表現が無効です: %2</translation>
    </message>
    <message>
        <source>Filter by event name or data (text or regular expression)</source>
        <translation>イベント名またはデータで絞り込み (テキストまたは正規表現)</translation>
    </message>
    <message>
        <source>Text to find in each event&apos;s name or in its data (the JSON as received); tick Regex for a regular expression</source>
        <translation>各イベントの名前またはデータ (受信したままの JSON) から探すテキスト。正規表現を使うには Regex をチェックします</translation>
    </message>
</context>
<context>
    <name>TimelineFilterProxy</name>
    <message numerus="yes">
        <source>%1 of %n events</source>
        <translation>
            <numerusform>%1 / %n 件のイベント</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineMatcher</name>
    <message>
        <source>Invalid regular expression at %1: %2</source>
        <translation>位置 %1 の正規表現が無効です: %2</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Follow</source>
        <translation>追従</translation>
    </message>
    <message>
        <source>Keep the newest event in view (pauses when you scroll up)</source>
        <translation>最新のイベントを常に表示します（上にスクロールすると一時停止します）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Remove every event from the timeline</source>
        <translation>タイムラインからすべてのイベントを削除します</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保持数(&amp;K):</translation>
    </message>
    <message>
        <source>At most this many events are kept; the oldest go first</source>
        <translation>最大でこの数のイベントを保持します。古いものから削除されます</translation>
    </message>
    <message>
        <source>Untick an event name to hide those events</source>
        <translation>イベント名のチェックを外すと、そのイベントを非表示にします</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>イベントタイムライン</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>選択したイベント</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <source>None</source>
        <translation>選択解除</translation>
    </message>
    <message>
        <source>Writing the event log %1 again</source>
        <translation>イベントログ %1 への書き込みを再開しました</translation>
    </message>
    <message>
        <source>Logging events to %1</source>
        <translation>イベントを %1 に記録しています</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The last re-filter took %1 ms</source>
        <translation>前回の再フィルターには %1 ミリ秒かかりました</translation>
    </message>
    <message>
        <source>Following paused; scroll to the bottom or press Follow to resume</source>
        <translation>追従を一時停止しました。再開するには一番下までスクロールするか「追従」を押してください</translation>
    </message>
    <message numerus="yes">
        <source> events</source>
        <comment>suffix of the number of events kept</comment>
        <translation>
            <numerusform> 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n older dropped)</source>
        <extracomment>%1 is the count of shown events, as in &quot;5 of 20 events&quot;</extracomment>
        <translation>
            <numerusform>%1 (古い %n 件を破棄)</numerusform>
        </translation>
    </message>
    <message>
        <source>Event names</source>
        <translation>イベント名</translation>
    </message>
    <message>
        <source>Show &amp;Causing Command</source>
        <translation>原因のコマンドを表示(&amp;C)</translation>
    </message>
    <message>
        <source>Select in the command log the command that caused this event</source>
        <translation>このイベントを引き起こしたコマンドをコマンドログで選択します</translation>
    </message>
    <message>
        <source>No event is known to have come from this command</source>
        <translation>このコマンドから発生したとわかっているイベントはありません</translation>
    </message>
    <message>
        <source>Caused by this command: %1</source>
        <translation>このコマンドが引き起こしたイベント: %1</translation>
    </message>
    <message>
        <source>No command sent from this app is known to have caused this event</source>
        <translation>このアプリから送信したコマンドで、このイベントを引き起こしたとわかっているものはありません</translation>
    </message>
    <message numerus="yes">
        <source>Caused by this command: %1 (%n hidden by the filter)</source>
        <translation>
            <numerusform>このコマンドが引き起こしたイベント: %1 (%n 件はフィルターで非表示)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these events hidden by the filter</source>
        <translation>
            <numerusform>このうち %n 件のイベントはフィルターで非表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnplugTracker</name>
    <message>
        <source>pending</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>completed after %1 s, past the timeout</source>
        <translation>%1 秒後に完了（タイムアウト経過後）</translation>
    </message>
    <message>
        <source>the guest refused the unplug</source>
        <translation>ゲストがデバイスの取り外しを拒否しました</translation>
    </message>
    <message>
        <source>the connection closed before the unplug finished</source>
        <translation>デバイスの取り外しが完了する前に接続が閉じられました</translation>
    </message>
    <message>
        <source>no DEVICE_DELETED within %1 s; the guest has not released the device</source>
        <translation>%1 秒以内に DEVICE_DELETED がありません。ゲストはデバイスを解放していません</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) linked</source>
        <translation>
            <numerusform>%1: %n 件のイベントを関連付け</numerusform>
        </translation>
    </message>
    <message>
        <source>completed by other</source>
        <translation>他から完了</translation>
    </message>
    <message>
        <source>no device_del from this app: another client asked for it, or it went with its bus</source>
        <translation>このアプリからの device_del はありません。別のクライアントが要求したか、バスと一緒に削除されました</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>QMP Console User Guide</source>
        <translation>QMP Console ユーザーガイド</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>このビルドにはユーザーガイドが含まれていません。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no display: neither DISPLAY nor WAYLAND_DISPLAY is set. Run it in a desktop session, or use qmpctl on a terminal.</source>
        <translation>ディスプレイがありません: DISPLAY も WAYLAND_DISPLAY も設定されていません。デスクトップセッションで実行するか、端末で qmpctl を使ってください。</translation>
    </message>
</context>
</TS>
