"""person merges

Merges that lose nothing and can be undone: ``person_merge`` records each merge with what it
changed; ``person_document`` holds the further documents a kept record gains (the merged
record's passport beside its cédula), so they stay searchable and unique; a registration folded
into the kept person's registration for the same event points at it (``merged_into_id``).

Data: records merged before this revision hand their document to the record they were merged
into (the document was unreachable there, and typing it again failed on the unique constraint).
Outcomes recorded twice (same registration, status and vacancy or employer: ``kind_key``) keep
the first; each removed copy is written to the audit trail and leaves a tombstone for the
exports, and a unique constraint then stops two stations from recording the same outcome at the
same moment.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 12:36:13.275971
"""

import json
import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coworking import clock
from coworking.core.text import search_key
from coworking.db.base import UTCDateTime

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DOCUMENT_TYPE = sa.Enum(
    "cedula",
    "passport",
    "refugee",
    "visa",
    "other",
    "none",
    name="documenttype",
    native_enum=False,
    length=32,
)


def upgrade() -> None:
    op.create_table(
        "person_merge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kept_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("merged_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("staff_user_id", sa.Integer(), nullable=True),
        sa.Column("undone_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("undone_by_id", sa.Integer(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kept_id"], ["person.id"], name=op.f("fk_person_merge_kept_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["merged_id"], ["person.id"], name=op.f("fk_person_merge_merged_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["staff_user_id"],
            ["staff_user.id"],
            name=op.f("fk_person_merge_staff_user_id_staff_user"),
        ),
        sa.ForeignKeyConstraint(
            ["undone_by_id"],
            ["staff_user.id"],
            name=op.f("fk_person_merge_undone_by_id_staff_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_merge")),
    )
    with op.batch_alter_table("person_merge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_merge_kept_id"), ["kept_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_merge_merged_id"), ["merged_id"], unique=False)

    op.create_table(
        "person_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("document_type", _DOCUMENT_TYPE, nullable=False),
        sa.Column("document_number", sa.String(length=40), nullable=False),
        sa.Column("merge_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["merge_id"],
            ["person_merge.id"],
            name=op.f("fk_person_document_merge_id_person_merge"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_document_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_document")),
        sa.UniqueConstraint(
            "document_type",
            "document_number",
            name=op.f("uq_person_document_document_type_document_number"),
        ),
    )
    with op.batch_alter_table("person_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_document_person_id"), ["person_id"], unique=False
        )

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_birth_date"), ["birth_date"], unique=False)

    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_registration_merged_into_id_registration"),
            "registration",
            ["merged_into_id"],
            ["id"],
        )

    _hand_documents_to_kept_records()
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind_key", sa.String(length=40), nullable=True))
    _remove_repeated_outcomes()
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.alter_column("kind_key", existing_type=sa.String(length=40), nullable=False)
        batch_op.create_unique_constraint(
            batch_op.f("uq_outcome_registration_id_kind_key"), ["registration_id", "kind_key"]
        )


def _hand_documents_to_kept_records() -> None:
    connection = op.get_bind()
    merged = connection.execute(
        sa.text(
            "SELECT id, merged_into_id, document_type, document_number FROM person "
            "WHERE merged_into_id IS NOT NULL AND document_number IS NOT NULL"
        )
    ).all()
    for person_id, kept_id, kind, number in merged:
        taken = connection.execute(
            sa.text(
                "SELECT 1 FROM person_document WHERE document_type = :kind "
                "AND document_number = :number"
            ),
            {"kind": kind, "number": number},
        ).first()
        if taken is None:
            connection.execute(
                sa.text(
                    "INSERT INTO person_document (person_id, document_type, document_number) "
                    "VALUES (:kept, :kind, :number)"
                ),
                {"kept": kept_id, "kind": kind, "number": number},
            )
            token = search_key(re.sub(r"[\s\-.]", "", number))[:60]  # as people.token_set
            indexed = connection.execute(
                sa.text("SELECT 1 FROM person_token WHERE person_id = :kept AND token = :token"),
                {"kept": kept_id, "token": token},
            ).first()
            if indexed is None and token:
                connection.execute(
                    sa.text("INSERT INTO person_token (person_id, token) VALUES (:kept, :token)"),
                    {"kept": kept_id, "token": token},
                )
        connection.execute(
            sa.text(
                "UPDATE person SET document_type = 'none', document_number = NULL WHERE id = :id"
            ),
            {"id": person_id},
        )


def _remove_repeated_outcomes() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT id, registration_id, status, vacancy_id, employer_id, occurred_on, notes "
            "FROM outcome ORDER BY id"
        )
    ).all()
    seen: set[tuple] = set()
    now = clock.now()
    audit = sa.table(
        "audit_entry",
        sa.column("at", UTCDateTime(timezone=True)),
        sa.column("username", sa.String()),
        sa.column("action", sa.String()),
        sa.column("entity", sa.String()),
        sa.column("entity_id", sa.String()),
        sa.column("changes", sa.JSON()),
    )
    tombstone = sa.table(
        "tombstone",
        sa.column("table_name", sa.String()),
        sa.column("row_uuid", sa.Uuid()),
        sa.column("deleted_at", UTCDateTime(timezone=True)),
    )
    for oid, registration, status, vacancy, employer, occurred, notes in rows:
        kind_key = f"{status}:{vacancy or 0}:{employer or 0}"  # models.outcome_kind_key
        if (registration, kind_key) not in seen:
            seen.add((registration, kind_key))
            connection.execute(
                sa.text("UPDATE outcome SET kind_key = :key WHERE id = :id"),
                {"key": kind_key, "id": oid},
            )
            continue
        uuid = connection.execute(
            sa.select(sa.column("uuid", sa.Uuid()))
            .select_from(sa.table("outcome"))
            .where(sa.column("id") == oid)
        ).scalar_one()
        changes = {
            "registration_id": [registration, None],
            "status": [status, None],
            "vacancy_id": [vacancy, None],
            "employer_id": [employer, None],
            "occurred_on": [str(occurred), None],
            "notes": [notes, None],
            "motivo": ["resultado repetido, quitado al actualizar la base de datos", None],
        }
        connection.execute(
            audit.insert().values(
                at=now,
                username="actualización",
                action="delete",
                entity="outcome",
                entity_id=str(oid),
                changes=json.loads(json.dumps(changes)),
            )
        )
        connection.execute(
            tombstone.insert().values(table_name="outcome", row_uuid=uuid, deleted_at=now)
        )
        connection.execute(sa.text("DELETE FROM outcome WHERE id = :id"), {"id": oid})


def downgrade() -> None:
    with op.batch_alter_table("outcome", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_outcome_registration_id_kind_key"), type_="unique")
        batch_op.drop_column("kind_key")
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_registration_merged_into_id_registration"), type_="foreignkey"
        )
        batch_op.drop_column("merged_into_id")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_birth_date"))

    with op.batch_alter_table("person_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_document_person_id"))
    op.drop_table("person_document")
    with op.batch_alter_table("person_merge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_merge_merged_id"))
        batch_op.drop_index(batch_op.f("ix_person_merge_kept_id"))
    op.drop_table("person_merge")
