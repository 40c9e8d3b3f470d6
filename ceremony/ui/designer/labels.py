"""What the designer calls the template's variables, faces and alignments, translated."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

VARIABLES: dict[str, object] = {
    "name": QT_TRANSLATE_NOOP("Designer", "Name"),
    "name_with_prefix": QT_TRANSLATE_NOOP("Designer", "Name with prefix (Mr/Ms, Collective)"),
    "prefix": QT_TRANSLATE_NOOP("Designer", "Prefix only"),
    "rank": QT_TRANSLATE_NOOP("Designer", "Rank"),
    "position": QT_TRANSLATE_NOOP("Designer", "Position"),
    "rank_position": QT_TRANSLATE_NOOP("Designer", "Rank, position"),
    "unit": QT_TRANSLATE_NOOP("Designer", "Unit"),
    "position_unit": QT_TRANSLATE_NOOP("Designer", "Rank, position, unit"),
    "citation": QT_TRANSLATE_NOOP("Designer", "Citation (achievement)"),
    "award": QT_TRANSLATE_NOOP("Designer", "Award"),
    "authority": QT_TRANSLATE_NOOP("Designer", "Authority"),
    "authority_title": QT_TRANSLATE_NOOP("Designer", "Authority (as titled)"),
    "decision_number": QT_TRANSLATE_NOOP("Designer", "Decision number"),
    "decision_date": QT_TRANSLATE_NOOP("Designer", "Decision date"),
    "decision_line": QT_TRANSLATE_NOOP("Designer", "Decision line (number and date)"),
    "register_no": QT_TRANSLATE_NOOP("Designer", "Register number"),
    "register_line": QT_TRANSLATE_NOOP("Designer", "Register line"),
    "place_date": QT_TRANSLATE_NOOP("Designer", "Place and date"),
    "date": QT_TRANSLATE_NOOP("Designer", "Date"),
    "signer_title": QT_TRANSLATE_NOOP("Designer", "Signer's title"),
    "signer_name": QT_TRANSLATE_NOOP("Designer", "Signer's name"),
    "posthumous": QT_TRANSLATE_NOOP("Designer", "Posthumous note"),
    "ceremony_title": QT_TRANSLATE_NOOP("Designer", "Ceremony title"),
    "year": QT_TRANSLATE_NOOP("Designer", "Year"),
}

FONTS: dict[str, object] = {
    "serif": QT_TRANSLATE_NOOP("Designer", "Serif"),
    "serif-bold": QT_TRANSLATE_NOOP("Designer", "Serif bold"),
    "serif-italic": QT_TRANSLATE_NOOP("Designer", "Serif italic"),
    "serif-bold-italic": QT_TRANSLATE_NOOP("Designer", "Serif bold italic"),
    "display": QT_TRANSLATE_NOOP("Designer", "Display (names)"),
    "display-italic": QT_TRANSLATE_NOOP("Designer", "Display italic"),
}

ALIGNMENTS: dict[str, object] = {
    "left": QT_TRANSLATE_NOOP("Designer", "Left"),
    "center": QT_TRANSLATE_NOOP("Designer", "Centre"),
    "right": QT_TRANSLATE_NOOP("Designer", "Right"),
}

VERTICAL: dict[str, object] = {
    "top": QT_TRANSLATE_NOOP("Designer", "Top"),
    "middle": QT_TRANSLATE_NOOP("Designer", "Middle"),
    "bottom": QT_TRANSLATE_NOOP("Designer", "Bottom"),
}


def label(table: Mapping[str, object], key: str | None) -> str:
    """The translated label of *key* in *table* (the key itself if it has none)."""
    if key is None:
        return ""
    source = table.get(key)
    return QCoreApplication.translate("Designer", str(source)) if source else key
