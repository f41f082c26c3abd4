<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BusDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="21" />
        <source>Edit bus</source>
        <translation>编辑总线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="21" />
        <source>Add bus</source>
        <translation>添加总线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="26" />
        <source>Modbus TCP (gateway or meter on the network)</source>
        <translation>Modbus TCP（网关或网络仪表）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="27" />
        <source>Modbus RTU on a serial line (RS-485)</source>
        <translation>串口 Modbus RTU（RS-485）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="28" />
        <source>Modbus RTU over TCP (serial device server)</source>
        <translation>Modbus RTU over TCP（串口服务器）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="29" />
        <source>Text instrument on a serial line</source>
        <translation>串口文本协议仪表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="30" />
        <source>Text instrument via a serial device server (TCP)</source>
        <translation>经串口服务器（TCP）的文本协议仪表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="46" />
        <source>None (N)</source>
        <translation>无校验（N）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="47" />
        <source>Even (E)</source>
        <translation>偶校验（E）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="48" />
        <source>Odd (O)</source>
        <translation>奇校验（O）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="57" />
        <source>Poll this bus</source>
        <translation>采集此总线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="59" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="60" />
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="61" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="62" />
        <source>Host</source>
        <translation>主机地址</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="63" />
        <source>TCP port</source>
        <translation>TCP 端口</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="64" />
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="65" />
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="66" />
        <source>Parity</source>
        <translation>校验位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="67" />
        <source>Stop bits</source>
        <translation>停止位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="68" />
        <source>Data bits</source>
        <translation>数据位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="69" />
        <source>Response timeout</source>
        <translation>响应超时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="70" />
        <source>Pause between requests</source>
        <translation>请求间隔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_dialog.py" line="71" />
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
</context>
<context>
    <name>BusMonitorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_monitor_dialog.py" line="37" />
        <source>Bus monitor — %1</source>
        <translation>总线监视 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_monitor_dialog.py" line="43" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_monitor_dialog.py" line="44" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_monitor_dialog.py" line="58" />
        <source>This bus is not being polled.</source>
        <translation>此总线当前未在采集。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/bus_monitor_dialog.py" line="74" />
        <source>%1 frames</source>
        <translation>%1 帧</translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/device_dialog.py" line="23" />
        <source>Edit device</source>
        <translation>编辑设备</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/device_dialog.py" line="23" />
        <source>Add device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/device_dialog.py" line="35" />
        <source>Poll this device</source>
        <translation>采集此设备</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/device_dialog.py" line="37" />
        <source>Name (key)</source>
        <translation>名称（标识）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/device_dialog.py" line="38" />
        <source>Chinese label</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/device_dialog.py" line="39" />
        <source>English label</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/device_dialog.py" line="42" />
        <source>Modbus unit id</source>
        <translation>Modbus 站号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/device_dialog.py" line="45" />
        <source>Request (\r \n \xNN allowed; empty: it streams)</source>
        <translation>请求内容（可用 \r \n \xNN；留空表示仪表主动发送）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/device_dialog.py" line="46" />
        <source>Line end</source>
        <translation>行结束符</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/device_dialog.py" line="47" />
        <source>Regular expression with named groups</source>
        <translation>带命名分组的正则表达式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/device_dialog.py" line="48" />
        <source>Text encoding</source>
        <translation>文本编码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/device_dialog.py" line="55" />
        <source>Poll interval</source>
        <translation>采集周期</translation>
    </message>
</context>
<context>
    <name>InstrumentEditor</name>
    <message>
        <location filename="../../desktop_app/ui/instrument_editor.py" line="116" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/instrument_editor.py" line="118" />
        <source>Delete %1? Tags with stored readings cannot be deleted, only disabled.
Reason (kept in the change log):</source>
        <translation>删除 %1？已有存储读数的测点不能删除，只能停用。
原因（记入变更记录）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/instrument_editor.py" line="148" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>InstrumentsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="76" />
        <source>Instruments</source>
        <translation>仪表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="78" />
        <source>Add bus</source>
        <translation>添加总线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="79" />
        <source>Add from profile</source>
        <translation>从设备模板添加</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="80" />
        <source>Profiles…</source>
        <translation>设备模板…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="81" />
        <source>Test read…</source>
        <translation>测试读取…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="82" />
        <source>Bus monitor…</source>
        <translation>总线监视…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="83" />
        <source>Add device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="84" />
        <source>Add tag</source>
        <translation>添加测点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="85" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="86" />
        <source>Enable/disable</source>
        <translation>启用/停用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="87" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="98" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="99" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="100" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="101" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="102" />
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="103" />
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="104" />
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="132" />
        <source>Modbus TCP</source>
        <translation>Modbus TCP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="133" />
        <source>Modbus RTU</source>
        <translation>Modbus RTU</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="134" />
        <source>Modbus RTU over TCP</source>
        <translation>Modbus RTU over TCP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="150" />
        <source>unit %1</source>
        <translation>站号 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="151" />
        <source>every %1 s</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="220" />
        <source>Sign in as an engineer to change instruments.</source>
        <translation>请以工程师身份登录后修改仪表配置。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="308" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="309" />
        <source>Failing</source>
        <translation>通讯异常</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="310" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="311" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
</context>
<context>
    <name>LatestValuesModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="105" />
        <source>Measurement</source>
        <translation>测点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="106" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="107" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="108" />
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="109" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="110" />
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="111" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
</context>
<context>
    <name>LiveTrendPlot</name>
    <message>
        <location filename="../../widgets/trend_plot.py" line="197" />
        <source>Follow live</source>
        <translation>跟随实时</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="198" />
        <source>Keep the newest data in view</source>
        <translation>保持最新数据可见</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="163" />
        <location filename="../../widgets/trend_plot.py" line="201" />
        <source>Bad quality</source>
        <translation>质量异常</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="28" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="35" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="36" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="52" />
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="63" />
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="71" />
        <source>Sign-in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="104" />
        <source>Qingyuan — %1</source>
        <translation>清源 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="106" />
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="107" />
        <source>Trends</source>
        <translation>实时趋势</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="108" />
        <source>Instruments</source>
        <translation>仪表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="109" />
        <source>KPIs</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="110" />
        <source>Audits</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="111" />
        <source>Actions</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="112" />
        <source>Reports &amp; export</source>
        <translation>报告与导出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="113" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="128" />
        <source>Welcome to Qingyuan</source>
        <translation>欢迎使用清源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="130" />
        <source>This is the built-in demo plant; live values arrive within seconds.

An administrator account '%1' was created. Its initial password is in:
%2
Sign in with it (bottom right) and change it.</source>
        <translation>这是内置的示范工厂，几秒钟内即可看到实时数据。

已创建管理员账户“%1”，其初始密码保存在：
%2
请用它登录（右下角）并修改密码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="153" />
        <source>Stored %1 · waiting %2 · lost %3</source>
        <translation>已存储 %1 · 待写入 %2 · 丢失 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="165" />
        <source>%1 (%2) · Sign out</source>
        <translation>%1（%2）· 退出登录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="170" />
        <source>Viewing · Sign in</source>
        <translation>仅查看 · 登录</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="64" />
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="134" />
        <source>Live trend: %1 (click a row above to choose)</source>
        <translation>实时趋势：%1（点击上方表格中的一行进行选择）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="148" />
        <source>%1 — %2 of %3 measurements live</source>
        <translation>%1 — %3 个测点中 %2 个实时在线</translation>
    </message>
</context>
<context>
    <name>PlannedPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/planned.py" line="27" />
        <source>KPIs</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/planned.py" line="29" />
        <source>Cleaner-production indicators against SMART targets: energy per unit product (kgce/t, GB/T 2589), fresh water, waste, materials, reuse, emissions and packaging; baselines and the evaluation rating.</source>
        <translation>清洁生产指标与SMART目标对比：单位产品综合能耗（kgce/t，GB/T 2589）、新鲜水耗、固废、原材料、回用、排放与包装；基准值与清洁生产评价等级。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/planned.py" line="35" />
        <source>Audits</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/planned.py" line="37" />
        <source>Guided audit checklists for tablets: templates, photos, signatures, crash-safe drafts and findings that become corrective actions.</source>
        <translation>平板电脑上的引导式审核检查表：模板、照片、签名、断电不丢的草稿，以及自动转为纠正措施的发现项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/planned.py" line="42" />
        <source>Actions</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/planned.py" line="44" />
        <source>Corrective actions and workflows: owners, due dates, approvals with electronic signature, PDCA reviews and improvement projects with ROI.</source>
        <translation>纠正措施与工作流：责任人、截止日期、电子签名审批、PDCA评审以及带投资回报分析的改进方案。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/planned.py" line="49" />
        <source>Reports &amp; export</source>
        <translation>报告与导出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/planned.py" line="51" />
        <source>Monthly cleaner-production reports (PDF and Excel) and signed export bundles for head office on USB.</source>
        <translation>月度清洁生产报告（PDF和Excel），以及通过U盘报送总部的签名数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/planned.py" line="60" />
        <source>Not available in this version yet. Readings collected now will be used here when it arrives.</source>
        <translation>本版本尚未提供此功能。现在采集的数据将在功能上线后在此使用。</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="15" />
        <location filename="../../desktop_app/ui/problem_text.py" line="94" />
        <source>A name is required.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="16" />
        <source>Use letters, digits, '_', '.' or '-', starting with a letter.</source>
        <translation>请使用字母、数字、“_”、“.”或“-”，并以字母开头。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="19" />
        <source>This name is already used.</source>
        <translation>该名称已被使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="20" />
        <source>Enter a serial port such as COM3 or /dev/ttyUSB0.</source>
        <translation>请输入串口，例如 COM3 或 /dev/ttyUSB0。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="23" />
        <source>Choose a standard baud rate.</source>
        <translation>请选择标准波特率。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="24" />
        <source>Parity must be N, E or O.</source>
        <translation>校验位必须为 N、E 或 O。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="25" />
        <source>Stop bits must be 1 or 2.</source>
        <translation>停止位必须为 1 或 2。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="26" />
        <source>Data bits must be 7 or 8.</source>
        <translation>数据位必须为 7 或 8。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="27" />
        <source>Enter the IP address or host name of the device or gateway.</source>
        <translation>请输入设备或网关的 IP 地址或主机名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="30" />
        <source>The TCP port must be between 1 and 65535.</source>
        <translation>TCP 端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="33" />
        <source>The timeout must be between 0.05 and 30 seconds.</source>
        <translation>超时时间必须在 0.05 到 30 秒之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="36" />
        <source>The delay between requests must be between 0 and 5 seconds.</source>
        <translation>请求间隔必须在 0 到 5 秒之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="39" />
        <source>Retries must be between 0 and 5.</source>
        <translation>重试次数必须在 0 到 5 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="42" />
        <source>The Modbus unit id must be between 1 and 247 (255 for TCP devices).</source>
        <translation>Modbus 站号必须在 1 到 247 之间（TCP 设备可用 255）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="45" />
        <source>Another device on this bus already uses this unit id.</source>
        <translation>此总线上已有设备使用该站号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="48" />
        <source>The interval must be between 0.1 s and 1 day.</source>
        <translation>周期必须在 0.1 秒到 1 天之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="51" />
        <source>The unit may have at most 32 characters.</source>
        <translation>单位最多 32 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="54" />
        <source>Name the field of the instrument's message that holds the value.</source>
        <translation>请填写仪表报文中存放该值的字段名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="57" />
        <source>Choose the register table of the value.</source>
        <translation>请选择该值所在的寄存器区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="60" />
        <source>The address must be between 0 and 65535.</source>
        <translation>地址必须在 0 到 65535 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="63" />
        <source>The value would run past register 65535.</source>
        <translation>该值会超出寄存器 65535。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="66" />
        <source>Coils and discrete inputs hold single bits: use the bool type.</source>
        <translation>线圈和离散输入只存单个位：请使用 bool 类型。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="69" />
        <source>Choose a bit between 0 and 15.</source>
        <translation>请选择 0 到 15 之间的位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="70" />
        <source>A string occupies 1 to 125 registers.</source>
        <translation>字符串占用 1 到 125 个寄存器。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="73" />
        <source>Only numbers can be counters.</source>
        <translation>只有数值才能作为累计量。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="76" />
        <source>Enter a finite number.</source>
        <translation>请输入有限数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="77" />
        <source>The scale factor may not be 0.</source>
        <translation>系数不能为 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="78" />
        <source>The deadband must be 0 or more.</source>
        <translation>死区必须大于或等于 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="81" />
        <source>Only counters roll over, at a value above 0.</source>
        <translation>只有累计量才有翻转值，且必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="84" />
        <source>This tag has stored readings: disable it instead of deleting it.</source>
        <translation>该测点已有存储读数：请停用而不是删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="87" />
        <source>It no longer exists; another user may have removed it.</source>
        <translation>该对象已不存在，可能已被其他用户删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="90" />
        <source>No site is configured.</source>
        <translation>尚未配置站点。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="91" />
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="95" />
        <source>Choose a model.</source>
        <translation>请选择型号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="96" />
        <source>Profiles describe Modbus devices: choose a Modbus bus.</source>
        <translation>设备模板描述的是 Modbus 设备：请选择 Modbus 总线。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="101" />
        <source>Not accepted: %1</source>
        <translation>不被接受：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="108" />
        <source>Your role (%1) does not allow this. Sign in as an engineer or administrator.</source>
        <translation>您的角色（%1）无权执行此操作。请以工程师或管理员身份登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="117" />
        <source>The operation failed: %1</source>
        <translation>操作失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="125" />
        <source>The file is not UTF-8 text.</source>
        <translation>文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="126" />
        <source>The file is not valid JSON.</source>
        <translation>文件不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="127" />
        <source>The file is too large.</source>
        <translation>文件过大。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="128" />
        <source>The file is nested too deeply.</source>
        <translation>文件嵌套层级过深。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="129" />
        <source>The file was made by a newer version of Qingyuan.</source>
        <translation>该文件由更新版本的清源生成。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="132" />
        <source>A required entry is missing.</source>
        <translation>缺少必填项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="133" />
        <source>An entry is not part of the profile format (misspelt?).</source>
        <translation>存在不属于模板格式的条目（是否拼写错误？）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="136" />
        <source>A value is not allowed here.</source>
        <translation>此处的取值不被允许。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="137" />
        <source>Two tags have the same key.</source>
        <translation>两个测点的标识相同。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="138" />
        <source>Two tags use the same registers.</source>
        <translation>两个测点占用了相同的寄存器。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="139" />
        <source>The profile has too many tags.</source>
        <translation>模板中的测点过多。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="142" />
        <source>A built-in profile with the same id is as new or newer.</source>
        <translation>已有同一标识且版本不低于它的内置模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="145" />
        <source>A newer version of this profile is already installed.</source>
        <translation>已安装该模板的更新版本。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="148" />
        <source>A different profile with the same id and version is installed.</source>
        <translation>已安装标识和版本相同但内容不同的模板。</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="182" />
        <source>Edit profile</source>
        <translation>编辑设备模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="198" />
        <source>Change the id to create a new profile; keep it to save a new version of this one.</source>
        <translation>修改标识可创建新模板；保留标识则保存为此模板的新版本。</translation>
    </message>
</context>
<context>
    <name>ProfilePickerDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_picker.py" line="38" />
        <source>Add a device from a profile</source>
        <translation>从设备模板添加设备</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_picker.py" line="61" />
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_picker.py" line="63" />
        <source>Modbus unit id</source>
        <translation>Modbus 站号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_picker.py" line="64" />
        <source>Name (key)</source>
        <translation>名称（标识）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_picker.py" line="65" />
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profile_picker.py" line="110" />
        <source>Register map not confirmed: %1</source>
        <translation>寄存器表未经确认：%1</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="39" />
        <source>Device profiles</source>
        <translation>设备模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="45" />
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="46" />
        <source>Profile id</source>
        <translation>模板标识</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="47" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="48" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="49" />
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="61" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="62" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="63" />
        <source>Edit / new from this…</source>
        <translation>编辑 / 以此新建…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="98" />
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="100" />
        <source>this site</source>
        <translation>本厂</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="107" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="107" />
        <source>no: check the manual</source>
        <translation>否：请核对说明书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="123" />
        <source>Import a profile</source>
        <translation>导入设备模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="123" />
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="145" />
        <source>Device profiles (*.json)</source>
        <translation>设备模板 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="143" />
        <source>Export a profile</source>
        <translation>导出设备模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/profiles_dialog.py" line="174" />
        <source>Profile</source>
        <translation>设备模板</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="32" />
        <source>Good</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="33" />
        <source>Communication failure</source>
        <translation>通讯故障</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="34" />
        <source>Device exception</source>
        <translation>设备异常</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="35" />
        <source>Out of range</source>
        <translation>超量程</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="36" />
        <source>Stale</source>
        <translation>数据过期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="37" />
        <source>Manual</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="38" />
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="39" />
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="40" />
        <source>Stopped</source>
        <translation>停运</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="49" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="50" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="51" />
        <source>Signed in as</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="52" />
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="53" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="54" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="77" />
        <source>%1 MB · %2 tags · %3 readings · %4 users · %5 change-log entries</source>
        <translation>%1 MB · %2 个测点 · %3 条读数 · %4 个用户 · %5 条变更记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="91" />
        <source>not signed in (view only)</source>
        <translation>未登录（仅查看）</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="38" />
        <source>Edit tag</source>
        <translation>编辑测点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="38" />
        <source>Add tag</source>
        <translation>添加测点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="46" />
        <source>Holding registers (03, 4xxxx)</source>
        <translation>保持寄存器（03，4xxxx）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="47" />
        <source>Input registers (04, 3xxxx)</source>
        <translation>输入寄存器（04，3xxxx）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="48" />
        <source>Coils (01, 0xxxx)</source>
        <translation>线圈（01，0xxxx）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="49" />
        <source>Discrete inputs (02, 1xxxx)</source>
        <translation>离散输入（02，1xxxx）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="77" />
        <source>as the device</source>
        <translation>同设备</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="78" />
        <source>Cumulative counter (energy, volume)</source>
        <translation>累计量（电能、体积等）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="81" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="84" />
        <source>Name (key)</source>
        <translation>名称（标识）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="85" />
        <source>Chinese label</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="86" />
        <source>English label</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="87" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="94" />
        <source>Register table</source>
        <translation>寄存器区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="95" />
        <source>Address (0-based · manual number)</source>
        <translation>地址（从0开始 · 手册编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="96" />
        <source>Data type</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="97" />
        <source>Byte/word order</source>
        <translation>字节/字序</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="98" />
        <source>Bit</source>
        <translation>位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="99" />
        <source>Registers (2 characters each)</source>
        <translation>寄存器数（每个2字符）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="101" />
        <source>Field (regex group name)</source>
        <translation>字段（正则分组名）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="103" />
        <source>Scale (value = raw × scale + offset)</source>
        <translation>系数（值 = 原始值 × 系数 + 偏移）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="104" />
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="105" />
        <source>Deadband (store only larger changes)</source>
        <translation>死区（仅存储更大的变化）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="106" />
        <source>Store at least every</source>
        <translation>最长存储间隔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="107" />
        <source>Poll interval</source>
        <translation>采集周期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="109" />
        <source>Counter rolls over at</source>
        <translation>计数器翻转值</translation>
    </message>
</context>
<context>
    <name>TestReadDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="47" />
        <source>Test read — %1</source>
        <translation>测试读取 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="64" />
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="71" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="71" />
        <source>Manual number</source>
        <translation>手册编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="71" />
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="71" />
        <source>Decimal</source>
        <translation>十进制</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="74" />
        <source>Word order</source>
        <translation>字序</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="74" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="82" />
        <source>Unit id</source>
        <translation>站号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="83" />
        <source>Function</source>
        <translation>功能码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="84" />
        <source>Address (0-based)</source>
        <translation>地址（从0开始）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="85" />
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="86" />
        <source>Decode as</source>
        <translation>解析为</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="95" />
        <source>Frames (hex)</source>
        <translation>报文（十六进制）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="108" />
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="119" />
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="160" />
        <source>= manual number %1</source>
        <translation>= 手册编号 %1</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/trends.py" line="74" />
        <source>Live trends</source>
        <translation>实时趋势</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/trends.py" line="77" />
        <source>Tick up to %1 measurements. Drag to pan, wheel to zoom; 'Follow live' returns to the newest data.</source>
        <translation>最多勾选 %1 个测点。拖动平移，滚轮缩放；点击“跟随实时”回到最新数据。</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="321" />
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>plot</name>
    <message>
        <location filename="../../widgets/trend_plot.py" line="399" />
        <source>Flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="400" />
        <source>COD</source>
        <translation>化学需氧量</translation>
    </message>
</context>
</TS>