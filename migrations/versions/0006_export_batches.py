"""export batches

Municipality exports: batches get a number (unique within their series), the site, station,
folder, delimiter and schema version they were written with; ``export_file`` keeps each file's
bytes so a batch can be written again exactly, and ``export_mark`` is the ledger of what has
been sent. Batches already in the table are numbered by their id.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 18:32:09.687093
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "export_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("bytes", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["export_batch.id"],
            name=op.f("fk_export_file_batch_id_export_batch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_file")),
        sa.UniqueConstraint("batch_id", "name", name=op.f("uq_export_file_batch_id_name")),
    )
    op.create_table(
        "export_mark",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("row_key", sa.String(length=80), nullable=False),
        sa.Column("digest", sa.CHAR(length=16), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["export_batch.id"], name=op.f("fk_export_mark_batch_id_export_batch")
        ),
        sa.PrimaryKeyConstraint("entity", "row_key", name=op.f("pk_export_mark")),
    )
    with op.batch_alter_table("export_mark", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_export_mark_batch_id"), ["batch_id"], unique=False)

    with op.batch_alter_table("export_batch", schema=None) as batch_op:
        batch_op.add_column(sa.Column("number", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("site_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("canton_code", sa.String(length=4), nullable=True))
        batch_op.add_column(
            sa.Column("station", sa.String(length=120), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("folder", sa.String(length=500), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("delimiter", sa.String(length=1), nullable=False, server_default=",")
        )
        batch_op.add_column(
            sa.Column("schema_version", sa.String(length=10), nullable=False, server_default="1")
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_export_batch_site_id_site"), "site", ["site_id"], ["id"]
        )

    op.execute(sa.text("UPDATE export_batch SET number = id"))  # unique: the ids are
    with op.batch_alter_table("export_batch", schema=None) as batch_op:
        batch_op.alter_column("number", existing_type=sa.Integer(), nullable=False)
        batch_op.create_unique_constraint(
            batch_op.f("uq_export_batch_kind_number"), ["kind", "number"]
        )


def downgrade() -> None:
    with op.batch_alter_table("export_batch", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_export_batch_site_id_site"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("uq_export_batch_kind_number"), type_="unique")
        batch_op.drop_column("schema_version")
        batch_op.drop_column("delimiter")
        batch_op.drop_column("folder")
        batch_op.drop_column("station")
        batch_op.drop_column("canton_code")
        batch_op.drop_column("site_id")
        batch_op.drop_column("number")

    with op.batch_alter_table("export_mark", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_export_mark_batch_id"))

    op.drop_table("export_mark")
    op.drop_table("export_file")
