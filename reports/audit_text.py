"""The words of the cleaner-production audit report in Chinese and English.

`reports` has no Qt, hence no `tr()`: labels are (zh, en) pairs, as in `reports.monthly_text`,
whose number formats (`fixed`, `kpi_number`, `percent`) the audit report uses too, so a figure
reads the same in both reports. The chapter titles are those of standards.md §4 (the
cleaner-production audit's seven steps), in that order.
"""

from __future__ import annotations

__all__ = ["CHAPTERS", "FILL_IN", "code_text", "label", "level_name", "money", "years"]

CHAPTERS: tuple[tuple[str, str], ...] = (
    ("第一章 筹划与组织", "Chapter 1 Planning and organisation"),
    ("第二章 预评估", "Chapter 2 Pre-assessment"),
    ("第三章 评估", "Chapter 3 Assessment"),
    ("第四章 方案产生和筛选", "Chapter 4 Option generation and screening"),
    ("第五章 可行性分析", "Chapter 5 Feasibility analysis"),
    ("第六章 方案实施", "Chapter 6 Implementation"),
    ("第七章 持续清洁生产", "Chapter 7 Continuous cleaner production"),
)

FILL_IN = ("【待填写】", "[to be completed]")
"""Marks what the application cannot know; the audit team writes it in."""

LABELS: dict[str, tuple[str, str]] = {
    "title": ("清洁生产审核报告", "Cleaner-production audit report"),
    "contents": ("目录", "Contents"),
    "audit_period": ("审核期", "Audit period"),
    "site_code": ("企业代码", "Site code"),
    "timezone": ("时区", "Time zone"),
    "data_source": ("数据来源", "Data source"),
    "data_source_text": (
        "清源现场数据库（在线计量、台账记录、检查表、方案登记、管理评审、供应商与采购登记）",
        "Qingyuan site database (metering, records, checklists, options register, reviews, "
        "suppliers and purchases)",
    ),
    "fill_note": (
        "本报告中标有“【待填写】”之处为软件无法掌握的内容，由审核小组补充填写；其余数据均由软件"
        "根据现场数据库生成。",
        "Places marked “[to be completed]” hold what the software cannot know and are written "
        "in by the audit team; every other figure is generated from the site database.",
    ),
    "prepared_by": ("编制单位 / 审核小组", "Prepared by (audit team)"),
    "approved_by": ("企业负责人（签字）", "Approved by (company head, signature)"),
    "report_date": ("报告日期", "Report date"),
    # chapter 1
    "s1_overview": ("审核概况", "Audit overview"),
    "s1_team": ("审核小组", "Audit team"),
    "s1_plan": ("审核工作计划", "Audit work plan"),
    "s1_training": (
        "宣传、教育与培训，障碍及克服措施",
        "Publicity, training, barriers and remedies",
    ),
    "s1_instruments": ("计量与数据来源", "Metering and data sources"),
    "t_overview": ("审核概况", "Audit overview"),
    "t_team": ("审核小组成员", "Audit team members"),
    "t_instruments": ("在线计量仪表", "Online metering instruments"),
    "t_completeness": ("在线数据完整率", "Online data completeness"),
    "role": ("小组职务", "Role in team"),
    "name": ("姓名", "Name"),
    "position": ("部门 / 职务", "Department / position"),
    "duty": ("职责", "Duties"),
    "team_leader": ("组长", "Leader"),
    "team_member": ("成员", "Member"),
    "plan_prompt": (
        "审核各阶段的时间安排、责任人与产出。",
        "Schedule, owners and outputs of each audit phase.",
    ),
    "training_prompt": (
        "宣传动员、培训内容与人次；审核中遇到的思想、技术、资金障碍及克服措施。",
        "Publicity, training given (topics, attendance); barriers met and how they were overcome.",
    ),
    "bus": ("通讯通道", "Bus"),
    "device": ("仪表", "Instrument"),
    "protocol": ("协议 / 地址", "Protocol / address"),
    "tags": ("测点", "Tags"),
    "counters": ("累计量", "Counters"),
    "carriers": ("计量能源", "Carriers metered"),
    # chapter 2
    "s2_profile": ("企业概况", "Company profile"),
    "s2_resources": ("资源能源消耗现状", "Resource and energy use"),
    "s2_pollution": ("污染物产生与排放现状", "Pollution generation and discharge"),
    "s2_comparison": (
        "与清洁生产评价指标体系对比",
        "Comparison with the evaluation indicator system",
    ),
    "s2_focus": ("确定审核重点", "Audit focus"),
    "s2_targets": ("设置清洁生产目标", "Cleaner-production targets"),
    "s2_low_cost": ("无/低费方案", "No/low-cost options"),
    "profile_prompt": (
        "企业沿革、主要产品与产能、生产工艺流程、主要设备、职工人数、环境管理现状。",
        "History, main products and capacity, process flow, main equipment, staff, environmental "
        "management.",
    ),
    "t_production": ("审核期生产情况", "Production in the audit period"),
    "t_energy": ("能源消耗结构（折标准煤）", "Energy consumption by carrier (standard coal)"),
    "f_energy_share": ("各能源品种折标煤占比", "Share of standard coal by carrier"),
    "t_water": ("水资源消耗", "Water use"),
    "t_waste": ("固体废物产生情况", "Solid waste generated"),
    "t_pollutants": ("主要污染物排放情况", "Main pollutants discharged"),
    "t_evaluation": ("清洁生产评价结果", "Cleaner-production evaluation result"),
    "t_indicators": ("评价指标对比", "Indicators against the benchmarks"),
    "t_holding_back": ("制约评价等级的指标", "Indicators holding the rating back"),
    "system": ("评价指标体系", "Indicator system"),
    "rule": ("评级规则", "Rating rule"),
    "rule_standard": ("标准规则", "standard rule"),
    "rule_non_limiting_at_least_II": (
        "Ⅰ级另需全部非限定性指标达到Ⅱ级",
        "level I also needs every non-limiting indicator at II",
    ),
    "rating": ("综合评级", "Rating"),
    "not_rated": ("未达到Ⅲ级（不评级）", "below level III (not rated)"),
    "sample_note": (
        "注：所用评价指标体系为软件附带的示例，并非本行业正式发布的体系；正式审核须导入本行业体系。",
        "Note: the indicator system is the sample shipped with the software, not the industry's "
        "official one; a formal audit must import the industry's system.",
    ),
    "benchmark": ("基准值 Ⅰ / Ⅱ / Ⅲ", "Benchmark I / II / III"),
    "value": ("本期值", "Value"),
    "achieved": ("达到等级", "Level met"),
    "limiting": ("限定性", "Limiting"),
    "gain": ("可提高分值", "Points to gain"),
    "required": ("必须达到", "Required"),
    "missing_value": ("缺少数据", "missing"),
    "no_value": ("缺少数据", "No value"),
    "not_applicable": ("不适用", "not applicable"),
    "evaluation_none": ("无法评价", "Cannot evaluate"),
    "focus_data": (
        "数据提示的审核重点候选：",
        "Candidates for the audit focus suggested by the data:",
    ),
    "focus_prompt": (
        "审核小组确定的审核重点及理由。",
        "The audit focus chosen by the audit team, and why.",
    ),
    "t_targets": ("清洁生产目标", "Cleaner-production targets"),
    "baseline": ("基线值", "Baseline"),
    "target": ("目标值", "Target"),
    "change": ("变化 (%)", "Change (%)"),
    "start": ("起始", "Start"),
    "deadline": ("截止日期", "Deadline"),
    "t_low_cost": ("无/低费方案", "No/low-cost options"),
    # chapter 3
    "s3_material": ("物料平衡", "Material balance"),
    "s3_energy": ("能量平衡", "Energy balance"),
    "s3_water": ("水平衡与污染物平衡", "Water and pollutant balance"),
    "s3_baseline": ("能源绩效基准（ISO 50006）", "Energy performance baseline (ISO 50006)"),
    "s3_findings": ("现场审核发现", "Audit findings on site"),
    "s3_causes": ("废物产生原因分析", "Causes of waste generation"),
    "material_prompt": (
        "审核重点的原辅材料输入、产品与废物输出实测数据及物料平衡图。",
        "Measured inputs of raw and auxiliary materials, outputs of products and wastes at the "
        "audit focus, and the material-balance diagram.",
    ),
    "material_known": ("软件掌握的物料相关指标：", "Material indicators the software holds:"),
    "t_energy_balance": ("能量平衡（按流向）", "Energy balance by flow"),
    "f_daily": ("每日综合能耗", "Daily comprehensive energy"),
    "t_water_balance": ("水平衡", "Water balance"),
    "t_pollutant_balance": ("污染物排放强度", "Pollutant loads and intensities"),
    "t_baseline": ("能源基准模型与审核期对比", "Baseline model and the audit period"),
    "f_cusum": ("累计节能量 CUSUM (kgce)", "Cumulative savings CUSUM (kgce)"),
    "baseline_period": ("基准期", "Baseline period"),
    "model": ("模型", "Model"),
    "points": ("样本数 (日)", "Points (days)"),
    "expected": ("按基准应耗能 (kgce)", "Expected by baseline (kgce)"),
    "actual": ("实际能耗 (kgce)", "Actual (kgce)"),
    "savings": ("节能量 (kgce)", "Savings (kgce)"),
    "savings_percent": ("节能率 (%)", "Savings (%)"),
    "warnings": ("模型提示", "Model warnings"),
    "baseline_none": ("无法建立能源基准", "No energy baseline"),
    "t_runs": ("审核期检查记录", "Inspections in the audit period"),
    "t_findings": ("检查发现的问题", "Findings"),
    "causes_prompt": (
        "从原辅材料和能源、技术工艺、设备、过程控制、产品、废物、管理、员工八个方面分析原因。",
        "Causes in the eight aspects: materials and energy, technology, equipment, process "
        "control, products, wastes, management, staff.",
    ),
    # chapter 4
    "s4_register": ("方案汇总", "Options register"),
    "s4_screening": ("方案筛选", "Screening"),
    "t_options": ("清洁生产方案汇总", "Cleaner-production options"),
    "t_screening": ("方案分类与状态", "Options by class and status"),
    "code": ("编号", "No."),
    "option": ("方案", "Option"),
    "cost_class": ("类别", "Class"),
    "source": ("来源", "Source"),
    "status": ("状态", "Status"),
    "department": ("责任部门", "Department"),
    "total": ("合计", "Total"),
    "screening_prompt": (
        "方案筛选方法（如权重总和计分排序法）、评分与结论。",
        "Screening method (e.g. weighted scoring), scores and conclusions.",
    ),
    # chapter 5
    "s5_technical": ("技术评估", "Technical evaluation"),
    "s5_environmental": ("环境评估", "Environmental evaluation"),
    "s5_economic": ("经济评估", "Economic evaluation"),
    "technical_prompt": (
        "中/高费方案的技术先进性、成熟度、与现有工艺的匹配、实施难度：",
        "Medium/high-cost options — maturity, fit with the process, difficulty: ",
    ),
    "t_effects": ("方案预期环境效益", "Expected environmental effects"),
    "kpi": ("指标", "Indicator"),
    "expected_change": ("预期变化", "Expected change"),
    "energy_promise": ("预期节能 (kgce/年)", "Expected energy saving (kgce/yr)"),
    "t_economics": ("方案经济评估", "Economic evaluation of the options"),
    "f_economics": ("投资与年收益 (万元)", "Investment and annual benefit (10⁴ 元)"),
    "investment": ("投资 (元)", "Investment (元)"),
    "benefit": ("年收益 (元/年)", "Benefit (元/yr)"),
    "roi": ("投资收益率 (%)", "ROI (%)"),
    "payback": ("回收期 (年)", "Payback (yr)"),
    "npv": ("净现值 (元)", "NPV (元)"),
    "irr": ("内部收益率 (%)", "IRR (%)"),
    "life": ("寿命 / 折现率", "Life / rate"),
    "economics_basis": (
        "投资收益率 = 年收益 / 投资；回收期 = 投资 / 年净收益；净现值与内部收益率按方案寿命期及"
        "折现率计算。",
        "ROI = annual benefit / investment; payback = investment / annual net benefit; NPV and "
        "IRR over the option's life at its discount rate.",
    ),
    # chapter 6
    "s6_implemented": ("方案实施情况", "Options implemented"),
    "s6_results": ("实施效果", "Results achieved"),
    "s6_targets": ("目标完成情况", "Results against the targets"),
    "s6_actions": ("整改措施", "Corrective actions"),
    "t_implementation": ("方案实施进度", "Implementation progress"),
    "implemented_on": ("投用日期", "In service"),
    "t_realised": ("已实施方案的实际效果（与承诺对比）", "Realised against promised savings"),
    "promised": ("承诺 (kgce/年)", "Promised (kgce/yr)"),
    "realised": ("实测 (kgce/年)", "Realised (kgce/yr)"),
    "promised_cny": ("承诺 (元/年)", "Promised (元/yr)"),
    "realised_cny": ("实测 (元/年)", "Realised (元/yr)"),
    "days_judged": ("评估天数", "Days judged"),
    "realised_note": (
        "实测效果按 ISO 50006 基准（投用前数据）与投用后各日实际能耗之差折算为年值；反映全厂变化。",
        "Realised savings: ISO 50006 baseline (days before service) minus actual energy on each "
        "day after, annualised; the whole site is judged.",
    ),
    "t_kpis": ("指标与目标对比", "Indicators against targets"),
    "f_kpis": ("指标本期值 / 目标值 (%)", "Indicator value as % of target"),
    "t_actions": ("整改措施", "Corrective actions"),
    "actions_counts": (
        "未完成 {open} 项，其中逾期 {overdue} 项；审核期内验证或关闭 {closed} 项。",
        "{open} open, {overdue} of them overdue; {closed} verified or closed in the period.",
    ),
    "action": ("措施", "Action"),
    "person": ("责任人", "Person"),
    "due": ("期限", "Due"),
    "state": ("状态", "State"),
    # chapter 7
    "s7_reviews": ("PDCA 管理评审", "PDCA management reviews"),
    "s7_procurement": ("绿色采购与供应链", "Green procurement and the supply chain"),
    "s7_plan": ("持续清洁生产计划", "Plan for continuous cleaner production"),
    "s7_conclusion": ("审核结论", "Conclusions"),
    "t_reviews": ("管理评审", "Management reviews"),
    "review": ("评审", "Review"),
    "period": ("期间", "Period"),
    "met": ("达成", "Met"),
    "missed": ("未达成", "Missed"),
    "no_data": ("无数据", "No data"),
    "raised": ("新措施", "New actions"),
    "decisions": ("评审决定", "Decisions"),
    "t_procurement": ("绿色采购比例", "Green procurement ratio"),
    "green_ratio": ("绿色采购比例 (%)", "Green procurement ratio (%)"),
    "green_cny": ("绿色认证采购额 (元)", "Green-certified purchases (元)"),
    "all_cny": ("采购总额 (元)", "All purchases (元)"),
    "t_suppliers": ("供应商清洁生产情况", "Suppliers' cleaner production"),
    "supplier": ("供应商", "Supplier"),
    "category": ("类别", "Category"),
    "cp_audit": ("清洁生产审核", "CP audit"),
    "grade": ("评价等级 / 得分", "Grade / score"),
    "t_next": ("待实施的方案", "Options still to implement"),
    "plan_next_prompt": (
        "持续清洁生产的组织机构、管理制度、下一轮审核计划及培训计划。",
        "Organisation and rules for continuous cleaner production, the next audit, training.",
    ),
    "conclusion_prompt": (
        "审核目标完成情况、方案实施总体效果及审核结论。",
        "Whether the audit's targets were met, the options' overall effect, and the conclusion.",
    ),
    "none": ("无", "none"),
    "details": ("内容", "Details"),
    "y1": ("Ⅰ级综合评价指数 Y_Ⅰ", "Composite index Y_I"),
    "y2": ("Ⅱ级综合评价指数 Y_Ⅱ", "Composite index Y_II"),
    "y3": ("Ⅲ级综合评价指数 Y_Ⅲ", "Composite index Y_III"),
    "to_reach": (
        "要达到{level}，须改善以下指标（必须达到者在前）：",
        "To reach {level}, these indicators must improve (required ones first):",
    ),
    "focus_limiting": ("制约评级的限定性指标", "Limiting indicators holding the rating back"),
    "focus_targets": ("未达成或有风险的目标", "Targets missed or at risk"),
    "page": ("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}"),
    "table": ("表 {n}", "Table {n}"),
    "figure": ("图 {n}", "Figure {n}"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
}

_LEVELS = {1: ("Ⅰ级", "level I"), 2: ("Ⅱ级", "level II"), 3: ("Ⅲ级", "level III")}

_CODES: dict[str, tuple[str, str]] = {
    "modbus_tcp": ("Modbus TCP", "Modbus TCP"),
    "modbus_rtu": ("Modbus RTU", "Modbus RTU"),
    "modbus_rtu_over_tcp": ("Modbus RTU over TCP", "Modbus RTU over TCP"),
    "ascii_serial": ("文本协议（串口）", "text protocol (serial)"),
    "ascii_tcp": ("文本协议（TCP）", "text protocol (TCP)"),
    "draft": ("进行中", "in progress"),
    "closed": ("已关闭", "closed"),
    "no_input": ("未录入", "not entered"),
    "missing_inputs": ("缺少数据", "missing inputs"),
    "zero_denominator": ("产量为零", "no output"),
    "no_kpi_value": ("指标无数值", "KPI has no value"),
    "unit_mismatch": ("单位不一致", "unit mismatch"),
    "stale_input": ("录入值已失效", "stale input"),
    "not_implemented": ("尚未实施", "not implemented"),
    "no_date": ("缺投用日期", "no service date"),
    "no_data": ("无数据", "no data"),
    "no_report_days": ("投用后尚无完整日", "no whole day in service yet"),
    "no_price": ("缺能源单价", "no energy price"),
    "too_few_points": ("样本不足", "too few points"),
    "no_variation": ("产量无变化", "output does not vary"),
    "collinear": ("变量共线", "collinear drivers"),
    "no_baseline_period": ("审核期前无数据", "no data before the audit period"),
    "low_r_squared": ("R² 偏低", "low R²"),
    "high_cv_rmse": ("CV(RMSE) 偏高", "high CV(RMSE)"),
    "negative_slope": ("产量系数为负", "negative slope"),
    "few_points": ("样本偏少", "few points"),
    "outside_baseline_range": ("超出基准期产量范围", "outside the baseline's range"),
    "no_report_points": ("审核期无可比数据", "no comparable day in the audit period"),
}


def label(key: str, chinese: bool) -> str:
    zh, en = LABELS[key]
    return zh if chinese else en


def level_name(level: int | None, chinese: bool) -> str:
    if level is None:
        return "—"
    zh, en = _LEVELS.get(level, (str(level), str(level)))
    return zh if chinese else en


def code_text(code: str, chinese: bool) -> str:
    """A stored code (protocol, review status, reason) in words; the code itself if unknown."""
    zh, en = _CODES.get(code, (code, code))
    return zh if chinese else en


def money(value: float | None) -> str:
    """元 without decimals and with thousands separators: 275,000."""
    return "—" if value is None else f"{value:,.0f}"


def years(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"
