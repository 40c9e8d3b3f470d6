"""The import wizard of issue 3, over ceremony.importing (preview, then commit)."""

from ceremony.ui.import_wizard.wizard import ImportWizard, run_import_wizard

__all__ = ["ImportWizard", "run_import_wizard"]
