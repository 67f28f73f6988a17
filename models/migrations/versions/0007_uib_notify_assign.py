"""approvals: an e-mail address per user, where approval requests and escalations go; a
review task can be assigned to a person.

Revision ID: 0007_uib_notify_assign
Revises: 0005_trust_logins
Create Date: 2026-12-03 16:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_uib_notify_assign"
down_revision: str | Sequence[str] | None = "0005_trust_logins"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "email",
                sa.String(length=200),
                nullable=True,
                comment="where approval requests and escalations go",
            )
        )
    with op.batch_alter_table("review_tasks", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "assigned_to",
                sa.String(length=100),
                nullable=True,
                comment="the person this work is given to (bulk assign)",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("review_tasks", schema=None) as batch_op:
        batch_op.drop_column("assigned_to")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("email")
