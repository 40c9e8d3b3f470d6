"""Alembic environment: always handed a live connection by ceremony.store.migrate.

Batch mode is on so SQLite tables are rebuilt rather than altered in place; the
caller has already switched foreign keys off for the rebuild (see migrate.py).
"""

from __future__ import annotations

from alembic import context

import ceremony.store.models  # noqa: F401  (registers the tables)
from ceremony.store.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
