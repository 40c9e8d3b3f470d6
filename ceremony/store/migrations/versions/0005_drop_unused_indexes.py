"""drop two indexes no query uses

honorees.search_key is only searched with "contains" (LIKE '%…%'), which a B-tree
index cannot serve; awards.honoree_id is the first column of the unique
(honoree_id, award_type_id, decision_id) index already. Both only slowed every
insert, an import of 50,000 rows most of all.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 14:15:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_honorees_search_key", table_name="honorees")
    op.drop_index("ix_awards_honoree_id", table_name="awards")


def downgrade() -> None:
    op.create_index("ix_awards_honoree_id", "awards", ["honoree_id"])
    op.create_index("ix_honorees_search_key", "honorees", ["search_key"])
