"""The Treatment tab driven through its buttons and dialogs: add, edit, delete and undo in
every table, dose changes, stopping a course, the question check box and the baseline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
import treatment_helpers
from PySide6.QtCore import QPointF, Qt
from treatment_helpers import (
    TODAY,
    day,
    fill,
    stored,
    submit,
    wait_insights,
)

from rls_diary.domain.records import Medication, Question
from rls_diary.services.diary import Diary
from rls_diary.storage import records
from rls_diary.storage.errors import StorageError
from rls_diary.ui.models.record_tables import RECORD_ROLE
from rls_diary.ui.treatment import commands
from rls_diary.ui.treatment.tab import TreatmentTab

MakeTab = Callable[..., TreatmentTab]

# table: (values of a new record, changes of an edit, the fields the edit must change)
CASES: dict[str, tuple[dict[str, Any], dict[str, Any], dict[str, Any]]] = {
    "medications": (
        {
            "name": "Gabapentin",
            "class": "alpha2delta",
            "dose": 300.0,
            "unit": "mg",
            "time": dt.time(20, 0),
            "start": day(-30),
        },
        {"dose": 600.0, "stop": day(-1)},
        {"dose": 600.0, "stop": day(-1)},
    ),
    "labs": (
        {"date": day(-3), "ferritin_ng_ml": 48.0, "tsat_pct": 17.5, "fasting_morning": True},
        {"note": "taken at 8:00", "weight_kg": 64.5},
        {"note": "taken at 8:00", "weight_kg": 64.5},
    ),
    "assessments": (
        {"date": day(-2), "irls_total": 10, "items": (1,) * 10},
        {"irls_total": 22, "items": None},
        {"irls_total": 22, "items": None},
    ),
    "conditions": (
        {"kind": "travel", "start": day(-10), "end": day(-3)},
        {"end": None},
        {"end": None},
    ),
    "questions": (
        {"text": "Should my ferritin be checked again?", "created": day(-1)},
        {"done": True},
        {"done": True},
    ),
}
FIELD = {"class": "drug_class"}  # dialog field -> record attribute

# the shared fixtures of the Treatment tests
errors_shown = treatment_helpers.errors_shown
make_tab = treatment_helpers.make_tab


def attribute(name: str) -> str:
    return FIELD.get(name, name)


def select_first(tab: TreatmentTab, table: str) -> Any:
    page = tab.pages[table]
    page.table.selectRow(0)
    return page.selected_record()


@pytest.mark.parametrize("table", list(CASES))
def test_add_edit_delete_and_undo_in_every_table(
    qtbot: Any, make_tab: MakeTab, diary: Diary, table: str
) -> None:
    values, edit, expected = CASES[table]
    tab = make_tab()
    tab.show_section(table)
    page = tab.pages[table]
    stack = tab.undo_stack
    messages: list[str] = []
    tab.statusMessage.connect(messages.append)

    # add through the page's button
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    fill(dialog, values)
    submit(qtbot, dialog)
    assert not dialog.isVisible()
    (added,) = stored(diary, table)
    for name, value in values.items():
        assert getattr(added, attribute(name)) == value
    assert tab.models[table].records() == [added]
    assert page.selected_record() == added
    assert stack.count() == 1
    assert messages[-1].endswith("— saved")

    # edit the selected record
    assert select_first(tab, table) == added
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    fill(dialog, edit)
    submit(qtbot, dialog)
    (edited,) = stored(diary, table)
    assert edited.id == added.id
    for name, value in expected.items():
        assert getattr(edited, attribute(name)) == value
    assert tab.models[table].records() == [edited]

    # delete it
    select_first(tab, table)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert stored(diary, table) == []
    assert tab.models[table].rowCount() == 0
    assert "Undo (Ctrl+Z) brings it back" in messages[-1]
    assert stack.count() == 3

    # undo all three, redo all three
    stack.undo()
    assert stored(diary, table) == [edited]  # back with its own id
    assert tab.models[table].records() == [edited]
    stack.undo()
    assert stored(diary, table) == [added]
    assert tab.models[table].records() == [added]
    stack.undo()
    assert stored(diary, table) == []
    assert tab.models[table].rowCount() == 0
    stack.redo()
    stack.redo()
    assert stored(diary, table) == [edited]
    stack.redo()
    assert stored(diary, table) == []
    assert messages[-1].startswith("Redone: Delete")
    wait_insights(qtbot, tab)


def test_cancel_and_unchanged_edit_write_nothing(
    qtbot: Any, make_tab: MakeTab, diary: Diary
) -> None:
    tab = make_tab()
    dialog = tab.add("labs")
    fill(dialog, {"ferritin_ng_ml": 30.0})
    dialog.reject()
    assert stored(diary, "labs") == []
    dialog = tab.add("labs")
    submit(qtbot, dialog)
    (lab,) = stored(diary, "labs")
    assert lab.date == TODAY and lab.ferritin_ng_ml is None  # blank stays blank
    dialog = tab.edit("labs", lab)
    submit(qtbot, dialog)
    assert not dialog.isVisible()
    assert tab.undo_stack.count() == 1  # nothing changed: no command


def test_delete_key_and_double_click(qtbot: Any, make_tab: MakeTab, diary: Diary) -> None:
    with diary.transaction() as conn:
        records.CONDITIONS.insert(
            conn, records.CONDITIONS.make(kind="other", start=day(0), end=None)
        )
    tab = make_tab()
    tab.show_section("conditions")
    page = tab.conditions
    page.table.selectRow(0)
    rect = page.table.visualRect(page.proxy.index(0, 0))
    viewport = page.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.dialog is not None and tab.dialog.isVisible()
    tab.dialog.reject()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert stored(diary, "conditions") == []


def add_course(qtbot: Any, tab: TreatmentTab, **values: Any) -> Medication:
    dialog = tab.add("medications")
    fill(
        dialog,
        {
            "name": "pramipexole",
            "class": "dopamine_agonist",
            "dose": 0.125,
            "unit": "mg",
            "time": dt.time(21),
            "start": day(-60),
            **values,
        },
    )
    submit(qtbot, dialog)
    assert not dialog.isVisible()
    course = tab.medications.selected_record()
    assert isinstance(course, Medication)
    return course


def test_change_dose_ends_the_course_the_day_before_and_starts_the_next(
    qtbot: Any, make_tab: MakeTab, diary: Diary
) -> None:
    tab = make_tab()
    tab.show_section("medications")
    course = add_course(qtbot, tab)
    assert tab.change_dose_button.isEnabled() and tab.stop_button.isEnabled()
    qtbot.mouseClick(tab.change_dose_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.inputs["unit"].value() == "mg"  # carried over
    assert dialog.inputs["start"].value() == TODAY
    fill(dialog, {"dose": 0.25, "start": day(-20)})
    submit(qtbot, dialog)
    assert not dialog.isVisible()

    first, second = stored(diary, "medications")
    assert first == replace(course, stop=day(-21))
    assert second == Medication(
        "pramipexole", "dopamine_agonist", day(-20), 0.25, "mg", dt.time(21), None, second.id
    )
    assert tab.undo_stack.count() == 2
    assert tab.undo_stack.undoText() == "Change the dose of pramipexole to 0.25 mg"
    (episode,) = tab.timeline.episodes  # one bar across the dose change
    assert [(c.date, c.before, c.after) for c in episode.dose_changes()] == [
        (day(-20), 0.125, 0.25)
    ]
    assert tab.medications.selected_record() == second

    tab.undo_stack.undo()
    assert stored(diary, "medications") == [course]
    assert tab.medication_model.records() == [course]
    tab.undo_stack.redo()
    assert stored(diary, "medications") == [first, second]


def test_change_dose_refuses_a_first_day_not_after_the_course_start(
    qtbot: Any, make_tab: MakeTab, diary: Diary
) -> None:
    tab = make_tab()
    course = add_course(qtbot, tab)
    dialog = tab.change_dose(course)
    fill(dialog, {"dose": None, "start": course.start})
    submit(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.problem_labels["dose"].text() == "New dose: required — please fill this in"
    assert (
        dialog.problem_labels["start"]
        .text()
        .startswith(
            "First day at the new dose: must be after the current course began (23 Jan 2026)"
        )
    )
    fill(dialog, {"dose": 0.125, "start": day(0)})
    assert dialog.problem_labels["dose"].text() == "New dose: is the same as the current dose"
    assert not dialog.problem_labels["start"].isVisibleTo(dialog)  # follows the typing
    assert stored(diary, "medications") == [course]


def test_stop_sets_the_last_day(qtbot: Any, make_tab: MakeTab, diary: Diary) -> None:
    tab = make_tab()
    course = add_course(qtbot, tab)
    qtbot.mouseClick(tab.stop_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    fill(dialog, {"stop": day(-61)})
    submit(qtbot, dialog)
    assert dialog.isVisible()
    assert "is before the start" in dialog.problem_labels["stop"].text()
    fill(dialog, {"stop": day(-5)})
    submit(qtbot, dialog)
    assert stored(diary, "medications") == [replace(course, stop=day(-5))]
    assert not tab.stop_button.isEnabled()  # no longer running
    tab.undo_stack.undo()
    assert stored(diary, "medications") == [course]


def test_an_infusion_is_a_one_day_course_drawn_as_a_dot(
    qtbot: Any, make_tab: MakeTab, diary: Diary
) -> None:
    tab = make_tab()
    tab.show_section("medications")
    dialog = tab.add("medications")
    fill(dialog, {"name": "Ferinject", "class": "iron_iv", "start": day(-7), "dose": 1000.0})
    assert not dialog.inputs["stop"].isEnabled()  # type: ignore[attr-defined]
    submit(qtbot, dialog)
    (infusion,) = stored(diary, "medications")
    assert infusion.stop == infusion.start == day(-7)
    add_course(qtbot, tab)
    assert tab.medications.selected_record().name == "pramipexole"
    tab.medications.select_id(infusion.id)
    assert not tab.change_dose_button.isEnabled() and not tab.stop_button.isEnabled()
    assert tab.change_dose(infusion) is None and tab.stop(infusion) is None
    tab.timeline.grab()  # paints
    assert len(tab.timeline.episodes) == 2
    dots = [s for s in tab.timeline._segments if s.course.drug_class == "iron_iv"]
    assert len(dots) == 1
    assert tab.timeline.course_at(QPointF(dots[0].rect.center())) == infusion
    assert "Ferinject" in tab.timeline.accessibleDescription()


def test_ticking_a_question_is_stored_and_undone(
    qtbot: Any, make_tab: MakeTab, diary: Diary
) -> None:
    with diary.transaction() as conn:
        records.QUESTIONS.insert(conn, Question("Is my dose right?", day(-1)))
    tab = make_tab()
    (question,) = stored(diary, "questions")
    index = tab.questions.proxy.index(0, 0)
    tab.questions.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert stored(diary, "questions") == [replace(question, done=True)]
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert index.data(RECORD_ROLE).done is True
    tab.undo_stack.undo()
    assert stored(diary, "questions") == [question]
    assert tab.question_model.records() == [question]


def test_the_baseline_period_is_stored_as_settings_validated_and_undone(
    qtbot: Any, make_tab: MakeTab, diary: Diary
) -> None:
    tab = make_tab()
    tab.show_section("baseline")
    page = tab.baseline
    page.first.set_value(day(-10))
    page.last.set_value(None)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.problem_labels["augmentation_baseline_to"].text() == (
        "Last night (morning date): give both dates, or leave both blank"
    )
    page.last.edit.setText("2026-03-01")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "is before the first night" in page.problem_labels["augmentation_baseline_to"].text()
    page.last.edit.setText("31.3.2026")  # day first is understood too
    page.first.edit.setText("2026-03-14")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert records.load_settings(diary.conn) == {
        "augmentation_baseline_from": "2026-03-14",
        "augmentation_baseline_to": "2026-03-31",
    }
    assert "18 nights" in page.current.text()
    wait_insights(qtbot, tab)
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert records.load_settings(diary.conn) == {}
    assert "automatic" in page.current.text()
    tab.undo_stack.undo()
    assert records.load_settings(diary.conn)["augmentation_baseline_from"] == "2026-03-14"
    assert page.first.value() == dt.date(2026, 3, 14)
    tab.undo_stack.undo()
    assert records.load_settings(diary.conn) == {}
    wait_insights(qtbot, tab)


def test_a_storage_error_is_shown_in_the_dialog_which_keeps_the_input(
    qtbot: Any, make_tab: MakeTab, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = make_tab()
    dialog = tab.add("questions")
    fill(dialog, {"text": "Iron?"})

    def full_disk(*args: object, **kwargs: object) -> None:
        raise StorageError("the disk is full: “Add question” was not saved")

    monkeypatch.setattr("rls_diary.ui.treatment.tab.perform", full_disk)
    submit(qtbot, dialog)
    assert dialog.isVisible()
    assert "the disk is full" in dialog.summary.text()
    assert "Nothing was changed" in dialog.summary.text()
    assert dialog.inputs["text"].value() == "Iron?"
    assert stored(diary, "questions") == []
    assert tab.undo_stack.count() == 0
    monkeypatch.undo()
    submit(qtbot, dialog)
    assert not dialog.isVisible()
    assert [q.text for q in stored(diary, "questions")] == ["Iron?"]


def test_a_failed_undo_is_reported_and_dropped(
    qtbot: Any,
    make_tab: MakeTab,
    diary: Diary,
    monkeypatch: pytest.MonkeyPatch,
    errors_shown: list[str],
) -> None:
    tab = make_tab()
    dialog = tab.add("questions")
    fill(dialog, {"text": "Iron?"})
    submit(qtbot, dialog)

    def locked(*args: object, **kwargs: object) -> None:
        raise StorageError("the diary file is locked by another program")

    monkeypatch.setattr(commands, "write", locked)
    tab.undo_stack.undo()
    assert len(errors_shown) == 1 and "locked by another program" in errors_shown[0]
    assert len(stored(diary, "questions")) == 1
    assert tab.undo_stack.count() == 0  # obsolete: removed from the history


def test_reload_reads_records_written_elsewhere(
    qtbot: Any, make_tab: MakeTab, diary: Diary
) -> None:
    tab = make_tab()
    with diary.transaction() as conn:
        records.LABS.insert(conn, records.LABS.make(date=day(-1), ferritin_ng_ml=40.0))
    tab.reload()
    assert tab.lab_model.rowCount() == 1
    assert tab.lab_model.index(0, 1).data() == "40 ⚠ low"
    wait_insights(qtbot, tab)
    kinds = [card.finding.kind for card in tab.insights.cards]
    assert "iron_low" in kinds


def test_sections_fit_at_double_font_size(qtbot: Any, make_tab: MakeTab) -> None:
    tab = make_tab()
    font = tab.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    tab.setFont(font)
    tab.resize(1280, 800)
    tab._fit_section_list()
    assert tab.section_list.width() <= 1280 // 5 + 1
    for key in ("medications", "labs", "assessments", "conditions", "questions", "baseline"):
        tab.show_section(key)
        assert tab.stack.currentWidget().isVisible()
