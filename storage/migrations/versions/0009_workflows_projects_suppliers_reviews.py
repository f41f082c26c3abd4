"""Workflow definitions, instances, tasks and events; improvement projects; suppliers,
credentials, evaluations and purchases; PDCA reviews; a department for each user.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "improvement_projects",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cost_class", sa.String(length=8), nullable=False),
        sa.Column("source_kind", sa.String(length=20), nullable=False),
        sa.Column("source_ref", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("person", sa.String(length=100), nullable=False),
        sa.Column("life_years", sa.Integer(), nullable=False),
        sa.Column("discount_rate", sa.Float(), nullable=False),
        sa.Column("expected_energy_kgce", sa.Float(), nullable=True),
        sa.Column("energy_price_cny_per_kgce", sa.Float(), nullable=True),
        sa.Column("implemented_on", sa.String(length=10), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_ms", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_improvement_projects")),
        sa.UniqueConstraint("code", name=op.f("uq_improvement_projects_code")),
    )
    op.create_table(
        "pdca_reviews",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("period_first", sa.String(length=10), nullable=False),
        sa.Column("period_last", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("previous_id", sa.String(length=36), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_ms", sa.Integer(), nullable=False),
        sa.Column("closed_by", sa.String(length=64), nullable=True),
        sa.Column("closed_ms", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pdca_reviews")),
    )
    op.create_table(
        "suppliers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("cp_audit_status", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_ms", sa.Integer(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suppliers")),
        sa.UniqueConstraint("name", name=op.f("uq_suppliers_name")),
    )
    op.create_table(
        "workflow_definitions",
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("json", sa.Text(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("imported_by", sa.String(length=64), nullable=False),
        sa.Column("imported_ms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", "version", name=op.f("pk_workflow_definitions")),
    )
    op.create_table(
        "workflow_instances",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("definition_code", sa.String(length=64), nullable=False),
        sa.Column("definition_version", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("step", sa.String(length=64), nullable=True),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("values_json", sa.Text(), nullable=False),
        sa.Column("doers_json", sa.Text(), nullable=False),
        sa.Column("approvals_json", sa.Text(), nullable=False),
        sa.Column("source_kind", sa.String(length=32), nullable=False),
        sa.Column("source_ref", sa.String(length=200), nullable=False),
        sa.Column("started_by", sa.String(length=64), nullable=False),
        sa.Column("started_ms", sa.Integer(), nullable=False),
        sa.Column("finished_ms", sa.Integer(), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workflow_instances")),
    )
    with op.batch_alter_table("workflow_instances", schema=None) as batch_op:
        batch_op.create_index(
            "ix_workflow_instances_source", ["source_kind", "source_ref"], unique=False
        )
        batch_op.create_index("ix_workflow_instances_status", ["status"], unique=False)

    op.create_table(
        "project_amounts",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("amount_cny", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["improvement_projects.id"],
            name=op.f("fk_project_amounts_project_id_improvement_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "kind", "category", name=op.f("pk_project_amounts")),
    )
    op.create_table(
        "project_effects",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("kpi_code", sa.String(length=64), nullable=False),
        sa.Column("expected_change", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["improvement_projects.id"],
            name=op.f("fk_project_effects_project_id_improvement_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("project_id", "kpi_code", name=op.f("pk_project_effects")),
    )
    op.create_table(
        "purchases",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("supplier_id", sa.String(length=36), nullable=False),
        sa.Column("bought_on", sa.String(length=10), nullable=False),
        sa.Column("item", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("amount_cny", sa.Float(), nullable=False),
        sa.Column("green_certified", sa.Boolean(), nullable=False),
        sa.Column("certificate_ref", sa.String(length=200), nullable=False),
        sa.Column("entered_by", sa.String(length=64), nullable=False),
        sa.Column("entered_ms", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["supplier_id"],
            ["suppliers.id"],
            name=op.f("fk_purchases_supplier_id_suppliers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purchases")),
    )
    with op.batch_alter_table("purchases", schema=None) as batch_op:
        batch_op.create_index("ix_purchases_bought_on", ["bought_on"], unique=False)

    op.create_table(
        "review_actions",
        sa.Column("review_id", sa.String(length=36), nullable=False),
        sa.Column("ref_kind", sa.String(length=20), nullable=False),
        sa.Column("ref_id", sa.String(length=36), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("check_result", sa.String(length=16), nullable=True),
        sa.Column("check_note", sa.Text(), nullable=False),
        sa.Column("checked_in", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["pdca_reviews.id"],
            name=op.f("fk_review_actions_review_id_pdca_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("review_id", "ref_kind", "ref_id", name=op.f("pk_review_actions")),
    )
    op.create_table(
        "review_kpi_results",
        sa.Column("review_id", sa.String(length=36), nullable=False),
        sa.Column("kpi_code", sa.String(length=64), nullable=False),
        sa.Column("name_zh", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("cause", sa.Text(), nullable=False),
        sa.Column("next_target", sa.Float(), nullable=True),
        sa.Column("next_deadline", sa.String(length=10), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["pdca_reviews.id"],
            name=op.f("fk_review_kpi_results_review_id_pdca_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("review_id", "kpi_code", name=op.f("pk_review_kpi_results")),
    )
    op.create_table(
        "supplier_credentials",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("supplier_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("issuer", sa.String(length=200), nullable=False),
        sa.Column("valid_from", sa.String(length=10), nullable=True),
        sa.Column("valid_to", sa.String(length=10), nullable=True),
        sa.Column("renewal_instance", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["supplier_id"],
            ["suppliers.id"],
            name=op.f("fk_supplier_credentials_supplier_id_suppliers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supplier_credentials")),
    )
    with op.batch_alter_table("supplier_credentials", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_supplier_credentials_supplier_id"), ["supplier_id"], unique=False
        )
        batch_op.create_index("ix_supplier_credentials_valid_to", ["valid_to"], unique=False)

    op.create_table(
        "supplier_evaluations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("supplier_id", sa.String(length=36), nullable=False),
        sa.Column("evaluated_on", sa.String(length=10), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("evaluator", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("entered_ms", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["supplier_id"],
            ["suppliers.id"],
            name=op.f("fk_supplier_evaluations_supplier_id_suppliers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supplier_evaluations")),
    )
    with op.batch_alter_table("supplier_evaluations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_supplier_evaluations_supplier_id"), ["supplier_id"], unique=False
        )

    op.create_table(
        "workflow_events",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("instance_id", sa.String(length=36), nullable=False),
        sa.Column("task_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("actor_name", sa.String(length=64), nullable=False),
        sa.Column("at_ms", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("values_json", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("signature_meaning", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["instance_id"],
            ["workflow_instances.id"],
            name=op.f("fk_workflow_events_instance_id_workflow_instances"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workflow_events")),
    )
    with op.batch_alter_table("workflow_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_workflow_events_instance_at", ["instance_id", "at_ms"], unique=False
        )

    op.create_table(
        "workflow_tasks",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("instance_id", sa.String(length=36), nullable=False),
        sa.Column("step_code", sa.String(length=64), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("role", sa.String(length=64), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("person", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_ms", sa.Integer(), nullable=False),
        sa.Column("due_ms", sa.Integer(), nullable=True),
        sa.Column("escalate_to", sa.String(length=20), nullable=False),
        sa.Column("escalated_ms", sa.Integer(), nullable=True),
        sa.Column("acted_by", sa.String(length=64), nullable=True),
        sa.Column("acted_ms", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["instance_id"],
            ["workflow_instances.id"],
            name=op.f("fk_workflow_tasks_instance_id_workflow_instances"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workflow_tasks")),
    )
    with op.batch_alter_table("workflow_tasks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workflow_tasks_instance_id"), ["instance_id"], unique=False
        )
        batch_op.create_index("ix_workflow_tasks_state_due", ["state", "due_ms"], unique=False)

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("department", sa.String(length=100), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("department")

    with op.batch_alter_table("workflow_tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_workflow_tasks_state_due")
        batch_op.drop_index(batch_op.f("ix_workflow_tasks_instance_id"))

    op.drop_table("workflow_tasks")
    with op.batch_alter_table("workflow_events", schema=None) as batch_op:
        batch_op.drop_index("ix_workflow_events_instance_at")

    op.drop_table("workflow_events")
    with op.batch_alter_table("supplier_evaluations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supplier_evaluations_supplier_id"))

    op.drop_table("supplier_evaluations")
    with op.batch_alter_table("supplier_credentials", schema=None) as batch_op:
        batch_op.drop_index("ix_supplier_credentials_valid_to")
        batch_op.drop_index(batch_op.f("ix_supplier_credentials_supplier_id"))

    op.drop_table("supplier_credentials")
    op.drop_table("review_kpi_results")
    op.drop_table("review_actions")
    with op.batch_alter_table("purchases", schema=None) as batch_op:
        batch_op.drop_index("ix_purchases_bought_on")

    op.drop_table("purchases")
    op.drop_table("project_effects")
    op.drop_table("project_amounts")
    with op.batch_alter_table("workflow_instances", schema=None) as batch_op:
        batch_op.drop_index("ix_workflow_instances_status")
        batch_op.drop_index("ix_workflow_instances_source")

    op.drop_table("workflow_instances")
    op.drop_table("workflow_definitions")
    op.drop_table("suppliers")
    op.drop_table("pdca_reviews")
    op.drop_table("improvement_projects")
