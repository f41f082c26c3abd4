"""Typed SQLAlchemy models. Importing this package registers every table on `Base.metadata`."""

from storage.models.alarms import AlarmEventRecord, AlarmLimitRecord, AlarmRecord
from storage.models.base import Base
from storage.models.bundles import BundleExportRecord
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
from storage.models.projects import (
    ImprovementProjectRecord,
    ProjectAmountRecord,
    ProjectEffectRecord,
)
from storage.models.readings import readings_table
from storage.models.reviews import ReviewActionRecord, ReviewKpiResultRecord, ReviewRecord
from storage.models.rollups import (
    meter_replacements_table,
    readings_staging_table,
    rollup_1d_table,
    rollup_1h_table,
    rollup_1min_table,
    storage_meta_table,
)
from storage.models.suppliers import (
    PurchaseRecord,
    SupplierCredentialRecord,
    SupplierEvaluationRecord,
    SupplierRecord,
)
from storage.models.users import User
from storage.models.workflows import (
    WorkflowDefinitionRecord,
    WorkflowEventRecord,
    WorkflowInstanceRecord,
    WorkflowTaskRecord,
)

__all__ = [
    "ActionEventRecord",
    "AlarmEventRecord",
    "AlarmLimitRecord",
    "AlarmRecord",
    "Base",
    "BundleExportRecord",
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
    "ImprovementProjectRecord",
    "KpiDefinitionRecord",
    "KpiTargetRecord",
    "ProductionRecord",
    "ProjectAmountRecord",
    "ProjectEffectRecord",
    "PurchaseRecord",
    "ReadingCorrection",
    "RecordFeed",
    "ReviewActionRecord",
    "ReviewKpiResultRecord",
    "ReviewRecord",
    "Site",
    "SupplierCredentialRecord",
    "SupplierEvaluationRecord",
    "SupplierRecord",
    "Tag",
    "User",
    "WorkflowDefinitionRecord",
    "WorkflowEventRecord",
    "WorkflowInstanceRecord",
    "WorkflowTaskRecord",
    "meter_replacements_table",
    "readings_staging_table",
    "readings_table",
    "rollup_1d_table",
    "rollup_1h_table",
    "rollup_1min_table",
    "storage_meta_table",
]
