"""notes: whether the customer is a guess, whether the memo only reports a past event

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('customer_guessed', sa.Boolean(),
                                      server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('past_event', sa.Boolean(), server_default=sa.false(),
                                      nullable=False))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_column('past_event')
        batch_op.drop_column('customer_guessed')
