"""The Qt bindings must not leak or steal references on ordinary calls.

PySide6 6.12.0 drops a reference to None on every call of a method that returns
nothing. Python 3.11's None is an ordinary object: once its count runs out the
interpreter aborts ("deallocating None"), minutes into a clerk's session and with
nothing saved since the last commit. pyproject.toml keeps that release out; this
test fails on any binding that brings the fault back. (From Python 3.12 None is
immortal, its count never moves, and the test passes either way.)
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QLabel

CALLS = 2_000


@pytest.mark.parametrize("method", ["setText", "setVisible", "setPos", "setSelected",
                                    "setRect"])
def test_calls_that_return_nothing_keep_none_alive(qapp: QApplication, method: str) -> None:
    label, item = QLabel(), QGraphicsRectItem(0, 0, 10, 10)
    calls = {
        "setText": lambda: label.setText("Nguyễn Văn A"),
        "setVisible": lambda: label.setVisible(False),
        "setPos": lambda: item.setPos(1.5, 2.5),
        "setSelected": lambda: item.setSelected(False),
        "setRect": lambda: item.setRect(QRectF(0, 0, 5, 5)),
    }
    call = calls[method]
    call()  # a first call may cache something for good
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10, f"{method}: {lost} references to None lost in {CALLS} calls"
