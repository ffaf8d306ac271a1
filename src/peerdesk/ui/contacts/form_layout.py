"""The contact form's layout: the quick log up front, the rest folded, the note always in view.

Quick log: date, duration, channel, topics and risk, then the note (outside the scroll area,
so it is never off-screen), then the guard's suggestions and the buttons. "More details" folds
kind of support, group size, how it started, relationship, signs, referrals, the incident
number, follow-up and "how it affected me".

Mnemonics are unique in the window (File, Edit, Go and Help take F, E, G and H):
W U C T R N M quick; K Z S P I A D L Y V B O details.
"""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.ui.shared.i18n import translate
from peerdesk.ui.shared.spacing import GAP, SECTION


def lay_out(form: Any) -> None:
    quick = _quick(form)
    form.details = _details(form)
    form.details.hide()
    form.more = QToolButton()
    form.more.setText(translate("ContactForm", "&More details"))
    form.more.setAccessibleName(translate("ContactForm", "More details"))
    form.more.setCheckable(True)
    form.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    form.more.setArrowType(Qt.ArrowType.RightArrow)
    form.more.setAutoRaise(True)
    form.more.toggled.connect(lambda on: show_details(form, on))
    inner = QWidget()
    column = QVBoxLayout(inner)
    column.setContentsMargins(0, 0, GAP, 0)  # lined up with the note below the scroll area
    column.setSpacing(GAP)
    column.addWidget(form.heading)
    column.addLayout(quick)
    column.addWidget(form.more, 0, Qt.AlignmentFlag.AlignLeft)
    column.addWidget(form.details)
    column.addStretch(1)
    scroll = _FieldsArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # never sideways
    form.scroller = scroll
    outer = QVBoxLayout(form)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(GAP)
    # The fields take what they need (scrolling when the window is short); the note gets the
    # rest, so a tall window shows a roomy note rather than a gap.
    scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    outer.addWidget(scroll)
    outer.addLayout(_note_area(form), 1)
    outer.addLayout(_buttons(form))


class _FieldsArea(QScrollArea):
    """Asks for the whole height of its fields (QScrollArea caps its wish at about 24 lines),
    so a tall window shows every field and the note takes the rest."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        inner = self.widget()
        if inner is not None:
            hint.setHeight(inner.sizeHint().height() + 2 * self.frameWidth())
        return hint


def show_details(form: Any, on: bool) -> None:
    form.details.setVisible(on)
    form.scroller.updateGeometry()
    form.more.setChecked(on)
    form.more.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)


def _quick(form: Any) -> QFormLayout:
    grid = QFormLayout()
    grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.form_quick = grid
    when_row = QHBoxLayout()
    when_row.addWidget(form.when, 2)
    duration_label = QLabel(translate("ContactForm", "D&uration (minutes):"))
    duration_label.setBuddy(form.duration)
    when_row.addSpacing(SECTION)
    when_row.addWidget(duration_label)
    when_row.addWidget(form.duration, 1)
    grid.addRow(_label(translate("ContactForm", "&When:"), form.when), when_row)
    grid.addRow(_label(translate("ContactForm", "&Channel:"), form.channel), form.channel)
    topics = QVBoxLayout()
    topics.addWidget(form.topics)
    topics.addWidget(form.add_topic_button, 0, Qt.AlignmentFlag.AlignLeft)
    grid.addRow(_label(translate("ContactForm", "&Topics:"), form.topics), topics)
    grid.addRow(_label(translate("ContactForm", "&Risk level:"), form.risk), form.risk)
    grid.addRow(form.crisis)
    return grid


def _details(form: Any) -> QWidget:
    box = QWidget()
    grid = QFormLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.form = grid
    grid.addRow(translate("ContactForm", "&Kind of support:"), form.kind)
    grid.addRow(translate("ContactForm", "Group si&ze (a count):"), form.group_size)
    grid.addRow(translate("ContactForm", "How it &started:"), form.started_by)
    grid.addRow(translate("ContactForm", "Relationshi&p:"), form.relationship)
    grid.addRow(translate("ContactForm", "S&igns of distress:"), form.signs)
    referrals = _label(translate("ContactForm", "Referr&als:"), form.referrals.label_edit)
    grid.addRow(referrals, form.referrals)
    incident = _label(translate("ContactForm", "Incident or call number:"), form.incident_ref)
    grid.addRow(incident, form.incident_ref)
    ref_note = QLabel(
        translate("ContactForm", "Stays in your vault; it never appears in any report.")
    )
    ref_note.setWordWrap(True)
    grid.addRow("", ref_note)
    followup = QHBoxLayout()
    for widget in (form.followup, form.followup_due, form.followup_done):
        followup.addWidget(widget)
    followup.addStretch(1)
    grid.addRow(followup)
    grid.addRow(translate("ContactForm", "H&ow it affected me:"), form.affect)
    return box


def _note_area(form: Any) -> QVBoxLayout:
    column = QVBoxLayout()
    column.setSpacing(GAP // 2)
    column.addWidget(_label(translate("ContactForm", "&Note (optional):"), form.note))
    lines = form.note.fontMetrics().lineSpacing()
    form.note.setMinimumHeight(lines * 3 + 12)
    form.note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    column.addWidget(form.note, 1)
    column.addWidget(form.guard)
    return column


def _buttons(form: Any) -> QHBoxLayout:
    row = QHBoxLayout()
    form.error.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    row.addWidget(form.error, 1)
    row.addWidget(form.discard_button)
    row.addWidget(form.cancel_button)
    row.addWidget(form.save_button)
    return row


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def tab_chain(form: Any) -> None:
    """Tab goes down the form as it reads; the guard's suggestions come before the buttons."""
    from PySide6.QtWidgets import QAbstractButton

    ref = form.referrals
    crisis = [b for b in form.crisis.findChildren(QAbstractButton) if b.isVisibleTo(form)]
    chain: list[QWidget] = [
        form.when, form.duration, form.channel, form.topics, form.add_topic_button, form.risk,
        *crisis, form.more, form.kind, form.group_size, form.started_by, form.relationship,
        form.signs, ref.label_edit, ref.category, ref.declined, ref.add_button, ref.pick_button,
        ref.listing, ref.remove_button, form.incident_ref, form.followup, form.followup_due,
        form.followup_done, form.affect, form.note, *form.guard.buttons,
        form.guard.replace_all_button, form.discard_button, form.cancel_button, form.save_button,
    ]  # fmt: skip
    home = form.window()
    chain = [w for w in chain if w.window() is home]  # e.g. "Replace all" before any finding
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
