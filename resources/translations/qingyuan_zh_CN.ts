<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionDetail</name>
    <message>
        <location filename="../../desktop_app/ui/action_detail.py" line="99" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_detail.py" line="100" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_detail.py" line="101" />
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_detail.py" line="102" />
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_detail.py" line="103" />
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_detail.py" line="104" />
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_detail.py" line="105" />
        <source>Done by</source>
        <translation>完成人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_detail.py" line="106" />
        <source>Verifier</source>
        <translation>验证人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_detail.py" line="107" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_detail.py" line="111" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_detail.py" line="112" />
        <source>Add evidence…</source>
        <translation>添加证据…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_detail.py" line="113" />
        <source>History and evidence</source>
        <translation>处理记录与证据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_detail.py" line="114" />
        <source>Select an action to see its details and history.</source>
        <translation>选择一条整改措施，查看详情和处理记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_detail.py" line="143" />
        <source>%1 days overdue</source>
        <translation>逾期 %1 天</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="65" />
        <source>Edit corrective action</source>
        <translation>修改整改措施</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="65" />
        <source>New corrective action</source>
        <translation>新建整改措施</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="80" />
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="90" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="91" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="92" />
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="93" />
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="94" />
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="95" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
</context>
<context>
    <name>ActionModels</name>
    <message>
        <location filename="../../desktop_app/ui/models/action_models.py" line="96" />
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/action_models.py" line="97" />
        <source>Department · person</source>
        <translation>责任部门 · 责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/action_models.py" line="98" />
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/action_models.py" line="99" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/action_models.py" line="100" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/action_models.py" line="101" />
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/action_models.py" line="102" />
        <source>Source (run / item)</source>
        <translation>来源（检查记录/检查项）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/action_models.py" line="201" />
        <source>Created (%1)</source>
        <translation>已创建（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/action_models.py" line="207" />
        <source>Evidence photo</source>
        <translation>证据照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/action_models.py" line="209" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ActionText</name>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="33" />
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="34" />
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="35" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="36" />
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="37" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="43" />
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="44" />
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="45" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="52" />
        <source>Start work</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="53" />
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="54" />
        <source>Give back</source>
        <translation>退回待处理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="55" />
        <source>Verify</source>
        <translation>验证通过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="56" />
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="57" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="64" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="65" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="66" />
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="67" />
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="68" />
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="69" />
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="78" />
        <source>Changed: %1</source>
        <translation>已修改：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="79" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="85" />
        <source>This step is not possible from the action's state.</source>
        <translation>整改措施当前状态下不能执行此操作。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="88" />
        <source>The person who marked the action done cannot verify it. Ask someone else to verify.</source>
        <translation>标记完成的人不能验证自己的整改，请由其他人验证。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="92" />
        <source>Say why the work is not accepted, so that it can be put right.</source>
        <translation>请说明验证不通过的原因，以便整改到位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="95" />
        <source>Enter a title for the action.</source>
        <translation>请输入措施标题。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="96" />
        <source>The text is too long (at most %1 characters).</source>
        <translation>文字过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="97" />
        <source>Choose high, medium or low priority.</source>
        <translation>请选择高、中或低优先级。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="98" />
        <source>There is no such action state.</source>
        <translation>没有这种整改状态。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="99" />
        <source>The action is closed and cannot be changed.</source>
        <translation>该整改措施已关闭，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="100" />
        <source>Choose a photo or write a note.</source>
        <translation>请选择照片或填写备注。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="101" />
        <source>The file is not a picture that can be read.</source>
        <translation>该文件不是可读取的图片。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/action_text.py" line="102" />
        <source>The action no longer exists.</source>
        <translation>该整改措施已不存在。</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="129" />
        <source>Corrective actions</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="130" />
        <source>New action…</source>
        <translation>新建整改措施…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="235" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="236" />
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="237" />
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="238" />
        <source>Done, awaiting verification</source>
        <translation>已完成待验证</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="239" />
        <source>Verified, to close</source>
        <translation>已验证待关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="240" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="241" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="248" />
        <source>%1 shown · %2 not yet verified · %3 overdue</source>
        <translation>显示 %1 条 · 未验证 %2 条 · 逾期 %3 条</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="300" />
        <source>Sign in as an engineer or administrator.</source>
        <translation>请以工程师或管理员身份登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="301" />
        <source>Sign in as an inspector, engineer or administrator.</source>
        <translation>请以巡检员、工程师或管理员身份登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="310" />
        <source>Reject the work</source>
        <translation>验证不通过</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="311" />
        <source>What is not right yet? (required — the person doing the work reads this)</source>
        <translation>还有哪些地方不符合要求？（必填，整改人会看到这段说明）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="341" />
        <location filename="../../desktop_app/ui/pages/actions.py" line="400" />
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="399" />
        <source>The photo could not be read: %1</source>
        <translation>无法读取照片：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/actions.py" line="403" />
        <source>Not loaded</source>
        <translation>未能读取</translation>
    </message>
</context>
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
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_history_tab.py" line="138" />
        <source>To</source>
        <translation>至</translation>
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
        <translation>报警</translation>
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
        <translation>报警</translation>
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
        <translation>备注</translation>
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
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/alarm_text.py" line="29" />
        <source>Low limit</source>
        <translation>下限</translation>
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
        <translation>报警</translation>
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
        <translation>备注</translation>
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
    <name>AuditTools</name>
    <message>
        <location filename="../../desktop_app/ui/inspection/audit_tools.py" line="63" />
        <source>Checklist templates…</source>
        <translation>检查表模板…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audit_tools.py" line="64" />
        <source>Report (PDF)…</source>
        <translation>报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audit_tools.py" line="65" />
        <source>Export to package…</source>
        <translation>导出数据包…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audit_tools.py" line="66" />
        <source>Import package…</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audit_tools.py" line="85" />
        <source>Save the inspection report</source>
        <translation>保存检查报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audit_tools.py" line="103" />
        <location filename="../../desktop_app/ui/inspection/audit_tools.py" line="108" />
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audit_tools.py" line="103" />
        <source>The report was saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
</context>
<context>
    <name>AuditsPage</name>
    <message>
        <location filename="../../desktop_app/ui/inspection/audits_page.py" line="199" />
        <source>Audits</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audits_page.py" line="200" />
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audits_page.py" line="201" />
        <source>Start inspection</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audits_page.py" line="202" />
        <source>Unfinished inspections</source>
        <translation>未完成的检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audits_page.py" line="203" />
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audits_page.py" line="204" />
        <source>Finished inspections</source>
        <translation>已完成的检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audits_page.py" line="211" />
        <source>%1 items</source>
        <translation>%1 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audits_page.py" line="212" />
        <source>No checklist templates are installed.</source>
        <translation>尚未安装检查表模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audits_page.py" line="217" />
        <source>No unfinished inspections.</source>
        <translation>没有未完成的检查。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audits_page.py" line="222" />
        <source>No finished inspections yet.</source>
        <translation>尚无已完成的检查。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audits_page.py" line="229" />
        <source>Started %1 by %2 · %3 of %4 answered</source>
        <translation>%1 由 %2 开始 · 已答 %3 / %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audits_page.py" line="240" />
        <source>Finished %1 by %2 · score %3</source>
        <translation>%1 完成 · %2 · 得分 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/audits_page.py" line="259" />
        <source>Sign in as an inspector, engineer or administrator to fill checklists.</source>
        <translation>请以检查员、工程师或管理员身份登录后填写检查表。</translation>
    </message>
</context>
<context>
    <name>BaselineTab</name>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="140" />
        <source>Baseline period</source>
        <translation>基准期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="141" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="142" />
        <source>Granularity</source>
        <translation>统计粒度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="143" />
        <source>Temperature</source>
        <translation>温度测点</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="144" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="144" />
        <source>Week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="144" />
        <source>Month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="174" />
        <source>None (production only)</source>
        <translation>无（仅按产量）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="225" />
        <source>Computing the energy baseline…</source>
        <translation>正在计算能源基准…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="274" />
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="274" />
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="274" />
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="280" />
        <source>a = %1 kgce, b = %2 kgce/t</source>
        <translation>a = %1 kgce，b = %2 kgce/t</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="285" />
        <source>a = %1 kgce, b = %2 kgce/t, c = %3 kgce/(K·d)</source>
        <translation>a = %1 kgce，b = %2 kgce/t，c = %3 kgce/(K·d)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="291" />
        <source>E: energy per %1 (kgce); P: production per %1 (t)</source>
        <translation>E：每%1能耗（kgce）；P：每%1产量（t）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="293" />
        <source>; HDD: heating degree-days per %1 (base 18 °C)</source>
        <translation>；HDD：每%1采暖度日数（基准温度 18 °C）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="298" />
        <source>R² %1 · CV(RMSE) %2 % · n = %3</source>
        <translation>决定系数 R² %1 · CV(RMSE) %2% · n = %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="307" />
        <source>Baseline period %1 – %2 · reporting period %3 – %4</source>
        <translation>基准期 %1 至 %2 · 报告期 %3 至 %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="334" />
        <source>Savings in the reporting period: %1 kgce = %2 tce (%3 %)</source>
        <translation>报告期节能量：%1 kgce = %2 tce（%3%）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="340" />
        <source>expected %1 kgce, actual %2 kgce; positive means saved</source>
        <translation>预期能耗 %1 kgce，实际能耗 %2 kgce；正值表示节能</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="350" />
        <source>%1 cut by the edge of the period</source>
        <translation>%1 个被时段边界截断</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="351" />
        <source>%1 not over yet</source>
        <translation>%1 个尚未结束</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="352" />
        <source>%1 without complete energy data</source>
        <translation>%1 个能耗数据不全</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="353" />
        <source>%1 without production</source>
        <translation>%1 个缺少产量数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="354" />
        <source>%1 without temperature</source>
        <translation>%1 个缺少温度数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="358" />
        <source>Periods left out (never counted as 0): %1.</source>
        <translation>未计入的周期（不按 0 计）：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="359" />
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="368" />
        <source>The baseline has fewer than 12 periods: too short to cover every season.</source>
        <translation>基准期少于 12 个周期：时间太短，不能覆盖所有季节。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="371" />
        <source>R² is below 0.75: production (and weather) explain too little of the energy use; look for other drivers.</source>
        <translation>决定系数 R² 低于 0.75：产量（及气候）只能解释很少一部分能耗，请查找其他影响因素。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="375" />
        <source>CV(RMSE) is above 20 %: the baseline predicts single periods poorly.</source>
        <translation>CV(RMSE) 高于 20%：基准对单个周期的预测不够准确。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="378" />
        <source>Energy falls as production rises: the line describes something else (a process change, a meter assigned to the wrong area).</source>
        <translation>产量越高能耗反而越低：回归线描述的可能是别的变化（工艺变更、计量表归属错误）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="382" />
        <source>Energy falls as degree-days rise: the temperature chosen may not reflect heating demand.</source>
        <translation>度日数越高能耗反而越低：所选温度测点可能无法反映采暖需求。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="386" />
        <source>Production in the reporting period lies outside the baseline's range: the expected energy is extrapolated.</source>
        <translation>报告期产量超出基准期的产量范围：预期能耗为外推值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="389" />
        <source>No period of the reporting period has complete data yet.</source>
        <translation>报告期内还没有数据完整的周期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="397" />
        <source>Too few complete periods in the baseline period (at least 6 are needed): choose a longer baseline period or a finer granularity.</source>
        <translation>基准期内数据完整的周期太少（至少需要 6 个）：请选择更长的基准期或更细的统计粒度。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="401" />
        <source>Production hardly varies in the baseline period: no line can be fitted.</source>
        <translation>基准期内产量几乎没有变化，无法拟合回归线。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="405" />
        <source>Degree-days hardly vary in the baseline period: fit without temperature.</source>
        <translation>基准期内度日数几乎没有变化：请不选温度测点再拟合。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="408" />
        <source>Degree-days move in step with production, so their effects cannot be told apart: fit without temperature.</source>
        <translation>度日数与产量同步变化，二者的影响无法区分：请不选温度测点再拟合。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="411" />
        <source>A period ends before it starts.</source>
        <translation>时段的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="412" />
        <source>Choose a temperature measured in °C.</source>
        <translation>请选择单位为 °C 的温度测点。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/baseline_tab.py" line="413" />
        <source>The temperature measurement no longer exists.</source>
        <translation>该温度测点已不存在。</translation>
    </message>
</context>
<context>
    <name>BundleExportTab</name>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="171" />
        <source>USB drive %1 (%2)</source>
        <translation>U 盘 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="215" />
        <source>Bundle no. %1 (%2, %3 files, %4 rows, %5 MB) written and checked: %6</source>
        <translation>第 %1 号数据包（%2，%3 个文件，%4 行，%5 MB）已写入并校验：%6</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="250" />
        <source>Valid: %1, site %2 (%3), bundle no. %4 (%5), data %6.</source>
        <translation>有效：%1，厂区 %2（%3），第 %4 号数据包（%5），数据 %6。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="259" />
        <source>Signed by this site's key.</source>
        <translation>由本厂区密钥签名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="261" />
        <source>Signed by another key (fingerprint %1).</source>
        <translation>由其他密钥签名（指纹 %1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="270" />
        <source>Not valid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="281" />
        <source>Folder for the bundle</source>
        <translation>数据包保存位置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="290" />
        <source>Verify a bundle</source>
        <translation>校验数据包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="292" />
        <source>Qingyuan bundles (*.qybundle);;All files (*)</source>
        <translation>清源数据包 (*.qybundle);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="304" />
        <source>Export public key</source>
        <translation>导出公钥</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="306" />
        <source>Public keys (*.pem)</source>
        <translation>公钥文件 (*.pem)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="319" />
        <source>Public key written to %1. Give it to head office to register this site.</source>
        <translation>公钥已写入 %1。请交给总部登记本厂区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="332" />
        <source>Sign in as an administrator to export a bundle.</source>
        <translation>请以管理员身份登录后导出数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="340" />
        <source>A bundle carries this site's configuration, rollups, records, KPIs and targets, audits with photos, actions and the change log to head office on a USB stick. It is signed with the site key; head office registers the public key once, comparing the fingerprint by phone.</source>
        <translation>数据包经 U 盘把本厂区的配置、汇总数据、台账记录、指标与目标、审核记录（含照片）、整改措施和变更记录报送总部。数据包用厂区密钥签名；总部只需登记一次公钥，并通过电话核对指纹。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="347" />
        <source>Site</source>
        <translation>厂区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="348" />
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="349" />
        <source>Write to</source>
        <translation>写入位置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="350" />
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="353" />
        <source>Export public key…</source>
        <translation>导出公钥…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="354" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="355" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="356" />
        <source>Incremental (since the previous bundle)</source>
        <translation>增量（自上一个数据包以来）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="357" />
        <source>Full (everything)</source>
        <translation>完整（全部数据）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="358" />
        <source>Export bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="359" />
        <source>Verify a bundle…</source>
        <translation>校验数据包…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_export_tab.py" line="360" />
        <source>Bundles exported from this site</source>
        <translation>本厂区已导出的数据包</translation>
    </message>
</context>
<context>
    <name>BundleHistoryModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/bundle_history_model.py" line="20" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/bundle_history_model.py" line="21" />
        <source>Full or incremental</source>
        <translation>完整/增量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/bundle_history_model.py" line="22" />
        <source>Data from → to (local time)</source>
        <translation>数据起止（本地时间）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/bundle_history_model.py" line="23" />
        <source>Created</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/bundle_history_model.py" line="24" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/bundle_history_model.py" line="25" />
        <source>By</source>
        <translation>操作人</translation>
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
        <translation>题型</translation>
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
    <name>CameraDialog</name>
    <message>
        <location filename="../../desktop_app/ui/inspection/camera.py" line="59" />
        <location filename="../../desktop_app/ui/inspection/camera.py" line="63" />
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/camera.py" line="64" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/camera.py" line="90" />
        <source>The camera is not ready yet.</source>
        <translation>相机尚未就绪。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/camera.py" line="102" />
        <source>The camera failed: %1</source>
        <translation>相机出错：%1</translation>
    </message>
</context>
<context>
    <name>ChecklistProblemText</name>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="11" />
        <source>No such checklist template.</source>
        <translation>没有此检查表模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="14" />
        <source>This template version is already stored with different content; give the edited template a higher version.</source>
        <translation>该模板版本已存在且内容不同；修改后的模板请使用更高的版本号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="19" />
        <source>A newer version of this template is already stored; the imported version must be higher.</source>
        <translation>已存有该模板的更高版本；导入的版本号必须更高。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="24" />
        <source>No such inspection.</source>
        <translation>没有此检查记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="25" />
        <source>This inspection is finished and can no longer be changed.</source>
        <translation>该检查已完成，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="28" />
        <source>The checklist has no such item.</source>
        <translation>检查表中没有此项目。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="31" />
        <source>The inspection cannot be finished yet: required answers, photos or signatures are missing (%1).</source>
        <translation>检查尚不能完成：缺少必填答案、照片或签字（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="36" />
        <source>The file is not a picture that can be read (JPEG or PNG).</source>
        <translation>该文件不是可读取的图片（JPEG 或 PNG）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="39" />
        <source>The picture file is too large.</source>
        <translation>图片文件过大。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="42" />
        <source>This item takes at most %1 photos.</source>
        <translation>该项目最多可添加 %1 张照片。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="45" />
        <source>This inspection has no such photo.</source>
        <translation>该检查中没有此照片。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="48" />
        <source>This item does not take a signature.</source>
        <translation>该项目不需要签字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="51" />
        <source>Photos can only be stored with a local database file.</source>
        <translation>只有使用本地数据库文件时才能保存照片。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="54" />
        <source>Only a finished inspection has a report.</source>
        <translation>只有已完成的检查才能生成报告。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="57" />
        <source>This step is not possible from the action's state.</source>
        <translation>整改措施当前状态下不能执行此操作。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="60" />
        <source>The person who marked the action done cannot verify it. Ask someone else to verify.</source>
        <translation>标记完成的人不能验证自己的整改，请由其他人验证。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="64" />
        <source>Say why the work is not accepted, so that it can be put right.</source>
        <translation>请说明验证不通过的原因，以便整改到位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="67" />
        <source>Enter a title for the action.</source>
        <translation>请输入措施标题。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="70" />
        <source>The text is too long (at most %1 characters).</source>
        <translation>文字过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="73" />
        <source>The action is closed and cannot be changed.</source>
        <translation>该整改措施已关闭，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="76" />
        <source>This answer does not fit the question.</source>
        <translation>该答案与题目类型不符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="79" />
        <source>Choose one of the offered answers.</source>
        <translation>请从给出的选项中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/checklist_problem_text.py" line="82" />
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>请按 YYYY-MM-DD 格式输入日期。</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor/condition_editor.py" line="69" />
        <source>%1 (not an earlier item)</source>
        <translation>%1（不是前面的题目）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/condition_editor.py" line="98" />
        <source>Always shown</source>
        <translation>始终显示</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/condition_editor.py" line="101" />
        <source>Shown only when that item's answer is one of the ticked answers:</source>
        <translation>仅当该题的答案为下列勾选项之一时显示本题：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/condition_editor.py" line="103" />
        <source>Or choose an earlier question this one depends on.</source>
        <translation>也可选择本题所依赖的前面某道题。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/condition_editor.py" line="129" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/condition_editor.py" line="130" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/condition_editor.py" line="131" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/condition_editor.py" line="132" />
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/condition_editor.py" line="133" />
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>ConflictBox</name>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="53" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="53" />
        <source>This computer (ours)</source>
        <translation>本机（我方）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="53" />
        <source>Package (theirs)</source>
        <translation>数据包（对方）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="64" />
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="75" />
        <source>Keep ours</source>
        <translation>保留本机版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="76" />
        <source>Take theirs</source>
        <translation>采用数据包版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="91" />
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="172" />
        <source>Edit credential — %1</source>
        <translation>修改资质 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="172" />
        <source>Add credential — %1</source>
        <translation>添加资质 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="183" />
        <source>Certification body</source>
        <translation>认证机构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="184" />
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="187" />
        <source>Credential</source>
        <translation>资质</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="188" />
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="189" />
        <source>Issued by</source>
        <translation>发证机构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="190" />
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="191" />
        <source>Valid until (last day)</source>
        <translation>有效期至（最后一天）</translation>
    </message>
</context>
<context>
    <name>CusumChart</name>
    <message>
        <location filename="../../widgets/cusum_chart.py" line="167" />
        <source>Energy (kgce)</source>
        <translation>能耗 (kgce)</translation>
    </message>
    <message>
        <location filename="../../widgets/cusum_chart.py" line="168" />
        <source>Cumulative savings (kgce)</source>
        <translation>累计节能量 (kgce)</translation>
    </message>
    <message>
        <location filename="../../widgets/cusum_chart.py" line="170" />
        <source>Actual energy</source>
        <translation>实际能耗</translation>
    </message>
    <message>
        <location filename="../../widgets/cusum_chart.py" line="171" />
        <source>Expected energy</source>
        <translation>预期能耗</translation>
    </message>
    <message>
        <location filename="../../widgets/cusum_chart.py" line="172" />
        <source>Cumulative savings (CUSUM)</source>
        <translation>累计节能量 (CUSUM)</translation>
    </message>
    <message>
        <location filename="../../widgets/cusum_chart.py" line="174" />
        <source>No data</source>
        <translation>无数据</translation>
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
    <name>DateAnswer</name>
    <message>
        <location filename="../../widgets/checklist/text_answers.py" line="137" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/text_answers.py" line="138" />
        <source>Clear</source>
        <translation>清除</translation>
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
    <name>DefinitionTextDialog</name>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="117" />
        <source>Edit workflow definition</source>
        <translation>编辑流程定义</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="125" />
        <source>Go to the problem</source>
        <translation>定位到问题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="137" />
        <source>Saving stores a new version; running workflows keep theirs.</source>
        <translation>保存后将存为新版本；进行中的流程继续使用原版本。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="161" />
        <source>The definition is valid.</source>
        <translation>流程定义有效。</translation>
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
    <name>EnergyConventionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="105" />
        <source>Carrier</source>
        <translation>能源品种</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="106" />
        <source>Reference (GB/T 2589)</source>
        <translation>参考值（GB/T 2589）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="107" />
        <source>Reference status</source>
        <translation>参考值状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="108" />
        <source>Site value (measured)</source>
        <translation>本厂实测值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="136" />
        <source>⚠ unconfirmed: check or measure</source>
        <translation>⚠ 未经确认：请核对或实测</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="138" />
        <source>— (reference used)</source>
        <translation>—（采用参考值）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="167" />
        <source>use reference</source>
        <translation>采用参考值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="180" />
        <source>Energy accounting (GB/T 2589-2020)</source>
        <translation>能源折标规则（GB/T 2589-2020）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="186" />
        <source>Equivalent value (当量值): 0.1229 kgce/kWh — the usual basis</source>
        <translation>当量值：0.1229 kgce/kWh（通常采用）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="188" />
        <source>Equal value (等价值): national supply coal rate</source>
        <translation>等价值：按当年全国供电标准煤耗</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="195" />
        <source>Gas-field natural gas: %1 kgce/m³</source>
        <translation>气田天然气：%1 kgce/m³</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="200" />
        <source>Oilfield associated gas: %1 kgce/m³</source>
        <translation>油田天然气：%1 kgce/m³</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="205" />
        <source>Measured value (%1–%2):</source>
        <translation>实测值（%1–%2）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="241" />
        <source>Double-click a site value to enter the coefficient from your measured calorific value, in kgce per the carrier's unit; 0 returns to the reference.</source>
        <translation>双击“本厂实测值”一栏，填写按实测热值折算的系数（kgce/该能源计量单位）；填 0 则恢复采用参考值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="249" />
        <source>optional; kept in the change log</source>
        <translation>选填，记入变更记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="250" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="251" />
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="252" />
        <source>Natural gas (required choice)</source>
        <translation>天然气（必选）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="253" />
        <source>Site coefficients</source>
        <translation>本厂折标系数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="254" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/energy_convention_dialog.py" line="264" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="212" />
        <source>Add evaluation — %1</source>
        <translation>添加评价 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="219" />
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="222" />
        <source>Quality, delivery, environmental performance…</source>
        <translation>质量、交付、环境表现…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="223" />
        <source>Evaluated on</source>
        <translation>评价日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="224" />
        <source>Score (0–100; A ≥ 90, B ≥ 75, C ≥ 60)</source>
        <translation>得分（0–100；A ≥ 90，B ≥ 75，C ≥ 60）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="225" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>EvaluationSummary</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation_summary.py" line="64" />
        <source>Composite evaluation index (levels I and II need ≥ %1, level III needs 100)</source>
        <translation>综合评价指数（一级、二级须 ≥ %1，三级须 = 100）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_summary.py" line="69" />
        <source>Sample — not an official indicator system. Its benchmarks only demonstrate the method: evaluate against the system published for your industry (export this one as a template, edit it and import it).</source>
        <translation>示例 — 并非官方发布的评价指标体系。其基准值仅用于演示评价方法：正式评价请使用本行业发布的评价指标体系（可将本体系导出为模板，编辑后再导入）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_summary.py" line="107" />
        <source>Not %1: %2</source>
        <translation>未达%1：%2</translation>
    </message>
</context>
<context>
    <name>EvaluationTab</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="100" />
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="197" />
        <source>Evaluating…</source>
        <translation>正在评价…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="215" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="221" />
        <source>Indicator system</source>
        <translation>评价指标体系</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="222" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="223" />
        <source>Export as template…</source>
        <translation>导出为模板…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="264" />
        <source>%1 (in use)</source>
        <translation>%1（当前使用）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="289" />
        <source>Level I reached: nothing holds the plant back.</source>
        <translation>已达一级：没有制约因素。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="293" />
        <source>Holding the plant back from %1</source>
        <translation>制约达到%1的指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="310" />
        <source>%1 indicators have no value and count as 0.</source>
        <translation>%1 项指标没有数值，按 0 分计。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="314" />
        <source>Period %1 – %2</source>
        <translation>评价期 %1 – %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="326" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="344" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="347" />
        <source>Clear the entry</source>
        <translation>清除录入值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="371" />
        <source>Imported %1; it is now the system in use.</source>
        <translation>已导入 %1，现为当前使用的评价指标体系。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="387" />
        <source>Double-click the value of an indicator without a KPI link to enter it; right-click to mark an indicator not applicable.</source>
        <translation>双击未关联 KPI 的二级指标的数值即可录入；右键可将指标标记为不适用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_tab.py" line="391" />
        <source>Sign in as an engineer or administrator to enter values.</source>
        <translation>请以工程师或管理员身份登录后录入数值。</translation>
    </message>
</context>
<context>
    <name>EvaluationText</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="23" />
        <source>Level I</source>
        <translation>一级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="25" />
        <source>Level II</source>
        <translation>二级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="27" />
        <source>Level III</source>
        <translation>三级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="28" />
        <source>Below level III</source>
        <translation>未达三级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="34" />
        <source>International leading level of cleaner production</source>
        <translation>国际清洁生产领先水平</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="38" />
        <source>Domestic advanced level of cleaner production</source>
        <translation>国内清洁生产先进水平</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="42" />
        <source>Domestic general level of cleaner production</source>
        <translation>国内清洁生产一般水平</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="45" />
        <source>Not rated: the plant does not reach level III</source>
        <translation>未达到国内清洁生产一般水平（三级）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="52" />
        <source>not entered yet</source>
        <translation>尚未录入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="53" />
        <source>the KPI lacks data for this period</source>
        <translation>本期 KPI 缺少数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="56" />
        <source>no production in this period</source>
        <translation>本期无产量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="59" />
        <source>the KPI has no value</source>
        <translation>KPI 无数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="60" />
        <source>this site has no such KPI</source>
        <translation>本厂没有该 KPI</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="61" />
        <source>the KPI's unit does not convert to the indicator's</source>
        <translation>KPI 的单位无法换算为该指标的单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="64" />
        <source>the stored value no longer fits the indicator</source>
        <translation>已存数值与该指标不再相符</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="72" />
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="79" />
        <source>composite index below 85</source>
        <translation>综合评价指数低于 85</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="80" />
        <source>a limiting indicator is below the level</source>
        <translation>有限定性指标未达到该级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="83" />
        <source>a non-limiting indicator is below level II</source>
        <translation>有非限定性指标低于二级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="86" />
        <source>not every indicator reaches level III</source>
        <translation>并非全部指标达到三级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="89" />
        <source>indicators without a value count as 0</source>
        <translation>无数值的指标按 0 分计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="129" />
        <source>no value (%1)</source>
        <translation>无数值（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="134" />
        <source>%1 requires: %2</source>
        <translation>%1要求：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="138" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="144" />
        <source>Required: limiting indicator</source>
        <translation>必须达到：限定性指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="146" />
        <source>Required: level III needs every indicator at level III</source>
        <translation>必须达到：三级要求全部指标达到三级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="150" />
        <source>Required: level I needs every indicator at level II or better</source>
        <translation>必须达到：一级要求全部指标达到二级及以上</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="154" />
        <source>Would add %1 points to Y_%2</source>
        <translation>可使 Y_%2 提高 %1 分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="167" />
        <source>… and %1 more</source>
        <translation>… 另有 %1 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="189" />
        <source>There is no indicator system with the code %1.</source>
        <translation>没有代码为 %1 的评价指标体系。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="192" />
        <source>%1 is the shipped sample's code: give your edited system a code of its own.</source>
        <translation>%1 是随软件提供的示例体系的代码：请为编辑后的体系另取一个代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="196" />
        <source>The system has no indicator %1.</source>
        <translation>该评价指标体系中没有指标 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="199" />
        <source>This indicator's value comes from the KPI %1: enter the records behind it instead.</source>
        <translation>该指标的数值取自 KPI %1：请录入其所依据的台账数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="203" />
        <source>Choose level I, II, III or none.</source>
        <translation>请选择一级、二级、三级或未达三级。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="206" />
        <source>The note may have at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="209" />
        <source>The period ends before it starts.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="212" />
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="213" />
        <source>Every indicator is marked not applicable: nothing to evaluate.</source>
        <translation>全部指标均标记为不适用：无可评价内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="216" />
        <source>The indicator system is not valid: %1</source>
        <translation>评价指标体系无效：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="219" />
        <source>The entry %1 is not part of the format (misspelt?).</source>
        <translation>条目 %1 不属于文件格式（是否拼写错误？）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="222" />
        <source>The required entry %1 is missing.</source>
        <translation>缺少必填条目 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="225" />
        <source>Codes use lower-case letters, digits and '_', starting with a letter: %1</source>
        <translation>代码只能使用小写字母、数字和“_”，并以字母开头：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="229" />
        <source>The list may not be empty.</source>
        <translation>列表不能为空。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="230" />
        <source>The code %1 is used twice.</source>
        <translation>代码 %1 重复使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="233" />
        <source>A weight must lie above 0 and at most 1: %1</source>
        <translation>权重必须大于 0 且不超过 1：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="236" />
        <source>The weights must add up to 1; they add up to %1.</source>
        <translation>权重之和必须为 1，当前为 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="239" />
        <source>No first-level indicator has the code %1.</source>
        <translation>没有代码为 %1 的一级指标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="242" />
        <source>The first-level indicator %1 has no second-level indicators.</source>
        <translation>一级指标 %1 下没有二级指标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="245" />
        <source>Give three finite benchmarks, for levels I, II and III.</source>
        <translation>请给出一级、二级、三级三个有限的基准值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="248" />
        <source>A qualitative indicator's benchmarks are 1, 2 and 3 (or none).</source>
        <translation>定性指标的基准值为 1、2、3（或不填）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_text.py" line="251" />
        <source>Level I must be at least as strict as level II, and II as III: %1</source>
        <translation>一级基准值须不低于二级的要求，二级须不低于三级：%1</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="151" />
        <source>Add evidence — %1</source>
        <translation>添加证据 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="154" />
        <source>No photo chosen</source>
        <translation>未选择照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="155" />
        <source>Choose photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="164" />
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="165" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="173" />
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/action_dialog.py" line="175" />
        <source>Pictures (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
</context>
<context>
    <name>ExportRunsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="53" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="54" />
        <location filename="../../desktop_app/ui/packages_dialog.py" line="160" />
        <source>Export runs to a package</source>
        <translation>导出巡检记录到数据包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="58" />
        <source>The chosen completed runs, with their photos, signatures, checklist versions and corrective actions, are written to one .qyrun file for a USB stick or a shared folder. Import it on the other computer.</source>
        <translation>所选的已完成巡检记录连同照片、签名、检查表版本和整改措施将写入一个 .qyrun 文件，可用 U 盘或共享文件夹传递，再在另一台电脑上导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="67" />
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="67" />
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="67" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="67" />
        <source>Inspector</source>
        <translation>巡检员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="68" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="77" />
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="79" />
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="81" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="109" />
        <source>Reading the completed runs…</source>
        <translation>正在读取已完成的巡检记录…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="133" />
        <source>%1 completed run(s). Tick the runs to export.</source>
        <translation>共 %1 条已完成的巡检记录。请勾选要导出的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="135" />
        <source>There are no completed runs to export.</source>
        <translation>没有可导出的已完成巡检记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="162" />
        <source>Qingyuan run packages (*.qyrun)</source>
        <translation>清源巡检数据包 (*.qyrun)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="173" />
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/packages_dialog.py" line="187" />
        <source>%1 run(s), %2 corrective action(s) and %3 photo(s) written to %4.</source>
        <translation>已将 %1 条巡检记录、%2 项整改措施和 %3 张照片写入 %4。</translation>
    </message>
</context>
<context>
    <name>GenerateReportTab</name>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="180" />
        <source>The last day is before the first day.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="183" />
        <source>%1 to %2 (%3 days)</source>
        <translation>%1 至 %2（共 %3 天）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="221" />
        <source>Report written: %1</source>
        <translation>报告已生成：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="241" />
        <source>Folder for reports</source>
        <translation>报告保存位置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="264" />
        <source>The cleaner-production report: KPIs against targets, energy by carrier (GB/T 2589), water, waste and pollutants, alarms, data completeness, audits and corrective actions, for any period.</source>
        <translation>清洁生产报告：指标与目标对比、分品种能源消耗（GB/T 2589 折标）、水、废物与污染物、报警、数据完整性、审核与整改措施，可按任意期间生成。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="271" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="271" />
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="271" />
        <source>Custom range:</source>
        <translation>自定义期间：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="275" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="275" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="275" />
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="275" />
        <source>Folder</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="277" />
        <source>PDF, and the same tables as an Excel workbook (.xlsx)</source>
        <translation>PDF，并把相同表格另存为 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="278" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="279" />
        <source>Generate report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="280" />
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_generate_tab.py" line="281" />
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>GroupedBarChart</name>
    <message>
        <location filename="../../widgets/bar_chart.py" line="126" />
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../widgets/bar_chart.py" line="204" />
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../../widgets/bar_chart.py" line="205" />
        <source>Steam</source>
        <translation>蒸汽</translation>
    </message>
    <message>
        <location filename="../../widgets/bar_chart.py" line="206" />
        <source>Water</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../widgets/bar_chart.py" line="210" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../widgets/bar_chart.py" line="215" />
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../widgets/bar_chart.py" line="220" />
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
</context>
<context>
    <name>GuidanceView</name>
    <message>
        <location filename="../../widgets/checklist/guidance.py" line="70" />
        <source>How to check</source>
        <translation>检查方法</translation>
    </message>
</context>
<context>
    <name>GuidedInspection</name>
    <message>
        <location filename="../../desktop_app/ui/inspection/guided.py" line="97" />
        <source>Opening the inspection…</source>
        <translation>正在打开检查…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/guided.py" line="128" />
        <source>The inspection could not be opened: %1</source>
        <translation>无法打开该检查：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/guided.py" line="288" />
        <source>Saving the last answers, then closing…</source>
        <translation>正在保存最后的回答，随后关闭…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/guided.py" line="298" />
        <source>Some answers could not be saved. Tap Retry, or Close again to leave without them.</source>
        <translation>有回答未能保存。请点击“重试”，或再次点击“关闭”放弃这些回答并离开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/media.py" line="70" />
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/media.py" line="71" />
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>HqModels</name>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="38" />
        <source>Site code</source>
        <translation>工厂代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="39" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="40" />
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="41" />
        <source>Last bundle</source>
        <translation>最新数据包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="42" />
        <source>Last import</source>
        <translation>最近一次导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="43" />
        <source>Missing bundles</source>
        <translation>缺失的数据包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="48" />
        <source>(awaiting first bundle)</source>
        <translation>（等待首个数据包）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="59" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="75" />
        <source>Bundle</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="76" />
        <location filename="../../desktop_app/ui/models/hq_models.py" line="119" />
        <source>Site</source>
        <translation>厂区</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="77" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="78" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="79" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="91" />
        <source>Imported: %1 rows</source>
        <translation>已导入：%1 行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="98" />
        <source>Never received: %1 (covered by this full bundle)</source>
        <translation>从未收到：%1（已由本完整数据包覆盖）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="120" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="121" />
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="122" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="123" />
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="124" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/hq_models.py" line="125" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
</context>
<context>
    <name>HqPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="138" />
        <source>Head office: sites and bundles</source>
        <translation>总部：工厂与数据包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="139" />
        <source>Register site…</source>
        <translation>登记工厂…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="140" />
        <source>Import bundles…</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="141" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="142" />
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="143" />
        <source>Last import</source>
        <translation>最近一次导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="144" />
        <source>Sites</source>
        <translation>工厂</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="145" />
        <source>Comparison of sites</source>
        <translation>工厂对比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="146" />
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="183" />
        <source>Registered the key %1.</source>
        <translation>已登记公钥 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="204" />
        <source>Verifying and importing %1 bundle(s)…</source>
        <translation>正在校验并导入 %1 个数据包…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="212" />
        <source>%1 imported, %2 unchanged, %3 refused.</source>
        <translation>已导入 %1 个，无变化 %2 个，拒绝 %3 个。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="248" />
        <source>Sign in as an administrator (registering) or engineer (importing).</source>
        <translation>请以管理员（登记）或工程师（导入）身份登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="252" />
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="269" />
        <source>Register a site: its public key</source>
        <translation>登记工厂：选择其公钥</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="271" />
        <source>Site public keys (*.pem *.txt *.hex);;All files (*)</source>
        <translation>工厂公钥 (*.pem *.txt *.hex);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="278" />
        <source>Import site bundles</source>
        <translation>导入工厂数据包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/hq.py" line="280" />
        <source>Qingyuan site bundles (*.qybundle)</source>
        <translation>清源工厂数据包 (*.qybundle)</translation>
    </message>
</context>
<context>
    <name>HqReportPanel</name>
    <message>
        <location filename="../../desktop_app/ui/hq_report_panel.py" line="104" />
        <source>Report written: %1</source>
        <translation>报告已生成：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_report_panel.py" line="123" />
        <source>Save the head-office report</source>
        <translation>保存总部报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_report_panel.py" line="125" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_report_panel.py" line="140" />
        <source>Report…</source>
        <translation>报告…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_report_panel.py" line="142" />
        <source>PDF and Excel: KPIs per site, ranking, 12-month trends, bundles received</source>
        <translation>PDF 和 Excel：各企业指标、排名、近 12 个月趋势、数据包接收情况</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_report_panel.py" line="144" />
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
</context>
<context>
    <name>HqText</name>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="10" />
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="11" />
        <source>No change (already imported)</source>
        <translation>无变化（已导入过）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="12" />
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="20" />
        <source>This bundle was imported before; nothing changed.</source>
        <translation>该数据包此前已导入，未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="23" />
        <source>No site is registered for this bundle's key.</source>
        <translation>没有用该数据包公钥登记的工厂。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="26" />
        <source>The site is registered with another key.</source>
        <translation>该工厂登记的是另一把公钥。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="29" />
        <source>The key is registered for another site.</source>
        <translation>该公钥登记给了另一个工厂。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="32" />
        <source>The site is deactivated.</source>
        <translation>该工厂已停用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="33" />
        <source>An older bundle, or another with the same number, was imported already.</source>
        <translation>已导入过更早的数据包或同编号的另一数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="36" />
        <source>The bundle does not follow the last imported one.</source>
        <translation>该数据包与最近导入的数据包不衔接。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="39" />
        <source>An earlier bundle is missing: import it first.</source>
        <translation>缺少更早的数据包：请先导入它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="42" />
        <source>The file is not a bundle.</source>
        <translation>该文件不是数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="43" />
        <source>The file is cut short: copy it again.</source>
        <translation>文件不完整：请重新复制。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="44" />
        <source>A size limit is exceeded.</source>
        <translation>超出大小限制。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="45" />
        <source>A file name outside the format.</source>
        <translation>文件名不符合格式。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="46" />
        <source>The file was changed after signing.</source>
        <translation>文件在签名后被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="47" />
        <source>The manifest is damaged.</source>
        <translation>清单已损坏。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="48" />
        <source>The bundle is of a newer format version.</source>
        <translation>数据包的格式版本较新。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="51" />
        <source>The signature does not match: the bundle was altered.</source>
        <translation>签名不符：数据包已被篡改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="54" />
        <source>A listed file is missing.</source>
        <translation>清单中列出的文件缺失。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="55" />
        <source>The bundle holds an unlisted file.</source>
        <translation>数据包含有清单未列出的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="56" />
        <source>A file's content differs from its recorded hash.</source>
        <translation>文件内容与记录的哈希值不符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="59" />
        <source>A row does not fit head office's tables.</source>
        <translation>有一行数据不符合总部数据表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="60" />
        <source>The head-office database refused the rows.</source>
        <translation>总部数据库拒绝写入这些数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="63" />
        <source>The file is not an Ed25519 public key (PEM or 64 hex).</source>
        <translation>该文件不是 Ed25519 公钥（PEM 或 64 位十六进制）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="66" />
        <source>This public key is already registered.</source>
        <translation>该公钥已登记。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="69" />
        <source>This site is already registered with another key.</source>
        <translation>该工厂已用另一把公钥登记。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="78" />
        <source>Target met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="79" />
        <source>Improving</source>
        <translation>改善中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="80" />
        <source>Off target</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="81" />
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_text.py" line="82" />
        <source>No value</source>
        <translation>无数值</translation>
    </message>
</context>
<context>
    <name>HqTrendsTab</name>
    <message>
        <location filename="../../desktop_app/ui/hq_trends_tab.py" line="92" />
        <source>No site has a value in these months.</source>
        <translation>这些月份没有企业有数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_trends_tab.py" line="99" />
        <source>%1 to %2, one line per site; a gap is a month without a value.</source>
        <translation>%1 至 %2，每个企业一条线；线条断开处为该月无数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_trends_tab.py" line="103" />
        <source>No site has sent a bundle yet.</source>
        <translation>尚无企业发送数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/hq_trends_tab.py" line="106" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="115" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="116" />
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="165" />
        <source>Import a run package</source>
        <translation>导入巡检数据包</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="118" />
        <source>Choose package…</source>
        <translation>选择数据包…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="120" />
        <source>No package chosen.</source>
        <translation>尚未选择数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="126" />
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="126" />
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="126" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="126" />
        <source>Here</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="127" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="139" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="167" />
        <source>Qingyuan run packages (*.qyrun)</source>
        <translation>清源巡检数据包 (*.qyrun)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="190" />
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="200" />
        <source>From %1, exported by %2 on %3 (Qingyuan %4).</source>
        <translation>来自 %1，由 %2 于 %3 导出（清源 %4）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="222" />
        <source>New</source>
        <translation>新记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="222" />
        <source>Already here</source>
        <translation>本机已有</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="230" />
        <source>%1 new run(s) with %2 photo(s), %3 already here. Corrective actions: %4 new, %5 to update, %6 unchanged or newer here, %7 changed on both sides.</source>
        <translation>新巡检记录 %1 条（照片 %2 张），本机已有 %3 条。整改措施：新增 %4 项，待更新 %5 项，无变化或本机较新 %6 项，双方都有修改 %7 项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="259" />
        <source>These actions were changed here and in the package since they were last exchanged. Choose for each which version to keep; an action without a choice stays as it is here, and importing the package again asks again.</source>
        <translation>以下整改措施自上次交换以来在本机和数据包中都被修改过。请逐项选择保留哪个版本；未作选择的措施保持本机现状，再次导入该数据包时会再次询问。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="267" />
        <source>These actions were changed here and in the package since they were last exchanged. They stay as they are here: only an engineer or administrator can choose which version to keep.</source>
        <translation>以下整改措施自上次交换以来在本机和数据包中都被修改过。它们保持本机现状：只有工程师或管理员可以选择保留哪个版本。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="287" />
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="302" />
        <source>Imported: %1 new, %2 updated, %3 already here.</source>
        <translation>导入完成：新增 %1 项，更新 %2 项，本机已有 %3 项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_import_dialog.py" line="308" />
        <source>%1 conflict(s) left as they are here.</source>
        <translation>%1 项冲突保持本机现状。</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/evaluation_models.py" line="111" />
        <source>First- / second-level indicator</source>
        <translation>一级指标 / 二级指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/evaluation_models.py" line="111" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/evaluation_models.py" line="111" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/evaluation_models.py" line="112" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/evaluation_models.py" line="112" />
        <source>Achieved</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/evaluation_models.py" line="113" />
        <source>Limiting indicator</source>
        <translation>限定性指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/evaluation_models.py" line="113" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/evaluation_models.py" line="176" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/evaluation_models.py" line="187" />
        <source>Limiting</source>
        <translation>限定性</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/evaluation_models.py" line="194" />
        <source>KPI %1</source>
        <translation>KPI %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/evaluation_models.py" line="198" />
        <source>Entered by %1</source>
        <translation>%1 录入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/evaluation_models.py" line="200" />
        <source>Marked not applicable</source>
        <translation>已标记为不适用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/evaluation_models.py" line="201" />
        <source>Missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/evaluation_models.py" line="210" />
        <source>Share of the composite index: %1 %</source>
        <translation>在综合评价指数中的权重：%1 %</translation>
    </message>
</context>
<context>
    <name>InputDelegate</name>
    <message>
        <location filename="../../desktop_app/ui/models/evaluation_models.py" line="256" />
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/evaluation_models.py" line="257" />
        <source>Clear the entry</source>
        <translation>清除录入值</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="23" />
        <source>This inspection is already finished; it can no longer change.</source>
        <translation>该检查已完成，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="26" />
        <source>Some required answers or photos are still missing.</source>
        <translation>仍有必答项或必需照片未完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="29" />
        <source>This item already has the most photos it may have (%1).</source>
        <translation>本项照片已达上限（%1 张）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="32" />
        <source>The file is not a picture that can be read (JPEG or PNG).</source>
        <translation>该文件不是可读取的图片（JPEG 或 PNG）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="35" />
        <source>The picture is too large to store.</source>
        <translation>图片过大，无法保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="38" />
        <source>This inspection no longer exists.</source>
        <translation>该检查已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="41" />
        <source>The checklist template was not found.</source>
        <translation>找不到该检查表模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="44" />
        <source>The photo was already removed.</source>
        <translation>该照片已被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="47" />
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="50" />
        <source>The text is too long (at most %1 characters).</source>
        <translation>文字过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="62" />
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="63" />
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="64" />
        <source>Water</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="65" />
        <source>Waste</source>
        <translation>废物</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="66" />
        <source>Inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="67" />
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/texts.py" line="68" />
        <source>Environment</source>
        <translation>环境</translation>
    </message>
</context>
<context>
    <name>InspectionChrome</name>
    <message>
        <location filename="../../desktop_app/ui/inspection/chrome.py" line="122" />
        <source>‹ Close</source>
        <translation>‹ 关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/chrome.py" line="123" />
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/chrome.py" line="124" />
        <source>‹ Previous</source>
        <translation>‹ 上一项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/chrome.py" line="125" />
        <source>Next ›</source>
        <translation>下一项 ›</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/chrome.py" line="126" />
        <source>Finish</source>
        <translation>完成检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/chrome.py" line="134" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/chrome.py" line="135" />
        <source>✓ Saved</source>
        <translation>✓ 已保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/chrome.py" line="136" />
        <source>⚠ Not saved</source>
        <translation>⚠ 未保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/chrome.py" line="171" />
        <source>Review</source>
        <translation>检查汇总</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/chrome.py" line="174" />
        <source>Section %1 of %2 · %3</source>
        <translation>第 %1/%2 部分 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/chrome.py" line="183" />
        <source>%1 of %2 answered</source>
        <translation>已答 %1 / %2</translation>
    </message>
</context>
<context>
    <name>InstancesTab</name>
    <message>
        <location filename="../../desktop_app/ui/task_instances.py" line="88" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_instances.py" line="90" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_instances.py" line="153" />
        <source>Not loaded</source>
        <translation>未能读取</translation>
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
    <name>ItemCard</name>
    <message>
        <location filename="../../desktop_app/ui/inspection/item_card.py" line="156" />
        <source>Required</source>
        <translation>必答</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/item_card.py" line="156" />
        <location filename="../../desktop_app/ui/inspection/item_card.py" line="158" />
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/item_card.py" line="158" />
        <source>Required answer</source>
        <translation>必答</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/item_card.py" line="160" />
        <source>at least %1 photo(s)</source>
        <translation>至少 %1 张照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/item_card.py" line="164" />
        <source>Note (optional): what you saw, where, why</source>
        <translation>备注（选填）：看到了什么、在哪里、原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/item_card.py" line="177" />
        <source>⚠ A finding: a corrective action will be proposed when the inspection is finished.</source>
        <translation>⚠ 发现问题：完成检查时将据此提出纠正措施。</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="188" />
        <source>Section %1 › Item %2</source>
        <translation>第 %1 部分 › 第 %2 题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="191" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="192" />
        <source>Answered as</source>
        <translation>作答方式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="193" />
        <source>Question (Chinese)</source>
        <translation>题目（中文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="194" />
        <source>Question (English)</source>
        <translation>题目（英文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="195" />
        <source>Guidance (Chinese)</source>
        <translation>检查方法（中文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="196" />
        <source>Guidance (English)</source>
        <translation>检查方法（英文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="197" />
        <source>Required</source>
        <translation>必答</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="198" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="199" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="200" />
        <source>Limits (low / high)</source>
        <translation>限值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="201" />
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="202" />
        <source>Longest answer</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="203" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="204" />
        <source>Shown when</source>
        <translation>显示条件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="208" />
        <source>An answer is needed to finish the round</source>
        <translation>须作答才能完成本次检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="209" />
        <source>0 = not scored</source>
        <translation>0 = 不计分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="210" />
        <source>Low limit</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="211" />
        <source>High limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="212" />
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="213" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="214" />
        <source>At least</source>
        <translation>至少</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="215" />
        <source>At most</source>
        <translation>至多</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="216" />
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="218" />
        <source>Add option</source>
        <translation>添加选项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="219" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="220" />
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/item_form.py" line="221" />
        <source>Down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>ItemPreview</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor/preview.py" line="54" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/preview.py" line="98" />
        <source>A preview: answers given here are not saved.</source>
        <translation>预览：此处填写的答案不会保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/preview.py" line="129" />
        <source>required</source>
        <translation>必答</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/preview.py" line="129" />
        <source>optional</source>
        <translation>选答</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/preview.py" line="131" />
        <source>at least %1 photos</source>
        <translation>至少 %1 张照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/preview.py" line="133" />
        <source>up to %1 photos</source>
        <translation>最多 %1 张照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/preview.py" line="135" />
        <source>not scored</source>
        <translation>不计分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/preview.py" line="138" />
        <source>shown only after %1</source>
        <translation>仅在 %1 满足条件时显示</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../desktop_app/ui/reports_progress.py" line="89" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_progress.py" line="114" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>KpiDetail</name>
    <message>
        <location filename="../../desktop_app/ui/kpi_detail.py" line="65" />
        <source>Choose a KPI in the table</source>
        <translation>请在表格中选择一个指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_detail.py" line="74" />
        <source>Monthly value</source>
        <translation>月度值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_detail.py" line="74" />
        <source>Planned path</source>
        <translation>计划路径</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_detail.py" line="89" />
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_detail.py" line="89" />
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_detail.py" line="92" />
        <source>Value: %1 (%2)</source>
        <translation>数值：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_detail.py" line="95" />
        <source>Formula: %1</source>
        <translation>计算公式：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_detail.py" line="103" />
        <source>Target %1 by %2 · %3 · forecast at the deadline %4</source>
        <translation>目标 %1，截止 %2 · %3 · 截止日预测值 %4</translation>
    </message>
</context>
<context>
    <name>KpiFormulaActions</name>
    <message>
        <location filename="../../desktop_app/ui/kpi_formula_actions.py" line="84" />
        <source>KPI not saved</source>
        <translation>指标未保存</translation>
    </message>
</context>
<context>
    <name>KpiFormulaDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="58" />
        <source>Edit KPI</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="58" />
        <source>New KPI</source>
        <translation>新建指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="61" />
        <source>e.g. steam_per_t</source>
        <translation>例如 steam_per_t</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="71" />
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="72" />
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="75" />
        <source>e.g. tag.steam_main_total / production</source>
        <translation>例如 tag.steam_main_total / production</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="79" />
        <source>Filter names</source>
        <translation>筛选名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="82" />
        <source>Code (key)</source>
        <translation>代码（键）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="83" />
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="84" />
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="85" />
        <source>Area (Chinese)</source>
        <translation>领域（中文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="86" />
        <source>Area (English)</source>
        <translation>领域（英文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="87" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="88" />
        <source>Which is better</source>
        <translation>优劣方向</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="89" />
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="112" />
        <source>Double-click a name to insert it. tag.…: a counter's consumption in the period, any other tag its mean. Functions: min, max, abs, if_missing(x, fallback).</source>
        <translation>双击名称即可插入。tag.…：累计表取统计期内的用量，其他测点取统计期内的平均值。函数：min、max、abs、if_missing(x, 替代值)。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="167" />
        <source>Write a formula, e.g. fresh_water / production.</source>
        <translation>请输入公式，例如 fresh_water / production。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="168" />
        <source>The formula is too long (%1 characters).</source>
        <translation>公式过长（%1 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="169" />
        <source>The formula is nested too deeply (at most %1 levels).</source>
        <translation>公式嵌套层数过多（最多 %1 层）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="170" />
        <source>“%1” is not expected here.</source>
        <translation>此处不应出现“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="172" />
        <source>There is no function “%1”: use min, max, abs or if_missing.</source>
        <translation>没有函数“%1”：可用 min、max、abs 或 if_missing。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="174" />
        <source>Wrong number of arguments: %1.</source>
        <translation>参数个数不对：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="175" />
        <source>The number %1 is too large.</source>
        <translation>数值 %1 过大。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="176" />
        <source>There is no name “%1”: pick one from the list.</source>
        <translation>没有名称“%1”：请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="177" />
        <source>“%1” is not a unit Qingyuan knows.</source>
        <translation>“%1”不是清源能识别的单位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="178" />
        <source>The units do not fit together: %1.</source>
        <translation>单位不匹配：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="179" />
        <source>%1 has no value.</source>
        <translation>%1 没有数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="180" />
        <source>Division by zero: %1.</source>
        <translation>除数为零：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="181" />
        <source>The KPIs would depend on each other in a loop: %1.</source>
        <translation>指标之间会形成循环引用：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="183" />
        <source>Start with a lower-case letter; then lower-case letters, digits or _ (at most 64).</source>
        <translation>须以小写字母开头，其后只能是小写字母、数字或 _（最多 64 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="185" />
        <source>%1 is the code of a built-in KPI.</source>
        <translation>%1 是内置指标的代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="186" />
        <source>A KPI with the code %1 exists already.</source>
        <translation>代码为 %1 的指标已存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="187" />
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="188" />
        <source>Choose whether lower or higher is better.</source>
        <translation>请选择越低越好还是越高越好。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="190" />
        <source>The KPI %1 reads this one and would no longer fit its own unit.</source>
        <translation>指标 %1 引用了本指标，修改后将与其自身单位不符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="192" />
        <source>Still loading the names; try again in a moment.</source>
        <translation>名称仍在加载中，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="241" />
        <source>Loading the names…</source>
        <translation>正在加载名称…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="249" />
        <source>a plain number</source>
        <translation>纯数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="254" />
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="261" />
        <source>Result: %1</source>
        <translation>结果单位：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="256" />
        <source>Result: %1, which does not fit the declared unit %2.</source>
        <translation>结果单位：%1，与所填单位 %2 不符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="259" />
        <source>Result: a plain number, shown as it is in %1.</source>
        <translation>结果为纯数值，按原值以 %1 显示。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/kpi_formula_dialog.py" line="267" />
        <source>(at character %1)</source>
        <translation>（第 %1 个字符处）</translation>
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
    <name>KpiInputsModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_inputs_model.py" line="25" />
        <source>Qualified output</source>
        <translation>合格产品产量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_inputs_model.py" line="26" />
        <source>Comprehensive energy</source>
        <translation>综合能耗</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_inputs_model.py" line="27" />
        <source>Fresh water</source>
        <translation>新鲜水</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_inputs_model.py" line="28" />
        <source>Solid waste</source>
        <translation>固体废物</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_inputs_model.py" line="29" />
        <source>Main raw materials</source>
        <translation>主要原材料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_inputs_model.py" line="30" />
        <source>Reclaimed water reused</source>
        <translation>中水回用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_inputs_model.py" line="31" />
        <source>Wastewater generated</source>
        <translation>废水产生</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_inputs_model.py" line="32" />
        <source>Packaging used</source>
        <translation>包装材料使用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_inputs_model.py" line="33" />
        <source>Packaging recovered</source>
        <translation>包装材料回收</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_inputs_model.py" line="36" />
        <source>Pollutant load %1</source>
        <translation>污染物排放量 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_inputs_model.py" line="54" />
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_inputs_model.py" line="55" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_inputs_model.py" line="56" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_inputs_model.py" line="65" />
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="140" />
        <source>KPIs and targets</source>
        <translation>指标与目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="142" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="143" />
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="144" />
        <source>Year to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="145" />
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="146" />
        <source>Custom period</source>
        <translation>自定义时段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="150" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="151" />
        <source>Set target…</source>
        <translation>设定目标…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="152" />
        <source>New KPI…</source>
        <translation>新建指标…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="153" />
        <source>Edit formula…</source>
        <translation>编辑公式…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="154" />
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="171" />
        <source>The end is before the start.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="174" />
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="189" />
        <source>%1 KPIs · %2 without a value</source>
        <translation>%1 个指标 · %2 个无数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="219" />
        <source>equivalent value</source>
        <translation>当量值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="221" />
        <source>equal value</source>
        <translation>等价值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="225" />
        <source>Energy per %1: electricity at %2 (%3 kgce/kWh), natural gas %4 kgce/m³.</source>
        <translation>能耗折算依据 %1：电力按%2（%3 kgce/kWh），天然气 %4 kgce/m³。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="266" />
        <source>Sign in as an engineer to set targets.</source>
        <translation>请以工程师身份登录后设定目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/kpis.py" line="296" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>KpiProblemText</name>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="11" />
        <source>A meter already counts this energy carrier; entering it too would count it twice.</source>
        <translation>已有计量表计量该能源品种，再手工录入会重复计算。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="15" />
        <source>The file has too many rows for one import (at most 100,000).</source>
        <translation>文件行数过多，一次最多导入 100,000 行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="18" />
        <source>The file was not found.</source>
        <translation>找不到该文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="19" />
        <source>The file is too large (at most 50 MB).</source>
        <translation>文件过大（最大 50 MB）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="22" />
        <source>Use a CSV (.csv) or Excel (.xlsx) file.</source>
        <translation>请使用 CSV（.csv）或 Excel（.xlsx）文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="25" />
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="26" />
        <source>The file cannot be read (damaged, or not CSV/Excel).</source>
        <translation>无法读取该文件（文件损坏，或不是 CSV/Excel 格式）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="29" />
        <source>Only the demo plant can be given a demo history.</source>
        <translation>只有示范工厂可以生成示范历史数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="32" />
        <source>Choose between 1 and 3,660 days.</source>
        <translation>请选择 1 到 3,660 天。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="35" />
        <source>The KPI has no value in the baseline period.</source>
        <translation>该指标在基准期内没有数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="38" />
        <source>The natural-gas coefficient must lie between 1.1000 and 1.3300 kgce/m³.</source>
        <translation>天然气折标系数必须在 1.1000 到 1.3300 kgce/m³ 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="42" />
        <source>Choose this year's natural-gas coefficient.</source>
        <translation>请选择本年度的天然气折标系数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="45" />
        <source>Enter this year's equal value of electricity (kgce/kWh).</source>
        <translation>请输入本年度电力等价值（kgce/kWh）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="48" />
        <source>The equal value of electricity must lie between 0.25 and 0.40 kgce/kWh.</source>
        <translation>电力等价值必须在 0.25 到 0.40 kgce/kWh 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="52" />
        <source>A coefficient must be above 0.</source>
        <translation>折标系数必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="55" />
        <source>Choose a year between 1990 and 2200.</source>
        <translation>请选择 1990 到 2200 之间的年份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="58" />
        <source>Name the item (product, material, waste type...).</source>
        <translation>请填写项目名称（产品、原料、废物种类等）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="61" />
        <source>Choose an energy carrier from the list.</source>
        <translation>请从列表中选择能源品种。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="64" />
        <source>A quantity cannot be negative.</source>
        <translation>数量不能为负。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="67" />
        <source>This unit does not fit the category (e.g. kWh for a mass).</source>
        <translation>该单位与类别不符（例如质量类别用了 kWh）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="70" />
        <source>Unknown unit.</source>
        <translation>未知单位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="71" />
        <source>The unit cannot be read.</source>
        <translation>无法识别该单位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="72" />
        <source>Choose the KPI.</source>
        <translation>请选择指标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="73" />
        <source>Enter a baseline value.</source>
        <translation>请输入基线值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="76" />
        <source>A change in % needs a baseline other than 0; enter the target as a value.</source>
        <translation>按百分比设定目标需要非零的基线值；请直接输入目标值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="80" />
        <source>Enter the change in %.</source>
        <translation>请输入变化百分比。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="81" />
        <source>Enter a target value.</source>
        <translation>请输入目标值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="82" />
        <source>The target must be better than the baseline.</source>
        <translation>目标值必须优于基线值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="85" />
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="88" />
        <source>The deadline must come after the start.</source>
        <translation>截止日期必须晚于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="91" />
        <source>Name the responsible department or person.</source>
        <translation>请填写责任部门或负责人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="94" />
        <source>Start with a lower-case letter; then lower-case letters, digits or _ (at most 64).</source>
        <translation>须以小写字母开头，其后只能是小写字母、数字或 _（最多 64 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="98" />
        <source>%1 is the code of a built-in KPI.</source>
        <translation>%1 是内置指标的代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="101" />
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="102" />
        <source>Choose whether lower or higher is better.</source>
        <translation>请选择越低越好还是越高越好。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="105" />
        <source>“%1” is not a unit Qingyuan knows.</source>
        <translation>“%1”不是清源能识别的单位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="108" />
        <source>The units do not fit together: %1.</source>
        <translation>单位不匹配：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="111" />
        <source>The KPI %1 reads this one and would no longer fit its own unit.</source>
        <translation>指标 %1 引用了本指标，修改后将与其自身单位不符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="114" />
        <source>The KPI is used by %1; change or delete those first.</source>
        <translation>该指标被 %1 引用，请先修改或删除它们。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="117" />
        <source>This KPI has an active target; retire the target first.</source>
        <translation>该指标有生效中的目标，请先撤销目标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="120" />
        <source>The KPIs would depend on each other in a loop: %1.</source>
        <translation>指标之间会形成循环引用：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="123" />
        <source>Division by zero: %1.</source>
        <translation>除数为零：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="124" />
        <source>%1 has no value.</source>
        <translation>%1 没有数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="125" />
        <source>There is no name “%1”: pick one from the list.</source>
        <translation>没有名称“%1”：请从列表中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="128" />
        <source>“%1” is not expected here.</source>
        <translation>此处不应出现“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="129" />
        <source>There is no function “%1”: use min, max, abs or if_missing.</source>
        <translation>没有函数“%1”：可用 min、max、abs 或 if_missing。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="132" />
        <source>Wrong number of arguments: %1.</source>
        <translation>参数个数不对：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="135" />
        <source>Write a formula, e.g. fresh_water / production.</source>
        <translation>请输入公式，例如 fresh_water / production。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="138" />
        <source>The formula is too long (%1 characters).</source>
        <translation>公式过长（%1 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="141" />
        <source>Too few complete periods in the baseline period (at least 6 are needed).</source>
        <translation>基准期内数据完整的周期太少（至少需要 6 个）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_problem_text.py" line="145" />
        <source>Production hardly varies in the baseline period: no line can be fitted.</source>
        <translation>基准期内产量几乎没有变化，无法拟合回归线。</translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="38" />
        <source>On track</source>
        <translation>进展正常</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="39" />
        <source>At risk</source>
        <translation>存在风险</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="40" />
        <source>Missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="41" />
        <source>Achieved</source>
        <translation>已达成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="42" />
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="50" />
        <source>Missing inputs: %1</source>
        <translation>缺少输入数据：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="54" />
        <source>The denominator is 0 in this period (no production?).</source>
        <translation>本期分母为 0（没有产量？）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="58" />
        <source>Choose the natural-gas coefficient for this year (Energy accounting…).</source>
        <translation>请选择本年度的天然气折标系数（能源核算…）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="63" />
        <source>Enter this year's equal value of electricity (Energy accounting…).</source>
        <translation>请输入本年度电力等价值（能源核算…）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="67" />
        <source>Not computed: %1</source>
        <translation>未能计算：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="100" />
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="101" />
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="102" />
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="103" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="104" />
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="105" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="107" />
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="108" />
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/kpi_models.py" line="106" />
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
</context>
<context>
    <name>KpiTabs</name>
    <message>
        <location filename="../../desktop_app/ui/kpi_tabs.py" line="44" />
        <source>Records ledger</source>
        <translation>台账记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_tabs.py" line="49" />
        <source>Energy baseline</source>
        <translation>能源基准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kpi_tabs.py" line="53" />
        <source>Cleaner-production evaluation</source>
        <translation>清洁生产评价</translation>
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
        <location filename="../../desktop_app/ui/main_window.py" line="175" />
        <source>Qingyuan — %1</source>
        <translation>清源 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="177" />
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="178" />
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="179" />
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="180" />
        <source>Instruments</source>
        <translation>仪表</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="181" />
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="182" />
        <source>KPIs</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="183" />
        <source>Audits</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="184" />
        <source>Actions</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="185" />
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="186" />
        <source>Projects</source>
        <translation>改进方案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="187" />
        <source>PDCA reviews</source>
        <translation>PDCA 评审</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="188" />
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="189" />
        <source>Reports &amp; export</source>
        <translation>报告与导出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="190" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="191" />
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="206" />
        <source>Welcome to Qingyuan</source>
        <translation>欢迎使用清源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="208" />
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
        <location filename="../../desktop_app/ui/main_window.py" line="231" />
        <source>Stored %1 · waiting %2 · lost %3</source>
        <translation>已存储 %1 · 待写入 %2 · 丢失 %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="243" />
        <source>%1 (%2) · Sign out</source>
        <translation>%1（%2）· 退出登录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="248" />
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
    <name>NewReviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="77" />
        <source>New PDCA review</source>
        <translation>新建 PDCA 评审</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="84" />
        <source>Default: the quarter or the dates</source>
        <translation>默认：季度或起止日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="86" />
        <source>Last quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="87" />
        <source>This quarter so far</source>
        <translation>本季度至今</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="97" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="98" />
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="99" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>NextTargetDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="171" />
        <source>Next period's target: %1</source>
        <translation>下期目标：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="182" />
        <source>No next target (clear)</source>
        <translation>不设下期目标（清除）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="183" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="184" />
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>NumberAnswer</name>
    <message>
        <location filename="../../widgets/checklist/number_answer.py" line="97" />
        <source>Limits: %1 – %2</source>
        <translation>限值：%1 – %2</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/number_answer.py" line="99" />
        <source>Lower limit: %1</source>
        <translation>下限：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/number_answer.py" line="101" />
        <source>Upper limit: %1</source>
        <translation>上限：%1</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/number_answer.py" line="103" />
        <source>No limits: the value is recorded, not judged</source>
        <translation>无限值：仅记录数值，不作判定</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/number_answer.py" line="107" />
        <source>Enter the value</source>
        <translation>输入数值</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/number_answer.py" line="127" />
        <source>Not a number</source>
        <translation>不是有效数字</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/number_answer.py" line="130" />
        <source>⚠ Below the lower limit %1</source>
        <translation>⚠ 低于下限 %1</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/number_answer.py" line="134" />
        <source>⚠ Above the upper limit %1</source>
        <translation>⚠ 超过上限 %1</translation>
    </message>
</context>
<context>
    <name>OptionsModel</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor/options_model.py" line="57" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/options_model.py" line="58" />
        <source>Text (Chinese)</source>
        <translation>文字（中文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/options_model.py" line="59" />
        <source>Text (English)</source>
        <translation>文字（英文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/options_model.py" line="60" />
        <source>Score (0–1)</source>
        <translation>得分（0–1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/options_model.py" line="61" />
        <source>Finding</source>
        <translation>问题项</translation>
    </message>
</context>
<context>
    <name>OutlinePane</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor/outline.py" line="32" />
        <source>Remove the section?</source>
        <translation>删除该部分？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/outline.py" line="33" />
        <source>The section and its %1 items will be removed.</source>
        <translation>将删除该部分及其中的 %1 道题目。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/outline.py" line="99" />
        <source>Add section</source>
        <translation>添加部分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/outline.py" line="100" />
        <source>Add item</source>
        <translation>添加题目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/outline.py" line="101" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/outline.py" line="102" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/outline.py" line="103" />
        <source>Move down</source>
        <translation>下移</translation>
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
    <name>PackageText</name>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="23" />
        <source>This file is not a Qingyuan run package.</source>
        <translation>此文件不是清源巡检数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="24" />
        <source>The package is damaged and cannot be read (%1).</source>
        <translation>数据包已损坏，无法读取（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="25" />
        <source>The package was changed after it was exported: a file no longer matches its checksum (%1). Nothing was imported.</source>
        <translation>数据包在导出后被改动过：有文件与其校验值不符（%1）。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="30" />
        <source>The package holds a file name that could write outside the data folder (%1). It is refused.</source>
        <translation>数据包中有文件名可能写到数据文件夹之外（%1），已拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="35" />
        <source>The package is too large or expands too much when unpacked (%1).</source>
        <translation>数据包过大，或解压后体积过大（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="38" />
        <source>The package was made by a newer version of Qingyuan (%1). Update first.</source>
        <translation>数据包由更新版本的清源生成（%1）。请先升级软件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="41" />
        <source>Template %1 is installed here with different content. The package is not imported.</source>
        <translation>本机已安装的检查表模板 %1 内容与数据包中的不同。未导入该数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="45" />
        <source>Run %1 is an unfinished draft on this computer; the completed run in the package does not replace it. The package is not imported.</source>
        <translation>巡检记录 %1 在本机是未完成的草稿，数据包中的已完成记录不会替换它。未导入该数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="50" />
        <source>Run %1 is here with different answers. A completed run never changes, so the package is not imported.</source>
        <translation>本机的巡检记录 %1 与数据包中的答案不同。已完成的巡检记录不会被修改，因此未导入该数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="55" />
        <source>An identifier in the package (%1) belongs to another record here. The package is not imported.</source>
        <translation>数据包中的标识（%1）在本机属于另一条记录。未导入该数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="60" />
        <source>A conflict is resolved by keeping ours or taking theirs (%1).</source>
        <translation>冲突只能通过“保留本机版本”或“采用数据包版本”解决（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="63" />
        <source>Run %1 is not finished: only completed runs can be exported.</source>
        <translation>巡检记录 %1 尚未完成：只能导出已完成的巡检记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="66" />
        <source>There is no run %1.</source>
        <translation>不存在巡检记录 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="67" />
        <source>There is no corrective action %1.</source>
        <translation>不存在整改措施 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="68" />
        <source>Choose at least one completed run.</source>
        <translation>请至少选择一条已完成的巡检记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="69" />
        <source>A photo or evidence file is missing from the data folder: %1</source>
        <translation>数据文件夹中缺少照片或佐证文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="72" />
        <source>A photo no longer matches the checksum stored with it: %1</source>
        <translation>照片与其保存的校验值不符：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="87" />
        <source>The file cannot be read or written: %1</source>
        <translation>文件无法读取或写入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="95" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="96" />
        <source>Done by</source>
        <translation>完成人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/package_text.py" line="97" />
        <source>Verified by</source>
        <translation>验证人</translation>
    </message>
</context>
<context>
    <name>PhotoOnlyAnswer</name>
    <message>
        <location filename="../../widgets/checklist/signature_answer.py" line="129" />
        <source>Answer this item with photos: use the buttons below.</source>
        <translation>本项以照片作答：请使用下方按钮拍照或选择照片。</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../widgets/checklist/photo_strip.py" line="196" />
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/photo_strip.py" line="197" />
        <source>From file…</source>
        <translation>从文件选择…</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/photo_strip.py" line="198" />
        <source>Saving photo…</source>
        <translation>正在保存照片…</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/photo_strip.py" line="205" />
        <source>Photos: %1 of at most %2</source>
        <translation>照片：%1 张（最多 %2 张）</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/photo_strip.py" line="210" />
        <source>%1 more required</source>
        <translation>还需 %1 张</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/photo_strip.py" line="212" />
        <source>required photos taken ✓</source>
        <translation>必需照片已齐 ✓</translation>
    </message>
</context>
<context>
    <name>PhotoTile</name>
    <message>
        <location filename="../../widgets/checklist/photo_strip.py" line="78" />
        <source>Remove?</source>
        <translation>确认删除？</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/photo_strip.py" line="83" />
        <source>✕ Remove</source>
        <translation>✕ 删除</translation>
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
    <name>ProblemText</name>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="17" />
        <location filename="../../desktop_app/ui/problem_text.py" line="108" />
        <source>A name is required.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="18" />
        <source>Use letters, digits, '_', '.' or '-', starting with a letter.</source>
        <translation>请使用字母、数字、“_”、“.”或“-”，并以字母开头。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="21" />
        <source>This name is already used.</source>
        <translation>该名称已被使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="22" />
        <source>Enter a serial port such as COM3 or /dev/ttyUSB0.</source>
        <translation>请输入串口，例如 COM3 或 /dev/ttyUSB0。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="25" />
        <source>Choose a standard baud rate.</source>
        <translation>请选择标准波特率。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="26" />
        <source>Parity must be N, E or O.</source>
        <translation>校验位必须为 N、E 或 O。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="27" />
        <source>Stop bits must be 1 or 2.</source>
        <translation>停止位必须为 1 或 2。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="28" />
        <source>Data bits must be 7 or 8.</source>
        <translation>数据位必须为 7 或 8。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="29" />
        <source>Enter the IP address or host name of the device or gateway.</source>
        <translation>请输入设备或网关的 IP 地址或主机名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="32" />
        <source>The TCP port must be between 1 and 65535.</source>
        <translation>TCP 端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="35" />
        <source>The timeout must be between 0.05 and 30 seconds.</source>
        <translation>超时时间必须在 0.05 到 30 秒之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="38" />
        <source>The delay between requests must be between 0 and 5 seconds.</source>
        <translation>请求间隔必须在 0 到 5 秒之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="41" />
        <source>Retries must be between 0 and 5.</source>
        <translation>重试次数必须在 0 到 5 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="44" />
        <source>The Modbus unit id must be between 1 and 247 (255 for TCP devices).</source>
        <translation>Modbus 站号必须在 1 到 247 之间（TCP 设备可用 255）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="47" />
        <source>Another device on this bus already uses this unit id.</source>
        <translation>此总线上已有设备使用该站号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="50" />
        <source>The interval must be between 0.1 s and 1 day.</source>
        <translation>周期必须在 0.1 秒到 1 天之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="53" />
        <source>The unit may have at most 32 characters.</source>
        <translation>单位最多 32 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="56" />
        <source>Name the field of the instrument's message that holds the value.</source>
        <translation>请填写仪表报文中存放该值的字段名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="59" />
        <source>Choose the register table of the value.</source>
        <translation>请选择该值所在的寄存器区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="62" />
        <source>The address must be between 0 and 65535.</source>
        <translation>地址必须在 0 到 65535 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="65" />
        <source>The value would run past register 65535.</source>
        <translation>该值会超出寄存器 65535。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="68" />
        <source>Coils and discrete inputs hold single bits: use the bool type.</source>
        <translation>线圈和离散输入只存单个位：请使用 bool 类型。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="71" />
        <source>Choose a bit between 0 and 15.</source>
        <translation>请选择 0 到 15 之间的位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="72" />
        <source>A string occupies 1 to 125 registers.</source>
        <translation>字符串占用 1 到 125 个寄存器。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="75" />
        <source>Only numbers can be counters.</source>
        <translation>只有数值才能作为累计量。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="78" />
        <source>Enter a finite number.</source>
        <translation>请输入有限数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="79" />
        <source>The scale factor may not be 0.</source>
        <translation>系数不能为 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="80" />
        <source>The deadband must be 0 or more.</source>
        <translation>死区必须大于或等于 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="83" />
        <source>Only counters roll over, at a value above 0.</source>
        <translation>只有累计量才有翻转值，且必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="86" />
        <source>Only counters have a largest rise, and it must be above 0.</source>
        <translation>只有累计量才有最大增量，且必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="89" />
        <source>A meter reading cannot be negative.</source>
        <translation>表计读数不能为负。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="92" />
        <source>Only a cumulative counter has a meter to replace.</source>
        <translation>只有累计量测点才能记录换表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="95" />
        <source>A meter replacement is already recorded at this time.</source>
        <translation>该时刻已记录过一次换表。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="98" />
        <source>This tag has stored readings: disable it instead of deleting it.</source>
        <translation>该测点已有存储读数：请停用而不是删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="101" />
        <source>It no longer exists; another user may have removed it.</source>
        <translation>该对象已不存在，可能已被其他用户删除。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="104" />
        <source>No site is configured.</source>
        <translation>尚未配置站点。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="105" />
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="109" />
        <source>Choose a model.</source>
        <translation>请选择型号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="110" />
        <source>Choose the reading.</source>
        <translation>请选择读数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="111" />
        <source>A correction needs a reason; it is kept in the change log.</source>
        <translation>修正必须填写原因，原因将记入变更记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="114" />
        <source>A reading exists at that time: correct it instead.</source>
        <translation>该时间已有读数：请改用修正。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="117" />
        <source>There is no reading at that time.</source>
        <translation>该时间没有读数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="120" />
        <source>The time lies in the future.</source>
        <translation>该时间在未来。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="121" />
        <source>Profiles describe Modbus devices: choose a Modbus bus.</source>
        <translation>设备模板描述的是 Modbus 设备：请选择 Modbus 总线。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="124" />
        <source>Keep raw readings at least %1 days: corrections and audits of recent months need them.</source>
        <translation>原始读数至少保留 %1 天：数据更正和近几个月的审核需要用到它们。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="129" />
        <source>Keep raw readings at most %1 days, or choose to keep all.</source>
        <translation>原始读数最多保留 %1 天，或选择“全部保留”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="132" />
        <source>Enter a size in GB above 0.</source>
        <translation>请输入大于 0 的容量（GB）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="136" />
        <source>Not accepted: %1</source>
        <translation>不被接受：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="143" />
        <source>Your role (%1) does not allow this. Sign in as an engineer or administrator.</source>
        <translation>您的角色（%1）无权执行此操作。请以工程师或管理员身份登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="152" />
        <source>The operation failed: %1</source>
        <translation>操作失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="160" />
        <source>The file is not UTF-8 text.</source>
        <translation>文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="161" />
        <source>The file is not valid JSON.</source>
        <translation>文件不是有效的 JSON。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="162" />
        <source>The file is too large.</source>
        <translation>文件过大。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="163" />
        <source>The file is nested too deeply.</source>
        <translation>文件嵌套层级过深。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="164" />
        <source>The file was made by a newer version of Qingyuan.</source>
        <translation>该文件由更新版本的清源生成。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="167" />
        <source>A required entry is missing.</source>
        <translation>缺少必填项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="168" />
        <source>An entry is not part of the profile format (misspelt?).</source>
        <translation>存在不属于模板格式的条目（是否拼写错误？）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="171" />
        <source>A value is not allowed here.</source>
        <translation>此处的取值不被允许。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="172" />
        <source>Two tags have the same key.</source>
        <translation>两个测点的标识相同。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="173" />
        <source>Two tags use the same registers.</source>
        <translation>两个测点占用了相同的寄存器。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="174" />
        <source>The profile has too many tags.</source>
        <translation>模板中的测点过多。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="177" />
        <source>A built-in profile with the same id is as new or newer.</source>
        <translation>已有同一标识且版本不低于它的内置模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="180" />
        <source>A newer version of this profile is already installed.</source>
        <translation>已安装该模板的更新版本。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/problem_text.py" line="183" />
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
    <name>ProjectDetail</name>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="135" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="136" />
        <source>Economics</source>
        <translation>经济效益</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="137" />
        <source>Cumulative discounted cash flow</source>
        <translation>累计折现现金流</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="138" />
        <source>Realised vs promised energy savings</source>
        <translation>实际节能与预期节能对比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="140" />
        <source>Total investment</source>
        <translation>总投资</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="141" />
        <source>Annual savings</source>
        <translation>年节约</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="142" />
        <source>Annual new revenue</source>
        <translation>年新增收益</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="143" />
        <source>ROI (benefit ÷ investment)</source>
        <translation>投资回报率（年效益 ÷ 投资）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="144" />
        <source>Simple payback</source>
        <translation>静态投资回收期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="145" />
        <source>NPV</source>
        <translation>净现值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="146" />
        <source>IRR</source>
        <translation>内部收益率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="151" />
        <source>Promised</source>
        <translation>预期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="152" />
        <source>Realised (meters)</source>
        <translation>实际（计量）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="153" />
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="154" />
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="168" />
        <source>Select an option to see its economics.</source>
        <translation>选择一个方案以查看其经济效益。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="190" />
        <source>%1 years at %2 %</source>
        <translation>%1 年，折现率 %2 %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="198" />
        <source>The figures cannot be evaluated.</source>
        <translation>无法计算经济指标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="215" />
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="216" />
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="249" />
        <source>Whole site, %1 days after the implementation (%2 – %3) against the production-normalised baseline of %4 days before it (R² %5): %6 saved, %7 % of the expected energy.</source>
        <translation>全厂口径：实施后 %1 天（%2 – %3）与实施前 %4 天按产量归一化的能源基准（R² %5）对比，节约 %6，占预期能耗的 %7 %。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_detail.py" line="263" />
        <source>Money at the price the promise implies: %1 CNY/kgce.</source>
        <translation>金额按预期节能推算的单价计：%1 元/kgce。</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="66" />
        <source>Edit option</source>
        <translation>编辑方案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="66" />
        <source>New option</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="93" />
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="95" />
        <source>yr</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="96" />
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="98" />
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="97" />
        <source>CNY/kgce</source>
        <translation>元/kgce</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="99" />
        <source>Option number</source>
        <translation>方案编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="100" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="101" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="102" />
        <source>Cost class</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="103" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="104" />
        <source>Source reference</source>
        <translation>来源说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="105" />
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="106" />
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="107" />
        <source>Economic life</source>
        <translation>经济寿命</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="108" />
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="109" />
        <source>Energy it saves</source>
        <translation>预期节能量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="110" />
        <source>Energy price</source>
        <translation>能源单价</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="115" />
        <source>Kind</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="115" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="115" />
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="115" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="132" />
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="132" />
        <source>Expected change</source>
        <translation>预期变化</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="132" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="135" />
        <source>Add effect</source>
        <translation>添加影响</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="137" />
        <source>Remove effect</source>
        <translation>删除影响</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="140" />
        <source>Investment once; savings and revenue per year (CNY/yr).</source>
        <translation>投资为一次性金额；节约与收益按年计（元/年）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="141" />
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/project_dialog.py" line="143" />
        <source>Expected effects on KPIs (negative = lower)</source>
        <translation>对指标的预期影响（负数表示降低）</translation>
    </message>
</context>
<context>
    <name>ProjectModels</name>
    <message>
        <location filename="../../desktop_app/ui/models/project_models.py" line="63" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/project_models.py" line="64" />
        <source>Option</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/project_models.py" line="65" />
        <source>Cost class</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/project_models.py" line="66" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/project_models.py" line="67" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/project_models.py" line="68" />
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/project_models.py" line="69" />
        <source>Annual benefit</source>
        <translation>年效益</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/project_models.py" line="70" />
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/project_models.py" line="71" />
        <source>Payback</source>
        <translation>回收期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/project_models.py" line="72" />
        <source>NPV</source>
        <translation>净现值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/project_models.py" line="73" />
        <source>IRR</source>
        <translation>内部收益率</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/project_models.py" line="128" />
        <source>Kind</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/project_models.py" line="129" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/project_models.py" line="130" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>ProjectText</name>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="41" />
        <source>CNY/yr</source>
        <translation>元/年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="41" />
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="50" />
        <location filename="../../desktop_app/ui/project_text.py" line="54" />
        <source>yr</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="61" />
        <source>Propose again</source>
        <translation>重新提出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="62" />
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="63" />
        <source>Start implementing</source>
        <translation>开始实施</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="64" />
        <source>Mark implemented…</source>
        <translation>标记为已实施…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="65" />
        <source>Drop</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="72" />
        <source>Realised savings are judged once the option is implemented.</source>
        <translation>方案实施后才能核定实际节能效果。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="75" />
        <source>The implementation date is missing.</source>
        <translation>缺少实施日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="76" />
        <source>There are no energy or production data yet.</source>
        <translation>尚无能源或产量数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="77" />
        <source>Too few days with energy and production before the implementation date to fit a baseline (at least 6).</source>
        <translation>实施日期之前同时有能源和产量数据的天数太少，无法建立能源基准（至少 6 天）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="82" />
        <source>Production did not vary before the implementation date.</source>
        <translation>实施日期之前产量没有变化，无法建立能源基准。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="85" />
        <source>The baseline cannot be fitted (collinear).</source>
        <translation>无法建立能源基准（变量共线）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="86" />
        <source>No whole day with energy and production after the implementation yet.</source>
        <translation>实施后尚无完整一天的能源和产量数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="89" />
        <source>No energy price: enter CNY/kgce, or an energy saving and the kgce it promises.</source>
        <translation>缺少能源单价：请填写元/kgce，或填写节能金额及其对应的预期节能量。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="99" />
        <source>This step is not possible from the status.</source>
        <translation>当前状态下不能进行此操作。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="100" />
        <source>Enter the day the option went into service.</source>
        <translation>请填写方案投入运行的日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="101" />
        <source>The implementation date is in the future.</source>
        <translation>实施日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="102" />
        <source>Enter the option's number.</source>
        <translation>请填写方案编号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="103" />
        <source>Another option already has number %1.</source>
        <translation>编号 %1 已被其他方案使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="104" />
        <source>Enter a title for the option.</source>
        <translation>请填写方案名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="105" />
        <source>The text is too long (at most %1 characters).</source>
        <translation>文字过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="106" />
        <source>The life must be 1 to %1 years.</source>
        <translation>经济寿命应为 1 至 %1 年。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="107" />
        <source>The discount rate must be 0 to 100 %.</source>
        <translation>折现率应在 0 至 100 % 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="108" />
        <source>The energy price must be above 0.</source>
        <translation>能源单价必须大于 0。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="109" />
        <source>Amounts cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="110" />
        <source>Unknown category: %1.</source>
        <translation>未知类别：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="111" />
        <source>A category is entered twice: %1.</source>
        <translation>类别重复填写：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="112" />
        <source>Choose the KPI of every expected effect.</source>
        <translation>请为每一项预期影响选择指标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="113" />
        <source>The option no longer exists: %1.</source>
        <translation>方案已不存在：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/project_text.py" line="114" />
        <source>There is no such status: %1.</source>
        <translation>没有这种状态：%1。</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/projects.py" line="110" />
        <source>Improvement projects</source>
        <translation>清洁生产方案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/projects.py" line="111" />
        <source>Cost class</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/projects.py" line="112" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/projects.py" line="113" />
        <source>New option…</source>
        <translation>新建方案…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/projects.py" line="125" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/projects.py" line="183" />
        <source>%1 options shown · investment %2 · annual benefit %3 (dropped not counted)</source>
        <translation>显示 %1 个方案 · 投资 %2 · 年效益 %3（不含已放弃方案）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/projects.py" line="235" />
        <source>Sign in as an engineer or administrator.</source>
        <translation>请以工程师或管理员身份登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/projects.py" line="273" />
        <source>Implemented</source>
        <translation>已实施</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/projects.py" line="285" />
        <source>In service since</source>
        <translation>投入运行日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/projects.py" line="345" />
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/projects.py" line="348" />
        <source>Not loaded</source>
        <translation>未能读取</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="246" />
        <source>Record purchase</source>
        <translation>登记采购</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="258" />
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="261" />
        <source>t, kg, pcs…</source>
        <translation>t、kg、个…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="272" />
        <source>Green certified (counts towards the green ratio)</source>
        <translation>绿色认证（计入绿色采购比例）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="275" />
        <source>Certificate or label number</source>
        <translation>证书或标志编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="276" />
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="277" />
        <source>Bought on</source>
        <translation>采购日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="278" />
        <source>Item</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="279" />
        <source>Quantity and unit</source>
        <translation>数量和单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="280" />
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="281" />
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="282" />
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
</context>
<context>
    <name>PurchasesPanel</name>
    <message>
        <location filename="../../desktop_app/ui/supplier_purchases.py" line="116" />
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_purchases.py" line="117" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_purchases.py" line="118" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_purchases.py" line="119" />
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_purchases.py" line="120" />
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_purchases.py" line="121" />
        <source>Record purchase…</source>
        <translation>登记采购…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_purchases.py" line="122" />
        <source>Delete purchase</source>
        <translation>删除采购</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_purchases.py" line="124" />
        <source>Green procurement ratio (green-certified amount / all purchases)</source>
        <translation>绿色采购比例（绿色认证采购金额 / 全部采购金额）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_purchases.py" line="181" />
        <source>No purchases from %1 to %2: there is no ratio to show.</source>
        <translation>%1 至 %2 没有采购记录，无法计算比例。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_purchases.py" line="187" />
        <source>%1 green-certified of %2 bought · %3 of %4 purchases · %5 to %6</source>
        <translation>采购总额 %2 中绿色认证 %1 · %4 笔采购中 %3 笔 · %5 至 %6</translation>
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
    <name>RaiseActionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="128" />
        <source>Raise a corrective action</source>
        <translation>提出整改措施</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="135" />
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="143" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="148" />
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="149" />
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="150" />
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/review_dialog.py" line="151" />
        <source>For KPI</source>
        <translation>针对指标</translation>
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
    <name>RecordDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_dialog.py" line="119" />
        <source>Change a record</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_dialog.py" line="119" />
        <source>Add a record</source>
        <translation>新增记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_dialog.py" line="139" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_dialog.py" line="140" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_dialog.py" line="141" />
        <source>Item</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_dialog.py" line="142" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_dialog.py" line="143" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_dialog.py" line="144" />
        <source>Counted as</source>
        <translation>折算为</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_dialog.py" line="145" />
        <source>Line</source>
        <translation>产线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_dialog.py" line="146" />
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_dialog.py" line="147" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_dialog.py" line="149" />
        <source>Reason for the change (required)</source>
        <translation>修改原因（必填）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_dialog.py" line="249" />
        <source>Type a name or choose one used before</source>
        <translation>输入名称，或选择已用过的名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_dialog.py" line="290" />
        <source>%1 in the KPIs</source>
        <translation>指标中计为 %1</translation>
    </message>
</context>
<context>
    <name>RecordImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_import_dialog.py" line="123" />
        <location filename="../../desktop_app/ui/dialogs/record_import_dialog.py" line="191" />
        <source>Import records</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_import_dialog.py" line="125" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_import_dialog.py" line="127" />
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_import_dialog.py" line="131" />
        <source>One header row, then one record per row: date, category, item, quantity, unit; optionally line, shift and note. Chinese headers and category names are accepted. Layout and a sample sheet: docs/records-import.md.</source>
        <translation>第一行为表头，之后每行一条记录：日期、类别、项目、数量、单位；可选产线、班次、备注。表头和类别可用中文。格式说明与示例表格见 docs/records-import.md。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_import_dialog.py" line="154" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_import_dialog.py" line="158" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_import_dialog.py" line="193" />
        <source>Records sheets (*.csv *.xlsx)</source>
        <translation>记录表格 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_import_dialog.py" line="206" />
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_import_dialog.py" line="254" />
        <source>%1 good row(s), %2 row(s) with problems (below). Nothing is imported from a sheet with problems unless you choose to skip the bad rows; or fix the sheet and choose it again.</source>
        <translation>%1 行正确，%2 行有问题（见下表）。表格有问题时不会导入任何数据，除非您选择跳过错误行；也可以修改表格后重新选择。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_import_dialog.py" line="264" />
        <source>%1 good row(s) ready to import.</source>
        <translation>%1 行数据无误，可以导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_import_dialog.py" line="276" />
        <location filename="../../desktop_app/ui/dialogs/record_import_dialog.py" line="336" />
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_import_dialog.py" line="298" />
        <source>Importing %1 row(s)…</source>
        <translation>正在导入 %1 行…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_import_dialog.py" line="331" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/record_import_dialog.py" line="357" />
        <source>Import %1 good row(s), skip %2 bad row(s)</source>
        <translation>导入 %1 行正确数据，跳过 %2 行错误数据</translation>
    </message>
</context>
<context>
    <name>RecordProblemText</name>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="27" />
        <source>Qualified output</source>
        <translation>合格产品产量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="28" />
        <source>Raw material consumed</source>
        <translation>原材料消耗</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="29" />
        <source>Fresh water withdrawn</source>
        <translation>新鲜水取用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="30" />
        <source>Reclaimed water reused</source>
        <translation>中水回用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="31" />
        <source>Wastewater generated</source>
        <translation>废水产生</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="32" />
        <source>General industrial solid waste</source>
        <translation>一般工业固废</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="35" />
        <source>Hazardous waste</source>
        <translation>危险废物</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="36" />
        <source>Packaging used</source>
        <translation>包装材料使用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="37" />
        <source>Packaging recovered</source>
        <translation>包装材料回收</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="38" />
        <source>Pollutant discharged</source>
        <translation>污染物排放量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="39" />
        <source>Energy purchased</source>
        <translation>外购能源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="40" />
        <source>Energy produced on site</source>
        <translation>自产能源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="41" />
        <source>Energy sold</source>
        <translation>外销能源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="49" />
        <source>Electricity</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="50" />
        <source>Raw coal</source>
        <translation>原煤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="51" />
        <source>Washed coal</source>
        <translation>洗精煤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="52" />
        <source>Coke</source>
        <translation>焦炭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="53" />
        <source>Crude oil</source>
        <translation>原油</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="54" />
        <source>Fuel oil</source>
        <translation>燃料油</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="55" />
        <source>Gasoline</source>
        <translation>汽油</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="56" />
        <source>Kerosene</source>
        <translation>煤油</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="57" />
        <source>Diesel</source>
        <translation>柴油</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="58" />
        <source>Liquefied petroleum gas</source>
        <translation>液化石油气</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="59" />
        <source>Refinery dry gas</source>
        <translation>炼厂干气</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="60" />
        <source>Natural gas</source>
        <translation>天然气</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="61" />
        <source>Coke-oven gas</source>
        <translation>焦炉煤气</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="62" />
        <source>Heat</source>
        <translation>热力</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="63" />
        <source>Steam</source>
        <translation>蒸汽</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="64" />
        <source>Fresh water (new water)</source>
        <translation>新水</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="65" />
        <source>Softened water</source>
        <translation>软化水</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="66" />
        <source>Compressed air</source>
        <translation>压缩空气</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="67" />
        <source>Oxygen</source>
        <translation>氧气</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="87" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="88" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="89" />
        <source>Item</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="90" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="91" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="92" />
        <source>Line</source>
        <translation>产线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="93" />
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="94" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="101" />
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="103" />
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="105" />
        <source>Demo data</source>
        <translation>示范数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="117" />
        <source>'%1' is not a date: write 2024-03-15, 2024/3/15 or 2024年3月15日.</source>
        <translation>“%1”不是日期：请写成 2024-03-15、2024/3/15 或 2024年3月15日。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="120" />
        <source>Unknown category '%1': use a code or Chinese name from docs/records-import.md.</source>
        <translation>未知类别“%1”：请使用 docs/records-import.md 中的类别代码或中文名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="124" />
        <source>'%1' is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="125" />
        <source>The header row has no column '%1'.</source>
        <translation>表头中缺少“%1”列。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="126" />
        <source>A quantity cannot be negative (%1).</source>
        <translation>数量不能为负数（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="127" />
        <source>Enter a finite number.</source>
        <translation>请输入有限数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="128" />
        <source>Unknown unit '%1'.</source>
        <translation>未知单位“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="129" />
        <source>'%1' cannot be converted to the unit of this category.</source>
        <translation>“%1”无法换算为该类别的单位。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="132" />
        <source>'%1' is not a well-formed unit.</source>
        <translation>“%1”不是有效的单位写法。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="133" />
        <source>The unit is too long.</source>
        <translation>单位过长。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="134" />
        <source>Name the item: product, material, waste type, pollutant or carrier.</source>
        <translation>请填写项目：产品、原料、废物种类、污染物或能源品种。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="138" />
        <source>Unknown energy carrier '%1': use a carrier code from docs/records-import.md.</source>
        <translation>未知能源品种“%1”：请使用 docs/records-import.md 中的能源代码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="142" />
        <source>A boundary meter already measures this carrier (%1): entering its purchase too would count it twice.</source>
        <translation>该能源品种（%1）已有进厂计量表计量：再录入外购量会重复计算。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="147" />
        <source>A reason is required; it is kept in the change log.</source>
        <translation>必须填写原因，原因将记入变更记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="150" />
        <source>The file no longer exists: %1</source>
        <translation>文件已不存在：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="151" />
        <source>The file is larger than 50 MB: %1</source>
        <translation>文件大于 50 MB：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="152" />
        <source>Choose a .csv or .xlsx file (not %1).</source>
        <translation>请选择 .csv 或 .xlsx 文件（不支持 %1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="153" />
        <source>The file is empty: %1</source>
        <translation>文件为空：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="154" />
        <source>The file cannot be read as CSV or Excel: %1</source>
        <translation>无法按 CSV 或 Excel 读取该文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="157" />
        <source>The file has %1 rows; import at most 100,000 at a time.</source>
        <translation>文件有 %1 行；每次最多导入 100,000 行。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="160" />
        <source>Choose the natural-gas coefficient: gas-field, oilfield or a measured value.</source>
        <translation>请选择天然气折标系数：气田、油田或实测值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="164" />
        <source>The natural-gas coefficient must lie between 1.1000 and 1.3300 kgce/m³ (%1).</source>
        <translation>天然气折标系数必须在 1.1000 到 1.3300 kgce/m³ 之间（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="168" />
        <source>Enter the equal value of electricity for this year.</source>
        <translation>请填写当年电力等价值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="171" />
        <source>The equal value of electricity must lie between 0.25 and 0.40 kgce/kWh (%1).</source>
        <translation>电力等价值必须在 0.25 到 0.40 kgce/kWh 之间（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="175" />
        <source>A coefficient must lie above 0 and below 100 (%1).</source>
        <translation>折标系数必须大于 0 且小于 100（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/record_problem_text.py" line="178" />
        <source>Choose a year between 1990 and 2200 (%1).</source>
        <translation>请选择 1990 到 2200 之间的年度（%1）。</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/records_model.py" line="86" />
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/records_model.py" line="87" />
        <location filename="../../desktop_app/ui/models/records_model.py" line="166" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/records_model.py" line="88" />
        <source>Item</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/records_model.py" line="89" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/records_model.py" line="90" />
        <source>Counted as</source>
        <translation>折算为</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/records_model.py" line="91" />
        <source>Line</source>
        <translation>产线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/records_model.py" line="92" />
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/records_model.py" line="93" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/records_model.py" line="94" />
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/records_model.py" line="95" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/records_model.py" line="167" />
        <source>Carrier</source>
        <translation>能源品种</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/records_model.py" line="168" />
        <source>Total in the period</source>
        <translation>期间合计</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/records_model.py" line="169" />
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/records_model.py" line="195" />
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/records_model.py" line="196" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/records_model.py" line="197" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RecordsTab</name>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="152" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="156" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="161" />
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="162" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="163" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="164" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="165" />
        <source>Energy accounting…</source>
        <translation>能源折标规则…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="166" />
        <source>Totals for the period (as the KPIs count them)</source>
        <translation>期间合计（按指标计算口径）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="233" />
        <source>Delete a record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="234" />
        <source>Delete %1, %2 %3 of %4?
Reason (required; kept in the change log):</source>
        <translation>删除 %4 的 %1 %2 %3？
原因（必填，记入变更记录）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="282" />
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="283" />
        <source>A record is deleted only with a reason; it is kept in the change log.</source>
        <translation>删除记录必须填写原因，原因将记入变更记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="301" />
        <source>Imported %1 record(s).</source>
        <translation>已导入 %1 条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="303" />
        <source>Skipped %1 bad row(s).</source>
        <translation>已跳过 %1 行错误数据。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="320" />
        <source>Energy accounting of %1 saved.</source>
        <translation>%1 年度能源折标规则已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="337" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="344" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="367" />
        <source>Sign in as an engineer or administrator to enter records.</source>
        <translation>请以工程师或管理员身份登录后录入记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="371" />
        <source>Sign in as an engineer or administrator to change it.</source>
        <translation>请以工程师或管理员身份登录后修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/records_tab.py" line="376" />
        <source>Period: %1 to %2</source>
        <translation>期间：%1 至 %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reports.py" line="44" />
        <source>Reports &amp; export</source>
        <translation>报告与导出</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports.py" line="45" />
        <source>Cleaner-production report</source>
        <translation>清洁生产报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports.py" line="46" />
        <source>Scheduled reports</source>
        <translation>定时报告</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reports.py" line="47" />
        <source>Export to head office</source>
        <translation>报送总部</translation>
    </message>
</context>
<context>
    <name>ReportsText</name>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="29" />
        <source>Calculating KPIs and targets…</source>
        <translation>正在计算指标与目标…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="30" />
        <source>Adding up energy by carrier…</source>
        <translation>正在按能源品种汇总…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="31" />
        <source>Collecting water, waste and pollutants…</source>
        <translation>正在汇总水、废物与污染物…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="32" />
        <source>Summarising alarms…</source>
        <translation>正在汇总报警…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="33" />
        <source>Checking data completeness…</source>
        <translation>正在检查数据完整性…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="34" />
        <source>Collecting audit results…</source>
        <translation>正在汇总审核结果…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="35" />
        <source>Listing corrective actions…</source>
        <translation>正在列出整改措施…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="36" />
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="37" />
        <source>Writing the Excel workbook…</source>
        <translation>正在生成 Excel 工作簿…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="38" />
        <source>Saving the files…</source>
        <translation>正在保存文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="39" />
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="40" />
        <source>Writing the bundle…</source>
        <translation>正在写入数据包…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="41" />
        <source>Checking the bundle…</source>
        <translation>正在校验数据包…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="49" />
        <source>Cancelled, no file written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="51" />
        <source>No font with Chinese characters was found, so the PDF cannot be written. Install Microsoft YaHei or WenQuanYi Micro Hei (fonts-wqy-microhei) and try again.</source>
        <translation>未找到含中文字符的字体，无法生成 PDF。请安装微软雅黑或文泉驿微米黑（fonts-wqy-microhei）后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="57" />
        <source>The file could not be written: %1. Check that the folder exists, that the disk is not full and that the file is not open in another program. No file was written.</source>
        <translation>文件无法写入：%1。请检查文件夹是否存在、磁盘是否已满、文件是否被其他程序打开。未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="65" />
        <source>The period is not valid: its last day is before its first day.</source>
        <translation>期间无效：结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="75" />
        <source>Choose Chinese or English for the reports.</source>
        <translation>请为报告选择中文或英文。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="76" />
        <source>Catch up between 1 and 366 missed reports per kind.</source>
        <translation>每类报告可补写 1 至 366 份。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="79" />
        <source>Choose a folder or switch that report off.</source>
        <translation>请选择文件夹，或关闭该类报告。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="89" />
        <source>The file is not a Qingyuan bundle.</source>
        <translation>该文件不是清源数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="90" />
        <source>The file is cut short. Copy it again from the USB stick.</source>
        <translation>文件不完整，请从 U 盘重新复制。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="93" />
        <source>A size limit is exceeded: the file is too large or expands too much.</source>
        <translation>超出大小限制：文件过大或解压后过大。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="96" />
        <source>The bundle holds a file name outside the format. It is refused.</source>
        <translation>数据包中含有不符合格式的文件名，已拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="99" />
        <source>The bundle's structure was changed after it was signed.</source>
        <translation>数据包的结构在签名后被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="102" />
        <source>The bundle's manifest is damaged or not of this format.</source>
        <translation>数据包清单已损坏或格式不符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="105" />
        <source>The bundle was made by a newer version of Qingyuan. Update first.</source>
        <translation>该数据包由较新版本的清源生成，请先升级。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="108" />
        <source>The signature does not match: the bundle was altered after it was signed.</source>
        <translation>签名不符：数据包在签名后被改动。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="112" />
        <source>The bundle was signed by another site's key.</source>
        <translation>该数据包由其他厂区的密钥签名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="113" />
        <source>A file listed in the bundle's manifest is missing from it.</source>
        <translation>清单中列出的文件在数据包中缺失。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="116" />
        <source>The bundle holds a file that its manifest does not list.</source>
        <translation>数据包中含有清单未列出的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="119" />
        <source>A file in the bundle differs from its checksum: the bundle was altered or damaged.</source>
        <translation>数据包中的文件与其校验值不符：数据包被改动或已损坏。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="123" />
        <source>A row in the bundle cannot be read.</source>
        <translation>数据包中有一行无法读取。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="124" />
        <source>The site key file is damaged or not an Ed25519 key.</source>
        <translation>厂区密钥文件已损坏或不是 Ed25519 密钥。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="125" />
        <source>The target drive is full. The previous bundle there is untouched.</source>
        <translation>目标磁盘已满，原有的数据包未受影响。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="128" />
        <source>The bundle could not be written. Nothing was left under its name.</source>
        <translation>数据包无法写入，未留下同名文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="131" />
        <source>A photo or evidence file is missing from the data folder.</source>
        <translation>数据文件夹中缺少照片或证据文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="134" />
        <source>A photo no longer matches the checksum stored with it.</source>
        <translation>照片与保存的校验值不再一致。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="137" />
        <source>This computer's clock is before the end of the previous bundle. Correct the clock.</source>
        <translation>本机时钟早于上一个数据包的截止时间，请校正时钟。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="141" />
        <source>The data folder has no site yet.</source>
        <translation>数据文件夹中还没有厂区。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="142" />
        <source>Cancelled, no bundle written.</source>
        <translation>已取消，未写入数据包。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="145" />
        <source>The bundle was refused (%1).</source>
        <translation>数据包被拒绝（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="157" />
        <source>The file cannot be read or written: %1</source>
        <translation>文件无法读取或写入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="165" />
        <source>Full</source>
        <translation>完整</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="166" />
        <source>Incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_text.py" line="178" />
        <source>Earliest record</source>
        <translation>最早记录</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../desktop_app/ui/inspection/cards.py" line="162" />
        <source>Inspection finished</source>
        <translation>检查已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/cards.py" line="165" />
        <source>Not scored</source>
        <translation>不计分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/cards.py" line="168" />
        <source>✓ Passed</source>
        <translation>✓ 合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/cards.py" line="171" />
        <source>✗ Not passed</source>
        <translation>✗ 不合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/cards.py" line="177" />
        <source>%1 corrective action(s) created from the findings</source>
        <translation>已根据发现问题创建 %1 项纠正措施</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/cards.py" line="179" />
        <source>No findings: no corrective actions needed</source>
        <translation>未发现问题，无需纠正措施</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/cards.py" line="181" />
        <source>Back to the audit list</source>
        <translation>返回检查列表</translation>
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
    <name>ReviewCard</name>
    <message>
        <location filename="../../desktop_app/ui/inspection/cards.py" line="92" />
        <source>Review</source>
        <translation>检查汇总</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/cards.py" line="96" />
        <source>Answered %1 of %2 · findings so far: %3 · score so far: %4</source>
        <translation>已答 %1 / %2 · 目前发现问题 %3 项 · 目前得分 %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/cards.py" line="104" />
        <source>✓ Everything required is answered. Tap Finish.</source>
        <translation>✓ 必答项均已完成，请点击“完成检查”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/cards.py" line="108" />
        <source>Still missing (%1) — tap one to go there:</source>
        <translation>仍缺 %1 项 — 点击前往：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/cards.py" line="116" />
        <source>photo missing</source>
        <translation>缺照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/cards.py" line="118" />
        <source>answer missing</source>
        <translation>未作答</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="116" />
        <source>Plan · the period and the previous review</source>
        <translation>计划 · 评审期间与上次评审</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="117" />
        <source>Do · what the previous review decided, and did it work?</source>
        <translation>执行 · 上次评审的措施及其效果</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="118" />
        <source>Check · KPI results against their targets</source>
        <translation>检查 · 指标实际值与目标对比</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="119" />
        <source>Act · decisions and new actions</source>
        <translation>处理 · 决定与新措施</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="122" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="122" />
        <source>Previous review</source>
        <translation>上次评审</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="122" />
        <source>Drafted / closed by</source>
        <translation>起草人 / 关闭人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="126" />
        <source>Next target…</source>
        <translation>下期目标…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="127" />
        <source>Read the figures again</source>
        <translation>重新读取数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="128" />
        <source>Summary</source>
        <translation>评审总结</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="129" />
        <source>Decisions</source>
        <translation>评审决定</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="130" />
        <source>Save text</source>
        <translation>保存文字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="131" />
        <source>Actions raised by this review</source>
        <translation>本次评审提出的措施</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="132" />
        <source>Raise action…</source>
        <translation>提出措施…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="133" />
        <source>No actions raised yet.</source>
        <translation>尚未提出措施。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="134" />
        <source>Close review</source>
        <translation>关闭评审</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="142" />
        <source>Choose a review, or draft a new one.</source>
        <translation>请选择一次评审，或新建评审。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="152" />
        <source>%1 KPIs met · %2 missed · %3 without data or target</source>
        <translation>%1 项指标达标 · %2 项未达标 · %3 项无数据或无目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="158" />
        <source>None (first review)</source>
        <translation>无（首次评审）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="169" />
        <source>No previous review: nothing to check.</source>
        <translation>没有上次评审，无需检查。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_detail.py" line="171" />
        <source>Actions of “%1”: judge each one.</source>
        <translation>“%1”提出的措施：请逐项判断效果。</translation>
    </message>
</context>
<context>
    <name>ReviewModels</name>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="49" />
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="50" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="51" />
        <location filename="../../desktop_app/ui/models/review_models.py" line="97" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="52" />
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="53" />
        <source>Missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="94" />
        <location filename="../../desktop_app/ui/models/review_models.py" line="175" />
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="95" />
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="96" />
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="98" />
        <source>Cause of the miss</source>
        <translation>未达标原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="99" />
        <source>Next target</source>
        <translation>下期目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="100" />
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="111" />
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="129" />
        <source>Double-click to write why the target was missed.</source>
        <translation>双击填写未达标原因。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="174" />
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="176" />
        <source>Current state</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="177" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/review_models.py" line="178" />
        <source>Check note</source>
        <translation>检查说明</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="28" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="29" />
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="35" />
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="37" />
        <source>Effective</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="38" />
        <source>Not effective</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="39" />
        <source>Still open</source>
        <translation>仍未完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="46" />
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="58" />
        <source>%1 missed its target: write down the cause.</source>
        <translation>%1 未达标：请填写原因。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="62" />
        <source>Check the previous review's action “%1”: effective or not?</source>
        <translation>请检查上次评审的措施“%1”：是否有效？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="70" />
        <source>The review is closed and cannot be changed.</source>
        <translation>评审已关闭，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="71" />
        <source>The review cannot be closed yet: every missed KPI needs a cause and every action of the previous review a check.</source>
        <translation>评审尚不能关闭：每项未达标指标都需填写原因，上次评审的每项措施都需检查效果。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="76" />
        <source>The period ends before it starts.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="77" />
        <source>Give the new target a deadline.</source>
        <translation>请为新目标指定截止日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="78" />
        <source>The new target's deadline must fall after the reviewed period.</source>
        <translation>新目标的截止日期必须在评审期间之后。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="81" />
        <source>Enter a number for the new target.</source>
        <translation>请为新目标输入一个数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="82" />
        <source>Choose effective, not effective or still open.</source>
        <translation>请选择有效、无效或仍未完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="85" />
        <source>This action was not raised by the previous review.</source>
        <translation>该措施不是上次评审提出的。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="88" />
        <source>The text is too long (at most %1 characters).</source>
        <translation>文字过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="89" />
        <source>Enter a title for the action.</source>
        <translation>请输入措施标题。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_text.py" line="90" />
        <source>It no longer exists: %1</source>
        <translation>已不存在：%1</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/reviews.py" line="105" />
        <source>PDCA reviews</source>
        <translation>PDCA 评审</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reviews.py" line="106" />
        <source>New review…</source>
        <translation>新建评审…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reviews.py" line="190" />
        <source>Sign in as an engineer or administrator.</source>
        <translation>请以工程师或管理员身份登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reviews.py" line="195" />
        <location filename="../../desktop_app/ui/pages/reviews.py" line="214" />
        <source>The review is closed and cannot be changed.</source>
        <translation>评审已关闭，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reviews.py" line="241" />
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reviews.py" line="241" />
        <source>What was found (optional):</source>
        <translation>检查发现（可选）：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reviews.py" line="283" />
        <source>Next target</source>
        <translation>下期目标</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reviews.py" line="283" />
        <source>Choose a KPI in the results first.</source>
        <translation>请先在结果表中选择一个指标。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reviews.py" line="339" />
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/reviews.py" line="342" />
        <source>Not loaded</source>
        <translation>未能读取</translation>
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
    <name>ScatterFit</name>
    <message>
        <location filename="../../widgets/cusum_chart.py" line="264" />
        <source>Energy (kgce)</source>
        <translation>能耗 (kgce)</translation>
    </message>
    <message>
        <location filename="../../widgets/cusum_chart.py" line="265" />
        <source>Production (t)</source>
        <translation>产量 (t)</translation>
    </message>
    <message>
        <location filename="../../widgets/cusum_chart.py" line="267" />
        <source>Baseline period</source>
        <translation>基准期</translation>
    </message>
    <message>
        <location filename="../../widgets/cusum_chart.py" line="269" />
        <source>Reporting period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../widgets/cusum_chart.py" line="270" />
        <source>Fitted line</source>
        <translation>拟合线</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="148" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="152" />
        <source>Daily: %1 · Monthly: %2</source>
        <translation>日报：%1 · 月报：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="177" />
        <source>Schedule saved.</source>
        <translation>定时设置已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="191" />
        <source>Writing the due reports…</source>
        <translation>正在生成到期的报告…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="209" />
        <source>No report is due.</source>
        <translation>没有到期的报告。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="214" />
        <source>Not written: %1 (%2)</source>
        <translation>未生成：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="219" />
        <source>Written: %1</source>
        <translation>已生成：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="234" />
        <source>Sign in as an administrator to change the schedule.</source>
        <translation>请以管理员身份登录后修改定时设置。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="243" />
        <source>Qingyuan writes yesterday's daily report and last month's report into the folders below while it runs. Reports missed while the computer was off are written at the next start.</source>
        <translation>清源运行时会把前一天的日报和上个月的月报写入下列文件夹。电脑关机期间错过的报告会在下次启动时补写。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="248" />
        <source>Daily report</source>
        <translation>日报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="249" />
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="251" />
        <source>On, into:</source>
        <translation>开启，写入：</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="253" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="254" />
        <source>Also write the Excel workbook</source>
        <translation>同时生成 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="255" />
        <source> reports per kind</source>
        <translation> 份（每类）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="259" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="260" />
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="261" />
        <source>Catch up at most</source>
        <translation>最多补写</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="262" />
        <source>Last written</source>
        <translation>最近生成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="265" />
        <source>Save schedule</source>
        <translation>保存定时设置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reports_schedule_tab.py" line="266" />
        <source>Run due reports now</source>
        <translation>立即生成到期报告</translation>
    </message>
</context>
<context>
    <name>SectionCard</name>
    <message>
        <location filename="../../desktop_app/ui/inspection/cards.py" line="62" />
        <source>Section %1 of %2</source>
        <translation>第 %1 部分，共 %2 部分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/inspection/cards.py" line="65" />
        <source>%1 item(s) in this section</source>
        <translation>本部分共 %1 项</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor/node_forms.py" line="180" />
        <source>Section %1</source>
        <translation>第 %1 部分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/node_forms.py" line="182" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/node_forms.py" line="183" />
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/node_forms.py" line="184" />
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/node_forms.py" line="185" />
        <source>Guidance (Chinese)</source>
        <translation>检查方法（中文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/node_forms.py" line="186" />
        <source>Guidance (English)</source>
        <translation>检查方法（英文）</translation>
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
    <name>SignatureAnswer</name>
    <message>
        <location filename="../../widgets/checklist/signature_answer.py" line="61" />
        <source>Save signature</source>
        <translation>保存签名</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/signature_answer.py" line="62" />
        <source>Sign again</source>
        <translation>重新签名</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/signature_answer.py" line="63" />
        <source>✓ Signed</source>
        <translation>✓ 已签名</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/signature_dialog.py" line="42" />
        <source>Sign the rejection</source>
        <translation>驳回签名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/signature_dialog.py" line="42" />
        <source>Sign the approval</source>
        <translation>审批签名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/signature_dialog.py" line="50" />
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/signature_dialog.py" line="51" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/signature_dialog.py" line="52" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/signature_dialog.py" line="55" />
        <source>By signing you declare: you do not accept this step (%1).</source>
        <translation>签名即表示您声明：不同意此步骤（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/signature_dialog.py" line="58" />
        <source>By signing you declare: %1</source>
        <translation>签名即表示您声明：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/signature_dialog.py" line="66" />
        <source>What is not right? (required — the person redoing the work reads this)</source>
        <translation>哪里不符合要求？（必填——返工人员会看到）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/signature_dialog.py" line="72" />
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/signature_dialog.py" line="77" />
        <source>Reject and sign</source>
        <translation>驳回并签名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/signature_dialog.py" line="77" />
        <source>Approve and sign</source>
        <translation>批准并签名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/signature_dialog.py" line="85" />
        <source>Reason for the rejection</source>
        <translation>驳回原因</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/signature_dialog.py" line="89" />
        <source>Password (your signature)</source>
        <translation>密码（您的电子签名）</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../widgets/signature_pad.py" line="164" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../widgets/signature_pad.py" line="312" />
        <source>Sign here with a finger or the pen</source>
        <translation>请用手指或触控笔在此签名</translation>
    </message>
</context>
<context>
    <name>StartWorkflowDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/start_workflow_dialog.py" line="36" />
        <source>Start a workflow</source>
        <translation>启动流程</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/start_workflow_dialog.py" line="56" />
        <source>Workflow</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/start_workflow_dialog.py" line="57" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/start_workflow_dialog.py" line="61" />
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/start_workflow_dialog.py" line="67" />
        <source>Start values (all required)</source>
        <translation>启动信息（均为必填）</translation>
    </message>
</context>
<context>
    <name>SupplierDetail</name>
    <message>
        <location filename="../../desktop_app/ui/supplier_detail.py" line="126" />
        <source>Edit supplier…</source>
        <translation>修改供应商…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_detail.py" line="127" />
        <source>Environmental credentials</source>
        <translation>环境资质</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_detail.py" line="128" />
        <source>Add credential…</source>
        <translation>添加资质…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_detail.py" line="129" />
        <source>Edit credential…</source>
        <translation>修改资质…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_detail.py" line="130" />
        <source>Delete credential</source>
        <translation>删除资质</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_detail.py" line="131" />
        <source>Evaluations</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_detail.py" line="132" />
        <source>Add evaluation…</source>
        <translation>添加评价…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_detail.py" line="133" />
        <source>Choose a supplier to see its credentials and scores.</source>
        <translation>选择一个供应商，查看其资质和评分。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_detail.py" line="167" />
        <source>CP audit: %1</source>
        <translation>清洁生产审核：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_detail.py" line="174" />
        <source>no longer active</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_detail.py" line="177" />
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_detail.py" line="177" />
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_detail.py" line="181" />
        <source>Not evaluated yet</source>
        <translation>尚未评价</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_detail.py" line="186" />
        <source>%1 points · %2 %3</source>
        <translation>%1 分 · %2 %3</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="129" />
        <source>Edit supplier</source>
        <translation>修改供应商</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="129" />
        <source>New supplier</source>
        <translation>新建供应商</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="137" />
        <source>Person and telephone</source>
        <translation>联系人和电话</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="145" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="146" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="147" />
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/supplier_dialog.py" line="148" />
        <source>Cleaner-production audit</source>
        <translation>清洁生产审核</translation>
    </message>
</context>
<context>
    <name>SupplierModels</name>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="103" />
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="223" />
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="104" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="105" />
        <source>Credentials</source>
        <translation>资质数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="106" />
        <source>Nearest expiry</source>
        <translation>最近到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="107" />
        <source>CP audit</source>
        <translation>清洁生产审核</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="108" />
        <source>Latest score (grade)</source>
        <translation>最新评分（等级）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="109" />
        <source>Score history</source>
        <translation>评分趋势</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="147" />
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="155" />
        <source>Credential</source>
        <translation>资质</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="156" />
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="157" />
        <source>Issued by</source>
        <translation>发证机构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="158" />
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="159" />
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="190" />
        <source>Evaluated on</source>
        <translation>评价日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="191" />
        <source>Score (0–100)</source>
        <translation>得分（0–100）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="192" />
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="193" />
        <source>Evaluator</source>
        <translation>评价人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="194" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="222" />
        <source>Bought on</source>
        <translation>采购日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="224" />
        <source>Item</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="225" />
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="226" />
        <source>Amount (元)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="227" />
        <source>Green certified</source>
        <translation>绿色认证</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="228" />
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/supplier_models.py" line="243" />
        <source>✓ green</source>
        <translation>✓ 绿色</translation>
    </message>
</context>
<context>
    <name>SupplierText</name>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="38" />
        <source>Valid (%1 d left)</source>
        <translation>有效（剩 %1 天）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="39" />
        <source>Expiring in %1 d</source>
        <translation>%1 天后到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="40" />
        <source>Expired %1 d ago</source>
        <translation>已过期 %1 天</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="41" />
        <source>No end date</source>
        <translation>无到期日</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="44" />
        <source>Expires today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="50" />
        <source>rising</source>
        <translation>上升</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="51" />
        <source>falling</source>
        <translation>下降</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="52" />
        <source>unchanged</source>
        <translation>持平</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="67" />
        <source>Another supplier already has this name (%1).</source>
        <translation>已有同名供应商（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="68" />
        <source>Enter the supplier's name.</source>
        <translation>请填写供应商名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="69" />
        <source>The text is too long (at most %1 characters).</source>
        <translation>文字过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="70" />
        <source>There is no such supplier category.</source>
        <translation>没有这个供应商类别。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="71" />
        <source>Choose none, planned or passed for the cleaner-production audit.</source>
        <translation>清洁生产审核请选择未开展、计划中或已通过。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="74" />
        <source>There is no such credential kind.</source>
        <translation>没有这种资质类型。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="75" />
        <source>The credential cannot end before it starts.</source>
        <translation>资质的到期日不能早于生效日。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="76" />
        <source>A score lies between 0 and 100.</source>
        <translation>得分应在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="77" />
        <source>The amount must be more than 0 元. Delete a purchase to undo it.</source>
        <translation>金额必须大于 0 元。要撤销一笔采购，请删除它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="80" />
        <source>Say what was bought.</source>
        <translation>请填写采购的物料。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="81" />
        <source>The quantity must be more than 0 (or left empty).</source>
        <translation>数量必须大于 0（或不填）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="84" />
        <source>%1 is no longer active: nothing is bought from it.</source>
        <translation>%1 已停用，不再向其采购。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="87" />
        <source>Choose the supplier.</source>
        <translation>请选择供应商。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/supplier_text.py" line="88" />
        <source>The supplier, credential or purchase no longer exists.</source>
        <translation>该供应商、资质或采购记录已不存在。</translation>
    </message>
</context>
<context>
    <name>SuppliersPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/suppliers.py" line="140" />
        <source>Suppliers and green procurement</source>
        <translation>供应商与绿色采购</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/suppliers.py" line="141" />
        <source>Supplier register</source>
        <translation>供应商名录</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/suppliers.py" line="142" />
        <source>Purchases and green ratio</source>
        <translation>采购与绿色采购比例</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/suppliers.py" line="143" />
        <source>New supplier…</source>
        <translation>新建供应商…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/suppliers.py" line="144" />
        <source>Show inactive suppliers</source>
        <translation>显示已停用的供应商</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/suppliers.py" line="213" />
        <source>%1 active suppliers · %2 with an expired credential · %3 expiring soon</source>
        <translation>在用供应商 %1 家 · 资质已过期 %2 家 · 即将到期 %3 家</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/suppliers.py" line="258" />
        <source>Sign in as an engineer or administrator.</source>
        <translation>请以工程师或管理员身份登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/suppliers.py" line="279" />
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/suppliers.py" line="315" />
        <source>Deactivate %1? Its purchases stay in the history; no new ones can be recorded.</source>
        <translation>停用 %1？其采购记录保留在历史中，但不能再登记新的采购。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/suppliers.py" line="352" />
        <source>Delete this credential from the register?</source>
        <translation>从名录中删除此资质？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/suppliers.py" line="380" />
        <source>Delete the purchase of %1 on %2 (%3)?</source>
        <translation>删除 %2 向 %3 采购 %1 的记录？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/suppliers.py" line="406" />
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/suppliers.py" line="409" />
        <source>Not loaded</source>
        <translation>未能读取</translation>
    </message>
</context>
<context>
    <name>SystemFiles</name>
    <message>
        <location filename="../../desktop_app/ui/evaluation_files.py" line="37" />
        <source>Import an indicator system</source>
        <translation>导入评价指标体系</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_files.py" line="39" />
        <location filename="../../desktop_app/ui/evaluation_files.py" line="67" />
        <source>Indicator system (*.json)</source>
        <translation>评价指标体系 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_files.py" line="59" />
        <source>Not imported.</source>
        <translation>未导入。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_files.py" line="60" />
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/evaluation_files.py" line="65" />
        <source>Export as template</source>
        <translation>导出为模板</translation>
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
    <name>TargetDialog</name>
    <message>
        <location filename="../../desktop_app/ui/dialogs/target_dialog.py" line="52" />
        <source>Target — %1</source>
        <translation>目标 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/target_dialog.py" line="58" />
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/target_dialog.py" line="67" />
        <source>Change from the baseline (%)</source>
        <translation>相对基线变化（%）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/target_dialog.py" line="68" />
        <location filename="../../desktop_app/ui/dialogs/target_dialog.py" line="84" />
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/target_dialog.py" line="80" />
        <source>Baseline period</source>
        <translation>基准期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/target_dialog.py" line="81" />
        <source>Baseline value</source>
        <translation>基线值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/target_dialog.py" line="82" />
        <source>Target as</source>
        <translation>目标形式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/target_dialog.py" line="83" />
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/target_dialog.py" line="85" />
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/target_dialog.py" line="86" />
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/target_dialog.py" line="87" />
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/target_dialog.py" line="88" />
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/dialogs/target_dialog.py" line="89" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>TaskDetail</name>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="172" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="173" />
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="174" />
        <source>Assigned to</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="175" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="176" />
        <source>Started</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="177" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="181" />
        <source>Complete step</source>
        <translation>完成此步骤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="182" />
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="183" />
        <source>Reject…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="184" />
        <source>Attach file…</source>
        <translation>上传附件…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="185" />
        <source>Comment…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="186" />
        <source>Cancel workflow…</source>
        <translation>取消流程…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="187" />
        <source>History and signatures</source>
        <translation>历史记录与签名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="188" />
        <source>Open attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="190" />
        <source>Select an attachment in the history (or double-click it) to open the file.</source>
        <translation>在历史记录中选中一条附件（或双击它）即可打开文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="192" />
        <source>Select a task or a workflow to see its details.</source>
        <translation>选择一项任务或流程以查看详情。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="230" />
        <source>Double-click to open the attached file.</source>
        <translation>双击打开附件文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="261" />
        <source>escalated to %1</source>
        <translation>已升级至%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="264" />
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="288" />
        <source>This step: fill in and complete</source>
        <translation>本步骤：填写并完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="290" />
        <source>(%1 attachment(s) needed)</source>
        <translation>（需上传 %1 个附件）</translation>
    </message>
</context>
<context>
    <name>TaskModels</name>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="79" />
        <location filename="../../desktop_app/ui/models/task_models.py" line="138" />
        <location filename="../../desktop_app/ui/models/task_models.py" line="227" />
        <source>Workflow</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="80" />
        <location filename="../../desktop_app/ui/models/task_models.py" line="139" />
        <source>Title / source</source>
        <translation>标题 / 来源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="81" />
        <location filename="../../desktop_app/ui/models/task_models.py" line="191" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="82" />
        <source>Assigned to</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="83" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="84" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="103" />
        <source>▲ escalated to %1</source>
        <translation>▲ 已升级至%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="106" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="140" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="141" />
        <source>Current step</source>
        <translation>当前步骤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="142" />
        <location filename="../../desktop_app/ui/models/task_models.py" line="231" />
        <source>Started by</source>
        <translation>发起人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="143" />
        <source>Started</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="144" />
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="192" />
        <source>Kind</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="193" />
        <source>Role / approvers</source>
        <translation>角色 / 审批人</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="194" />
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="195" />
        <source>Escalates to</source>
        <translation>超时升级至</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="196" />
        <source>Only when</source>
        <translation>执行条件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="208" />
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="212" />
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="228" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="229" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="230" />
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="232" />
        <source>Steps</source>
        <translation>步骤数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="233" />
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="237" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="237" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/task_models.py" line="250" />
        <source>retired</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="51" />
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="52" />
        <source>Engineer</source>
        <translation>工程师</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="53" />
        <source>Inspector</source>
        <translation>巡检员</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="54" />
        <source>Viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="60" />
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="61" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="62" />
        <location filename="../../desktop_app/ui/task_text.py" line="72" />
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="63" />
        <location filename="../../desktop_app/ui/task_text.py" line="73" />
        <location filename="../../desktop_app/ui/task_text.py" line="104" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="69" />
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="70" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="71" />
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="79" />
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="80" />
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="86" />
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="87" />
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="88" />
        <source>KPI breach</source>
        <translation>指标超限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="89" />
        <source>Audit finding</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="90" />
        <source>Credential expiry</source>
        <translation>资质到期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="91" />
        <source>KPI target change</source>
        <translation>指标目标变更</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="97" />
        <source>Started</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="98" />
        <source>Step done</source>
        <translation>步骤完成</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="99" />
        <source>Approved (signed)</source>
        <translation>已批准（电子签名）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="100" />
        <source>Rejected (signed)</source>
        <translation>已驳回（电子签名）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="101" />
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="102" />
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="103" />
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="105" />
        <source>Effect applied</source>
        <translation>已生效</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="114" />
        <source>level %1/%2</source>
        <translation>第 %1/%2 级</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="123" />
        <source>The definition is invalid at %1: %2</source>
        <translation>流程定义在 %1 处无效：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="131" />
        <source>Your role may not act on this step.</source>
        <translation>您的角色无权处理此步骤。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="132" />
        <source>This task is assigned to another person.</source>
        <translation>该任务已指派给他人。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="133" />
        <source>You did a task of this workflow, so you cannot approve it. Ask someone else.</source>
        <translation>您处理过本流程的任务，不能审批。请由他人审批。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="137" />
        <source>You already signed a level of this approval; the next level is someone else's.</source>
        <translation>您已签署本审批的一级，下一级须由他人审批。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="141" />
        <source>Say why: a reason is required.</source>
        <translation>请说明原因：原因为必填项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="142" />
        <source>Fill in the required field: %1.</source>
        <translation>请填写必填项：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="143" />
        <source>The value of %1 is not valid.</source>
        <translation>%1 的值无效。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="144" />
        <source>This step does not fill the field %1.</source>
        <translation>此步骤不填写 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="145" />
        <source>Attach the required evidence (a scan or photo) before completing.</source>
        <translation>请先上传所需的证据（扫描件或照片），再完成此步骤。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="148" />
        <source>The password is wrong: the signature was not given and nothing changed.</source>
        <translation>密码错误：签名未生效，未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="151" />
        <source>The workflow has moved on since this list was read.</source>
        <translation>列表读取后流程已推进到下一步。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="152" />
        <source>The workflow is no longer running.</source>
        <translation>该流程已结束。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="153" />
        <source>This step is an approval: approve or reject it.</source>
        <translation>此步骤是审批：请批准或驳回。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="154" />
        <source>This step is a task: complete it.</source>
        <translation>此步骤是任务：请完成它。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="155" />
        <source>This task has already been acted on.</source>
        <translation>该任务已处理。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="156" />
        <source>The task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="157" />
        <source>The file is too large (%1).</source>
        <translation>文件过大（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="158" />
        <source>This kind of file cannot be attached (%1). Use PDF, an image or an office document.</source>
        <translation>不能上传此类文件（%1）。请使用 PDF、图片或办公文档。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="162" />
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="163" />
        <source>There is no such workflow (%1).</source>
        <translation>不存在该流程（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="164" />
        <source>This version (%1) is already stored with other content: raise the version.</source>
        <translation>该版本（%1）已以不同内容保存：请提高版本号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_text.py" line="168" />
        <source>The version is older than the stored one (%1).</source>
        <translation>版本号低于已保存的版本（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_fields.py" line="42" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_fields.py" line="42" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="53" />
        <source>Signed: %1</source>
        <translation>签名含义：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="55" />
        <source>Signed as refusing: %1</source>
        <translation>签名驳回：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/task_detail.py" line="58" />
        <source>To: %1</source>
        <translation>升级至：%1</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="142" />
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="143" />
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="144" />
        <source>Workflows</source>
        <translation>流程</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="145" />
        <source>Definitions</source>
        <translation>流程定义</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="146" />
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="147" />
        <source>All open tasks</source>
        <translation>全部待办任务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="148" />
        <source>Start workflow…</source>
        <translation>启动流程…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="194" />
        <source>%1 open · %2 overdue</source>
        <translation>待办 %1 项 · 逾期 %2 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="279" />
        <source>Attach a file</source>
        <translation>上传附件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="280" />
        <source>Scans, photos and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.xlsx *.xls *.docx *.doc *.txt *.csv *.ofd)</source>
        <translation>扫描件、照片和文档 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.xlsx *.xls *.docx *.doc *.txt *.csv *.ofd)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="324" />
        <source>The attached file was changed after it was attached (its SHA-256 no longer matches the history), so it was not opened.</source>
        <translation>附件文件在上传后已被改动（其 SHA-256 与历史记录不符），因此未打开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="328" />
        <source>The attached file is missing from the data folder, so it cannot be opened.</source>
        <translation>数据文件夹中找不到该附件文件，无法打开。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="332" />
        <source>Not opened</source>
        <translation>未打开</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="381" />
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="381" />
        <source>Your comment (kept in the history)</source>
        <translation>您的备注（将记入历史记录）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="392" />
        <source>Cancel the workflow</source>
        <translation>取消流程</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="392" />
        <source>Why is it cancelled? (required)</source>
        <translation>取消原因？（必填）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="438" />
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="439" />
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/pages/tasks.py" line="442" />
        <source>Not loaded</source>
        <translation>未能读取</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor/editor.py" line="69" />
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/editor.py" line="70" />
        <source>The template has changes that are not saved. Discard them?</source>
        <translation>模板有尚未保存的修改。要放弃吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/editor.py" line="161" />
        <source>New checklist template</source>
        <translation>新建检查表模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/editor.py" line="163" />
        <source>New template from %1</source>
        <translation>以 %1 为基础新建模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/editor.py" line="165" />
        <source>New version of %1</source>
        <translation>%1 的新版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/editor.py" line="166" />
        <source>Show</source>
        <translation>定位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/editor.py" line="167" />
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/editor.py" line="168" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/editor.py" line="169" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/editor.py" line="174" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/editor.py" line="289" />
        <source>No problems: the template can be saved.</source>
        <translation>没有问题，可以保存模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/editor.py" line="296" />
        <source>(and %1 more)</source>
        <translation>（另有 %1 个问题）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/editor.py" line="323" />
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>TemplateFiles</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_files.py" line="113" />
        <source>Import a checklist template</source>
        <translation>导入检查表模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_files.py" line="115" />
        <location filename="../../desktop_app/ui/template_editor/template_files.py" line="162" />
        <source>Checklist templates (*.json)</source>
        <translation>检查表模板 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_files.py" line="132" />
        <source>Imported %1, version %2.</source>
        <translation>已导入 %1，版本 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_files.py" line="160" />
        <source>Export a checklist template</source>
        <translation>导出检查表模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_files.py" line="179" />
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_files.py" line="184" />
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_files.py" line="200" />
        <source>Checklist template</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_files.py" line="208" />
        <source>%1 was not imported.</source>
        <translation>%1 未导入。</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor/node_forms.py" line="95" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/node_forms.py" line="97" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/node_forms.py" line="98" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/node_forms.py" line="99" />
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/node_forms.py" line="100" />
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/node_forms.py" line="101" />
        <source>Description (Chinese)</source>
        <translation>说明（中文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/node_forms.py" line="102" />
        <source>Description (English)</source>
        <translation>说明（英文）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/node_forms.py" line="103" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/node_forms.py" line="104" />
        <source>Pass mark</source>
        <translation>合格线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/node_forms.py" line="108" />
        <source>e.g. boiler_weekly (a–z, 0–9, _)</source>
        <translation>例如 boiler_weekly（a–z、0–9、_）</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="33" />
        <source>The file is not UTF-8 text.</source>
        <translation>文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="34" />
        <source>The file is not valid JSON (a bracket, comma or quote is wrong).</source>
        <translation>文件不是有效的 JSON（括号、逗号或引号有误）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="37" />
        <source>The file is larger than 2 MB, the most a template may have.</source>
        <translation>文件超过 2 MB，即模板允许的最大大小。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="40" />
        <source>The file is nested far deeper than a template can be.</source>
        <translation>文件的嵌套层级远超模板可能的深度。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="43" />
        <source>Too many entries: at most 100 sections, 200 items in a section, 2,000 in all.</source>
        <translation>条目过多：最多 100 个章节，每章 200 题，总计 2,000 题。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="47" />
        <source>An entry is not part of the template format, or not for this kind (misspelt?).</source>
        <translation>该项不属于模板格式，或不适用于此题型（拼写错误？）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="51" />
        <source>A required entry is missing.</source>
        <translation>缺少必填项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="52" />
        <source>The same entry is given twice.</source>
        <translation>同一项出现了两次。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="55" />
        <source>This value is not allowed here.</source>
        <translation>此处不允许该值。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="56" />
        <source>A code uses lower-case letters, digits and '_', starting with a letter (at most 64).</source>
        <translation>代码由小写字母、数字和“_”组成，以字母开头（最多 64 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="60" />
        <source>This code is already used by another entry of the template.</source>
        <translation>此代码已被模板中的其他条目使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="63" />
        <source>The file was made by a newer version of Qingyuan.</source>
        <translation>该文件由更新版本的清源生成。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="66" />
        <source>A condition may only name an item that comes before this one.</source>
        <translation>显示条件只能引用本题之前的题目。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="69" />
        <source>The condition names an answer that item does not have.</source>
        <translation>显示条件引用了该题没有的答案。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="72" />
        <source>The low limit is above the high limit.</source>
        <translation>下限高于上限。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="75" />
        <source>Photos: 0 ≤ least ≤ most ≤ 20; a photo item needs at least one photo.</source>
        <translation>照片：0 ≤ 至少 ≤ 至多 ≤ 20；拍照题至少需要一张照片。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="79" />
        <source>A choice item needs 2 to 50 options.</source>
        <translation>选择题需要 2 至 50 个选项。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="82" />
        <source>This version of the template is already stored with other content: raise the version.</source>
        <translation>该模板的此版本已以其他内容保存：请提高版本号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="86" />
        <source>A newer version of this template is already stored.</source>
        <translation>已保存该模板的更新版本。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="89" />
        <source>A new version must be higher than the stored one.</source>
        <translation>新版本号必须高于已保存的版本。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="92" />
        <source>A template with this code exists already: choose another code, or edit that template to make a new version of it.</source>
        <translation>已有使用此代码的模板：请换一个代码，或编辑该模板以生成其新版本。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="97" />
        <source>The checklist template was not found.</source>
        <translation>找不到该检查表模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="100" />
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="101" />
        <source>This is not a regular file.</source>
        <translation>这不是普通文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="105" />
        <source>Not accepted: %1</source>
        <translation>不被接受：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="150" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="156" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="157" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="158" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="159" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="160" />
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="161" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="162" />
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="163" />
        <source>Pass mark</source>
        <translation>合格线</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="164" />
        <source>Sections</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="165" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="166" />
        <source>Guidance</source>
        <translation>检查方法</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="167" />
        <source>Items</source>
        <translation>题目数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="168" />
        <source>Kind</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="169" />
        <source>Question</source>
        <translation>题目内容</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="170" />
        <source>Required</source>
        <translation>必答</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="171" />
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="172" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="173" />
        <source>Limits (low / high)</source>
        <translation>限值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="174" />
        <source>Low limit</source>
        <translation>下限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="175" />
        <source>High limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="176" />
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="177" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="178" />
        <source>Finding</source>
        <translation>问题项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="179" />
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="180" />
        <source>At least</source>
        <translation>至少</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="181" />
        <source>At most</source>
        <translation>至多</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="182" />
        <source>Shown when</source>
        <translation>显示条件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="183" />
        <source>Item</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="184" />
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="185" />
        <source>Answers</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="186" />
        <source>Longest answer</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="187" />
        <source>Reference picture</source>
        <translation>参考图片</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="188" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="189" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="196" />
        <source>Yes / no / not applicable</source>
        <translation>是 / 否 / 不适用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="197" />
        <source>Pass / fail</source>
        <translation>合格 / 不合格</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="198" />
        <source>Number</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="199" />
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="200" />
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="201" />
        <source>Free text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="202" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="203" />
        <source>Photos only</source>
        <translation>仅拍照</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="204" />
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="211" />
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="212" />
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="213" />
        <source>Water</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="214" />
        <source>Waste</source>
        <translation>废物</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="215" />
        <source>Inspection</source>
        <translation>巡检</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="216" />
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="217" />
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="224" />
        <source>Section %1</source>
        <translation>第 %1 部分</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="225" />
        <source>Item %1</source>
        <translation>第 %1 题</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="226" />
        <source>Option %1</source>
        <translation>第 %1 个选项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/template_text.py" line="227" />
        <source>Answer %1</source>
        <translation>第 %1 个答案</translation>
    </message>
</context>
<context>
    <name>TemplateTreeModel</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor/tree_model.py" line="113" />
        <source>Outline</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/tree_model.py" line="113" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/tree_model.py" line="216" />
        <source>(new section)</source>
        <translation>（新部分）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/tree_model.py" line="218" />
        <source>(new question)</source>
        <translation>（新题目）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/tree_model.py" line="219" />
        <source>(new template)</source>
        <translation>（新模板）</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="183" />
        <source>Saved %1, version %2.</source>
        <translation>已保存 %1，版本 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="208" />
        <source>Templates can be changed by engineers and administrators.</source>
        <translation>工程师和管理员才能修改模板。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="211" />
        <source>Checklist templates</source>
        <translation>检查表模板</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="213" />
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="214" />
        <source>Edit (new version)…</source>
        <translation>编辑（生成新版本）…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="215" />
        <source>Copy as new template…</source>
        <translation>复制为新模板…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="216" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="217" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="245" />
        <source>Imported %1, version %2.</source>
        <translation>已导入 %1，版本 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="267" />
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>TemplatesModel</name>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="79" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="80" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="81" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="82" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="83" />
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="84" />
        <source>Items</source>
        <translation>题目数</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/template_editor/templates_dialog.py" line="101" />
        <source>built-in</source>
        <translation>内置</translation>
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
    <name>TextAnswer</name>
    <message>
        <location filename="../../widgets/checklist/text_answers.py" line="60" />
        <source>Type here</source>
        <translation>在此输入</translation>
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
    <name>VerdictAnswer</name>
    <message>
        <location filename="../../widgets/checklist/choices.py" line="73" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/choices.py" line="74" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/choices.py" line="75" />
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/choices.py" line="76" />
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../widgets/checklist/choices.py" line="77" />
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>WorkflowEditor</name>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="242" />
        <source>Show retired</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="243" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="244" />
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="245" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="288" />
        <source>Sign in as an engineer or administrator.</source>
        <translation>请以工程师或管理员身份登录。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="294" />
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="294" />
        <source>Restore</source>
        <translation>恢复启用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="307" />
        <source>Import a workflow definition</source>
        <translation>导入流程定义</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="307" />
        <location filename="../../desktop_app/ui/workflow_editor.py" line="314" />
        <source>Workflow (*.json)</source>
        <translation>流程定义 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="313" />
        <source>Export the workflow definition</source>
        <translation>导出流程定义</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="379" />
        <source>The file could not be read or written: %1</source>
        <translation>无法读取或写入文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="380" />
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_editor.py" line="383" />
        <source>Not loaded</source>
        <translation>未能读取</translation>
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