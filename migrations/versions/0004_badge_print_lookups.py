"""badge print lookups

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 14:32:31.768369
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("badge_print", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_badge_print_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_badge_print_registration_id"), ["registration_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("badge_print", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_badge_print_registration_id"))
        batch_op.drop_index(batch_op.f("ix_badge_print_person_id"))
