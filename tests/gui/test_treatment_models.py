"""The Treatment table models, checked with qtmodeltester and without any widget."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from rls_diary.domain.records import Assessment, Condition, Lab, Medication, Question
from rls_diary.ui.models.record_tables import (
    FLAG_ROLE,
    ID_ROLE,
    RECORD_ROLE,
    SORT_ROLE,
    AssessmentTableModel,
    ConditionTableModel,
    LabTableModel,
    MedicationTableModel,
    QuestionTableModel,
    RecordSortProxy,
    RecordTableModel,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
D = dt.date(2026, 3, 24)


def day(offset: int) -> dt.date:
    return D + dt.timedelta(days=offset)


def texts(model: Any, row: int) -> list[str]:
    return [model.index(row, c).data(DISPLAY) for c in range(model.columnCount())]


class Recorder:
    def __init__(self, model: RecordTableModel[Any]) -> None:
        self.events: list[tuple[str, int]] = []
        model.rowsInserted.connect(lambda _p, a, _b: self.events.append(("inserted", a)))
        model.rowsRemoved.connect(lambda _p, a, _b: self.events.append(("removed", a)))
        model.rowsMoved.connect(lambda _p, a, _b, _d, to: self.events.append(("moved", to)))
        model.modelReset.connect(lambda: self.events.append(("reset", -1)))
        model.dataChanged.connect(lambda a, _b, _r: self.events.append(("changed", a.row())))


COURSES = [
    Medication("pramipexole", "dopamine_agonist", day(0), 0.125, "mg", dt.time(21), day(30), 1),
    Medication("pramipexole", "dopamine_agonist", day(31), 0.25, "mg", dt.time(21), None, 2),
    Medication("Ferinject", "iron_iv", day(10), None, None, None, day(10), 3),
]
LABS = [
    Lab(day(0), 48.0, 19.9, 13.1, 64.0, True, "tired\nsecond line", 1),
    Lab(day(5), 75.0, 20.0, None, None, None, None, 2),
    Lab(day(9), 76.0, None, None, None, False, None, 3),
]
ASSESSMENTS = [
    Assessment(day(0), 21, (2, 1, 2, 1, 1, 3, 2, 3, 4, 2), 1),
    Assessment(day(3), 0, None, 2),
]
CONDITIONS = [
    Condition("travel", day(0), day(5), 1),
    Condition("kidney_disease", day(4), None, 2),
]
QUESTIONS = [
    Question("Should my ferritin be checked again?", day(0), False, 1),
    Question("Is the dose right?", day(1), True, 2),
]


@pytest.mark.parametrize(
    ("model_type", "records"),
    [
        (MedicationTableModel, COURSES),
        (LabTableModel, LABS),
        (AssessmentTableModel, ASSESSMENTS),
        (ConditionTableModel, CONDITIONS),
        (QuestionTableModel, QUESTIONS),
    ],
)
def test_every_model_passes_qtmodeltester_through_changes(
    qtmodeltester: Any, model_type: type[RecordTableModel[Any]], records: list[Any]
) -> None:
    model = model_type()  # type: ignore[call-arg]
    qtmodeltester.check(model)
    model.set_records(records)
    qtmodeltester.check(model)
    model.remove(records[0].id)
    model.upsert(records[0])
    qtmodeltester.check(model)
    proxy = RecordSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    model.set_records([])
    qtmodeltester.check(model)


def test_courses_show_dose_ongoing_and_the_infusion_as_one_day() -> None:
    model = MedicationTableModel()
    model.set_records(COURSES)
    assert [model.record_at(r).id for r in range(3)] == [1, 3, 2]  # by start date
    assert texts(model, 0) == [
        "pramipexole",
        "Dopamine agonist",
        "0.125 mg",
        "21:00",
        "24 Mar 2026",
        "23 Apr 2026",
    ]
    assert texts(model, 2)[5] == "ongoing"
    assert texts(model, 1) == ["Ferinject", "IV iron", "–", "–", "3 Apr 2026", "one day (infusion)"]
    index = model.index(0, MedicationTableModel.DOSE)
    assert index.data(SORT_ROLE) == 0.125
    assert index.data(RECORD_ROLE) == COURSES[0]
    assert index.data(ID_ROLE) == 1
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == "Dose: 0.125 mg"
    assert model.index(1, MedicationTableModel.DOSE).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Dose: not recorded"
    )


def test_low_iron_is_marked_in_words_at_the_guideline_thresholds() -> None:
    model = LabTableModel()
    model.set_records(LABS)
    ferritin, tsat = LabTableModel.FERRITIN, LabTableModel.TSAT
    assert model.index(0, ferritin).data(DISPLAY) == "48 ⚠ low"
    assert model.index(0, tsat).data(DISPLAY) == "19.9 ⚠ low"
    assert model.index(1, ferritin).data(DISPLAY) == "75 ⚠ low"  # ≤ 75
    assert model.index(1, tsat).data(DISPLAY) == "20"  # < 20 only
    assert model.index(2, ferritin).data(DISPLAY) == "76"
    assert model.index(0, ferritin).data(FLAG_ROLE) == "low"
    assert model.index(2, ferritin).data(FLAG_ROLE) is None
    assert "RLS guidelines" in model.index(0, ferritin).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, ferritin).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert texts(model, 0)[3:] == ["13.1", "64", "Yes", "tired"]
    assert texts(model, 1)[3:] == ["–", "–", "–", ""]
    assert texts(model, 2)[5] == "No"


def test_labs_during_kidney_disease_are_not_marked() -> None:
    model = LabTableModel()
    model.set_records(LABS)
    changed: list[int] = []
    model.dataChanged.connect(lambda a, b, _r: changed.append(b.row()))
    model.set_kidney_periods([(day(4), None)])
    assert changed == [2]
    assert model.index(0, LabTableModel.FERRITIN).data(DISPLAY) == "48 ⚠ low"
    assert model.index(1, LabTableModel.FERRITIN).data(DISPLAY) == "75"
    assert model.index(1, LabTableModel.FERRITIN).data(FLAG_ROLE) is None
    assert "kidney" in model.index(1, LabTableModel.TSAT).data(Qt.ItemDataRole.ToolTipRole)


def test_irls_shows_the_band_and_the_items_by_number_only() -> None:
    model = AssessmentTableModel()
    model.set_records(ASSESSMENTS)
    assert texts(model, 0) == [
        "24 Mar 2026",
        "21",
        "Severe",
        "2 · 1 · 2 · 1 · 1 · 3 · 2 · 3 · 4 · 2",
    ]
    assert texts(model, 1) == ["27 Mar 2026", "0", "None", "–"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Date", "IRLS total", "Severity", "Items 1–10"]


@pytest.mark.parametrize(
    ("total", "band"),
    [
        (1, "Mild"),
        (10, "Mild"),
        (11, "Moderate"),
        (20, "Moderate"),
        (30, "Severe"),
        (31, "Very severe"),
    ],
)
def test_irls_bands(total: int, band: str) -> None:
    model = AssessmentTableModel()
    model.set_records([Assessment(D, total, None, 1)])
    assert model.index(0, AssessmentTableModel.BAND).data(DISPLAY) == band


def test_conditions_show_ongoing() -> None:
    model = ConditionTableModel()
    model.set_records(CONDITIONS)
    assert texts(model, 0) == ["Travel", "24 Mar 2026", "29 Mar 2026"]
    assert texts(model, 1) == ["Kidney disease", "28 Mar 2026", "ongoing"]


def test_ticking_a_question_asks_the_tab_and_changes_nothing_itself() -> None:
    model = QuestionTableModel()
    model.set_records(QUESTIONS)
    asked: list[tuple[Question, bool]] = []
    model.doneToggled.connect(lambda q, done: asked.append((q, done)))
    index = model.index(0, QuestionTableModel.DONE)
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert asked == [(QUESTIONS[0], True)]
    assert model.record_at(0).done is False
    model.setData(model.index(1, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert len(asked) == 1  # already done: nothing to ask
    assert (
        not model.flags(model.index(0, QuestionTableModel.TEXT)) & Qt.ItemFlag.ItemIsUserCheckable
    )


def test_upsert_and_remove_keep_rows_in_date_order_without_resets() -> None:
    model = LabTableModel()
    model.set_records(LABS)
    events = Recorder(model)
    assert model.upsert(Lab(day(7), 30.0, id=9)) == 2
    assert model.upsert(Lab(day(7), 31.0, id=9)) == 2  # same place: only dataChanged
    assert model.upsert(Lab(day(-1), 31.0, id=9)) == 0  # moved to the front
    assert model.upsert(Lab(day(20), 31.0, id=9)) == 3  # and to the end
    assert model.remove(9)
    assert not model.remove(9)
    assert events.events == [
        ("inserted", 2),
        ("changed", 2),
        ("moved", 0),
        ("changed", 0),
        ("moved", 4),
        ("changed", 3),
        ("removed", 3),
    ]
    assert [model.record_at(r).id for r in range(model.rowCount())] == [1, 2, 3]
    assert model.row_of(3) == 2
    assert model.row_of(42) is None


def test_the_proxy_sorts_blanks_last_either_way() -> None:
    model = LabTableModel()
    model.set_records(LABS)
    proxy = RecordSortProxy()
    proxy.setSourceModel(model)
    column = LabTableModel.HEMOGLOBIN
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    assert proxy.record_at(0).id == 1
    assert proxy.index(2, column).data(SORT_ROLE) is None
    proxy.sort(column, Qt.SortOrder.DescendingOrder)
    assert proxy.record_at(0).id == 1
    assert proxy.index(2, column).data(SORT_ROLE) is None
    proxy.sort(LabTableModel.DATE, Qt.SortOrder.DescendingOrder)
    assert [proxy.record_at(r).id for r in range(3)] == [3, 2, 1]
    assert proxy.proxy_row_of(3) == 0
    assert proxy.proxy_row_of(42) is None


def test_headers_and_invalid_indexes() -> None:
    model = MedicationTableModel()
    model.set_records(COURSES)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Medicine"
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(99, Qt.Orientation.Horizontal) is None
    assert model.data(QModelIndex()) is None
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.rowCount(model.index(0, 0)) == 0
