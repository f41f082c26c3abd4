"""The words of the run report in Chinese and English, and how answers and findings read.

`reports` is not Qt, so there is no `tr()` and no .ts file: the report's few dozen labels live
here as (zh, en) pairs. The answer and finding texts are built here too (the service that
fills a `ReportRun` calls them), so both languages of one report always use the same words.
"""

from __future__ import annotations

import math

from domain.actions import ActionState, Priority
from domain.checklists import Answer, Finding, Item, ItemKind, Text

__all__ = [
    "answer_text",
    "finding_reason",
    "format_number",
    "label",
    "limits_text",
    "priority_text",
    "state_text",
]

LABELS: dict[str, tuple[str, str]] = {
    "report": ("检查报告", "Inspection report"),
    "template": ("检查表", "Checklist"),
    "version": ("版本", "version"),
    "run_title": ("检查名称", "Run"),
    "started": ("开始", "Started"),
    "finished": ("完成", "Finished"),
    "score": ("得分", "Score"),
    "threshold": ("合格线", "pass mark"),
    "result": ("结论", "Result"),
    "passed": ("合格", "PASSED"),
    "failed": ("不合格", "FAILED"),
    "not_scored": ("未评分", "not scored"),
    "answered": ("已答题目", "Items answered"),
    "findings": ("发现问题", "Findings"),
    "photos": ("照片", "Photos"),
    "actions": ("整改措施", "Corrective actions"),
    "summary": ("概要", "Summary"),
    "no": ("序号", "No."),
    "item": ("检查项", "Item"),
    "answer": ("结果", "Answer"),
    "flags": ("标记", "Flags"),
    "note": ("备注", "Note"),
    "limits": ("限值", "limits"),
    "unanswered": ("未作答", "not answered"),
    "see_below": ("见下行", "see below"),
    "finding": ("问题", "Finding"),
    "signatures": ("签字", "Signatures"),
    "signed": ("已签字", "signed"),
    "not_signed": ("未签字", "not signed"),
    "photo_missing": ("照片文件缺失", "photo file missing"),
    "signature_missing": ("签名文件缺失", "signature file missing"),
    "action_title": ("措施", "Action"),
    "department": ("部门", "Department"),
    "person": ("责任人", "Person"),
    "due": ("期限", "Due"),
    "priority": ("优先级", "Priority"),
    "state": ("状态", "State"),
    "none": ("无", "none"),
    "page": ("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}"),
    "run_id": ("检查编号", "Run ID"),
    "by": ("{who}，{when}", "{who}, {when}"),
}

_CHOICES: dict[str, tuple[str, str]] = {
    "yes": ("是", "Yes"),
    "no": ("否", "No"),
    "na": ("不适用", "N/A"),
    "pass": ("合格", "Pass"),
    "fail": ("不合格", "Fail"),
}

_REASONS: dict[str, tuple[str, str]] = {
    "no": ("回答为“否”", "answered no"),
    "fail": ("判定不合格", "failed"),
    "below_low": ("低于下限", "below the lower limit"),
    "above_high": ("高于上限", "above the upper limit"),
}

_PRIORITIES: dict[Priority, tuple[str, str]] = {
    Priority.LOW: ("低", "low"),
    Priority.MEDIUM: ("中", "medium"),
    Priority.HIGH: ("高", "high"),
}

_STATES: dict[ActionState, tuple[str, str]] = {
    ActionState.OPEN: ("待处理", "open"),
    ActionState.IN_PROGRESS: ("整改中", "in progress"),
    ActionState.DONE: ("已完成待验证", "done, to verify"),
    ActionState.VERIFIED: ("已验证", "verified"),
    ActionState.CLOSED: ("已关闭", "closed"),
}


def label(key: str, chinese: bool) -> str:
    zh, en = LABELS[key]
    return zh if chinese else en


def priority_text(priority: Priority, chinese: bool) -> str:
    zh, en = _PRIORITIES[priority]
    return zh if chinese else en


def state_text(state: ActionState, chinese: bool) -> str:
    zh, en = _STATES[state]
    return zh if chinese else en


def format_number(value: float) -> str:
    """A typed reading as the inspector typed it: 7 not 7.0, 7.25 not 7.250, no 1e+06."""
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.10g}" if abs(value) >= 1e-4 else f"{value:g}"


def limits_text(item_low: float | None, item_high: float | None) -> str:
    """ "6–9", "≥ 15", "≤ 30" or "" (no limits)."""
    if item_low is not None and item_high is not None:
        return f"{format_number(item_low)}–{format_number(item_high)}"
    if item_low is not None:
        return f"≥ {format_number(item_low)}"
    if item_high is not None:
        return f"≤ {format_number(item_high)}"
    return ""


def answer_text(item: Item, value: Answer) -> Text:
    """What the inspector answered, as people read it (option texts, not option codes)."""
    if item.kind is ItemKind.NUMBER and isinstance(value, int | float):
        number = format_number(float(value))
        return Text(number, number)
    if item.kind.has_options:
        codes = value if isinstance(value, tuple) else (value,)
        texts = [_option_text(item, str(code)) for code in codes]
        return Text("、".join(t.zh for t in texts), "; ".join(t.en for t in texts))
    if item.kind in (ItemKind.YES_NO_NA, ItemKind.PASS_FAIL) and str(value) in _CHOICES:
        zh, en = _CHOICES[str(value)]
        return Text(zh, en)
    shown = " / ".join(value) if isinstance(value, tuple) else str(value)
    return Text(shown, shown)


def finding_reason(item: Item, finding: Finding) -> Text:
    """Why the answer is a finding: "高于上限 9" / "above the upper limit 9", or the options."""
    if finding.reason == "option":
        codes = finding.value if isinstance(finding.value, tuple) else (finding.value,)
        chosen = [o.text for o in item.options if o.code in codes and o.finding]
        if chosen:
            return Text("、".join(t.zh for t in chosen), "; ".join(t.en for t in chosen))
    zh, en = _REASONS.get(finding.reason, (finding.reason, finding.reason))
    bound = {"below_low": item.low, "above_high": item.high}.get(finding.reason)
    if bound is not None:
        unit = f" {item.unit}" if item.unit else ""
        limit = f"{format_number(bound)}{unit}"
        return Text(f"{zh} {limit}", f"{en} {limit}")
    return Text(zh, en)


def _option_text(item: Item, code: str) -> Text:
    try:
        return item.option(code).text
    except KeyError:  # an answer from an option since removed: show the code, not nothing
        return Text(code, code)
