"""Typed SQLAlchemy models. Importing this package registers every table on `Base.metadata`."""

from storage.models.alarms import AlarmEventRecord, AlarmLimitRecord, AlarmRecord
from storage.models.base import Base
from storage.models.change_log import ChangeLogEntry
from storage.models.checklists import (
    ActionEventRecord,
    ChecklistAnswerRecord,
    ChecklistPhotoRecord,
    ChecklistRunRecord,
    ChecklistTemplateRecord,
    CorrectiveActionRecord,
)
from storage.models.corrections import ReadingCorrection
from storage.models.evaluation import EvaluationInputRecord, EvaluationSystemRecord
from storage.models.instruments import Bus, Device, Site, Tag
from storage.models.kpis import (
    EnergyConventionRecord,
    KpiDefinitionRecord,
    KpiTargetRecord,
    ProductionRecord,
    RecordFeed,
)
from storage.models.readings import readings_table
from storage.models.rollups import (
    meter_replacements_table,
    readings_staging_table,
    rollup_1d_table,
    rollup_1h_table,
    rollup_1min_table,
    storage_meta_table,
)
from storage.models.users import User

__all__ = [
    "ActionEventRecord",
    "AlarmEventRecord",
    "AlarmLimitRecord",
    "AlarmRecord",
    "Base",
    "Bus",
    "ChangeLogEntry",
    "ChecklistAnswerRecord",
    "ChecklistPhotoRecord",
    "ChecklistRunRecord",
    "ChecklistTemplateRecord",
    "CorrectiveActionRecord",
    "Device",
    "EnergyConventionRecord",
    "EvaluationInputRecord",
    "EvaluationSystemRecord",
    "KpiDefinitionRecord",
    "KpiTargetRecord",
    "ProductionRecord",
    "ReadingCorrection",
    "RecordFeed",
    "Site",
    "Tag",
    "User",
    "meter_replacements_table",
    "readings_staging_table",
    "readings_table",
    "rollup_1d_table",
    "rollup_1h_table",
    "rollup_1min_table",
    "storage_meta_table",
]
