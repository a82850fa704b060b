"""job fairs: booths, check-in state, undo, outcomes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 12:30:54.990628
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import coworking.db.base

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "event_employer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("booth", sa.String(length=20), nullable=True),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("created_at", coworking.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", coworking.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["employer_id"], ["employer.id"], name=op.f("fk_event_employer_employer_id_employer")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_employer_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_employer")),
        sa.UniqueConstraint(
            "event_id", "employer_id", name=op.f("uq_event_employer_event_id_employer_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_event_employer_uuid")),
    )
    with op.batch_alter_table("event_employer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_employer_employer_id"), ["employer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_event_employer_updated_at"), ["updated_at"], unique=False
        )

    with op.batch_alter_table("check_in", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("undone_at", coworking.db.base.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("undone_by_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_check_in_scanned_at"), ["scanned_at"], unique=False)
        batch_op.create_index(
            "uq_check_in_admitted",
            ["registration_id"],
            unique=True,
            sqlite_where=sa.text("result = 'ok' AND undone_at IS NULL"),
            postgresql_where=sa.text("result = 'ok' AND undone_at IS NULL"),
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_check_in_undone_by_id_staff_user"),
            "staff_user",
            ["undone_by_id"],
            ["id"],
        )

    with op.batch_alter_table("employer", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true())
        )

    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rating", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("recorded_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_interaction_recorded_by_id_staff_user"),
            "staff_user",
            ["recorded_by_id"],
            ["id"],
        )

    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.add_column(sa.Column("employer_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "occurred_on", sa.Date(), nullable=False, server_default=sa.text("CURRENT_DATE")
            )
        )
        batch_op.add_column(sa.Column("notes", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("followed_up_30_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("followed_up_90_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("recorded_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_outcome_recorded_by_id_staff_user"),
            "staff_user",
            ["recorded_by_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_outcome_employer_id_employer"), "employer", ["employer_id"], ["id"]
        )
        batch_op.drop_column("follow_up_on")

    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("source", sa.String(length=20), nullable=False, server_default="registry")
        )
        batch_op.add_column(
            sa.Column("checked_in_at", coworking.db.base.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column("cancelled_at", coworking.db.base.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.drop_column("cancelled_at")
        batch_op.drop_column("checked_in_at")
        batch_op.drop_column("source")

    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.add_column(sa.Column("follow_up_on", sa.DATE(), nullable=True))
        batch_op.drop_constraint(batch_op.f("fk_outcome_employer_id_employer"), type_="foreignkey")
        batch_op.drop_constraint(
            batch_op.f("fk_outcome_recorded_by_id_staff_user"), type_="foreignkey"
        )
        batch_op.drop_column("recorded_by_id")
        batch_op.drop_column("followed_up_90_on")
        batch_op.drop_column("followed_up_30_on")
        batch_op.drop_column("notes")
        batch_op.drop_column("occurred_on")
        batch_op.drop_column("employer_id")

    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_interaction_recorded_by_id_staff_user"), type_="foreignkey"
        )
        batch_op.drop_column("recorded_by_id")
        batch_op.drop_column("rating")

    with op.batch_alter_table("employer", schema=None) as batch_op:
        batch_op.drop_column("active")

    with op.batch_alter_table("check_in", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_check_in_undone_by_id_staff_user"), type_="foreignkey"
        )
        batch_op.drop_index(
            "uq_check_in_admitted",
            sqlite_where=sa.text("result = 'ok' AND undone_at IS NULL"),
            postgresql_where=sa.text("result = 'ok' AND undone_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_check_in_scanned_at"))
        batch_op.drop_column("undone_by_id")
        batch_op.drop_column("undone_at")

    with op.batch_alter_table("event_employer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_employer_updated_at"))
        batch_op.drop_index(batch_op.f("ix_event_employer_employer_id"))

    op.drop_table("event_employer")
