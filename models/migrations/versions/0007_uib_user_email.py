"""approvals: an e-mail address per user, where approval requests and escalations go.

Revision ID: 0007_uib_user_email
Revises: 0005_trust_logins
Create Date: 2026-12-03 16:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_uib_user_email"
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


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("email")
