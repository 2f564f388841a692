<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About QMP Console</source>
        <translation>关于 QMP Console</translation>
    </message>
    <message>
        <source>No QEMU seen yet in this session.</source>
        <translation>本次会话中尚未遇到 QEMU。</translation>
    </message>
    <message>
        <source>QEMU versions seen in this session:</source>
        <translation>本次会话中遇到的 QEMU 版本:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;QMP Console %1&lt;/h2&gt;&lt;p&gt;A desktop console for the QEMU Monitor Protocol: commands, replies as a tree, and an event timeline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;QMP Console %1&lt;/h2&gt;&lt;p&gt;QEMU 监视器协议（QEMU Monitor Protocol）的桌面控制台：命令、树形显示的回复以及事件时间线。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;License: GNU GPL version 2 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;许可证：GNU GPL 第 2 版或更高版本。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ArgumentBuilder</name>
    <message>
        <source>empty key part in &apos;%1&apos;</source>
        <translation>“%1”中的键部分为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has a value, so &apos;%2&apos; cannot nest into it</source>
        <translation>“%1”已有值，因此“%2”无法嵌套到其中</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>重复的键“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds nested keys, so it cannot also have a value</source>
        <translation>“%1”已包含嵌套的键，因此不能同时拥有值</translation>
    </message>
</context>
<context>
    <name>ArgumentFormPanel</name>
    <message>
        <source>Fix the command in the editor first: the form follows it.</source>
        <translation>请先修正编辑器中的命令：表单会随之更新。</translation>
    </message>
    <message>
        <source>Optional: ticked, the key is sent; unticked or blank, it is left out.</source>
        <translation>可选：勾选时发送该键；未勾选或留空时省略。</translation>
    </message>
    <message>
        <source>Required: QEMU refuses the command without it.</source>
        <translation>必需：缺少它时 QEMU 会拒绝该命令。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>JSON: %1</source>
        <translation>JSON：%1</translation>
    </message>
    <message>
        <source>Expected true or false, the editor has %1</source>
        <translation>应为 true 或 false，编辑器中为 %1</translation>
    </message>
    <message>
        <source>The editor has %1, which is not one of these</source>
        <translation>编辑器中为 %1，不属于这些值</translation>
    </message>
    <message>
        <source>Choose a value</source>
        <translation>选择一个值</translation>
    </message>
    <message>
        <source>Type a command in the editor or choose one here.</source>
        <translation>在编辑器中输入命令，或在此处选择一个。</translation>
    </message>
    <message>
        <source>The schema of this connection is not known (yet): no form.</source>
        <translation>此连接的模式（尚）未知：无法显示表单。</translation>
    </message>
    <message>
        <source>This QEMU has no command &quot;%1&quot;.</source>
        <translation>此 QEMU 没有命令“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no arguments.</source>
        <translation>“%1”不接受参数。</translation>
    </message>
    <message>
        <source>* required. Ticked keys are sent; blank ones are left out.</source>
        <translation>* 为必需。已勾选的键会发送，空白的键会省略。</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>命令(&amp;M):</translation>
    </message>
    <message>
        <source>Command for the argument form</source>
        <translation>参数表单对应的命令</translation>
    </message>
    <message>
        <source>Choose a command</source>
        <translation>选择一个命令</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1（不允许）</translation>
    </message>
    <message>
        <source>The argument form is for QMP commands: HMP lines have no schema. Choosing a command here switches to QMP.</source>
        <translation>参数表单用于 QMP 命令：HMP 命令行没有模式。在此选择命令会切换到 QMP。</translation>
    </message>
</context>
<context>
    <name>CommandEditor</name>
    <message>
        <source>Command editor</source>
        <translation>命令编辑器</translation>
    </message>
    <message>
        <source>query-status    or    {&quot;execute&quot;: &quot;query-status&quot;}    Ctrl+Enter sends</source>
        <translation>query-status    或    {&quot;execute&quot;: &quot;query-status&quot;}    按 Ctrl+Enter 发送</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>CommandLineOptionsParser</name>
    <message>
        <source>Desktop console for the QEMU Monitor Protocol</source>
        <translation>QEMU 监视器协议（QMP）的桌面控制台</translation>
    </message>
    <message>
        <source>Connect to ADDRESS at start-up (UNIX socket path, unix:PATH, HOST:PORT, [V6]:PORT); repeatable.</source>
        <translation>启动时连接到 ADDRESS（UNIX 套接字路径、unix:PATH、HOST:PORT、[V6]:PORT）；可多次指定。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>The --connect addresses are QEMU guest agents.</source>
        <translation>--connect 指定的地址是 QEMU 客户机代理。</translation>
    </message>
    <message>
        <source>Append every event of every connection to FILE as JSON Lines.</source>
        <translation>将所有连接的每个事件以 JSON Lines 格式追加到 FILE。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Start a local sandbox VM and connect to it.</source>
        <translation>启动本地沙箱虚拟机并连接到它。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>Invalid address &apos;%1&apos;: %2</source>
        <translation>无效的地址“%1”：%2</translation>
    </message>
    <message>
        <source>--qga needs at least one --connect ADDRESS</source>
        <translation>--qga 需要至少一个 --connect ADDRESS</translation>
    </message>
    <message>
        <source>--event-log may be given only once</source>
        <translation>--event-log 只能指定一次</translation>
    </message>
    <message>
        <source>--event-log needs a file name</source>
        <translation>--event-log 需要一个文件名</translation>
    </message>
</context>
<context>
    <name>CommandLogModel</name>
    <message>
        <source>the reply was discarded before it arrived</source>
        <translation>回复在到达之前已被丢弃</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>往返时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>HMP: %1</source>
        <translation>HMP：%1</translation>
    </message>
</context>
<context>
    <name>CommandLogView</name>
    <message>
        <source>Commands and replies</source>
        <translation>命令和回复</translation>
    </message>
    <message>
        <source>&amp;Copy Reply</source>
        <translation>复制回复(&amp;C)</translation>
    </message>
    <message>
        <source>Show Linked &amp;Events</source>
        <translation>显示关联的事件(&amp;E)</translation>
    </message>
    <message>
        <source>Select in the event timeline the events this command caused</source>
        <translation>在事件时间线中选中此命令引发的事件</translation>
    </message>
</context>
<context>
    <name>CommandPanel</name>
    <message>
        <source>Type a command</source>
        <translation>输入命令</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>有效：%1</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Fix the command first</source>
        <translation>请先修正命令</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>发送到(&amp;T):</translation>
    </message>
    <message>
        <source>Target connection</source>
        <translation>目标连接</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>无连接</translation>
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
        <translation>命令语言</translation>
    </message>
    <message>
        <source>QMP: a JSON message or the short form &quot;device_add driver=usb-kbd id=k0&quot;. HMP: a human monitor line such as &quot;info qtree&quot;.</source>
        <translation>QMP：JSON 消息或简写形式“device_add driver=usb-kbd id=k0”。HMP：人机监视器命令行，例如“info qtree”。</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send command</source>
        <translation>发送命令</translation>
    </message>
    <message>
        <source>Search history (Ctrl+R)</source>
        <translation>搜索历史记录（Ctrl+R）</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <source>JSON that will be sent</source>
        <translation>将要发送的 JSON</translation>
    </message>
    <message>
        <source>The exact JSON that will be sent appears here.</source>
        <translation>此处显示将要发送的确切 JSON。</translation>
    </message>
    <message>
        <source>Command validity</source>
        <translation>命令有效性</translation>
    </message>
    <message>
        <source>Schema: %1. QEMU decides; you can still send.</source>
        <translation>模式：%1。由 QEMU 决定；仍然可以发送。</translation>
    </message>
    <message numerus="yes">
        <source>Schema: %1 (and %n more). QEMU decides; you can still send.</source>
        <translation>
            <numerusform>模式：%1（另有 %n 项）。由 QEMU 决定；仍然可以发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter). The schema check found problems, but QEMU has the last word: sending is allowed.</source>
        <translation>发送（Ctrl+Enter）。模式检查发现了问题，但最终由 QEMU 决定：允许发送。</translation>
    </message>
    <message>
        <source>Valid HMP line: %1</source>
        <translation>有效的 HMP 命令行：%1</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>A QMP command is a JSON object, not %1</source>
        <translation>QMP 命令应为 JSON 对象，而不是 %1</translation>
    </message>
    <message>
        <source>The object needs an &quot;execute&quot; member with the command name</source>
        <translation>该对象需要一个包含命令名称的 &quot;execute&quot; 成员</translation>
    </message>
    <message>
        <source>&quot;execute&quot; must be a non-empty string</source>
        <translation>&quot;execute&quot; 必须是非空字符串</translation>
    </message>
    <message>
        <source>Use either &quot;execute&quot; or &quot;exec-oob&quot;, not both</source>
        <translation>请使用 &quot;execute&quot; 或 &quot;exec-oob&quot; 之一，不能同时使用</translation>
    </message>
    <message>
        <source>&quot;arguments&quot; must be an object, not %1</source>
        <translation>&quot;arguments&quot; 必须是对象，而不是 %1</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot; in a QMP command</source>
        <translation>QMP 命令中有未知成员 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The short form is a single line; use JSON for more</source>
        <translation>简写形式只能有一行；更多内容请使用 JSON</translation>
    </message>
    <message>
        <source>An HMP command is a single line</source>
        <translation>HMP 命令只能有一行</translation>
    </message>
</context>
<context>
    <name>ConnectionListModel</name>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>QEMU</source>
        <translation>QEMU</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>QEMU %1</source>
        <translation>QEMU %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>the profile needs a name</source>
        <translation>配置方案需要名称</translation>
    </message>
    <message>
        <source>address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>address: folder &apos;%1&apos; does not exist, so no socket can be created in it</source>
        <translation>地址：文件夹“%1”不存在，因此无法在其中创建套接字</translation>
    </message>
    <message>
        <source>address: &apos;%1&apos; exists and is not a socket</source>
        <translation>地址：“%1”已存在且不是套接字</translation>
    </message>
    <message>
        <source>address: socket &apos;%1&apos; does not exist yet; connecting fails until QEMU creates it</source>
        <translation>地址：套接字“%1”尚不存在；在 QEMU 创建它之前连接会失败</translation>
    </message>
    <message>
        <source>address: &apos;%1&apos; is not a socket</source>
        <translation>地址：“%1”不是套接字</translation>
    </message>
    <message>
        <source>TLS works on TCP addresses only</source>
        <translation>TLS 仅适用于 TCP 地址</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>plain TCP to %1 without TLS: QMP has no authentication, so anyone who can reach this port controls the VM</source>
        <translation>到 %1 的明文 TCP 连接未使用 TLS：QMP 没有身份验证，任何能访问此端口的人都能控制该虚拟机</translation>
    </message>
    <message>
        <source>address: unknown form &apos;%1:&apos;; use /path/to/socket, unix:PATH, HOST:PORT, tcp:HOST:PORT or [V6]:PORT</source>
        <translation>地址：未知形式“%1:”；请使用 /path/to/socket、unix:PATH、HOST:PORT、tcp:HOST:PORT 或 [V6]:PORT</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>invalid address &apos;%1&apos;: %2</source>
        <translation>无效的地址“%1”：%2</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>waiting to reconnect</source>
        <translation>等待重新连接</translation>
    </message>
    <message>
        <source>disconnecting</source>
        <translation>正在断开</translation>
    </message>
    <message>
        <source>guest agent %1</source>
        <translation>客户机代理 %1</translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message>
        <source>Connect to Address</source>
        <translation>连接到地址</translation>
    </message>
    <message>
        <source>QMP address (/path/to/qmp.sock, unix:PATH, HOST:PORT, [V6]:PORT):</source>
        <translation>QMP 地址（/path/to/qmp.sock、unix:PATH、HOST:PORT、[V6]:PORT）:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address: %2</source>
        <translation>“%1”不是地址：%2</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>删除配置方案</translation>
    </message>
    <message>
        <source>Delete the profile &apos;%1&apos; and its command history?</source>
        <translation>要删除配置方案“%1”及其命令历史记录吗？</translation>
    </message>
    <message>
        <source>guest agent</source>
        <translation>客户机代理</translation>
    </message>
    <message>
        <source>connects at start-up</source>
        <translation>启动时连接</translation>
    </message>
    <message>
        <source>Disconnect %1 and remove it from the list</source>
        <translation>断开 %1 并将其从列表中移除</translation>
    </message>
    <message>
        <source>Remove the selected connection from the list</source>
        <translation>从列表中移除所选连接</translation>
    </message>
    <message>
        <source>No live connection. Connect a profile, use Connect to Address…, or start the sandbox VM.</source>
        <translation>没有活动连接。请连接一个配置方案、使用“连接到地址…”或启动沙箱虚拟机。</translation>
    </message>
    <message>
        <source>Select a connection to send commands to it.</source>
        <translation>选择一个连接以向其发送命令。</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>waiting to reconnect (next try in %1 s)</source>
        <translation>等待重新连接（%1 秒后重试）</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>QEMU: %1</source>
        <translation>QEMU：%1</translation>
    </message>
    <message>
        <source>VM: %1</source>
        <translation>虚拟机：%1</translation>
    </message>
    <message>
        <source>Saved &amp;profiles</source>
        <translation>已保存的配置方案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Live connections</source>
        <translation>活动连接(&amp;L)</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>已保存的配置方案</translation>
    </message>
    <message>
        <source>Live connections</source>
        <translation>活动连接</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>连接详情</translation>
    </message>
    <message>
        <source>No saved profiles yet (Connection ▸ New Connection Profile…)</source>
        <translation>尚无已保存的配置方案（连接 ▸ 新建连接配置方案…）</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>Connect first: there is no live connection</source>
        <translation>请先连接：当前没有活动连接</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 未连接</translation>
    </message>
    <message>
        <source>No connection to send to</source>
        <translation>没有可发送到的连接</translation>
    </message>
    <message>
        <source>Sent %1 to %2</source>
        <translation>已将 %1 发送到 %2</translation>
    </message>
    <message>
        <source>Sent HMP line &quot;%1&quot; to %2</source>
        <translation>已将 HMP 命令行“%1”发送到 %2</translation>
    </message>
</context>
<context>
    <name>DeviceTreeModel</name>
    <message>
        <source>cannot list bus types: %1</source>
        <translation>无法列出总线类型：%1</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>无法列出 %1：%2</translation>
    </message>
    <message>
        <source>Bus %1</source>
        <translation>总线 %1</translation>
    </message>
    <message>
        <source>Device %1 (%2)</source>
        <translation>设备 %1（%2）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>QOM path</source>
        <translation>QOM 路径</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Unplug of %1: %2</source>
        <translation>%1 的热拔出：%2</translation>
    </message>
    <message>
        <source>Unplug of %1: %2 (%3)</source>
        <translation>%1 的热拔出：%2（%3）</translation>
    </message>
    <message>
        <source>Cannot list device drivers: %1</source>
        <translation>无法列出设备驱动：%1</translation>
    </message>
    <message>
        <source>No properties for %1: %2</source>
        <translation>无法获取 %1 的属性：%2</translation>
    </message>
    <message>
        <source>%1, default %2</source>
        <translation>%1，默认值 %2</translation>
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
        <translation>%2 前后的 %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Device added.</source>
        <translation>设备已添加。</translation>
    </message>
    <message>
        <source>Unplug requested; waiting for DEVICE_DELETED.</source>
        <translation>已请求热拔出；正在等待 DEVICE_DELETED。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>移除设备</translation>
    </message>
    <message>
        <source>device_del the selected device and follow the unplug</source>
        <translation>用 device_del 移除所选设备并跟踪热拔出过程</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>驱动(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>总线(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Add device</source>
        <translation>添加设备(&amp;A)</translation>
    </message>
    <message>
        <source>Time out after (s, 0: never):</source>
        <translation>超时时间（秒，0：不限）:</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成项</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>比较:</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Unplugs</source>
        <translation>热拔出</translation>
    </message>
    <message>
        <source>Reply diff</source>
        <translation>回复差异</translation>
    </message>
    <message>
        <source>Device tree</source>
        <translation>设备树</translation>
    </message>
    <message>
        <source>%1 (unplug %2, %3 s)</source>
        <translation>%1（热拔出%2，%3 秒）</translation>
    </message>
    <message>
        <source>A guest agent connection has no devices to show.</source>
        <translation>客户机代理连接没有可显示的设备。</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>已发送：%1</translation>
    </message>
    <message>
        <source>Reply: (none yet)</source>
        <translation>回复：（尚无）</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>回复：%1</translation>
    </message>
    <message>
        <source>Event after %1 s: %2</source>
        <translation>%1 秒后的事件：%2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Sent: nothing from this app</source>
        <translation>已发送：本应用未发送任何内容</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <source>Show Events in &amp;Timeline</source>
        <translation>在时间线中显示事件(&amp;T)</translation>
    </message>
    <message>
        <source>Select in the event timeline the events of this unplug</source>
        <translation>在事件时间线中选中此次拔出的事件</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>连接：%1</translation>
    </message>
</context>
<context>
    <name>EventLineScanner</name>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>NUL byte</source>
        <translation>NUL 字节</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>嵌套深度超过 %1 层</translation>
    </message>
</context>
<context>
    <name>EventLogReader</name>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是 JSON：%2</translation>
    </message>
    <message>
        <source>neither a QMP event nor a transcript line</source>
        <translation>既不是 QMP 事件，也不是会话记录行</translation>
    </message>
    <message>
        <source>transcript line with a &quot;dir&quot; other than &quot;in&quot; or &quot;out&quot;</source>
        <translation>会话记录行的 &quot;dir&quot; 既不是 &quot;in&quot; 也不是 &quot;out&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>line longer than %1 MiB</source>
        <translation>行长度超过 %1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>%n events read</source>
        <translation>
            <numerusform>已读取 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commands and replies not shown</source>
        <translation>
            <numerusform>%n 条命令和回复未显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad lines skipped</source>
        <translation>
            <numerusform>已跳过 %n 个错误行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad lines skipped (line %1: %2)</source>
        <translation>
            <numerusform>已跳过 %n 个错误行（第 %1 行：%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Joins two parts of a summary, as in &quot;12 events read; 2 bad lines skipped&quot;</extracomment>
        <translation>%1；%2</translation>
    </message>
</context>
<context>
    <name>EventLogSaver</name>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>EventLogWriter</name>
    <message>
        <source>Cannot open the event log %1: %2</source>
        <translation>无法打开事件日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot repair the end of the event log %1: %2</source>
        <translation>无法修复事件日志 %1 的结尾：%2</translation>
    </message>
    <message>
        <source>The event log %1 was removed. Events are kept in memory.</source>
        <translation>事件日志 %1 已被删除。事件将保留在内存中。</translation>
    </message>
    <message>
        <source>Cannot write the event log %1: %2. Events are kept in memory.</source>
        <translation>无法写入事件日志 %1：%2。事件将保留在内存中。</translation>
    </message>
</context>
<context>
    <name>EventNameCountModel</name>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>No %1 event yet; this QEMU can send it</source>
        <translation>尚无 %1 事件；此 QEMU 可以发送该事件</translation>
    </message>
</context>
<context>
    <name>EventTimelineModel</name>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是 JSON：%2</translation>
    </message>
    <message>
        <source>not a QMP event: no &quot;event&quot; name</source>
        <translation>不是 QMP 事件：没有 &quot;event&quot; 名称</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>QEMU time</source>
        <translation>QEMU 时间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>HistorySearchPopup</name>
    <message>
        <source>Search history…</source>
        <translation>搜索历史记录…</translation>
    </message>
    <message>
        <source>History search</source>
        <translation>历史记录搜索</translation>
    </message>
    <message>
        <source>Matching history entries</source>
        <translation>匹配的历史记录条目</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n 个成员}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n element(s)]</source>
        <translation>
            <numerusform>[%n 个元素]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>JsonTreeView</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配项</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
    <message>
        <source>Show the raw pretty-printed JSON (Ctrl+U)</source>
        <translation>显示格式化的原始 JSON（Ctrl+U）</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>Expand all (Ctrl++)</source>
        <translation>全部展开（Ctrl++）</translation>
    </message>
    <message>
        <source>Collapse All</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <source>Collapse all (Ctrl+-)</source>
        <translation>全部折叠（Ctrl+-）</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>复制为 JSON</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Search keys and values…</source>
        <translation>搜索键和值…</translation>
    </message>
    <message>
        <source>Search in tree</source>
        <translation>在树中搜索</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON 树</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>回复文本</translation>
    </message>
    <message>
        <source>The command printed nothing.</source>
        <translation>该命令没有输出任何内容。</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ommand</source>
        <translation>命令(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Event Timeline</source>
        <translation>事件时间线</translation>
    </message>
    <message>
        <source>&amp;Open Log…</source>
        <translation>打开日志(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved event log or session transcript</source>
        <translation>打开已保存的事件日志或会话记录</translation>
    </message>
    <message>
        <source>&amp;Save Events…</source>
        <translation>保存事件(&amp;S)…</translation>
    </message>
    <message>
        <source>Save all events of the timeline as JSON Lines</source>
        <translation>将时间线中的所有事件保存为 JSON Lines</translation>
    </message>
    <message>
        <source>Save &amp;Filtered Events…</source>
        <translation>保存过滤后的事件(&amp;F)…</translation>
    </message>
    <message>
        <source>Save the events that pass the current filter as JSON Lines</source>
        <translation>将通过当前过滤器的事件保存为 JSON Lines</translation>
    </message>
    <message>
        <source>Save Session &amp;Transcript…</source>
        <translation>保存会话记录(&amp;T)…</translation>
    </message>
    <message>
        <source>Save commands, replies and events with their times</source>
        <translation>保存命令、回复和事件及其时间</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search in the focused view</source>
        <translation>在当前获得焦点的视图中搜索</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;New Connection Profile…</source>
        <translation>新建连接配置方案(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a saved connection profile</source>
        <translation>创建一个保存的连接配置方案</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>编辑配置方案(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Profile</source>
        <translation>创建配置方案副本(&amp;U)</translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation>删除配置方案(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect the selected profile</source>
        <translation>使用所选配置方案进行连接</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>Disconnect the selected connection</source>
        <translation>断开所选连接</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>Disconnect and connect again</source>
        <translation>断开后重新连接</translation>
    </message>
    <message>
        <source>Connect &amp;to Address…</source>
        <translation>连接到地址(&amp;T)…</translation>
    </message>
    <message>
        <source>Connect to an address without saving a profile</source>
        <translation>连接到某个地址而不保存配置方案</translation>
    </message>
    <message>
        <source>Start &amp;Sandbox VM</source>
        <translation>启动沙箱虚拟机(&amp;S)</translation>
    </message>
    <message>
        <source>Start a local QEMU (q35, qemu-xhci, two PCIe root ports) and connect to it</source>
        <translation>启动本地 QEMU（q35、qemu-xhci、两个 PCIe 根端口）并连接到它</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send the command (Ctrl+Enter)</source>
        <translation>发送命令（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;HMP Mode</source>
        <translation>HMP 模式(&amp;H)</translation>
    </message>
    <message>
        <source>Type human monitor commands instead of QMP</source>
        <translation>输入人机监视器（HMP）命令而不是 QMP 命令</translation>
    </message>
    <message>
        <source>Search the command history of this profile</source>
        <translation>搜索此配置方案的命令历史记录</translation>
    </message>
    <message>
        <source>C&amp;lear Editor</source>
        <translation>清空编辑器(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Follow New Events</source>
        <translation>跟随新事件(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation>保持最新事件可见</translation>
    </message>
    <message>
        <source>Clear &amp;Timeline</source>
        <translation>清空时间线(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Raw Reply</source>
        <translation>原始回复(&amp;R)</translation>
    </message>
    <message>
        <source>Show the reply as pretty-printed JSON instead of a tree</source>
        <translation>以格式化的 JSON 而不是树形显示回复</translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation>全部展开(&amp;X)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About QMP Console</source>
        <translation>关于 QMP Console(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Open Event Log or Transcript</source>
        <translation>打开事件日志或会话记录</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.ndjson *.json *.log);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json *.log);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Sandbox VM</source>
        <translation>沙箱虚拟机</translation>
    </message>
    <message>
        <source>Second QMP socket for outside tools (qmpctl, qmp-shell):
%1</source>
        <translation>供外部工具（qmpctl、qmp-shell）使用的第二个 QMP 套接字：
%1</translation>
    </message>
    <message>
        <source>Sandbox VM started; outside tools can use %1</source>
        <translation>沙箱虚拟机已启动；外部工具可以使用 %1</translation>
    </message>
    <message>
        <source>Sandbox VM: %1</source>
        <translation>沙箱虚拟机：%1</translation>
    </message>
    <message>
        <source>The sandbox VM could not run.</source>
        <translation>沙箱虚拟机无法运行。</translation>
    </message>
    <message>
        <source>The sandbox VM has stopped.</source>
        <translation>沙箱虚拟机已停止。</translation>
    </message>
    <message>
        <source>Starting the sandbox VM…</source>
        <translation>正在启动沙箱虚拟机…</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>无连接</translation>
    </message>
    <message>
        <source>QEMU %1</source>
        <translation>QEMU %1</translation>
    </message>
    <message>
        <source>VM %1</source>
        <translation>虚拟机 %1</translation>
    </message>
    <message>
        <source>%1 (%2) – QMP Console</source>
        <translation>%1 (%2) – QMP Console</translation>
    </message>
    <message>
        <source>Save Session Transcript</source>
        <translation>保存会话记录</translation>
    </message>
    <message>
        <source>Save Filtered Events</source>
        <translation>保存过滤后的事件</translation>
    </message>
    <message>
        <source>Save Events</source>
        <translation>保存事件</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Open Event Log</source>
        <translation>打开事件日志</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The sandbox VM has stopped: %1</source>
        <translation>沙箱虚拟机已停止：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n lines of %1 could not be read and were skipped.</source>
        <translation>
            <numerusform>%1 中有 %n 行无法读取，已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent C&amp;onnections</source>
        <translation>最近的连接(&amp;O)</translation>
    </message>
    <message>
        <source>Search H&amp;istory…</source>
        <translation>搜索历史记录(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>全部折叠(&amp;C)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Reconnect (%1) starts a new sandbox VM.</source>
        <translation>重新连接（%1）会启动一个新的沙盒虚拟机。</translation>
    </message>
    <message>
        <source>The command that caused it is not in the command log: another part of this app sent it</source>
        <translation>引发它的命令不在命令日志中：它由本应用的其他部分发送</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The language of the user interface. English is used where no translation exists.</source>
        <translation>用户界面的语言。没有翻译的地方使用英语。</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>颜色(&amp;C):</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>跟随桌面</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light and Dark use Qt&apos;s Fusion style, for desktops whose colours Qt does not pick up.</source>
        <translation>浅色和深色使用 Qt 的 Fusion 样式，适用于 Qt 无法获取其颜色的桌面。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Connection Profile</source>
        <translation>连接配置方案</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. build VM</source>
        <translation>例如：构建虚拟机</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A):</translation>
    </message>
    <message>
        <source>A UNIX socket (/path/to/qmp.sock or unix:/path) or TCP (host:port, tcp:host:port, [::1]:port)</source>
        <translation>UNIX 套接字（/path/to/qmp.sock 或 unix:/path）或 TCP（host:port、tcp:host:port、[::1]:port）</translation>
    </message>
    <message>
        <source>/run/vm/qmp.sock   or   localhost:4444</source>
        <translation>/run/vm/qmp.sock   或   localhost:4444</translation>
    </message>
    <message>
        <source>&amp;Speaks:</source>
        <translation>协议(&amp;S):</translation>
    </message>
    <message>
        <source>QMP (QEMU monitor)</source>
        <translation>QMP（QEMU 监视器）</translation>
    </message>
    <message>
        <source>QEMU guest agent</source>
        <translation>QEMU 客户机代理</translation>
    </message>
    <message>
        <source>Server mode: &amp;listen on the address and let QEMU connect in</source>
        <translation>服务器模式：在该地址上监听，由 QEMU 连入(&amp;L)</translation>
    </message>
    <message>
        <source>For QEMU started with -qmp unix:PATH without server=on</source>
        <translation>适用于以 -qmp unix:PATH 启动且未设置 server=on 的 QEMU</translation>
    </message>
    <message>
        <source>Connect when the app &amp;starts</source>
        <translation>程序启动时连接(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reconnect after the connection drops</source>
        <translation>连接断开后重新连接(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;TLS (TCP only, as tls-creds-x509 with verify-peer=on)</source>
        <translation>TLS（仅限 TCP，相当于 tls-creds-x509 并设置 verify-peer=on）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C):</translation>
    </message>
    <message>
        <source>ca-cert.pem (required)</source>
        <translation>ca-cert.pem（必填）</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>客户端证书(&amp;E):</translation>
    </message>
    <message>
        <source>client-cert.pem (when the server verifies peers)</source>
        <translation>client-cert.pem（服务器验证对端时需要）</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>客户端密钥(&amp;K):</translation>
    </message>
    <message>
        <source>client-key.pem</source>
        <translation>client-key.pem</translation>
    </message>
    <message>
        <source>&amp;Peer name:</source>
        <translation>对端名称(&amp;P):</translation>
    </message>
    <message>
        <source>name in the server certificate (default: the host)</source>
        <translation>服务器证书中的名称（默认：主机名）</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Client Certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>Client Key</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>New Connection Profile</source>
        <translation>新建连接配置方案</translation>
    </message>
    <message>
        <source>Edit Profile %1</source>
        <translation>编辑配置方案 %1</translation>
    </message>
    <message>
        <source>TLS needs the CA certificate that signed the server&apos;s certificate</source>
        <translation>TLS 需要签发服务器证书的 CA 证书</translation>
    </message>
    <message>
        <source>another profile is already called &apos;%1&apos;</source>
        <translation>已有另一个名为“%1”的配置方案</translation>
    </message>
    <message>
        <source>Fix the fields marked in red first</source>
        <translation>请先修正标为红色的字段</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.key);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>the profile needs a name</source>
        <translation>配置方案需要名称</translation>
    </message>
    <message>
        <source>a profile named &apos;%1&apos; exists already</source>
        <translation>名为“%1”的配置方案已存在</translation>
    </message>
    <message>
        <source>no such profile</source>
        <translation>没有该配置方案</translation>
    </message>
</context>
<context>
    <name>QmpAddress</name>
    <message>
        <source>empty address</source>
        <translation>地址为空</translation>
    </message>
    <message>
        <source>&apos;unix:&apos; needs a socket path after it</source>
        <translation>“unix:”后面需要套接字路径</translation>
    </message>
    <message>
        <source>&apos;[&apos; without &apos;]&apos; in %1</source>
        <translation>%1 中有“[”但缺少“]”</translation>
    </message>
    <message>
        <source>missing &apos;:PORT&apos; after &apos;]&apos; in %1</source>
        <translation>%1 中“]”之后缺少“:PORT”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address</source>
        <translation>“%1”不是 IPv6 地址</translation>
    </message>
    <message>
        <source>missing &apos;:PORT&apos; in %1</source>
        <translation>%1 中缺少“:PORT”</translation>
    </message>
    <message>
        <source>an IPv6 address needs brackets: [%1]:PORT</source>
        <translation>IPv6 地址需要加方括号：[%1]:PORT</translation>
    </message>
    <message>
        <source>missing host in %1</source>
        <translation>%1 中缺少主机</translation>
    </message>
    <message>
        <source>missing port in %1</source>
        <translation>%1 中缺少端口</translation>
    </message>
    <message>
        <source>bad port &apos;%1&apos;: a number from 1 to 65535</source>
        <translation>端口“%1”无效：应为 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; does not exist</source>
        <translation>%1文件“%2”不存在</translation>
    </message>
    <message>
        <source>%1 file &apos;%2&apos; cannot be read: %3</source>
        <translation>无法读取%1文件“%2”：%3</translation>
    </message>
    <message>
        <source>TLS needs a CA certificate (--tls-ca) to verify the server</source>
        <translation>TLS 需要 CA 证书（--tls-ca）来验证服务器</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>CA certificate file &apos;%1&apos; holds no PEM certificate</source>
        <translation>CA 证书文件“%1”中没有 PEM 证书</translation>
    </message>
    <message>
        <source>a client certificate needs its key, and a key its certificate</source>
        <translation>客户端证书需要对应的密钥，密钥也需要对应的证书</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>client certificate file &apos;%1&apos; holds no PEM certificate</source>
        <translation>客户端证书文件“%1”中没有 PEM 证书</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>client key file &apos;%1&apos; holds no PEM RSA or EC key</source>
        <translation>客户端密钥文件“%1”中没有 PEM 格式的 RSA 或 EC 密钥</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or an IP address</source>
        <translation>“%1”既不是主机名也不是 IP 地址</translation>
    </message>
</context>
<context>
    <name>QmpArgumentForm</name>
    <message>
        <source>Returns: nothing ({})</source>
        <translation>返回：无（{}）</translation>
    </message>
    <message>
        <source>Returns:</source>
        <translation>返回：</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>“%1”不是以下值之一：%2</translation>
    </message>
    <message>
        <source>Expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>Expected a whole number from -9223372036854775808 to 18446744073709551615</source>
        <translation>应为 -9223372036854775808 到 18446744073709551615 之间的整数</translation>
    </message>
    <message>
        <source>Expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>Not JSON at character %1: %2</source>
        <translation>第 %1 个字符处不是 JSON：%2</translation>
    </message>
</context>
<context>
    <name>QmpClient</name>
    <message>
        <source>the message</source>
        <translation>该消息</translation>
    </message>
    <message>
        <source>no reply to %1 within %2 ms</source>
        <translation>%2 毫秒内未收到对 %1 的回复</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>cannot write to the server</source>
        <translation>无法写入服务器</translation>
    </message>
    <message>
        <source>a QMP message must be a JSON object, not %1</source>
        <translation>QMP 消息必须是 JSON 对象，而不是 %1</translation>
    </message>
    <message>
        <source>the connection is not ready yet</source>
        <translation>连接尚未就绪</translation>
    </message>
    <message>
        <source>the guest agent has no out-of-band execution</source>
        <translation>客户机代理不支持带外执行</translation>
    </message>
    <message>
        <source>out-of-band execution was not negotiated (the server does not offer &quot;oob&quot;)</source>
        <translation>未协商带外执行（服务器未提供 &quot;oob&quot;）</translation>
    </message>
    <message>
        <source>file descriptors can only be passed over a UNIX socket</source>
        <translation>文件描述符只能通过 UNIX 套接字传递</translation>
    </message>
    <message>
        <source>the id %1 is already in use by a command in flight</source>
        <translation>ID %1 已被一个正在执行的命令占用</translation>
    </message>
    <message>
        <source>the connection closed in the middle of a message (%1 bytes received)</source>
        <translation>连接在消息传输中途关闭（已接收 %1 字节）</translation>
    </message>
    <message>
        <source>truncated greeting: %1</source>
        <translation>问候消息被截断：%1</translation>
    </message>
    <message>
        <source>the server closed the connection before its greeting</source>
        <translation>服务器在发送问候消息之前关闭了连接</translation>
    </message>
    <message>
        <source>the server closed the connection during capability negotiation</source>
        <translation>服务器在能力协商期间关闭了连接</translation>
    </message>
    <message>
        <source>the guest agent closed the connection before it synchronised</source>
        <translation>客户机代理在完成同步之前关闭了连接</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>connected, but no greeting came within %1 ms: another client is probably attached (QEMU serves one client per QMP socket at a time)</source>
        <translation>已连接，但 %1 毫秒内未收到问候消息：可能已有另一个客户端连接（QEMU 的每个 QMP 套接字同一时间只服务一个客户端）</translation>
    </message>
    <message>
        <source>no answer to qmp_capabilities within %1 ms</source>
        <translation>%1 毫秒内未收到对 qmp_capabilities 的应答</translation>
    </message>
    <message>
        <source>could not connect to %1 within %2 ms</source>
        <translation>无法在 %2 毫秒内连接到 %1</translation>
    </message>
    <message>
        <source>qmp_capabilities failed: %1</source>
        <translation>qmp_capabilities 失败：%1</translation>
    </message>
    <message>
        <source>the connection ended: %1</source>
        <translation>连接已结束：%1</translation>
    </message>
    <message>
        <source>bad greeting: %1</source>
        <translation>无效的问候消息：%1</translation>
    </message>
    <message>
        <source>a message of %1 bytes exceeds the limit of %2 bytes and was dropped</source>
        <translation>%1 字节的消息超过了 %2 字节的上限，已被丢弃</translation>
    </message>
    <message>
        <source>the server sent %1, not a JSON object: %2</source>
        <translation>服务器发送了 %1，而不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>the server sent text that is not JSON: %1</source>
        <translation>服务器发送了非 JSON 文本：%1</translation>
    </message>
    <message>
        <source>the server sent invalid JSON (byte %1: %2)</source>
        <translation>服务器发送了无效的 JSON（第 %1 字节：%2）</translation>
    </message>
    <message>
        <source>the server sent a JSON %1, not an object</source>
        <translation>服务器发送了 JSON %1，而不是对象</translation>
    </message>
    <message>
        <source>a second greeting was ignored</source>
        <translation>已忽略第二条问候消息</translation>
    </message>
    <message>
        <source>expected a greeting, got %1</source>
        <translation>期望收到问候消息，但收到了 %1</translation>
    </message>
    <message>
        <source>a message that is neither reply nor event was dropped: %1</source>
        <translation>已丢弃既不是回复也不是事件的消息：%1</translation>
    </message>
    <message>
        <source>an event without a name was dropped: %1</source>
        <translation>已丢弃没有名称的事件：%1</translation>
    </message>
    <message>
        <source>the server could not parse a message: %1</source>
        <translation>服务器无法解析消息：%1</translation>
    </message>
    <message>
        <source>a reply without id was dropped: %1</source>
        <translation>已丢弃没有 ID 的回复：%1</translation>
    </message>
    <message>
        <source>a reply with the unknown id %1 was dropped</source>
        <translation>已丢弃带有未知 ID %1 的回复</translation>
    </message>
    <message>
        <source>malformed error reply: %1</source>
        <translation>格式错误的错误回复：%1</translation>
    </message>
    <message>
        <source>the client was destroyed</source>
        <translation>客户端已被销毁</translation>
    </message>
    <message>
        <source>already connected or connecting</source>
        <translation>已连接或正在连接</translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation>无效的地址</translation>
    </message>
    <message>
        <source>disconnected by the client</source>
        <translation>已由客户端断开</translation>
    </message>
    <message>
        <source>the arguments of %1 must be a JSON object, not %2</source>
        <translation>%1 的参数必须是 JSON 对象，而不是 %2</translation>
    </message>
    <message>
        <source>a reply with neither &quot;return&quot; nor &quot;error&quot;: %1</source>
        <translation>既没有 &quot;return&quot; 也没有 &quot;error&quot; 的回复：%1</translation>
    </message>
    <message>
        <source>the guest agent takes no file descriptors</source>
        <translation>客户机代理不接受文件描述符</translation>
    </message>
    <message>
        <source>the server probably requires a client certificate (verify-peer=on)</source>
        <translation>服务器可能要求客户端证书（verify-peer=on）</translation>
    </message>
    <message>
        <source>the server probably does not trust the client certificate</source>
        <translation>服务器可能不信任该客户端证书</translation>
    </message>
    <message>
        <source>TLS: the server closed the connection right after the handshake: %1</source>
        <translation>TLS：服务器在握手后立即关闭了连接：%1</translation>
    </message>
    <message>
        <source>connected, but no greeting came within %1 ms: another client is probably attached (QEMU serves one client per QMP socket at a time), or the server expects TLS</source>
        <translation>已连接，但 %1 毫秒内未收到问候消息：可能已有另一个客户端连接（QEMU 的每个 QMP 套接字同一时间只服务一个客户端），或者服务器要求使用 TLS</translation>
    </message>
    <message>
        <source>the guest agent did not answer guest-sync-delimited within %1 ms (is qemu-ga running in the guest? is another client attached? an agent serves one client at a time)</source>
        <translation>客户机代理在 %1 毫秒内未应答 guest-sync-delimited（客户机中是否运行了 qemu-ga？是否已有另一个客户端连接？代理同一时间只服务一个客户端）</translation>
    </message>
    <message>
        <source>TLS is not available in server mode</source>
        <translation>TLS 在服务器模式下不可用</translation>
    </message>
    <message>
        <source>the message is nested deeper than the %1 levels a QMP server accepts</source>
        <translation>消息的嵌套深度超过了 QMP 服务器可接受的 %1 层</translation>
    </message>
    <message>
        <source>the reply of %1 bytes exceeds the limit of %2 bytes and was dropped</source>
        <translation>%1 字节的回复超过了 %2 字节的上限，已被丢弃</translation>
    </message>
</context>
<context>
    <name>QmpEvent</name>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是 JSON：%2</translation>
    </message>
    <message>
        <source>not a QMP event: no &quot;event&quot; name</source>
        <translation>不是 QMP 事件：没有 &quot;event&quot; 名称</translation>
    </message>
</context>
<context>
    <name>QmpFdPassing</name>
    <message>
        <source>between 1 and 253 descriptors must travel with a message</source>
        <translation>每条消息必须携带 1 到 253 个描述符</translation>
    </message>
    <message>
        <source>could not pass file descriptors: %1</source>
        <translation>无法传递文件描述符：%1</translation>
    </message>
</context>
<context>
    <name>QmpGreeting</name>
    <message>
        <source>the greeting is not a JSON object</source>
        <translation>问候消息不是 JSON 对象</translation>
    </message>
    <message>
        <source>the greeting has no &quot;QMP&quot; object</source>
        <translation>问候消息中没有 &quot;QMP&quot; 对象</translation>
    </message>
    <message>
        <source>the greeting has no &quot;version&quot;: {&quot;qemu&quot;: {...}} object</source>
        <translation>问候消息中没有 &quot;version&quot;: {&quot;qemu&quot;: {...}} 对象</translation>
    </message>
    <message>
        <source>the greeting&apos;s QEMU version is not three integers (major, minor, micro)</source>
        <translation>问候消息中的 QEMU 版本不是三个整数（major、minor、micro）</translation>
    </message>
    <message>
        <source>the greeting&apos;s &quot;package&quot; is not a string</source>
        <translation>问候消息中的 &quot;package&quot; 不是字符串</translation>
    </message>
    <message>
        <source>the greeting has no &quot;capabilities&quot; array</source>
        <translation>问候消息中没有 &quot;capabilities&quot; 数组</translation>
    </message>
    <message>
        <source>the greeting&apos;s capabilities are not all strings</source>
        <translation>问候消息中的能力并非全是字符串</translation>
    </message>
</context>
<context>
    <name>QmpReply</name>
    <message>
        <source>aborted</source>
        <translation>已中止</translation>
    </message>
</context>
<context>
    <name>QmpSchema</name>
    <message>
        <source>the schema is not a list</source>
        <translation>模式不是列表</translation>
    </message>
    <message>
        <source>%1 refers to the undefined type %2</source>
        <translation>%1 引用了未定义的类型 %2</translation>
    </message>
    <message>
        <source>the schema is not valid JSON: %1 (offset %2)</source>
        <translation>模式不是有效的 JSON：%1（偏移量 %2）</translation>
    </message>
    <message>
        <source>%1 is defined twice</source>
        <translation>%1 被重复定义</translation>
    </message>
    <message>
        <source>a schema entry without name or meta-type</source>
        <translation>模式条目缺少名称或元类型</translation>
    </message>
    <message>
        <source>object type %1 has a member without name or type</source>
        <translation>对象类型 %1 有缺少名称或类型的成员</translation>
    </message>
    <message>
        <source>object type %1: its tag %2 is not one of its members</source>
        <translation>对象类型 %1：其标签 %2 不是它的成员</translation>
    </message>
    <message>
        <source>array type %1 without an element type</source>
        <translation>数组类型 %1 缺少元素类型</translation>
    </message>
    <message>
        <source>schema entry %1 has an unknown meta-type %2</source>
        <translation>模式条目 %1 的元类型 %2 未知</translation>
    </message>
</context>
<context>
    <name>QmpSchemaCache</name>
    <message>
        <source>no saved schema for this QEMU (%1)</source>
        <translation>没有此 QEMU 的已保存模式（%1）</translation>
    </message>
    <message>
        <source>the saved schema %1 is damaged: %2</source>
        <translation>已保存的模式 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>the saved schema %1 belongs to another QEMU</source>
        <translation>已保存的模式 %1 属于另一个 QEMU</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>QmpSchemaCompleter</name>
    <message>
        <source>returns %1</source>
        <translation>返回 %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, allows out of band</source>
        <translation>，允许带外执行</translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation>%1，可选</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1，必需</translation>
    </message>
</context>
<context>
    <name>QmpSchemaDescriber</name>
    <message>
        <source>allows out of band (exec-oob)</source>
        <translation>允许带外执行（exec-oob）</translation>
    </message>
    <message>
        <source>features: %1</source>
        <translation>特性：%1</translation>
    </message>
    <message>
        <source>Arguments: none</source>
        <translation>参数：无</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数:</translation>
    </message>
    <message>
        <source>Arguments (variants chosen by &apos;%1&apos;):</source>
        <translation>参数（变体由“%1”选择）:</translation>
    </message>
    <message>
        <source>Returns: nothing ({})</source>
        <translation>返回：无（{}）</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>返回：%1</translation>
    </message>
    <message>
        <source>Data: none</source>
        <translation>数据：无</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>数据:</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (可选)</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (必需)</translation>
    </message>
    <message>
        <source>when %1 is &apos;%2&apos;:</source>
        <translation>当 %1 为“%2”时:</translation>
    </message>
    <message numerus="yes">
        <source>... (%n more)</source>
        <translation>
            <numerusform>... (还有 %n 个)</numerusform>
        </translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>取值之一：%1</translation>
    </message>
</context>
<context>
    <name>QmpSchemaLoader</name>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>query-qmp-schema failed: %1</source>
        <translation>query-qmp-schema 失败：%1</translation>
    </message>
    <message>
        <source>the server&apos;s schema cannot be read: %1</source>
        <translation>无法读取服务器的模式：%1</translation>
    </message>
</context>
<context>
    <name>QmpSchemaValidator</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot run out of band (it does not allow exec-oob)</source>
        <translation>“%1”不能带外执行（它不允许 exec-oob）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments</source>
        <translation>“%1”不接受参数</translation>
    </message>
    <message>
        <source>a command must be a JSON object, not %1</source>
        <translation>命令必须是 JSON 对象，而不是 %1</translation>
    </message>
    <message>
        <source>a command needs exactly one of &apos;execute&apos; and &apos;exec-oob&apos;</source>
        <translation>命令必须恰好包含“execute”和“exec-oob”中的一个</translation>
    </message>
    <message>
        <source>expected str, got %1</source>
        <translation>应为 str，实际为 %1</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in a command</source>
        <translation>命令中有未知的键“%1”</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>%1 is out of range for %2 (%3 .. %4)</source>
        <translation>%1 超出了 %2 的范围（%3 .. %4）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>“%1”不是以下值之一：%2</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos; (%2)</source>
        <translation>缺少必需的键“%1”（%2）</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>未知的键“%1”</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; for %2</source>
        <translation>%2 的未知键“%1”</translation>
    </message>
</context>
<context>
    <name>QmpShortForm</name>
    <message>
        <source>argument %1, column %2: %3</source>
        <translation>第 %1 个参数，第 %2 列：%3</translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation>第 %1 个参数：%2</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>empty command</source>
        <translation>命令为空</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <source>a message must be a JSON object</source>
        <translation>消息必须是 JSON 对象</translation>
    </message>
    <message>
        <source>a message needs exactly one of &apos;execute&apos; and &apos;exec-oob&apos;</source>
        <translation>消息必须恰好包含“execute”和“exec-oob”中的一个</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a command name</source>
        <translation>“%1”必须是命令名称</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in command name &apos;%2&apos;</source>
        <translation>命令名称“%2”中出现意外的“%1”</translation>
    </message>
    <message>
        <source>&apos;arguments&apos; must be a JSON object, not %1</source>
        <translation>“arguments”必须是 JSON 对象，而不是 %1</translation>
    </message>
    <message>
        <source>unknown member &apos;%1&apos; in the message (expected execute or exec-oob, arguments, id)</source>
        <translation>消息中有未知成员“%1”（应为 execute 或 exec-oob、arguments、id）</translation>
    </message>
    <message>
        <source>a message needs &apos;execute&apos; or &apos;exec-oob&apos;</source>
        <translation>消息需要“execute”或“exec-oob”</translation>
    </message>
    <message>
        <source>expected a command name before &apos;%1&apos;</source>
        <translation>“%1”之前应有命令名称</translation>
    </message>
    <message>
        <source>invalid JSON object: %1</source>
        <translation>无效的 JSON 对象：%1</translation>
    </message>
    <message>
        <source>arguments are key=value pairs or one JSON object, not an array</source>
        <translation>参数应为 key=value 键值对或单个 JSON 对象，而不是数组</translation>
    </message>
    <message>
        <source>quote in a key; only values can be quoted</source>
        <translation>键中有引号；只有值可以加引号</translation>
    </message>
    <message>
        <source>a JSON object must be the only argument</source>
        <translation>JSON 对象必须是唯一的参数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;=&apos;: arguments are key=value</source>
        <translation>“%1”中没有“=”：参数格式为 key=value</translation>
    </message>
    <message>
        <source>empty key before &apos;=&apos;</source>
        <translation>“=”之前的键为空</translation>
    </message>
    <message>
        <source>unterminated %1 quote in the value of &apos;%2&apos;</source>
        <translation>“%2”的值中有未闭合的引号 %1</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; is not valid JSON: %2</source>
        <translation>“%1”的值不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>nothing may follow a whole JSON message</source>
        <translation>完整的 JSON 消息之后不能再有其他内容</translation>
    </message>
    <message>
        <source>empty command name</source>
        <translation>命令名称为空</translation>
    </message>
    <message>
        <source>space in key &apos;%1&apos;</source>
        <translation>键“%1”中有空格</translation>
    </message>
</context>
<context>
    <name>QmpTransport</name>
    <message>
        <source>the server closed the connection during set-up</source>
        <translation>服务器在建立连接期间关闭了连接</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>TLS is for TCP addresses; %1 is a UNIX socket</source>
        <translation>TLS 仅用于 TCP 地址；%1 是 UNIX 套接字</translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation>无效的地址</translation>
    </message>
    <message>
        <source>TLS is not available: no TLS backend for Qt</source>
        <translation>TLS 不可用：Qt 没有 TLS 后端</translation>
    </message>
    <message>
        <source>cannot load the client certificate &apos;%1&apos; or key &apos;%2&apos;</source>
        <translation>无法加载客户端证书“%1”或密钥“%2”</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>file descriptors can only be passed over a UNIX socket</source>
        <translation>文件描述符只能通过 UNIX 套接字传递</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>the server does not read: cannot pass file descriptors</source>
        <translation>服务器未读取数据：无法传递文件描述符</translation>
    </message>
    <message>
        <source>the socket path %1 is %2 bytes long, more than the %3 a UNIX socket address holds</source>
        <translation>套接字路径 %1 长 %2 字节，超过了 UNIX 套接字地址可容纳的 %3 字节</translation>
    </message>
</context>
<context>
    <name>QmpUnixConnector</name>
    <message>
        <source>no socket at %1</source>
        <translation>%1 处没有套接字</translation>
    </message>
    <message>
        <source>nothing listens on %1 (QEMU may have exited and left the socket file behind)</source>
        <translation>%1 上没有任何程序在监听（QEMU 可能已退出并留下了套接字文件）</translation>
    </message>
    <message>
        <source>permission denied for %1</source>
        <translation>无权访问 %1</translation>
    </message>
    <message>
        <source>%1 is not a socket</source>
        <translation>%1 不是套接字</translation>
    </message>
    <message>
        <source>the socket path %1 is too long for a UNIX socket address</source>
        <translation>套接字路径 %1 对于 UNIX 套接字地址来说太长</translation>
    </message>
</context>
<context>
    <name>ReplyDiffModel</name>
    <message>
        <source>(value)</source>
        <translation>（值）</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
</context>
<context>
    <name>ReplyDiffView</name>
    <message>
        <source>No replies compared yet.</source>
        <translation>尚未比较任何回复。</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <source>Show unchanged</source>
        <translation>显示未更改项</translation>
    </message>
    <message>
        <source>Reply difference</source>
        <translation>回复差异</translation>
    </message>
    <message numerus="yes">
        <source>%n values differ: %1 added, %2 removed, %3 changed.</source>
        <translation>
            <numerusform>%n 个值不同：新增 %1 项，删除 %2 项，更改 %3 项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxVm</name>
    <message>
        <source>QEMU did not open its QMP socket within %1 s</source>
        <translation>QEMU 未在 %1 秒内打开其 QMP 套接字</translation>
    </message>
    <message>
        <source>%1 not found: install QEMU (Debian: qemu-system-x86) to use the sandbox VM</source>
        <translation>未找到 %1：请安装 QEMU（Debian：qemu-system-x86）以使用沙箱虚拟机</translation>
    </message>
    <message>
        <source>cannot create a folder for the sandbox&apos;s QMP socket: %1</source>
        <translation>无法为沙箱的 QMP 套接字创建文件夹：%1</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <source>QEMU was killed or crashed</source>
        <translation>QEMU 被终止或已崩溃</translation>
    </message>
    <message>
        <source>QEMU exited with status %1</source>
        <translation>QEMU 已退出，状态码为 %1</translation>
    </message>
    <message>
        <source>QEMU was killed by signal %1 (%2)</source>
        <translation>QEMU 被信号 %1（%2）终止</translation>
    </message>
    <message>
        <source>QEMU was killed by signal %1</source>
        <translation>QEMU 被信号 %1 终止</translation>
    </message>
</context>
<context>
    <name>SchemaCompletionSource</name>
    <message>
        <source>QOM path</source>
        <translation>QOM 路径</translation>
    </message>
    <message>
        <source>%1, optional</source>
        <translation>%1，可选</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1，必需</translation>
    </message>
</context>
<context>
    <name>SecurityBanner</name>
    <message>
        <source>&lt;b&gt;Unprotected connection:&lt;/b&gt; %1. Use TLS, a UNIX socket or an SSH tunnel.</source>
        <translation>&lt;b&gt;未受保护的连接：&lt;/b&gt;%1。请使用 TLS、UNIX 套接字或 SSH 隧道。</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <source>Event data filter</source>
        <translation>事件数据过滤器</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正则</translation>
    </message>
    <message>
        <source>Treat the filter text as a regular expression</source>
        <translation>将过滤文本视为正则表达式</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>大小写</translation>
    </message>
    <message>
        <source>Match upper and lower case exactly</source>
        <translation>严格区分大小写</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Show only events inside a time range</source>
        <translation>仅显示某一时间范围内的事件</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>起始（含）</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>结束（含）</translation>
    </message>
    <message>
        <source>received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>QEMU time</source>
        <translation>QEMU 时间</translation>
    </message>
    <message>
        <source>Which time the range applies to</source>
        <translation>时间范围所依据的时间</translation>
    </message>
    <message>
        <source>Show the events of one connection</source>
        <translation>显示单个连接的事件</translation>
    </message>
    <message>
        <source>All connections</source>
        <translation>所有连接</translation>
    </message>
    <message>
        <source>Invalid regular expression at %1: %2</source>
        <translation>位置 %1 处的正则表达式无效：%2</translation>
    </message>
    <message>
        <source>Filter by event name or data (text or regular expression)</source>
        <translation>按事件名称或数据过滤（文本或正则表达式）</translation>
    </message>
    <message>
        <source>Text to find in each event&apos;s name or in its data (the JSON as received); tick Regex for a regular expression</source>
        <translation>在每个事件的名称或数据（收到的原始 JSON）中查找的文本；勾选 Regex 以使用正则表达式</translation>
    </message>
</context>
<context>
    <name>TimelineFilterProxy</name>
    <message numerus="yes">
        <source>%1 of %n events</source>
        <translation>
            <numerusform>%1 / %n 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineMatcher</name>
    <message>
        <source>Invalid regular expression at %1: %2</source>
        <translation>位置 %1 处的正则表达式无效：%2</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Keep the newest event in view (pauses when you scroll up)</source>
        <translation>保持最新事件可见（向上滚动时暂停）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every event from the timeline</source>
        <translation>从时间线中移除所有事件</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>保留(&amp;K):</translation>
    </message>
    <message>
        <source>At most this many events are kept; the oldest go first</source>
        <translation>最多保留这么多事件；最早的事件最先被移除</translation>
    </message>
    <message>
        <source>Untick an event name to hide those events</source>
        <translation>取消勾选某个事件名称即可隐藏这些事件</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>事件时间线</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>所选事件</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Writing the event log %1 again</source>
        <translation>已重新开始写入事件日志 %1</translation>
    </message>
    <message>
        <source>Logging events to %1</source>
        <translation>正在将事件记录到 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The last re-filter took %1 ms</source>
        <translation>上次重新过滤耗时 %1 毫秒</translation>
    </message>
    <message>
        <source>Following paused; scroll to the bottom or press Follow to resume</source>
        <translation>已暂停跟随；滚动到底部或按“跟随”即可恢复</translation>
    </message>
    <message numerus="yes">
        <source> events</source>
        <comment>suffix of the number of events kept</comment>
        <translation>
            <numerusform> 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n older dropped)</source>
        <extracomment>%1 is the count of shown events, as in &quot;5 of 20 events&quot;</extracomment>
        <translation>
            <numerusform>%1（已丢弃 %n 个较早的事件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Event names</source>
        <translation>事件名称</translation>
    </message>
    <message>
        <source>Show &amp;Causing Command</source>
        <translation>显示引发它的命令(&amp;C)</translation>
    </message>
    <message>
        <source>Select in the command log the command that caused this event</source>
        <translation>在命令日志中选中引发此事件的命令</translation>
    </message>
    <message>
        <source>No event is known to have come from this command</source>
        <translation>没有已知由此命令引发的事件</translation>
    </message>
    <message>
        <source>Caused by this command: %1</source>
        <translation>由此命令引发：%1</translation>
    </message>
    <message>
        <source>No command sent from this app is known to have caused this event</source>
        <translation>没有已知由本应用发送的命令引发了此事件</translation>
    </message>
    <message numerus="yes">
        <source>Caused by this command: %1 (%n hidden by the filter)</source>
        <translation>
            <numerusform>由此命令引发：%1（%n 个被过滤器隐藏）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these events hidden by the filter</source>
        <translation>
            <numerusform>其中 %n 个事件被过滤器隐藏</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnplugTracker</name>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>completed after %1 s, past the timeout</source>
        <translation>%1 秒后完成，已超过超时时间</translation>
    </message>
    <message>
        <source>the guest refused the unplug</source>
        <translation>客户机拒绝了热拔出</translation>
    </message>
    <message>
        <source>the connection closed before the unplug finished</source>
        <translation>热拔出完成之前连接已关闭</translation>
    </message>
    <message>
        <source>no DEVICE_DELETED within %1 s; the guest has not released the device</source>
        <translation>%1 秒内未收到 DEVICE_DELETED；客户机尚未释放该设备</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) linked</source>
        <translation>
            <numerusform>%1：关联了 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>completed by other</source>
        <translation>由其他方完成</translation>
    </message>
    <message>
        <source>no device_del from this app: another client asked for it, or it went with its bus</source>
        <translation>本应用未发送 device_del：可能是其他客户端请求的，或者设备随其总线一起移除</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>QMP Console User Guide</source>
        <translation>QMP Console 用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>此构建中缺少用户指南。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no display: neither DISPLAY nor WAYLAND_DISPLAY is set. Run it in a desktop session, or use qmpctl on a terminal.</source>
        <translation>没有显示：DISPLAY 和 WAYLAND_DISPLAY 均未设置。请在桌面会话中运行，或在终端中使用 qmpctl。</translation>
    </message>
</context>
</TS>
