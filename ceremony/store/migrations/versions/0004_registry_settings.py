"""registry settings

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 10:14:24.585875
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('registry_settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_registry_settings'))
    )



def downgrade() -> None:

    op.drop_table('registry_settings')

