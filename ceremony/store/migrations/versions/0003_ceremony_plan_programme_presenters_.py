"""ceremony plan: programme, presenters, blocks, stage slots

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 09:24:37.847339
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing tables first (rebuilt on SQLite with foreign keys off), then the new ones.
    with op.batch_alter_table('awards', schema=None) as batch_op:
        batch_op.add_column(sa.Column('receiver_name', sa.String(length=300), server_default='', nullable=False))
        batch_op.add_column(sa.Column('receiver_title', sa.String(length=300), server_default='', nullable=False))
        batch_op.add_column(sa.Column('attendance', sa.String(length=16), server_default='expected', nullable=False))
        batch_op.add_column(sa.Column('checked_in_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('presented_at', sa.DateTime(), nullable=True))
        # Autogenerate does not see CHECK constraints: written by hand.
        batch_op.create_check_constraint(
            op.f('ck_awards_attendance'),
            "attendance IN ('expected', 'present', 'absent', 'proxy')")

    with op.batch_alter_table('ceremonies', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seconds_per_person', sa.Integer(), server_default='20', nullable=False))
        batch_op.add_column(sa.Column('seconds_per_round', sa.Integer(), server_default='60', nullable=False))
        batch_op.add_column(sa.Column('seconds_per_reading', sa.Integer(), server_default='90', nullable=False))
        batch_op.create_check_constraint(
            op.f('ck_ceremonies_timing'),
            'seconds_per_person >= 0 AND seconds_per_round >= 0 AND seconds_per_reading >= 0')

    op.create_table('presenters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ceremony_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('rank', sa.String(length=120), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint('position >= 0', name=op.f('ck_presenters_position')),
    sa.ForeignKeyConstraint(['ceremony_id'], ['ceremonies.id'], name=op.f('fk_presenters_ceremony_id_ceremonies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_presenters'))
    )
    with op.batch_alter_table('presenters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_presenters_ceremony_id'), ['ceremony_id'], unique=False)

    op.create_table('presentation_blocks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ceremony_id', sa.Integer(), nullable=False),
    sa.Column('award_type_id', sa.Integer(), nullable=False),
    sa.Column('decision_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('round_size', sa.Integer(), nullable=False),
    sa.Column('inner_order', sa.String(length=8), nullable=False),
    sa.Column('collectives_first', sa.Boolean(), nullable=False),
    sa.Column('slot_minutes', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("inner_order IN ('list', 'name')", name=op.f('ck_presentation_blocks_inner_order')),
    sa.CheckConstraint('round_size BETWEEN 1 AND 100', name=op.f('ck_presentation_blocks_round_size')),
    sa.CheckConstraint('slot_minutes IS NULL OR slot_minutes >= 0', name=op.f('ck_presentation_blocks_slot_minutes')),
    sa.ForeignKeyConstraint(['award_type_id'], ['award_types.id'], name=op.f('fk_presentation_blocks_award_type_id_award_types'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['ceremony_id'], ['ceremonies.id'], name=op.f('fk_presentation_blocks_ceremony_id_ceremonies'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['decision_id'], ['decisions.id'], name=op.f('fk_presentation_blocks_decision_id_decisions'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_presentation_blocks'))
    )
    with op.batch_alter_table('presentation_blocks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_presentation_blocks_award_type_id'), ['award_type_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_presentation_blocks_ceremony_id_position'), ['ceremony_id', 'position'], unique=False)
        batch_op.create_index(batch_op.f('ix_presentation_blocks_decision_id'), ['decision_id'], unique=False)

    op.create_table('block_presenters',
    sa.Column('block_id', sa.Integer(), nullable=False),
    sa.Column('presenter_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['block_id'], ['presentation_blocks.id'], name=op.f('fk_block_presenters_block_id_presentation_blocks'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['presenter_id'], ['presenters.id'], name=op.f('fk_block_presenters_presenter_id_presenters'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('block_id', 'presenter_id', name=op.f('pk_block_presenters'))
    )
    with op.batch_alter_table('block_presenters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_block_presenters_presenter_id'), ['presenter_id'], unique=False)

    op.create_table('programme_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ceremony_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('speaker', sa.String(length=300), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('block_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.CheckConstraint("(kind = 'block') = (block_id IS NOT NULL)", name=op.f('ck_programme_items_block_link')),
    sa.CheckConstraint("kind IN ('segment', 'block')", name=op.f('ck_programme_items_kind')),
    sa.CheckConstraint('minutes >= 0', name=op.f('ck_programme_items_minutes')),
    sa.ForeignKeyConstraint(['block_id'], ['presentation_blocks.id'], name=op.f('fk_programme_items_block_id_presentation_blocks'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['ceremony_id'], ['ceremonies.id'], name=op.f('fk_programme_items_ceremony_id_ceremonies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_items'))
    )
    with op.batch_alter_table('programme_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programme_items_block_id'), ['block_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_programme_items_ceremony_id_position'), ['ceremony_id', 'position'], unique=False)

    op.create_table('stage_progress',
    sa.Column('ceremony_id', sa.Integer(), nullable=False),
    sa.Column('block_id', sa.Integer(), nullable=True),
    sa.Column('round_number', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('round_number >= 1', name=op.f('ck_stage_progress_round_number')),
    sa.ForeignKeyConstraint(['block_id'], ['presentation_blocks.id'], name=op.f('fk_stage_progress_block_id_presentation_blocks'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['ceremony_id'], ['ceremonies.id'], name=op.f('fk_stage_progress_ceremony_id_ceremonies'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('ceremony_id', name=op.f('pk_stage_progress'))
    )
    with op.batch_alter_table('stage_progress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_progress_block_id'), ['block_id'], unique=False)

    op.create_table('stage_slots',
    sa.Column('award_id', sa.Integer(), nullable=False),
    sa.Column('block_id', sa.Integer(), nullable=False),
    sa.Column('round_number', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint('position >= 1', name=op.f('ck_stage_slots_position')),
    sa.CheckConstraint('round_number >= 1', name=op.f('ck_stage_slots_round_number')),
    sa.ForeignKeyConstraint(['award_id'], ['awards.id'], name=op.f('fk_stage_slots_award_id_awards'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['block_id'], ['presentation_blocks.id'], name=op.f('fk_stage_slots_block_id_presentation_blocks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('award_id', name=op.f('pk_stage_slots'))
    )
    with op.batch_alter_table('stage_slots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_slots_block_id_round_number_position'), ['block_id', 'round_number', 'position'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('ceremonies', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_ceremonies_timing'), type_='check')
        batch_op.drop_column('seconds_per_reading')
        batch_op.drop_column('seconds_per_round')
        batch_op.drop_column('seconds_per_person')

    with op.batch_alter_table('awards', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_awards_attendance'), type_='check')
        batch_op.drop_column('presented_at')
        batch_op.drop_column('checked_in_at')
        batch_op.drop_column('attendance')
        batch_op.drop_column('receiver_title')
        batch_op.drop_column('receiver_name')

    with op.batch_alter_table('stage_slots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_slots_block_id_round_number_position'))

    op.drop_table('stage_slots')
    with op.batch_alter_table('stage_progress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_progress_block_id'))

    op.drop_table('stage_progress')
    with op.batch_alter_table('programme_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_programme_items_ceremony_id_position'))
        batch_op.drop_index(batch_op.f('ix_programme_items_block_id'))

    op.drop_table('programme_items')
    with op.batch_alter_table('block_presenters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_block_presenters_presenter_id'))

    op.drop_table('block_presenters')
    with op.batch_alter_table('presentation_blocks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_presentation_blocks_decision_id'))
        batch_op.drop_index(batch_op.f('ix_presentation_blocks_ceremony_id_position'))
        batch_op.drop_index(batch_op.f('ix_presentation_blocks_award_type_id'))

    op.drop_table('presentation_blocks')
    with op.batch_alter_table('presenters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_presenters_ceremony_id'))

    op.drop_table('presenters')
