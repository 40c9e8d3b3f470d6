"""Python classes compiled from the Qt Designer forms in forms/ (by scripts/bootstrap.sh).

The .ui files are the source of truth; the ui_*.py files here are build output.
"""
