"""Reading many rows fast, for lists of tens of thousands of awards.

SQLAlchemy's result processing (type converters, Row objects per column set)
costs about a third of the time of a 100,000-row read; for queries whose
columns are plain text and integers, the driver's own values are already right.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session


def plain_rows(session: Session, query: Select[*tuple[Any, ...]]) -> Sequence[Sequence[Any]]:
    """The rows of *query* as the database driver returns them (no type conversion)."""
    connection = session.connection()
    # render_postcompile expands "IN (:ids)" into one parameter per value: the driver
    # cannot take the expanding parameter a selection of award ids compiles to.
    compiled = query.compile(dialect=connection.dialect,
                             compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    arguments: tuple[Any, ...] | dict[str, Any]
    if compiled.positional:
        arguments = tuple(params[name] for name in compiled.positiontup or ())
    else:
        arguments = dict(params)
    return connection.exec_driver_sql(str(compiled), arguments).all()
