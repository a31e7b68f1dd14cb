"""The Diary tab driven through its real widgets: typing, saving, undo, prompts, finding."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from rls_diary.domain.night import Night
from rls_diary.services.diary import Diary
from rls_diary.ui.diary.form import NightForm
from rls_diary.ui.diary.inputs import ChoiceRow, RemediesInput, SetInput
from rls_diary.ui.diary.tab import DiaryTab
from rls_diary.ui.models.night_table import Column

TODAY = dt.date(2024, 3, 31)  # Europe/Berlin moves its clocks forward in this night
Button = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """A dialog nobody expected fails the test; ``critical`` calls are recorded."""
    shown: list[tuple[str, str]] = []

    def unexpected(*args: object, **kwargs: object) -> Button:
        raise AssertionError(f"unexpected question dialog: {args[1:3]}")

    monkeypatch.setattr(QMessageBox, "question", unexpected)
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text, *a, **k: shown.append((title, text))
    )
    return shown


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def make_tab(qtbot: QtBot, diary: Diary, stack: QUndoStack) -> Callable[..., DiaryTab]:
    def make(today: dt.date = TODAY) -> DiaryTab:
        tab = DiaryTab(diary, stack, today=lambda: today)
        qtbot.addWidget(tab)
        tab.resize(1280, 800)
        tab.show()
        qtbot.waitExposed(tab)
        tab.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
        return tab

    return make


@pytest.fixture
def tab(make_tab: Callable[..., DiaryTab]) -> DiaryTab:
    return make_tab()


def answer_with(monkeypatch: pytest.MonkeyPatch, button: Button) -> list[str]:
    """Make the unsaved-changes question return ``button``; the questions asked."""
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *args: object) -> Button:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def type_in(qtbot: QtBot, form: NightForm, name: str, text: str, commit: bool = True) -> None:
    widget = form.input(name)
    widget.setFocus()
    if isinstance(widget, QPlainTextEdit):
        widget.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(widget, text)
    if commit:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def night(date: dt.date, **values: object) -> Night:
    base = Night(
        date=date,
        bedtime=dt.time(23, 0),
        lights_out=dt.time(23, 15),
        sleep_latency_min=20,
        awakenings=1,
        wake_after_sleep_onset_min=10,
        final_wake=dt.time(6, 30),
        out_of_bed=dt.time(7, 0),
        sleep_quality=3,
        rls_severity=4,
    )
    return base.replace(**values)


# -- typing and live feedback --------------------------------------------------------------


def test_typing_times_updates_the_metrics_live(qtbot: QtBot, tab: DiaryTab) -> None:
    form = tab.form
    tab.open_date(TODAY - dt.timedelta(days=7))  # an ordinary night (no clock change)
    assert (
        form.header.tib_label.text(),
        form.header.tst_label.text(),
        form.header.se_label.text(),
    ) == ("–",) * 3
    type_in(qtbot, form, "bedtime", "23:00")
    type_in(qtbot, form, "out_of_bed", "715")  # a sleepy "715" means 7:15
    assert form.input("out_of_bed").text() == "07:15"
    assert form.header.tib_label.text() == "8 h 15 min"
    assert form.header.tst_label.text() == "–"  # blank inputs make a blank metric, never 0
    type_in(qtbot, form, "lights_out", "23.30")
    type_in(qtbot, form, "sleep_latency_min", "15")
    type_in(qtbot, form, "wake_after_sleep_onset_min", "30")
    type_in(qtbot, form, "final_wake", "6:45", commit=False)  # live, before leaving the field
    assert form.header.tst_label.text() == "6 h 30 min"
    assert form.header.se_label.text() == "78.8 %"
    type_in(qtbot, form, "sleep_latency_min", "0")  # now 150 minutes: more than the night
    assert form.header.tst_label.text() == "4 h 15 min"


def test_metrics_use_real_instants_on_the_daylight_saving_night(
    qtbot: QtBot, tab: DiaryTab
) -> None:
    form = tab.form
    assert form.date() == TODAY
    type_in(qtbot, form, "bedtime", "23:00")
    type_in(qtbot, form, "out_of_bed", "07:00")
    assert form.header.tib_label.text() == "7 h 00 min"
    assert form.rows["bedtime"].hint.text() == "Sat 30"
    assert form.rows["out_of_bed"].hint.text() == "Sun 31"


def test_header_follows_the_date(qtbot: QtBot, make_tab: Callable[..., DiaryTab]) -> None:
    tab = make_tab(today=dt.date(2026, 3, 30))
    tab.form.date_edit.setDate(QDate(2026, 3, 24))
    assert tab.form.header.title.text() == "Night of Mon 23 → Tue 24 Mar"
    assert tab.form.sections["day"].title_label.text() == "Yesterday (Mon 23)"
    tab.form.date_edit.setDate(QDate(2026, 3, 1))
    assert tab.form.header.title.text() == "Night of Sat 28 Feb → Sun 1 Mar"
    assert tab.form.date_edit.maximumDate() == QDate(2026, 3, 30)
    tab.form.date_edit.setDate(QDate(1850, 1, 1))  # below Qt's 1752: no night before 1900
    assert tab.form.date_edit.date() == QDate(1900, 1, 1)


def test_error_waits_until_the_field_is_left_and_names_the_problem(
    qtbot: QtBot, tab: DiaryTab
) -> None:
    form = tab.form
    row = form.rows["bedtime"]
    type_in(qtbot, form, "bedtime", "25:0", commit=False)
    assert row.problem.isHidden()
    assert row.widget.property("problem") in (None, "")
    qtbot.keyClick(form.input("bedtime"), Qt.Key.Key_Tab)
    assert row.widget.property("problem") == "error"
    assert not row.problem.isHidden()
    assert row.problem.text().startswith("Got into bed:")
    assert "25:0" in row.problem.text()
    assert "25:0" in form.input("bedtime").accessibleDescription()


def test_cross_field_problem_marks_the_field(qtbot: QtBot, tab: DiaryTab) -> None:
    form = tab.form
    for name, text in (
        ("lights_out", "23:00"),
        ("final_wake", "1:00"),
        ("sleep_latency_min", "100"),
        ("wake_after_sleep_onset_min", "30"),
    ):
        type_in(qtbot, form, name, text)
    row = form.rows["wake_after_sleep_onset_min"]
    assert row.widget.property("problem") == "error"
    assert "more than the 120 minutes" in row.problem.text()


def test_time_in_bed_over_14_hours_warns_but_saves(
    qtbot: QtBot, tab: DiaryTab, diary: Diary
) -> None:
    form = tab.form
    type_in(qtbot, form, "bedtime", "18:00")
    type_in(qtbot, form, "out_of_bed", "10:30")
    row = form.rows["out_of_bed"]
    assert row.widget.property("problem") == "warning"
    assert "more than 14 hours" in row.problem.text()
    with qtbot.waitSignal(tab.statusMessage) as status:
        assert tab.save() is True
    assert "more than 14 hours" in status.args[0]
    assert diary.night(TODAY).out_of_bed == dt.time(10, 30)


# -- blanks ----------------------------------------------------------------------------------


def test_blank_fields_are_stored_as_blank_not_zero(
    qtbot: QtBot, tab: DiaryTab, diary: Diary
) -> None:
    form = tab.form
    type_in(qtbot, form, "bedtime", "22:45")
    form.input("rls_severity").setFocus()
    qtbot.keyClicks(form.input("rls_severity"), "0")  # "no symptoms" is a choice, not a blank
    type_in(qtbot, form, "alcohol_drinks", "0")
    assert tab.save() is True
    stored = diary.night(TODAY)
    assert stored is not None
    assert stored.bedtime == dt.time(22, 45)
    assert stored.rls_severity == 0
    assert stored.alcohol_drinks == 0
    for name in (
        "caffeine_drinks",
        "sleep_quality",
        "no_sleep",
        "nicotine",
        "remedies",
        "rls_areas",
        "triggers",
        "medication_taken",
        "exercise_min",
        "notes",
        "out_of_bed",
        "low_mood",
    ):
        assert stored.get(name) is None, name


def test_clearing_a_choice_makes_it_blank_again(qtbot: QtBot, tab: DiaryTab, diary: Diary) -> None:
    form = tab.form
    severity = form.rows["rls_severity"].widget
    assert isinstance(severity, ChoiceRow)
    severity.setFocus()
    qtbot.keyClicks(severity, "10")
    assert severity.value() == 10
    assert severity.blank_label.isHidden()
    qtbot.keyClick(severity, Qt.Key.Key_Delete)
    assert severity.value() is None
    assert not severity.blank_label.isHidden()
    qtbot.mouseClick(severity.button(6), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(severity.button(6), Qt.MouseButton.LeftButton)  # again: cleared
    assert severity.value() is None
    qtbot.mouseClick(form.rows["sleep_quality"].widget.button(2), Qt.MouseButton.LeftButton)
    type_in(qtbot, form, "caffeine_drinks", "3")
    type_in(qtbot, form, "caffeine_drinks", "\b")  # typed, then deleted: blank again
    assert tab.save() is True
    stored = diary.night(TODAY)
    assert stored.rls_severity is None
    assert stored.caffeine_drinks is None
    assert stored.sleep_quality == 2


def test_usual_times_are_placeholders_until_accepted(
    qtbot: QtBot, tab: DiaryTab, diary: Diary
) -> None:
    for days in range(1, 5):
        diary.save_night(night(TODAY - dt.timedelta(days=days), bedtime=dt.time(22, 55 + days)))
    tab.reload()
    form = tab.form
    bedtime = form.input("bedtime")
    assert isinstance(bedtime, QLineEdit)
    assert bedtime.text() == ""
    assert bedtime.placeholderText() == "usually 23:00"
    assert form.input("out_of_bed").placeholderText() == "usually 07:00"
    assert form.header.tib_label.text() == "–"  # a placeholder is not a value
    type_in(qtbot, form, "notes", "Only a note", commit=False)
    assert tab.save() is True
    assert diary.night(TODAY).bedtime is None
    assert form.usual_button.isVisible()
    type_in(qtbot, form, "out_of_bed", "8:10")
    qtbot.mouseClick(form.usual_button, Qt.MouseButton.LeftButton)
    assert bedtime.text() == "23:00"
    assert form.input("out_of_bed").text() == "08:10"  # what the user typed stays
    assert tab.save() is True
    stored = diary.night(TODAY)
    assert (stored.bedtime, stored.lights_out, stored.final_wake, stored.out_of_bed) == (
        dt.time(23, 0),
        dt.time(23, 15),
        dt.time(6, 30),
        dt.time(8, 10),
    )


def test_an_empty_form_is_not_saved(tab: DiaryTab, diary: Diary) -> None:
    assert tab.save() is False
    assert diary.night(TODAY) is None
    assert tab.undo_stack.count() == 0


def test_sets_remedies_and_yes_no_round_trip(qtbot: QtBot, tab: DiaryTab, diary: Diary) -> None:
    form = tab.form
    areas = form.rows["rls_areas"].widget
    remedies = form.rows["remedies"].widget
    triggers = form.rows["triggers"].widget
    assert isinstance(areas, SetInput) and isinstance(remedies, RemediesInput)
    assert isinstance(triggers, SetInput)
    assert remedies.isHidden() or not remedies.isVisible()  # behind "More"
    qtbot.mouseClick(form.sections["rls"].more_button, Qt.MouseButton.LeftButton)
    assert remedies.isVisible()
    areas.boxes["arms"].setChecked(True)
    areas.boxes["legs"].setChecked(True)
    triggers.boxes["stress"].setChecked(True)
    remedies.rows["massage"].setFocus()
    qtbot.keyClicks(remedies.rows["massage"], "0")  # tried, no help: 0 is a value
    qtbot.mouseClick(remedies.rows["walking"].button(2), Qt.MouseButton.LeftButton)
    nicotine = form.rows["nicotine"].widget
    nicotine.setFocus()
    qtbot.keyClicks(nicotine, "n")
    medication = form.rows["medication_taken"].widget
    qtbot.mouseClick(medication.button("missed"), Qt.MouseButton.LeftButton)
    assert tab.save() is True
    stored = diary.night(TODAY)
    assert stored.rls_areas == ("legs", "arms")
    assert stored.remedies == (("walking", 2), ("massage", 0))
    assert stored.triggers == ("stress",)
    assert stored.nicotine is False
    assert stored.medication_taken == "missed"
    tab.open_date(TODAY - dt.timedelta(days=1))
    tab.open_date(TODAY)
    assert form.night().same_content(stored)


# -- save, edit, delete, undo ------------------------------------------------------------------


def test_save_is_refused_with_the_first_invalid_field_focused(
    qtbot: QtBot, tab: DiaryTab, diary: Diary
) -> None:
    form = tab.form
    type_in(qtbot, form, "caffeine_drinks", "45")
    type_in(qtbot, form, "lights_out", "7:75")
    type_in(qtbot, form, "bedtime", "23:00")
    assert tab.save() is False
    assert QApplication.focusWidget() is form.input("lights_out")
    assert diary.night(TODAY) is None
    assert tab.problems_label.isVisible()
    assert "Tried to sleep" in tab.problems_label.text()
    assert "1 more problem" in tab.problems_label.text()
    assert form.rows["caffeine_drinks"].widget.property("problem") == "error"
    assert "outside 0–30" in form.rows["caffeine_drinks"].problem.text()
    assert tab.undo_stack.count() == 0


def test_refused_save_opens_the_hidden_section_of_the_invalid_field(
    qtbot: QtBot, tab: DiaryTab
) -> None:
    form = tab.form
    section = form.sections["day"]
    assert not section.expanded
    form.rows["nap_min"].widget.setText("700")  # a value typed before the section was closed
    assert tab.save() is False
    assert section.expanded
    assert QApplication.focusWidget() is form.input("nap_min")
    assert form.input("nap_min").isVisible()


def test_save_edit_undo_redo(qtbot: QtBot, tab: DiaryTab, diary: Diary, stack: QUndoStack) -> None:
    original = diary.save_night(night(TODAY - dt.timedelta(days=1), notes="first")).night
    tab.reload()
    assert tab.open_date(original.date)
    form = tab.form
    assert form.input("bedtime").text() == "23:00"
    assert not form.is_new and not form.dirty
    qtbot.mouseClick(form.rows["rls_severity"].widget.button(8), Qt.MouseButton.LeftButton)
    assert form.dirty
    with qtbot.waitSignal(tab.statusMessage) as status:
        assert tab.save()
    assert "Saved the night of Fri 29 → Sat 30 Mar" in status.args[0]
    assert not form.dirty
    assert diary.night(original.date).rls_severity == 8
    assert stack.count() == 1
    assert stack.undoText() == "Edit night of Sat 30 Mar"
    row = tab.model.row_of(original.date)
    assert tab.model.index(row, Column.SEVERITY).data() == "8"

    stack.undo()
    restored = diary.night(original.date)
    assert restored == original  # exactly, timestamps included
    assert form.rows["rls_severity"].widget.value() == 4  # the open form follows
    assert tab.model.index(row, Column.SEVERITY).data() == "4"
    stack.redo()
    assert diary.night(original.date).rls_severity == 8
    assert form.rows["rls_severity"].widget.value() == 8


def test_undo_of_a_new_night_deletes_it(
    qtbot: QtBot, tab: DiaryTab, diary: Diary, stack: QUndoStack
) -> None:
    type_in(qtbot, tab.form, "bedtime", "23:00")
    assert tab.save()
    assert tab.model.rowCount() == 1
    assert stack.undoText() == "Add night of Sun 31 Mar"
    stack.undo()
    assert diary.night(TODAY) is None
    assert tab.model.rowCount() == 0
    assert tab.form.is_new
    assert tab.form.input("bedtime").text() == ""
    stack.redo()
    assert diary.night(TODAY).bedtime == dt.time(23, 0)
    assert tab.model.rowCount() == 1


def test_saving_without_changes_adds_no_undo_step(
    tab: DiaryTab, diary: Diary, stack: QUndoStack
) -> None:
    diary.save_night(night(TODAY))
    tab.reload()
    assert not tab.form.is_new
    assert tab.save() is True
    assert stack.count() == 0


def test_delete_selected_and_undo(
    qtbot: QtBot, tab: DiaryTab, diary: Diary, stack: QUndoStack
) -> None:
    kept = diary.save_night(night(TODAY - dt.timedelta(days=2))).night
    gone = diary.save_night(night(TODAY - dt.timedelta(days=1), notes="bye")).night
    tab.reload()
    tab.table.selectRow(tab.proxy.proxy_row_of(gone.date))
    assert tab.form.date() == gone.date  # selecting a row opened it
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert diary.night(gone.date) is None
    assert diary.night(kept.date) == kept
    assert tab.model.row_of(gone.date) is None
    assert tab.form.is_new
    assert stack.undoText() == "Delete night of Sat 30 Mar"
    stack.undo()
    assert diary.night(gone.date) == gone
    assert tab.model.row_of(gone.date) is not None
    assert tab.form.rows["notes"].widget.toPlainText() == "bye"
    stack.redo()
    assert diary.night(gone.date) is None


def test_delete_button_deletes_the_open_night(qtbot: QtBot, tab: DiaryTab, diary: Diary) -> None:
    assert not tab.delete_button.isEnabled()  # nothing stored yet
    diary.save_night(night(TODAY))
    tab.reload()
    assert tab.delete_button.isEnabled()
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert diary.night(TODAY) is None
    assert not tab.delete_button.isEnabled()


def test_undo_keeps_unsaved_typing_in_the_form(
    qtbot: QtBot, tab: DiaryTab, diary: Diary, stack: QUndoStack
) -> None:
    type_in(qtbot, tab.form, "bedtime", "23:00")
    assert tab.save()
    type_in(qtbot, tab.form, "notes", "still typing", commit=False)
    with qtbot.waitSignal(tab.statusMessage) as status:
        stack.undo()
    assert "unsaved edits are kept" in status.args[0]
    assert diary.night(TODAY) is None
    assert tab.form.is_new  # what is typed now would add the night again
    assert not tab.delete_button.isEnabled()
    assert tab.form.rows["notes"].widget.toPlainText() == "still typing"
    assert tab.form.input("bedtime").text() == "23:00"


def test_storage_error_is_shown_in_a_dialog(
    qtbot: QtBot,
    tab: DiaryTab,
    diary: Diary,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[tuple[str, str]],
) -> None:
    def broken(_night: Night) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(diary, "save_night", broken)
    type_in(qtbot, tab.form, "bedtime", "23:00")
    assert tab.save() is False
    assert dialogs == [
        (
            "Could not save the night",
            "Could not save the night.\n\ndisk I/O error\n\n"
            "Nothing was saved; what you typed is still in the form.",
        )
    ]
    assert tab.form.dirty
    assert tab.form.input("bedtime").text() == "23:00"
    assert tab.undo_stack.count() == 0
    monkeypatch.undo()
    assert tab.save() is True  # the tab keeps working


def test_failed_undo_is_reported_and_dropped(
    qtbot: QtBot,
    tab: DiaryTab,
    diary: Diary,
    stack: QUndoStack,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: list[tuple[str, str]],
) -> None:
    first = diary.save_night(night(TODAY, notes="v1")).night
    tab.reload()
    type_in(qtbot, tab.form, "notes", " v2", commit=False)
    assert tab.save()
    assert stack.count() == 1

    def broken(_night: Night) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(diary, "put_night_exactly", broken)
    stack.undo()
    assert dialogs == [
        (
            "Could not undo “Edit night of Sun 31 Mar”",
            "Could not undo “Edit night of Sun 31 Mar”.\n\ndatabase is locked\n\n"
            "Nothing was changed. You can go on using the diary.",
        )
    ]
    assert stack.count() == 0  # dropped: redo cannot replay a step that did not happen
    assert diary.night(TODAY).notes == "v1 v2"
    assert tab.form.rows["notes"].widget.toPlainText() == "v1 v2"
    assert first.notes == "v1"


# -- opening nights and unsaved changes --------------------------------------------------------


def test_new_night_opens_last_night_and_focuses_the_first_field(
    qtbot: QtBot, make_tab, diary: Diary
) -> None:
    diary.save_night(night(TODAY, notes="already here"))
    tab = make_tab()
    tab.open_date(TODAY - dt.timedelta(days=3))
    assert tab.form.is_new
    assert tab.new_night()
    assert tab.form.date() == TODAY
    assert tab.form.rows["notes"].widget.toPlainText() == "already here"
    assert QApplication.focusWidget() is tab.form.input("bedtime")


def test_changing_the_date_loads_its_entry(qtbot: QtBot, tab: DiaryTab, diary: Diary) -> None:
    earlier = diary.save_night(night(TODAY - dt.timedelta(days=4), notes="earlier")).night
    tab.reload()
    tab.form.date_edit.setDate(QDate(2024, 3, 27))
    assert tab.form.date() == earlier.date
    assert not tab.form.is_new
    assert tab.form.rows["notes"].widget.toPlainText() == "earlier"
    current = tab.table.selectionModel().currentIndex()
    assert tab.model.night_at(tab.proxy.mapToSource(current).row()).date == earlier.date
    tab.form.date_edit.setDate(QDate(2024, 3, 26))
    assert tab.form.is_new
    assert tab.form.rows["notes"].widget.toPlainText() == ""


def test_a_new_entry_being_typed_moves_with_the_date(
    qtbot: QtBot, tab: DiaryTab, diary: Diary
) -> None:
    type_in(qtbot, tab.form, "bedtime", "23:00")
    tab.form.date_edit.setDate(QDate(2024, 3, 29))  # no entry there: keep typing
    assert tab.form.input("bedtime").text() == "23:00"
    assert tab.save()
    assert diary.night(dt.date(2024, 3, 29)).bedtime == dt.time(23, 0)
    assert diary.night(TODAY) is None


def test_switching_night_asks_about_unsaved_changes(
    qtbot: QtBot,
    tab: DiaryTab,
    diary: Diary,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = diary.save_night(night(TODAY - dt.timedelta(days=1), notes="first")).night
    second = diary.save_night(night(TODAY - dt.timedelta(days=2), notes="second")).night
    tab.reload()
    tab.open_date(first.date)
    type_in(qtbot, tab.form, "bedtime", "\b\b\b\b\b22:00")
    assert tab.has_unsaved_changes()

    asked = answer_with(monkeypatch, Button.Cancel)
    tab.table.selectRow(tab.proxy.proxy_row_of(second.date))
    assert len(asked) == 1 and "Sat 30 Mar" in asked[0]
    assert tab.form.date() == first.date  # stayed, with the edit
    assert tab.form.input("bedtime").text() == "22:00"
    current = tab.table.selectionModel().currentIndex()
    assert tab.model.night_at(tab.proxy.mapToSource(current).row()).date == first.date

    answer_with(monkeypatch, Button.Discard)
    tab.table.selectRow(tab.proxy.proxy_row_of(second.date))
    assert tab.form.date() == second.date
    assert diary.night(first.date) == first

    type_in(qtbot, tab.form, "notes", " edited", commit=False)
    answer_with(monkeypatch, Button.Save)
    assert tab.open_date(first.date)
    assert diary.night(second.date).notes == "second edited"
    assert tab.form.rows["notes"].widget.toPlainText() == "first"


def test_date_change_with_unsaved_changes_asks_first(
    qtbot: QtBot,
    tab: DiaryTab,
    diary: Diary,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = diary.save_night(night(TODAY - dt.timedelta(days=1), notes="other")).night
    tab.reload()
    type_in(qtbot, tab.form, "bedtime", "23:40")
    asked = answer_with(monkeypatch, Button.Cancel)
    tab.form.date_edit.setDate(QDate(2024, 3, 30))
    assert asked
    assert tab.form.date() == TODAY
    assert tab.form.date_edit.date() == QDate(2024, 3, 31)
    assert tab.form.input("bedtime").text() == "23:40"
    answer_with(monkeypatch, Button.Save)
    tab.form.date_edit.setDate(QDate(2024, 3, 30))
    assert diary.night(TODAY).bedtime == dt.time(23, 40)  # saved under its own date
    assert tab.form.rows["notes"].widget.toPlainText() == "other"
    assert diary.night(other.date) == other


def test_confirm_discard_only_asks_when_there_are_changes(
    qtbot: QtBot,
    tab: DiaryTab,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert tab.confirm_discard() is True  # nothing typed: no question (the fixture checks)
    type_in(qtbot, tab.form, "awakenings", "2")
    with qtbot.waitSignal(tab.unsavedChangesChanged) as changed:
        type_in(qtbot, tab.form, "awakenings", "\b")  # back to the loaded state
    assert changed.args == [False]
    assert tab.confirm_discard() is True
    type_in(qtbot, tab.form, "awakenings", "3")
    answer_with(monkeypatch, Button.Cancel)
    assert tab.confirm_discard() is False
    answer_with(monkeypatch, Button.Discard)
    assert tab.confirm_discard() is True
    assert not tab.has_unsaved_changes()
    assert tab.form.input("awakenings").text() == ""


def test_revert_restores_the_loaded_night(qtbot: QtBot, tab: DiaryTab, diary: Diary) -> None:
    diary.save_night(night(TODAY))
    tab.reload()
    assert not tab.revert_button.isEnabled()
    with qtbot.waitSignal(tab.form.dirtyChanged) as dirty:
        type_in(qtbot, tab.form, "sleep_latency_min", "5")
    assert dirty.args == [True]
    assert tab.revert_button.isEnabled()
    assert tab.form.input("sleep_latency_min").text() == "205"
    qtbot.mouseClick(tab.revert_button, Qt.MouseButton.LeftButton)
    assert tab.form.input("sleep_latency_min").text() == "20"
    assert not tab.form.dirty


def test_kept_fields_survive_an_edit(qtbot: QtBot, tab: DiaryTab, diary: Diary) -> None:
    imported = night(
        TODAY - dt.timedelta(days=1),
        timezone="America/New_York",
        tracked_sleep_min=412,
        source="Sleep as Android",
        experiment_adherence=False,
    )
    diary.put_night_exactly(imported)
    tab.reload()
    tab.open_date(imported.date)
    form = tab.form
    assert form.tracked_label.isVisible()
    assert "6 h 52 min" in form.tracked_label.text()
    assert "Sleep as Android" in form.tracked_label.text()
    assert form.adherence_label.text() == "Followed the experiment: no"
    assert "America/New_York" in form.header.zone_label.text()
    qtbot.mouseClick(form.rows["sleep_quality"].widget.button(5), Qt.MouseButton.LeftButton)
    assert tab.save()
    stored = diary.night(imported.date)
    assert stored.sleep_quality == 5
    assert stored.timezone == "America/New_York"
    assert (stored.tracked_sleep_min, stored.source, stored.experiment_adherence) == (
        412,
        "Sleep as Android",
        False,
    )


def test_hidden_values_open_their_section(tab: DiaryTab, diary: Diary) -> None:
    diary.save_night(night(TODAY - dt.timedelta(days=1), low_mood=3))
    tab.reload()
    assert not tab.form.sections["day"].expanded
    tab.open_date(TODAY - dt.timedelta(days=1))
    assert tab.form.sections["day"].expanded
    assert tab.form.rows["low_mood"].widget.isVisible()


def test_reload_picks_up_nights_written_elsewhere(tab: DiaryTab, diary: Diary) -> None:
    assert tab.model.rowCount() == 0
    diary.save_night(night(TODAY, notes="imported"))
    diary.save_night(night(TODAY - dt.timedelta(days=1)))
    tab.reload()
    assert tab.model.rowCount() == 2
    assert tab.form.rows["notes"].widget.toPlainText() == "imported"
    assert tab.count_label.text() == "2 nights"


# -- finding, keyboard, accessibility --------------------------------------------------------


def test_find_filters_rows_by_date_or_note(qtbot: QtBot, tab: DiaryTab, diary: Diary) -> None:
    diary.save_night(night(TODAY - dt.timedelta(days=1), notes="Long car trip"))
    diary.save_night(night(TODAY - dt.timedelta(days=2)))
    diary.save_night(night(TODAY - dt.timedelta(days=10)))
    tab.reload()
    tab.focus_find()
    assert QApplication.focusWidget() is tab.find_edit
    qtbot.keyClicks(tab.find_edit, "car trip")
    assert tab.proxy.rowCount() == 1
    assert tab.count_label.text() == "1 of 3 nights shown"
    tab.find_edit.clear()
    qtbot.keyClicks(tab.find_edit, "2024-03-2")
    assert tab.proxy.rowCount() == 2  # 21 and 29 March
    qtbot.keyClicks(tab.find_edit, "1")
    assert tab.proxy.rowCount() == 1
    tab.find_edit.clear()
    qtbot.keyClicks(tab.find_edit, "mar 29")
    assert tab.proxy.rowCount() == 1
    qtbot.keyClick(tab.find_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is tab.table
    assert tab.form.date() == dt.date(2024, 3, 29)
    qtbot.keyClick(tab.find_edit, Qt.Key.Key_Escape)
    assert tab.proxy.rowCount() == 3


def test_tab_order_follows_the_form(qtbot: QtBot, tab: DiaryTab) -> None:
    form = tab.form
    expected = [
        "lights_out",
        "sleep_latency_min",
        "awakenings",
        "wake_after_sleep_onset_min",
        "final_wake",
        "out_of_bed",
        "sleep_quality",
        "no_sleep",
        "rls_severity",
        "rls_onset",
        "times_up_to_move",
        "medication_taken",
    ]
    form.input("bedtime").setFocus()
    for name in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is form.input(name), name
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.sections["rls"].more_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.input("caffeine_drinks")  # "More" stays shut


def test_every_input_has_an_accessible_name(tab: DiaryTab) -> None:
    chain = tab.form.focus_chain()
    assert len(chain) > len(tab.form.rows)
    for widget in chain:
        assert widget.accessibleName().strip(), widget
    for row in tab.form.rows.values():
        assert row.widget.accessibleName().strip(), row.name
    assert tab.find_edit.accessibleName()
    assert tab.table.accessibleName()


def test_enter_moves_to_the_next_field(qtbot: QtBot, tab: DiaryTab) -> None:
    type_in(qtbot, tab.form, "bedtime", "23:00")  # ends with Return
    assert QApplication.focusWidget() is tab.form.input("lights_out")
