"""notes: the amount's kind, the contact person, whether a contact happened

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 12:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('amount_kind', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('contact', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('contacted', sa.Boolean(), server_default=sa.false(),
                                      nullable=False))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_column('contacted')
        batch_op.drop_column('contact')
        batch_op.drop_column('amount_kind')
