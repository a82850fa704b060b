"""person_token without rowid (SQLite)

The search words of each person sat in a rowid table beside its primary key's index: three
trees written per word (the table, the key, the index of tokens). Stored as a table without
rowid, the rows live in the key's own tree and the index of tokens holds the person, which
makes an import of 200,000 people write about 1.5 million words noticeably faster and a
search by word read one index only. PostgreSQL has no such option: nothing changes there.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 19:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CREATE = """
CREATE TABLE person_token_new (
    person_id INTEGER NOT NULL,
    token VARCHAR(60) NOT NULL,
    CONSTRAINT pk_person_token PRIMARY KEY (person_id, token),
    CONSTRAINT fk_person_token_person_id_person FOREIGN KEY(person_id)
        REFERENCES person (id) ON DELETE CASCADE
){rowid}
"""


def _rebuild(rowid: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(_CREATE.format(rowid=rowid))
    op.execute(
        "INSERT INTO person_token_new (person_id, token) SELECT person_id, token FROM person_token"
    )
    op.execute("DROP INDEX IF EXISTS ix_person_token_token")
    op.execute("DROP TABLE person_token")
    op.execute("ALTER TABLE person_token_new RENAME TO person_token")
    op.execute("CREATE INDEX ix_person_token_token ON person_token (token)")


def upgrade() -> None:
    _rebuild(" WITHOUT ROWID")


def downgrade() -> None:
    _rebuild("")
