"""Reading nominee lists as offices really type them (no Qt: the wizard calls these).

Two steps, each a plain function a worker thread can run:
`preview_files` reads, lays out, maps and checks files and returns an ImportPreview;
`commit_preview` stores a preview with no errors in one transaction.
"""

from ceremony.importing.commit import commit_preview
from ceremony.importing.fields import Field
from ceremony.importing.preview import ImportOptions, ImportPreview, SheetPreview, preview_files
from ceremony.importing.problems import Problem, Severity

__all__ = ["Field", "ImportOptions", "ImportPreview", "Problem", "Severity", "SheetPreview",
           "commit_preview", "preview_files"]
