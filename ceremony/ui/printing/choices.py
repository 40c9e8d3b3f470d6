"""The left side of the print dialog: which awards, in which order, on what, through what."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from ceremony.errors import CeremonyError
from ceremony.printing.template import builtin_names, load_template, user_template_names
from ceremony.services.ceremonies import list_ceremonies
from ceremony.services.certificate_rounds import (
    StageRoundChoice,
    StageRoundKey,
    stage_round_choices,
)
from ceremony.services.certificates import CertificateOrder
from ceremony.services.printer_profiles import NO_PROFILE, ProfileInfo, list_profiles
from ceremony.services.reference import list_award_types
from ceremony.store.registry import Registry
from ceremony.ui.errors import current_language
from ceremony.ui.printing.jobs import PrintChoice

SELECTED = "selected"  # the award combo's entry for the rows passed in
ANY_CEREMONY = 0  # ids start at 1: the ceremony combo's entry for "wherever they are"


class ChoicesPanel(QGroupBox):
    changed = Signal()

    def __init__(self, registry: Registry, ceremony_id: int | None,
                 award_ids: list[int] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._award_ids = tuple(award_ids) if award_ids else None
        self.ceremony = QComboBox()
        if self._award_ids is not None:
            self.ceremony.addItem("", ANY_CEREMONY)  # labelled in retranslate()
        for info in list_ceremonies(registry):
            self.ceremony.addItem(f"{info.date:%d/%m/%Y} — {info.title}", info.id)
        self.ceremony.setCurrentIndex(max(0, self.ceremony.findData(ceremony_id or ANY_CEREMONY)))
        self.awards = QComboBox()
        self.stage_round = QComboBox()
        self._rounds: list[StageRoundChoice] = []
        self.order = QComboBox()
        self.template = QComboBox()
        self.stock = QCheckBox()
        self.profile = QComboBox()
        self._profiles: list[ProfileInfo] = []
        self._award_types = [info.name for info in list_award_types(registry)]
        self._templates = available_templates()
        form = QFormLayout(self)
        self._labels: list[QLabel] = []
        # Before the loop: the rounds must follow the ceremony before `changed` is heard.
        self.ceremony.currentIndexChanged.connect(self.reload_rounds)
        for widget in (self.ceremony, self.awards, self.stage_round, self.order, self.template,
                       self.stock, self.profile):
            label = QLabel()
            label.setBuddy(widget)
            self._labels.append(label)
            form.addRow(label, widget)
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.changed)
                # Long ceremony titles must not push the preview off the dialog.
                widget.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                widget.setMinimumContentsLength(24)
        self.stock.toggled.connect(self.changed)
        self.profile.currentIndexChanged.connect(self._profile_picked)
        self.reload_profiles()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What to print"))
        labels = (self.tr("C&eremony:"), self.tr("&Awards:"), self.tr("Stage ro&und:"),
                  self.tr("&Order:"), self.tr("&Template:"), self.tr("Paper:"),
                  self.tr("Printer pro&file:"))
        for label, text in zip(self._labels, labels, strict=True):
            label.setText(text)
        if self.ceremony.count() and self.ceremony.itemData(0) == ANY_CEREMONY:
            self.ceremony.setItemText(0, self.tr("Any ceremony"))
        self.stock.setText(self.tr("Pre-printed &blanks: print only the variable text"))
        self._refill(self.awards, self._award_entries())
        self._refill(self.order, [
            (self.tr("Stage order (running order)"), CertificateOrder.STAGE.value),
            (self.tr("List order (as imported)"), CertificateOrder.LIST.value),
            (self.tr("Name order (Vietnamese)"), CertificateOrder.NAME.value)])
        self._refill(self.template, [(self.tr("Each award's own template"), "")]
                     + [(title, name) for name, title in self._templates])
        self.reload_profiles()
        self.reload_rounds()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload_profiles(self) -> None:
        self._profiles = list_profiles(self._registry)
        self._refill(self.profile, [(self.tr("(no profile: as designed)"), "")]
                     + [(p.name, p.name) for p in self._profiles])

    def reload_rounds(self) -> None:
        """The chosen ceremony's stage rounds; the combo is off when it has no running order."""
        ceremony_id = self.ceremony.currentData() or None
        self._rounds = stage_round_choices(self._registry, ceremony_id) if ceremony_id else []
        language = current_language()
        first = (self.tr("Every round") if self._rounds
                 else self.tr("(no running order: rounds cannot be chosen)"))
        self._refill(self.stage_round, [(first, "")] + [
            (choice.label(language), str(choice.key)) for choice in self._rounds])
        self.stage_round.setEnabled(bool(self._rounds))

    def choice(self) -> PrintChoice:
        picked = self.awards.currentData()
        stage_round = self.stage_round.currentData()
        profile = next((p for p in self._profiles if p.name == self.profile.currentData()),
                       NO_PROFILE)
        return PrintChoice(
            ceremony_id=self.ceremony.currentData() or None,
            award_type=picked if picked not in ("", SELECTED) else None,
            award_ids=self._award_ids if picked == SELECTED else None,
            stage_round=StageRoundKey.parse(stage_round) if stage_round else None,
            order=CertificateOrder(self.order.currentData()),
            template=self.template.currentData() or None,
            stock=self.stock.isChecked(), profile=profile)

    def _profile_picked(self) -> None:
        # A profile's offsets are measured for the blanks' tray: through one, the full
        # design would print over a pre-printed border and emblem. The clerk may untick it.
        if self.profile.currentData():
            self.stock.setChecked(True)

    def _award_entries(self) -> list[tuple[str, str]]:
        entries = [(self.tr("Every award of the ceremony"), "")]
        if self._award_ids is not None:
            count = len(self._award_ids)
            entries.insert(0, (self.tr("The %n selected award(s)", "", count), SELECTED))
        return entries + [(name, name) for name in self._award_types]

    def _refill(self, combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        """Re-label a combo keeping the user's pick (no change signal for the same pick)."""
        kept = combo.currentData() if combo.count() else None
        combo.blockSignals(True)
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(0, combo.findData(kept)) if kept is not None else 0)
        combo.blockSignals(False)
        if combo.currentData() != kept and kept is not None:
            self.changed.emit()


def available_templates() -> list[tuple[str, str]]:
    """Built-in templates, then the user's own; a user file that no longer loads is left
    out here (the designer reports it) rather than keeping the print dialog from opening."""
    found = [(name, load_template(name).title) for name in builtin_names()]
    for name in user_template_names():
        try:
            found.append((name, load_template(name).title))
        except CeremonyError:
            continue
    return found
