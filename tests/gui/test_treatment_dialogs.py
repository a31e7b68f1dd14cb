"""The Treatment form dialogs: inline validation that names the field, blanks kept blank,
the IRLS items by number only and adding up to the total."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import treatment_helpers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from treatment_helpers import (
    TODAY,
    day,
    fill,
    problem_text,
    stored,
    submit,
)

from rls_diary.domain.records import Assessment, Lab
from rls_diary.services.diary import Diary
from rls_diary.ui.treatment.forms import AssessmentDialog
from rls_diary.ui.treatment.tab import TreatmentTab

MakeTab = Callable[..., TreatmentTab]

# the shared fixtures of the Treatment tests
errors_shown = treatment_helpers.errors_shown
make_tab = treatment_helpers.make_tab


def test_irls_item_sum_mismatch_is_refused_naming_the_field(
    qtbot: Any, make_tab: MakeTab, diary: Diary
) -> None:
    tab = make_tab()
    dialog = tab.add("assessments")
    assert isinstance(dialog, AssessmentDialog)
    fill(dialog, {"irls_total": 12, "items": (1,) * 10})
    submit(qtbot, dialog)
    assert dialog.isVisible()
    assert problem_text(dialog, "items") == (
        "Items 1–10: the item scores add up to 10, not the total 12"
    )
    assert dialog.summary.text() == (
        "Not saved: Items 1–10: the item scores add up to 10, not the total 12"
    )
    assert stored(diary, "assessments") == []
    assert dialog.focusWidget() is dialog.items.edits[0]
    # fixing the total clears the problem as it is typed, then it saves
    dialog.total.setText("10")
    assert problem_text(dialog, "items") is None
    submit(qtbot, dialog)
    assert not dialog.isVisible()
    assert stored(diary, "assessments") == [Assessment(TODAY, 10, (1,) * 10, 1)]


def test_irls_items_are_all_or_none_and_shown_by_number_only(
    qtbot: Any, make_tab: MakeTab, diary: Diary
) -> None:
    tab = make_tab()
    dialog = tab.add("assessments")
    assert isinstance(dialog, AssessmentDialog)
    labels = [label.text() for label in dialog.items.findChildren(QLabel)]
    assert [f"Item {n}" for n in range(1, 11)] == [t for t in labels if t.startswith("Item ")]
    dialog.total.setText("4")
    assert dialog.band.text() == "Severity: Mild (1–10)"
    qtbot.keyClicks(dialog.items.edits[0], "4")
    qtbot.keyClicks(dialog.items.edits[1], "9")  # refused by the validator (0–4)
    assert dialog.items.edits[1].text() == ""
    assert "Sum of the items: 4 (1 of 10 filled in)" in dialog.items.total_label.text()
    submit(qtbot, dialog)
    assert problem_text(dialog, "items") == (
        "Items 1–10: item 2 is blank: give all 10 item scores or leave them all blank"
    )
    for edit in dialog.items.edits[1:]:
        edit.setText("0")
    submit(qtbot, dialog)
    assert stored(diary, "assessments") == [Assessment(TODAY, 4, (4,) + (0,) * 9, 1)]


def test_irls_total_is_required_and_in_range(qtbot: Any, make_tab: MakeTab) -> None:
    tab = make_tab()
    dialog = tab.add("assessments")
    assert isinstance(dialog, AssessmentDialog)
    submit(qtbot, dialog)
    assert problem_text(dialog, "irls_total") == "IRLS total: required — please fill this in"
    dialog.total.setText("41")
    assert problem_text(dialog, "irls_total") == "IRLS total: 41 is outside 0–40"
    dialog.total.setText("2x")
    assert problem_text(dialog, "irls_total") == "IRLS total: '2x' is not a whole number"


def test_lab_values_are_checked_against_the_stored_ranges(
    qtbot: Any, make_tab: MakeTab, diary: Diary
) -> None:
    tab = make_tab()
    dialog = tab.add("labs")
    date_edit = dialog.inputs["date"].focus_target()
    assert isinstance(date_edit, QLineEdit)
    date_edit.clear()
    ferritin = dialog.inputs["ferritin_ng_ml"]
    assert isinstance(ferritin, QLineEdit)
    qtbot.keyClicks(ferritin, "abc")
    fill(dialog, {"tsat_pct": 120.0, "hemoglobin_g_dl": 31.0})
    submit(qtbot, dialog)
    assert problem_text(dialog, "date") == "Date: required — please fill this in"
    assert problem_text(dialog, "ferritin_ng_ml") == "Ferritin (ng/mL): 'abc' is not a number"
    assert problem_text(dialog, "tsat_pct") == "TSAT (%): 120 is above 100"
    assert problem_text(dialog, "hemoglobin_g_dl") == "Haemoglobin (g/dL): 31 is above 30"
    assert dialog.summary.text() == (
        "Not saved: Date: required — please fill this in (and 3 more problems shown above)"
    )
    assert dialog.focusWidget() is date_edit
    date_edit.setText("2026-02-30")
    assert problem_text(dialog, "date") == "Date: '2026-02-30' is not a real date"
    fill(dialog, {"date": day(-1), "tsat_pct": None, "hemoglobin_g_dl": None})
    ferritin.setText("45,5")  # a decimal comma is understood
    submit(qtbot, dialog)
    assert stored(diary, "labs") == [Lab(day(-1), ferritin_ng_ml=45.5, id=1)]


def test_medication_needs_name_class_and_start_and_a_stop_not_before_it(
    qtbot: Any, make_tab: MakeTab, diary: Diary
) -> None:
    tab = make_tab()
    dialog = tab.add("medications")
    fill(dialog, {"start": None, "stop": day(0), "dose": 0.0, "time": None})
    dialog.inputs["time"].focus_target().setText("25:00")  # type: ignore[attr-defined]
    submit(qtbot, dialog)
    assert problem_text(dialog, "name") == "Medicine: required — please fill this in"
    assert problem_text(dialog, "class") == "Class: required — please fill this in"
    assert problem_text(dialog, "dose") == (
        "Dose: 0 is not a dose (leave it blank when you do not know it)"
    )
    assert problem_text(dialog, "time") == "Usual time: '25:00' is not a time of day (00:00–23:59)"
    assert problem_text(dialog, "start") == "First day: required — please fill this in"
    fill(dialog, {"name": "Ropinirole", "class": "dopamine_agonist", "dose": None})
    dialog.inputs["time"].focus_target().setText("2130")  # type: ignore[attr-defined]
    fill(dialog, {"start": day(1)})
    assert problem_text(dialog, "stop") == "Last day: 2026-03-24 is before the start 2026-03-25"
    fill(dialog, {"stop": None})
    submit(qtbot, dialog)
    (course,) = stored(diary, "medications")
    assert (course.name, course.dose, course.time, course.stop) == (
        "Ropinirole",
        None,
        dt.time(21, 30),
        None,
    )


def test_condition_end_and_question_text(qtbot: Any, make_tab: MakeTab, diary: Diary) -> None:
    tab = make_tab()
    dialog = tab.add("conditions")
    fill(dialog, {"kind": "pregnancy", "start": day(0), "end": day(-1)})
    submit(qtbot, dialog)
    assert problem_text(dialog, "end") == "Last day: 2026-03-23 is before the start 2026-03-24"
    dialog.reject()
    dialog = tab.add("questions")
    fill(dialog, {"text": "   "})
    submit(qtbot, dialog)
    assert problem_text(dialog, "text") == "Question: required — please fill this in"
    assert stored(diary, "conditions") == stored(diary, "questions") == []


def test_the_calendar_button_fills_the_date(qtbot: Any, make_tab: MakeTab) -> None:
    tab = make_tab()
    dialog = tab.add("labs")
    date_input = dialog.inputs["date"]
    date_input._sync_calendar()  # type: ignore[attr-defined]
    calendar = date_input.calendar  # type: ignore[attr-defined]
    assert calendar.selectedDate().toPython() == TODAY
    calendar.setSelectedDate(calendar.selectedDate().addDays(-3))
    calendar.clicked.emit(calendar.selectedDate())
    assert date_input.value() == day(-3)


def test_dialogs_open_through_the_injected_opener(qtbot: Any, make_tab: MakeTab) -> None:
    opened: list[Any] = []
    tab = make_tab(open_dialog=opened.append)
    dialog = tab.add("questions")
    assert opened == [dialog]
    assert not dialog.isVisible()
    assert dialog.windowTitle() == "Add a question for your doctor"
    dialog.show()
    qtbot.keyClicks(dialog.inputs["text"].focus_target(), "Iron?")  # type: ignore[arg-type]
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
