"""imports, printer profiles, register numbers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 09:04:34.097759
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('import_mappings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('signature', sa.String(length=64), nullable=False),
    sa.Column('headers', sa.Text(), nullable=False),
    sa.Column('mapping', sa.Text(), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_mappings')),
    sa.UniqueConstraint('signature', name=op.f('uq_import_mappings_signature'))
    )
    op.create_table('printer_profiles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('printer', sa.String(length=300), nullable=False),
    sa.Column('tray', sa.String(length=120), nullable=False),
    sa.Column('offset_x_mm', sa.Float(), nullable=False),
    sa.Column('offset_y_mm', sa.Float(), nullable=False),
    sa.Column('scale', sa.Float(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('scale > 0.5 AND scale < 1.5', name=op.f('ck_printer_profiles_scale')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_printer_profiles')),
    sa.UniqueConstraint('name', name=op.f('uq_printer_profiles_name'))
    )
    op.create_table('register_counters',
    sa.Column('authority_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['authority_id'], ['authorities.id'], name=op.f('fk_register_counters_authority_id_authorities'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('authority_id', 'year', name=op.f('pk_register_counters'))
    )
    with op.batch_alter_table('honorees', schema=None) as batch_op:
        batch_op.add_column(sa.Column('import_batch_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_honorees_import_batch_id'), ['import_batch_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_honorees_import_batch_id_import_batches'), 'import_batches', ['import_batch_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('import_batches', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_sha256', sa.String(length=64), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('undone_at', sa.DateTime(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('import_batches', schema=None) as batch_op:
        batch_op.drop_column('undone_at')
        batch_op.drop_column('source_sha256')

    with op.batch_alter_table('honorees', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_honorees_import_batch_id_import_batches'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_honorees_import_batch_id'))
        batch_op.drop_column('import_batch_id')

    op.drop_table('register_counters')
    op.drop_table('printer_profiles')
    op.drop_table('import_mappings')
