<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlarmBanner</name>
    <message>
        <location filename="../../desktop_app/ui/alarm_banner.py" line="60" />
        <source>Show alarms</source>
        <translation>查看报警</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_banner.py" line="76" />
        <source>%1 unacknowledged, %2 active</source>
        <translation>未确认报警 %1 条，报警中 %2 条</translation>
    </message>
</context>
<context>
    <name>AlarmHistoryTab</name>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="133" />
        <source>Text</source>
        <translation>关键字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="134" />
        <source>Measurement</source>
        <translation>测点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="135" />
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="136" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="137" />
        <source>From</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="138" />
        <source>To</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="142" />
        <source>Words in the measurement, message or comment</source>
        <translation>测点、报警信息或确认说明中的词语</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="143" />
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="144" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="145" />
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="146" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="149" />
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="160" />
        <source>All measurements</source>
        <translation>全部测点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="197" />
        <source>%1 alarms found</source>
        <translation>共找到 %1 条报警</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="199" />
        <source>(showing the newest %1)</source>
        <translation>（显示最新的 %1 条）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="213" />
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="213" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="220" />
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="220" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="235" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="241" />
        <source>%1 alarms written to %2</source>
        <translation>已将 %1 条报警写入 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="303" />
        <source>Alarm history</source>
        <translation>报警历史</translation>
    </message>
</context>
<context>
    <name>AlarmLimitDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/alarm_limit_dialog.py" line="36" />
        <source>Edit alarm limit</source>
        <translation>编辑报警限值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/alarm_limit_dialog.py" line="36" />
        <source>Add alarm limit</source>
        <translation>添加报警限值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/alarm_limit_dialog.py" line="54" />
        <source>Watch this limit</source>
        <translation>启用此报警</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/alarm_limit_dialog.py" line="58" />
        <source>Measurement</source>
        <translation>测点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/alarm_limit_dialog.py" line="59" />
        <source>Alarm</source>
        <translation>报警类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/alarm_limit_dialog.py" line="60" />
        <source>Limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/alarm_limit_dialog.py" line="61" />
        <source>Deadband (to clear)</source>
        <translation>死区（复归回差）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/alarm_limit_dialog.py" line="62" />
        <source>On-delay</source>
        <translation>报警延时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/alarm_limit_dialog.py" line="63" />
        <source>Off-delay</source>
        <translation>复归延时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/alarm_limit_dialog.py" line="64" />
        <source>Priority (1 critical … 4 low)</source>
        <translation>优先级（1 紧急 … 4 低）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/alarm_limit_dialog.py" line="65" />
        <source>Message (Chinese)</source>
        <translation>报警信息（中文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/alarm_limit_dialog.py" line="66" />
        <source>Message (English)</source>
        <translation>报警信息（英文）</translation>
    </message>
</context>
<context>
    <name>AlarmLimitsTab</name>
    <message>
        <location filename="../../desktop_app/ui/alarm_limits_tab.py" line="82" />
        <source>Add limit</source>
        <translation>添加限值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_limits_tab.py" line="83" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_limits_tab.py" line="84" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_limits_tab.py" line="160" />
        <source>Delete alarm limit</source>
        <translation>删除报警限值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_limits_tab.py" line="162" />
        <source>Delete the %1 limit? Past alarms stay in the history.
Reason (kept in the change log):</source>
        <translation>删除该%1？已发生的报警仍保留在历史中。
原因（记入变更记录）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_limits_tab.py" line="185" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>AlarmModels</name>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="105" />
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="216" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="106" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="107" />
        <source>Raised</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="108" />
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="210" />
        <source>Measurement</source>
        <translation>测点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="109" />
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="211" />
        <source>Alarm</source>
        <translation>报警类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="110" />
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="218" />
        <source>Message</source>
        <translation>报警信息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="111" />
        <source>Alarm value</source>
        <translation>报警值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="112" />
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="113" />
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="212" />
        <source>Limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="114" />
        <source>Cleared</source>
        <translation>复归时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="115" />
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="116" />
        <source>Comment</source>
        <translation>确认说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="213" />
        <source>Deadband</source>
        <translation>死区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="214" />
        <source>On-delay</source>
        <translation>报警延时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="215" />
        <source>Off-delay</source>
        <translation>复归延时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="217" />
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="257" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/alarm_models.py" line="259" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>AlarmText</name>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="27" />
        <source>High-high limit</source>
        <translation>高高限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="28" />
        <source>High limit</source>
        <translation>高限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="29" />
        <source>Low limit</source>
        <translation>低限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="30" />
        <source>Low-low limit</source>
        <translation>低低限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="31" />
        <source>Rate of change</source>
        <translation>变化率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="32" />
        <source>Stale data</source>
        <translation>数据过期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="33" />
        <source>Communication lost</source>
        <translation>通讯中断</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="39" />
        <source>Active, unacknowledged</source>
        <translation>报警中，未确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="42" />
        <source>Active, acknowledged</source>
        <translation>报警中，已确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="45" />
        <source>Cleared, unacknowledged</source>
        <translation>已复归，未确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="48" />
        <source>Cleared, acknowledged</source>
        <translation>已复归，已确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="54" />
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="55" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="56" />
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="57" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="82" />
        <source>%1/min</source>
        <translation>%1/分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="84" />
        <source>/min</source>
        <translation>/分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="97" />
        <source>%1: %2 (limit %3)</source>
        <translation>%1：%2（限值 %3）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="107" />
        <source>Raised</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="108" />
        <source>Cleared</source>
        <translation>复归时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="109" />
        <source>Acknowledged</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="110" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="111" />
        <source>Measurement</source>
        <translation>测点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="112" />
        <source>Alarm</source>
        <translation>报警类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="113" />
        <source>Limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="114" />
        <source>Alarm value</source>
        <translation>报警值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="115" />
        <source>Peak</source>
        <translation>峰值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="116" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="117" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="118" />
        <source>Acknowledged by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="119" />
        <source>Comment</source>
        <translation>确认说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="120" />
        <source>Message</source>
        <translation>报警信息</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="125" />
        <source>Alarm history</source>
        <translation>报警历史</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="131" />
        <source>Choose a measurement.</source>
        <translation>请选择测点。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="132" />
        <source>Delays must be between 0 s and 1 day.</source>
        <translation>延时必须在 0 秒到 1 天之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="135" />
        <source>The priority must be 1 (critical) to 4 (low).</source>
        <translation>优先级必须为 1（紧急）到 4（低）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="138" />
        <source>Stale data needs a time between 1 s and 1 day.</source>
        <translation>数据过期时间必须在 1 秒到 1 天之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="141" />
        <source>The rate of change must be above 0 per minute.</source>
        <translation>变化率必须大于每分钟 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="144" />
        <source>The message may have at most %1 characters.</source>
        <translation>报警信息最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="147" />
        <source>This measurement already has a limit of this kind: edit that one.</source>
        <translation>该测点已有同类限值：请编辑已有的限值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="150" />
        <source>Limits must be in order: low-low &lt; low &lt; high &lt; high-high (clashes with %1).</source>
        <translation>限值必须满足 低低限 &lt; 低限 &lt; 高限 &lt; 高高限（与%1冲突）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="154" />
        <source>Write a comment: what was seen or done.</source>
        <translation>请填写确认说明：看到了什么，采取了什么措施。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="157" />
        <source>The comment may have at most %1 characters.</source>
        <translation>确认说明最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="160" />
        <source>Someone has already acknowledged this alarm.</source>
        <translation>该报警已被他人确认。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="163" />
        <source>This alarm no longer exists.</source>
        <translation>该报警已不存在。</translation>
    </message>
</context>
<context>
    <name>AlarmsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/alarms.py" line="82" />
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/alarms.py" line="83" />
        <source>Alarm list</source>
        <translation>报警列表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/alarms.py" line="84" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/alarms.py" line="85" />
        <source>Limits</source>
        <translation>报警限值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/alarms.py" line="86" />
        <source>Acknowledge…</source>
        <translation>确认…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/alarms.py" line="123" />
        <source>Acknowledge alarms</source>
        <translation>确认报警</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/alarms.py" line="124" />
        <source>Acknowledge %1 alarm(s). Comment (required): what was seen or done?</source>
        <translation>确认 %1 条报警。确认说明（必填）：看到了什么，采取了什么措施？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/alarms.py" line="139" />
        <location filename="../../desktop_app/ui/pages/alarms.py" line="161" />
        <source>Not acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/alarms.py" line="169" />
        <source>Sign in as an inspector, engineer or administrator.</source>
        <translation>请以巡检员、工程师或管理员身份登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/alarms.py" line="175" />
        <source>%1 open · %2 active · %3 unacknowledged</source>
        <translation>未关闭 %1 · 报警中 %2 · 未确认 %3</translation>
    </message>
</context>
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
    <name>DashboardStrip</name>
    <message>
        <location filename="../../desktop_app/ui/dashboard_strip.py" line="93" />
        <source>no comparison yet</source>
        <translation>暂无对比数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard_strip.py" line="97" />
        <source>%1 %2 % vs same hour yesterday</source>
        <translation>较昨日同时段 %1 %2 %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard_strip.py" line="102" />
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard_strip.py" line="103" />
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard_strip.py" line="104" />
        <source>Steam</source>
        <translation>蒸汽</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard_strip.py" line="105" />
        <source>Fresh water</source>
        <translation>新鲜水</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard_strip.py" line="118" />
        <source>kgce today</source>
        <translation>今日 kgce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard_strip.py" line="124" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard_strip.py" line="125" />
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dashboard_strip.py" line="126" />
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
</context>
<context>
    <name>DataQualityPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/data_quality.py" line="68" />
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/data_quality.py" line="69" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/data_quality.py" line="72" />
        <source>Rules: completeness ≥ 90 % per day and month; daily totals within 5 % of the month's total read from the counter. Manual and corrected values count as valid.</source>
        <translation>规则：每日及每月数据完整率 ≥ 90 %；日累计之和与按计量表读数计算的月累计相差不超过 5 %。手工录入和修正的值计为有效。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/data_quality.py" line="86" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/data_quality.py" line="96" />
        <source>%1 measurements · %2 below 90 %</source>
        <translation>%1 个测点 · %2 个低于 90 %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/data_quality.py" line="115" />
        <source>Gap %1 – %2 (%3 min)</source>
        <translation>缺失 %1 – %2（%3 分钟）</translation>
    </message>
</context>
<context>
    <name>DayQualityModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/quality_models.py" line="117" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/quality_models.py" line="118" />
        <source>Valid / expected</source>
        <translation>有效 / 应有</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/quality_models.py" line="119" />
        <source>Completeness</source>
        <translation>完整率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/quality_models.py" line="120" />
        <source>Consumption</source>
        <translation>消耗量</translation>
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
    <name>GroupedBarChart</name>
    <message>
        <location filename="../../widgets/bar_chart.py" line="125" />
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../widgets/bar_chart.py" line="193" />
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../../widgets/bar_chart.py" line="194" />
        <source>Steam</source>
        <translation>蒸汽</translation>
    </message>
    <message>
        <location filename="../../widgets/bar_chart.py" line="195" />
        <source>Water</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../widgets/bar_chart.py" line="199" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../widgets/bar_chart.py" line="204" />
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../widgets/bar_chart.py" line="209" />
        <source>Baseline</source>
        <translation>基准</translation>
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
    <name>KpiGauge</name>
    <message>
        <location filename="../../widgets/kpi_gauge.py" line="348" />
        <source>Energy per tonne</source>
        <translation>吨产品能耗</translation>
    </message>
    <message>
        <location filename="../../widgets/kpi_gauge.py" line="355" />
        <source>▲ 3.2 % vs yesterday</source>
        <translation>▲ 3.2 % 较昨日</translation>
    </message>
</context>
<context>
    <name>LatestValuesModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="111" />
        <source>Measurement</source>
        <translation>测点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="112" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="113" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="114" />
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="115" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="116" />
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="117" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
</context>
<context>
    <name>LiveTrendPlot</name>
    <message>
        <location filename="../../widgets/trend_toolbar.py" line="62" />
        <source>Follow live</source>
        <translation>跟随实时</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_toolbar.py" line="64" />
        <source>Keep the newest data in view</source>
        <translation>保持最新数据可见</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_toolbar.py" line="66" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_toolbar.py" line="67" />
        <source>Visible data as CSV…</source>
        <translation>可见数据导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_toolbar.py" line="68" />
        <source>Picture as PNG…</source>
        <translation>图片导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_toolbar.py" line="78" />
        <location filename="../../widgets/trend_history.py" line="29" />
        <source>Raw samples</source>
        <translation>原始数据</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="347" />
        <source>Bad quality</source>
        <translation>质量异常</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_plot.py" line="409" />
        <source>Flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_history_control.py" line="115" />
        <source>Loading history…</source>
        <translation>正在加载历史数据…</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_export.py" line="36" />
        <source>Local time (%1)</source>
        <translation>本地时间（%1）</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_export.py" line="37" />
        <source>%1 quality</source>
        <translation>%1 质量</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_history.py" line="31" />
        <source>%1 d averages</source>
        <translation>%1 天均值</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_history.py" line="32" />
        <source>%1 h averages</source>
        <translation>%1 小时均值</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_history.py" line="33" />
        <source>%1 min averages</source>
        <translation>%1 分钟均值</translation>
    </message>
    <message>
        <location filename="../../widgets/trend_history.py" line="37" />
        <source>%1 s averages</source>
        <translation>%1 秒均值</translation>
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
        <location filename="../../desktop_app/ui/main_window.py" line="123" />
        <source>Qingyuan — %1</source>
        <translation>清源 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="125" />
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="126" />
        <source>Trends</source>
        <translation>实时趋势</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="127" />
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="128" />
        <source>Instruments</source>
        <translation>仪表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="129" />
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="130" />
        <source>KPIs</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="131" />
        <source>Audits</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="132" />
        <source>Actions</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="133" />
        <source>Reports &amp; export</source>
        <translation>报告与导出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="134" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="149" />
        <source>Welcome to Qingyuan</source>
        <translation>欢迎使用清源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="151" />
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
        <location filename="../../desktop_app/ui/main_window.py" line="174" />
        <source>Stored %1 · waiting %2 · lost %3</source>
        <translation>已存储 %1 · 待写入 %2 · 丢失 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="186" />
        <source>%1 (%2) · Sign out</source>
        <translation>%1（%2）· 退出登录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="191" />
        <source>Viewing · Sign in</source>
        <translation>仅查看 · 登录</translation>
    </message>
</context>
<context>
    <name>MeterReplacementDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/meter_replacement_dialog.py" line="34" />
        <source>Record a meter replacement — %1</source>
        <translation>记录换表 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/meter_replacement_dialog.py" line="44" />
        <source>Swapped at (local)</source>
        <translation>换表时间（本地）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/meter_replacement_dialog.py" line="45" />
        <source>Last stored reading before</source>
        <translation>此前最后一次存储读数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/meter_replacement_dialog.py" line="46" />
        <source>Old meter, final reading</source>
        <translation>旧表最终读数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/meter_replacement_dialog.py" line="47" />
        <source>New meter, first reading</source>
        <translation>新表起始读数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/meter_replacement_dialog.py" line="48" />
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/meter_replacement_dialog.py" line="49" />
        <source>Earlier replacements</source>
        <translation>以往换表记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/meter_replacement_dialog.py" line="73" />
        <source>The old meter had already counted more than this.</source>
        <translation>旧表此前已累计超过该读数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/meter_replacement_dialog.py" line="101" />
        <location filename="../../desktop_app/ui/dialogs/meter_replacement_dialog.py" line="114" />
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="86" />
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="109" />
        <source>Enter a reading by hand…</source>
        <translation>手工录入读数…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="110" />
        <source>Correct a reading…</source>
        <translation>修正读数…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="113" />
        <source>Record a meter replacement…</source>
        <translation>记录换表…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="200" />
        <source>Live trend: %1 (click a row above to choose)</source>
        <translation>实时趋势：%1（点击上方表格中的一行进行选择）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/overview.py" line="214" />
        <source>%1 — %2 of %3 measurements live</source>
        <translation>%1 — %3 个测点中 %2 个实时在线</translation>
    </message>
</context>
<context>
    <name>PieChart</name>
    <message>
        <location filename="../../widgets/pie_chart.py" line="165" />
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../widgets/pie_chart.py" line="169" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../widgets/pie_chart.py" line="224" />
        <source>… and %1 more</source>
        <translation>… 另有 %1 项</translation>
    </message>
    <message>
        <location filename="../../widgets/pie_chart.py" line="245" />
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../../widgets/pie_chart.py" line="246" />
        <source>Steam</source>
        <translation>蒸汽</translation>
    </message>
    <message>
        <location filename="../../widgets/pie_chart.py" line="247" />
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <location filename="../../widgets/pie_chart.py" line="248" />
        <source>Water</source>
        <translation>水</translation>
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
        <location filename="../../desktop_app/ui/problem_text.py" line="106" />
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
        <source>Only counters have a largest rise, and it must be above 0.</source>
        <translation>只有累计量才有最大增量，且必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="87" />
        <source>A meter reading cannot be negative.</source>
        <translation>表计读数不能为负。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="90" />
        <source>Only a cumulative counter has a meter to replace.</source>
        <translation>只有累计量测点才能记录换表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="93" />
        <source>A meter replacement is already recorded at this time.</source>
        <translation>该时刻已记录过一次换表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="96" />
        <source>This tag has stored readings: disable it instead of deleting it.</source>
        <translation>该测点已有存储读数：请停用而不是删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="99" />
        <source>It no longer exists; another user may have removed it.</source>
        <translation>该对象已不存在，可能已被其他用户删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="102" />
        <source>No site is configured.</source>
        <translation>尚未配置站点。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="103" />
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="107" />
        <source>Choose a model.</source>
        <translation>请选择型号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="108" />
        <source>Choose the reading.</source>
        <translation>请选择读数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="109" />
        <source>A correction needs a reason; it is kept in the change log.</source>
        <translation>修正必须填写原因，原因将记入变更记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="112" />
        <source>A reading exists at that time: correct it instead.</source>
        <translation>该时间已有读数：请改用修正。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="115" />
        <source>There is no reading at that time.</source>
        <translation>该时间没有读数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="118" />
        <source>The time lies in the future.</source>
        <translation>该时间在未来。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="119" />
        <source>Profiles describe Modbus devices: choose a Modbus bus.</source>
        <translation>设备模板描述的是 Modbus 设备：请选择 Modbus 总线。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="122" />
        <source>Keep raw readings at least %1 days: corrections and audits of recent months need them.</source>
        <translation>原始读数至少保留 %1 天：数据更正和近几个月的审核需要用到它们。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="127" />
        <source>Keep raw readings at most %1 days, or choose to keep all.</source>
        <translation>原始读数最多保留 %1 天，或选择“全部保留”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="130" />
        <source>Enter a size in GB above 0.</source>
        <translation>请输入大于 0 的容量（GB）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="133" />
        <source>Not accepted: %1</source>
        <translation>不被接受：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="140" />
        <source>Your role (%1) does not allow this. Sign in as an engineer or administrator.</source>
        <translation>您的角色（%1）无权执行此操作。请以工程师或管理员身份登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="149" />
        <source>The operation failed: %1</source>
        <translation>操作失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="157" />
        <source>The file is not UTF-8 text.</source>
        <translation>文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="158" />
        <source>The file is not valid JSON.</source>
        <translation>文件不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="159" />
        <source>The file is too large.</source>
        <translation>文件过大。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="160" />
        <source>The file is nested too deeply.</source>
        <translation>文件嵌套层级过深。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="161" />
        <source>The file was made by a newer version of Qingyuan.</source>
        <translation>该文件由更新版本的清源生成。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="164" />
        <source>A required entry is missing.</source>
        <translation>缺少必填项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="165" />
        <source>An entry is not part of the profile format (misspelt?).</source>
        <translation>存在不属于模板格式的条目（是否拼写错误？）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="168" />
        <source>A value is not allowed here.</source>
        <translation>此处的取值不被允许。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="169" />
        <source>Two tags have the same key.</source>
        <translation>两个测点的标识相同。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="170" />
        <source>Two tags use the same registers.</source>
        <translation>两个测点占用了相同的寄存器。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="171" />
        <source>The profile has too many tags.</source>
        <translation>模板中的测点过多。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="174" />
        <source>A built-in profile with the same id is as new or newer.</source>
        <translation>已有同一标识且版本不低于它的内置模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="177" />
        <source>A newer version of this profile is already installed.</source>
        <translation>已安装该模板的更新版本。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="180" />
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
        <location filename="../../widgets/quality_names.py" line="21" />
        <source>Good</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="33" />
        <location filename="../../widgets/quality_names.py" line="22" />
        <source>Communication failure</source>
        <translation>通讯故障</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="34" />
        <location filename="../../widgets/quality_names.py" line="23" />
        <source>Device exception</source>
        <translation>设备异常</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="35" />
        <location filename="../../widgets/quality_names.py" line="24" />
        <source>Out of range</source>
        <translation>超量程</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="36" />
        <location filename="../../widgets/quality_names.py" line="25" />
        <source>Stale</source>
        <translation>数据过期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="37" />
        <location filename="../../widgets/quality_names.py" line="26" />
        <source>Manual</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="38" />
        <location filename="../../widgets/quality_names.py" line="27" />
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="39" />
        <location filename="../../widgets/quality_names.py" line="28" />
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="40" />
        <location filename="../../widgets/quality_names.py" line="29" />
        <source>Stopped</source>
        <translation>停运</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/latest_values.py" line="41" />
        <location filename="../../widgets/quality_names.py" line="30" />
        <source>Corrected</source>
        <translation>已修正</translation>
    </message>
    <message>
        <location filename="../../widgets/quality_names.py" line="31" />
        <source>Not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../widgets/quality_names.py" line="40" />
        <source>code %1</source>
        <translation>代码 %1</translation>
    </message>
</context>
<context>
    <name>ReadingActions</name>
    <message>
        <location filename="../../desktop_app/ui/reading_actions.py" line="76" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reading_dialog.py" line="50" />
        <source>Correct a reading — %1</source>
        <translation>修正读数 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reading_dialog.py" line="52" />
        <source>Enter a reading by hand — %1</source>
        <translation>手工录入读数 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reading_dialog.py" line="66" />
        <source>Reading (last hour)</source>
        <translation>读数（最近一小时）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reading_dialog.py" line="67" />
        <source>Stored value</source>
        <translation>已存储的值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reading_dialog.py" line="68" />
        <source>Correct value</source>
        <translation>正确值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reading_dialog.py" line="69" />
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reading_dialog.py" line="79" />
        <source>Time (local)</source>
        <translation>时间（本地）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reading_dialog.py" line="80" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/reading_dialog.py" line="81" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RetentionForm</name>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="86" />
        <source>Data retention</source>
        <translation>数据保留</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="87" />
        <source>Raw readings kept</source>
        <translation>原始读数保留天数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="88" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="89" />
        <source>Keep all</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="90" />
        <source>Database size limit</source>
        <translation>数据库大小上限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="91" />
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="92" />
        <source>Keep free on disk at least</source>
        <translation>磁盘最少剩余空间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="93" />
        <source>No check</source>
        <translation>不检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="95" />
        <source>When the limit is reached, the oldest days of raw readings are deleted, never those of the last %1 days.</source>
        <translation>达到限值时，按天删除最早的原始读数，但绝不删除最近 %1 天的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="102" />
        <source>Minute, hour and day rollups are always kept: trends, consumption and reports of any period stay available. Only raw readings are deleted.</source>
        <translation>分钟/小时/日汇总数据始终保留：任何时段的趋势、用量和报告都可查看。只删除原始读数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="106" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="107" />
        <source>optional; kept in the change log</source>
        <translation>选填，记入变更记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="108" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="176" />
        <source>Delete old raw readings?</source>
        <translation>删除旧的原始读数？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="178" />
        <source>Raw readings beyond the new limits will be deleted for good; minute, hour and day rollups stay. Save?</source>
        <translation>超出新限值的原始读数将被永久删除；分钟/小时/日汇总数据仍会保留。是否保存？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="187" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/retention_form.py" line="210" />
        <source>Sign in as an administrator to change data retention.</source>
        <translation>请以管理员身份登录后修改数据保留设置。</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <location filename="../../desktop_app/ui/saved_views.py" line="43" />
        <source>Save view…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_views.py" line="70" />
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_views.py" line="70" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/saved_views.py" line="82" />
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="53" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="54" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="55" />
        <source>Signed in as</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="56" />
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="57" />
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="58" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="82" />
        <source>%1 MB · %2 tags · %3 readings · %4 users · %5 change-log entries</source>
        <translation>%1 MB · %2 个测点 · %3 条读数 · %4 个用户 · %5 条变更记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/settings.py" line="96" />
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
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="83" />
        <source>judge from history</source>
        <translation>按历史数据判断</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="86" />
        <source>The largest rise per second the meter can really count. Larger rises are flagged as implausible and not added to consumption.</source>
        <translation>表计每秒实际可能累计的最大增量。更大的增量将标记为不合理，不计入消耗量。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="92" />
        <source>Name (key)</source>
        <translation>名称（标识）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="93" />
        <source>Chinese label</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="94" />
        <source>English label</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="95" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="102" />
        <source>Register table</source>
        <translation>寄存器区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="103" />
        <source>Address (0-based · manual number)</source>
        <translation>地址（从0开始 · 手册编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="104" />
        <source>Data type</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="105" />
        <source>Byte/word order</source>
        <translation>字节/字序</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="106" />
        <source>Bit</source>
        <translation>位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="107" />
        <source>Registers (2 characters each)</source>
        <translation>寄存器数（每个2字符）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="109" />
        <source>Field (regex group name)</source>
        <translation>字段（正则分组名）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="111" />
        <source>Scale (value = raw × scale + offset)</source>
        <translation>系数（值 = 原始值 × 系数 + 偏移）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="112" />
        <source>Offset</source>
        <translation>偏移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="113" />
        <source>Deadband (store only larger changes)</source>
        <translation>死区（仅存储更大的变化）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="114" />
        <source>Store at least every</source>
        <translation>最长存储间隔</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="115" />
        <source>Poll interval</source>
        <translation>采集周期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="117" />
        <source>Counter rolls over at</source>
        <translation>计数器翻转值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/tag_dialog.py" line="118" />
        <source>Largest believable rise</source>
        <translation>最大可信增量</translation>
    </message>
</context>
<context>
    <name>TagQualityModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/quality_models.py" line="49" />
        <source>Measurement</source>
        <translation>测点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/quality_models.py" line="50" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/quality_models.py" line="51" />
        <source>Completeness (month)</source>
        <translation>完整率（本月）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/quality_models.py" line="52" />
        <source>Days below 90 %</source>
        <translation>低于 90 % 的天数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/quality_models.py" line="53" />
        <source>Missing time</source>
        <translation>缺失时长</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/quality_models.py" line="54" />
        <source>Daily totals vs month</source>
        <translation>日累计与月累计之差</translation>
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
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="84" />
        <source>Unit id</source>
        <translation>站号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="85" />
        <source>Function</source>
        <translation>功能码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="86" />
        <source>Address (0-based)</source>
        <translation>地址（从0开始）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="87" />
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="88" />
        <source>Decode as</source>
        <translation>解析为</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="97" />
        <source>Frames (hex)</source>
        <translation>报文（十六进制）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="110" />
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="121" />
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/test_read_dialog.py" line="167" />
        <source>= manual number %1</source>
        <translation>= 手册编号 %1</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/trends.py" line="78" />
        <source>Live trends</source>
        <translation>实时趋势</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/trends.py" line="82" />
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
</TS>