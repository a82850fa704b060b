"""coworking bookings and visits

Sites get booking rules and opening hours (existing sites open Monday to Friday 08:00-18:00
and Saturday 09:00-13:00, the usual municipal timetable), bookings their check-in, no-show and
series, and ``booking_cell`` makes overlapping bookings of a resource impossible.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 15:06:40.924147
"""

from collections.abc import Sequence
from datetime import time

import sqlalchemy as sa
from alembic import op

import coworking.db.base

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "opening_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("opens", sa.Time(), nullable=False),
        sa.Column("closes", sa.Time(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_opening_hours_site_id_site"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening_hours")),
        sa.UniqueConstraint("site_id", "weekday", name=op.f("uq_opening_hours_site_id_weekday")),
    )
    op.create_table(
        "site_closure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=120), nullable=False),
        sa.Column("closed", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.ForeignKeyConstraint(
            ["site_id"], ["site.id"], name=op.f("fk_site_closure_site_id_site"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_closure")),
        sa.UniqueConstraint("site_id", "day", name=op.f("uq_site_closure_site_id_day")),
    )
    op.create_table(
        "booking_cell",
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", coworking.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("booking_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["booking_id"],
            ["booking.id"],
            name=op.f("fk_booking_cell_booking_id_booking"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["resource_id"], ["resource.id"], name=op.f("fk_booking_cell_resource_id_resource")
        ),
        sa.PrimaryKeyConstraint("resource_id", "starts_at", name=op.f("pk_booking_cell")),
    )
    with op.batch_alter_table("booking_cell", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_booking_cell_booking_id"), ["booking_id"], unique=False
        )

    with op.batch_alter_table("booking", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("checked_in_at", coworking.db.base.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column("no_show_at", coworking.db.base.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("series_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("purpose", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("booked_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("cancelled_by_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            "ix_booking_resource_starts", ["resource_id", "starts_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_booking_series_id"), ["series_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_booking_starts_at"), ["starts_at"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_booking_cancelled_by_id_staff_user"),
            "staff_user",
            ["cancelled_by_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_booking_booked_by_id_staff_user"), "staff_user", ["booked_by_id"], ["id"]
        )

    with op.batch_alter_table("resource", schema=None) as batch_op:
        batch_op.add_column(sa.Column("amenities", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))

    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("slot_minutes", sa.Integer(), nullable=False, server_default="30")
        )
        batch_op.add_column(
            sa.Column("max_booking_minutes", sa.Integer(), nullable=False, server_default="240")
        )
        batch_op.add_column(
            sa.Column("max_day_minutes", sa.Integer(), nullable=False, server_default="480")
        )
        batch_op.add_column(
            sa.Column("max_week_minutes", sa.Integer(), nullable=False, server_default="1800")
        )
        batch_op.add_column(
            sa.Column("book_ahead_days", sa.Integer(), nullable=False, server_default="30")
        )
        batch_op.add_column(
            sa.Column("cancel_notice_minutes", sa.Integer(), nullable=False, server_default="60")
        )
        batch_op.add_column(
            sa.Column("no_show_grace_minutes", sa.Integer(), nullable=False, server_default="15")
        )
        batch_op.add_column(
            sa.Column("no_show_alert_count", sa.Integer(), nullable=False, server_default="3")
        )

    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("booking_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("station", sa.String(length=60), nullable=True))
        batch_op.add_column(
            sa.Column("auto_checked_out", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("checked_in_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("checked_out_by_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_visit_booking_id"), ["booking_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_checked_in_at"), ["checked_in_at"], unique=False)
        batch_op.create_index(
            "uq_visit_open",
            ["person_id"],
            unique=True,
            sqlite_where=sa.text("checked_out_at IS NULL"),
            postgresql_where=sa.text("checked_out_at IS NULL"),
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_visit_booking_id_booking"), "booking", ["booking_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_visit_checked_out_by_id_staff_user"),
            "staff_user",
            ["checked_out_by_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_visit_checked_in_by_id_staff_user"),
            "staff_user",
            ["checked_in_by_id"],
            ["id"],
        )

    _default_opening_hours()


def _default_opening_hours() -> None:
    hours = sa.table(
        "opening_hours",
        sa.column("site_id", sa.Integer()),
        sa.column("weekday", sa.Integer()),
        sa.column("opens", sa.Time()),
        sa.column("closes", sa.Time()),
    )
    site_ids = [row[0] for row in op.get_bind().execute(sa.text("SELECT id FROM site"))]
    rows = [
        {"site_id": site_id, "weekday": weekday, "opens": time(8), "closes": time(18)}
        for site_id in site_ids
        for weekday in range(5)
    ] + [
        {"site_id": site_id, "weekday": 5, "opens": time(9), "closes": time(13)}
        for site_id in site_ids
    ]
    if rows:
        op.bulk_insert(hours, rows)


def downgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_visit_checked_in_by_id_staff_user"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_visit_checked_out_by_id_staff_user"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("fk_visit_booking_id_booking"), type_="foreignkey")
        batch_op.drop_index(
            "uq_visit_open",
            sqlite_where=sa.text("checked_out_at IS NULL"),
            postgresql_where=sa.text("checked_out_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_visit_checked_in_at"))
        batch_op.drop_index(batch_op.f("ix_visit_booking_id"))
        batch_op.drop_column("checked_out_by_id")
        batch_op.drop_column("checked_in_by_id")
        batch_op.drop_column("auto_checked_out")
        batch_op.drop_column("station")
        batch_op.drop_column("booking_id")

    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.drop_column("no_show_alert_count")
        batch_op.drop_column("no_show_grace_minutes")
        batch_op.drop_column("cancel_notice_minutes")
        batch_op.drop_column("book_ahead_days")
        batch_op.drop_column("max_week_minutes")
        batch_op.drop_column("max_day_minutes")
        batch_op.drop_column("max_booking_minutes")
        batch_op.drop_column("slot_minutes")

    with op.batch_alter_table("resource", schema=None) as batch_op:
        batch_op.drop_column("position")
        batch_op.drop_column("amenities")

    with op.batch_alter_table("booking", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_booking_booked_by_id_staff_user"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_booking_cancelled_by_id_staff_user"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_booking_starts_at"))
        batch_op.drop_index(batch_op.f("ix_booking_series_id"))
        batch_op.drop_index("ix_booking_resource_starts")
        batch_op.drop_column("cancelled_by_id")
        batch_op.drop_column("booked_by_id")
        batch_op.drop_column("purpose")
        batch_op.drop_column("series_id")
        batch_op.drop_column("no_show_at")
        batch_op.drop_column("checked_in_at")

    with op.batch_alter_table("booking_cell", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_booking_cell_booking_id"))

    op.drop_table("booking_cell")
    op.drop_table("site_closure")
    op.drop_table("opening_hours")
