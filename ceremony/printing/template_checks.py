"""Which template files already passed the schema, remembered across runs.

Checking a template against its JSON Schema costs more than drawing a hundred
certificates (importing jsonschema and building its validator take ~0.2 s), and
a clerk prints from the same few files again and again. A file that passed is
remembered as an empty marker in the user's cache folder, named by the SHA-256
of its bytes, the schema's bytes and the app's version: any edit to the file, a
new schema or a new release gives another name, so the file is checked afresh.
Only passes are remembered; a refused file is checked, and refused with the same
message, every time. Trusting this folder is no more than trusting the user's
templates folder, which holds the files themselves.
"""

from __future__ import annotations

import hashlib
from contextlib import suppress
from pathlib import Path

from ceremony import __version__
from ceremony.paths import APP_AUTHOR, APP_NAME

FOLDER_NAME = "template-checks"


def checks_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME, APP_AUTHOR)) / FOLDER_NAME


def _marker(content: bytes, schema: bytes) -> Path:
    digest = hashlib.sha256()
    for part in (__version__.encode("utf-8"), schema, content):
        # Each part's length first, so no two different splits give the same digest.
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return checks_dir() / digest.hexdigest()


def passed_before(content: bytes, schema: bytes) -> bool:
    """Whether exactly these bytes passed exactly this schema in an earlier run."""
    return _marker(content, schema).is_file()


def remember_pass(content: bytes, schema: bytes) -> None:
    """Note that *content* passed; a cache that cannot be written is simply not used."""
    marker = _marker(content, schema)
    with suppress(OSError):
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()
