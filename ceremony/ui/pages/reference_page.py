"""Authorities, award types and decisions, one tab each, with forms and undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ceremony.services.reference_records import AuthorityInfo, AwardTypeInfo, DecisionInfo, Info
from ceremony.ui.backend import Backend
from ceremony.ui.pages.ceremonies_page import fit_columns, table_view
from ceremony.ui.record_model import RecordTableModel
from ceremony.ui.reference_forms import (
    AuthorityDialog,
    AwardTypeDialog,
    DecisionDialog,
    RecordDialog,
)


def _t(text: object) -> Callable[[], str]:
    """A column title translated when shown (marked for lupdate by QT_TRANSLATE_NOOP)."""
    return lambda: QCoreApplication.translate("ReferencePage", str(text))


class ReferencePage(QWidget):
    def __init__(self, backend: Callable[[], Backend | None],
                 save: Callable[[Info], None]) -> None:
        super().__init__()
        self._backend = backend
        self._save = save
        signer = lambda r: f"{r.signer_title} {r.signer_name}".strip()  # noqa: E731
        self.authorities: RecordTableModel[AuthorityInfo] = RecordTableModel([
            (_t(QT_TRANSLATE_NOOP("ReferencePage", "Name")), lambda r: r.name),
            (_t(QT_TRANSLATE_NOOP("ReferencePage", "Title line")), lambda r: r.title_line),
            (_t(QT_TRANSLATE_NOOP("ReferencePage", "Signer")), signer),
            (_t(QT_TRANSLATE_NOOP("ReferencePage", "Place")), lambda r: r.place_name),
        ], self)
        self.award_types: RecordTableModel[AwardTypeInfo] = RecordTableModel([
            (_t(QT_TRANSLATE_NOOP("ReferencePage", "Name")), lambda r: r.name),
            (_t(QT_TRANSLATE_NOOP("ReferencePage", "Conferred by")), self._authority_name),
            (_t(QT_TRANSLATE_NOOP("ReferencePage", "Precedence")), lambda r: r.precedence),
        ], self)
        self.decisions: RecordTableModel[DecisionInfo] = RecordTableModel([
            (_t(QT_TRANSLATE_NOOP("ReferencePage", "Number")), lambda r: r.number),
            (_t(QT_TRANSLATE_NOOP("ReferencePage", "Date")), lambda r: _date(r.date)),
            (_t(QT_TRANSLATE_NOOP("ReferencePage", "Issued by")), self._authority_name),
            (_t(QT_TRANSLATE_NOOP("ReferencePage", "Signer")), signer),
        ], self)
        self._names: dict[int | None, str] = {}
        self.tabs = QTabWidget()
        self.tables: list[QTableView] = []
        self.buttons: list[tuple[QPushButton, QPushButton]] = []
        for model in (self.authorities, self.award_types, self.decisions):
            self.tabs.addTab(self._tab(model), "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self.loaded = False
        self.retranslate()

    def retranslate(self) -> None:
        titles = (self.tr("Authorities"), self.tr("Award types"), self.tr("Decisions"))
        for tab, title in enumerate(titles):
            self.tabs.setTabText(tab, title)
        for add, edit in self.buttons:
            add.setText(self.tr("&Add…"))
            edit.setText(self.tr("&Edit…"))
        for model in (self.authorities, self.award_types, self.decisions):
            model.relabel()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _tab(self, model: RecordTableModel[Any]) -> QWidget:
        table = table_view(model)
        table.doubleClicked.connect(lambda index: self._edit_row(model, index))
        self.tables.append(table)
        add = QPushButton()
        add.clicked.connect(lambda: self.open_form(self._blank(model)))
        edit = QPushButton()
        self.buttons.append((add, edit))
        edit.clicked.connect(lambda: self._edit_row(model, table.currentIndex()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(edit)
        buttons.addStretch()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(table)
        return tab

    def reload(self) -> None:
        backend = self._backend()
        if backend is None:
            return
        authorities, award_types, decisions = backend.reference_lists()
        self._names = {a.id: a.name for a in authorities}
        self.authorities.set_records(authorities)
        self.award_types.set_records(award_types)
        self.decisions.set_records(decisions)
        for table in self.tables:
            fit_columns(table)
        self.loaded = True

    def _authority_name(self, record: AwardTypeInfo | DecisionInfo) -> str:
        return self._names.get(record.authority_id, "")

    def _blank(self, model: RecordTableModel[Any]) -> Info:
        first = next(iter(self._names), 0) or 0
        if model is self.authorities:
            return AuthorityInfo(None, "")
        if model is self.award_types:
            return AwardTypeInfo(None, "", first)
        return DecisionInfo(None, "", first)

    def _edit_row(self, model: RecordTableModel[Any], index: QModelIndex) -> None:
        if index.isValid():
            self.open_form(model.record_at(index.row()))

    def form_for(self, record: Info) -> RecordDialog:
        authorities = self.authorities.records()
        if isinstance(record, AuthorityInfo):
            return AuthorityDialog(record, self)
        if isinstance(record, AwardTypeInfo):
            return AwardTypeDialog(record, authorities, self)
        return DecisionDialog(record, authorities, self)

    def open_form(self, record: Info) -> None:
        dialog = self.form_for(record)
        if dialog.exec() == RecordDialog.DialogCode.Accepted and dialog.record() != record:
            self._save(dialog.record())


def _date(value: object) -> str:
    return "" if value is None else f"{value:%d/%m/%Y}"
