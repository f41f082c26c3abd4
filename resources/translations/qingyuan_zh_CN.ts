<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>InstrumentsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="44" />
        <source>Instruments</source>
        <translation>仪表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="52" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="53" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="54" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="55" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="56" />
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="57" />
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="58" />
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="79" />
        <source>Modbus TCP</source>
        <translation>Modbus TCP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="80" />
        <source>Modbus RTU</source>
        <translation>Modbus RTU</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="81" />
        <source>Modbus RTU over TCP</source>
        <translation>Modbus RTU over TCP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="88" />
        <source>unit %1</source>
        <translation>站号 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="89" />
        <source>every %1 s</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="119" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="120" />
        <source>Failing</source>
        <translation>通讯异常</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="121" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/instruments.py" line="122" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
</context>
<context>
    <name>LatestValuesModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="97" />
        <source>Measurement</source>
        <translation>测点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="98" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="99" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="100" />
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="101" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="102" />
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="103" />
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
        <location filename="../../desktop_app/ui/pages/overview.py" line="63" />
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="123" />
        <source>Live trend: %1 (click a row above to choose)</source>
        <translation>实时趋势：%1（点击上方表格中的一行进行选择）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="137" />
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
    <name>TrendsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/trends.py" line="56" />
        <source>Live trends</source>
        <translation>实时趋势</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/trends.py" line="59" />
        <source>Tick up to %1 measurements. Drag to pan, wheel to zoom; 'Follow live' returns to the newest data.</source>
        <translation>最多勾选 %1 个测点。拖动平移，滚轮缩放；点击“跟随实时”回到最新数据。</translation>
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