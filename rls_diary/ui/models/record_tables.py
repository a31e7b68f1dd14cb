"""Table models of the Treatment tab: medication courses, labs, IRLS totals, condition periods
and the questions for the doctor, plus a proxy that sorts them with blanks last.

Each model holds its records (frozen dataclasses with a database ``id``) in date order.
``set_records`` resets; ``upsert`` and ``remove`` (by id) emit row insertions, removals and
``dataChanged`` so that views keep their selection. Blanks show as ``–``. Lab values at which
RLS guidelines suggest discussing iron treatment (ferritin ≤ 75 ng/mL, TSAT < 20 %) are marked
in words as well as colour. The models never write: toggling a question's "done" box asks for
the change through :attr:`QuestionTableModel.doneToggled`, and the tab stores it.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from rls_diary.domain.episodes import course_stop
from rls_diary.domain.insights.iron import FERRITIN_LOW, TSAT_LOW
from rls_diary.domain.records import Assessment, Condition, Lab, Medication, Question
from rls_diary.domain.validation import format_time
from rls_diary.ui.diary.text import BLANK
from rls_diary.ui.treatment import text

SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # the raw value, None for blank
RECORD_ROLE: Final = Qt.ItemDataRole.UserRole + 2  # the row's record (every column)
ID_ROLE: Final = Qt.ItemDataRole.UserRole + 3  # the row's database id
FLAG_ROLE: Final = Qt.ItemDataRole.UserRole + 4  # a marking in words ("low"), or None

AnyIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

_RIGHT: Final = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_FLAG_BACKGROUND: Final = QColor(255, 213, 79, 90)  # a light amber wash, readable in both themes
LOW_MARK: Final = QT_TRANSLATE_NOOP("treatment", "low")
FERRITIN_TIP: Final = (
    "At or below 75 ng/mL: below the level at which RLS guidelines suggest discussing iron "
    "treatment. Discuss this with your doctor."
)
TSAT_TIP: Final = (
    "Below 20 %: below the level at which RLS guidelines suggest discussing iron treatment. "
    "Discuss this with your doctor."
)
DONE: Final = QT_TRANSLATE_NOOP("treatment", "Done")
OPEN: Final = QT_TRANSLATE_NOOP("treatment", "Open")
KIDNEY_TIP: Final = (
    "Taken during a kidney disease period: the usual adult iron thresholds are not applied."
)


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column: its header, what a cell shows, its raw value for sorting and its tooltip."""

    title: str
    tip: str
    display: Callable[[R], str]
    raw: Callable[[R], Any]
    numeric: bool = False


def _blank(value: Any) -> str:
    return BLANK if value is None else str(value)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Records of one kind, one per row, in the order of ``key`` (then id)."""

    def __init__(
        self, columns: Sequence[Column[R]], key: Callable[[R], Any], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.columns: tuple[Column[R], ...] = tuple(columns)
        self._key = key
        self._records: list[R] = []

    # -- contents ------------------------------------------------------------------------

    def _order(self, record: R) -> tuple[Any, int]:
        return (self._key(record), _id(record))

    def set_records(self, records: Sequence[R]) -> None:
        """Replace everything (a reload): a model reset."""
        self.beginResetModel()
        self._records = sorted(records, key=self._order)
        self.endResetModel()

    def records(self) -> list[R]:
        return list(self._records)

    def record_at(self, row: int) -> R:
        return self._records[row]

    def row_of(self, record_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if _id(record) == record_id:
                return row
        return None

    def upsert(self, record: R) -> int:
        """Add ``record`` or replace the one with its id (moving it when its date changed);
        returns its row."""
        old = self.row_of(_id(record))
        if old is None:
            row = bisect.bisect_left([self._order(r) for r in self._records], self._order(record))
            self.beginInsertRows(QModelIndex(), row, row)
            self._records.insert(row, record)
            self.endInsertRows()
            return row
        rest = self._records[:old] + self._records[old + 1 :]
        row = bisect.bisect_left([self._order(r) for r in rest], self._order(record))
        if row == old:
            self._records[row] = record
        else:
            destination = row + 1 if row > old else row
            self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), destination)
            self._records = [*rest[:row], record, *rest[row:]]
            self.endMoveRows()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1), [])
        return row

    def remove(self, record_id: int) -> bool:
        row = self.row_of(record_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._records[row]
        self.endRemoveRows()
        return True

    # -- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(column.title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(column.tip)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        record = self._records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == SORT_ROLE:
            return column.raw(record)
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return _id(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return _RIGHT
        if role == Qt.ItemDataRole.AccessibleTextRole:
            shown = column.display(record)
            if shown == BLANK:
                shown = QCoreApplication.translate("RecordTableModel", "not recorded")
            return f"{_tr(column.title)}: {shown}"
        return self.extra_data(index.column(), record, role)

    def extra_data(self, column: int, record: R, role: int) -> Any:
        """More roles for a subclass (tooltips, markings)."""
        return None


def _tr(source: str) -> str:
    """A column's title or tooltip in the window's language."""
    return QCoreApplication.translate("RecordTableModel", source)


def _id(record: Any) -> int:
    ident = record.id
    return ident if isinstance(ident, int) else 0


# --- medication courses --------------------------------------------------------------------


def _course_stop_text(m: Medication) -> str:
    stop = course_stop(m)
    if m.drug_class == "iron_iv":
        return text.word(QT_TRANSLATE_NOOP("treatment", "one day (infusion)"))
    return text.word(text.ONGOING) if stop is None else text.date_text(stop)


MEDICATION_COLUMNS: Final[tuple[Column[Medication], ...]] = (
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Medicine"),
        QT_TRANSLATE_NOOP("RecordTableModel", "The medicine's name"),
        lambda m: m.name,
        lambda m: m.name.casefold(),
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Class"),
        QT_TRANSLATE_NOOP("RecordTableModel", "The kind of medicine"),
        lambda m: text.word(text.class_label(m.drug_class)),
        lambda m: text.class_label(m.drug_class),
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Dose"),
        QT_TRANSLATE_NOOP("RecordTableModel", "The dose of this course"),
        lambda m: text.dose_text(m.dose, m.unit),
        lambda m: m.dose,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Usual\ntime"),
        QT_TRANSLATE_NOOP("RecordTableModel", "When you usually take it"),
        lambda m: BLANK if m.time is None else format_time(m.time),
        lambda m: None if m.time is None else format_time(m.time),
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Start"),
        QT_TRANSLATE_NOOP("RecordTableModel", "The first day of this course"),
        lambda m: text.date_text(m.start),
        lambda m: m.start.toordinal(),
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Stop"),
        QT_TRANSLATE_NOOP(
            "RecordTableModel", "The last day of this course (ongoing: still taking it)"
        ),
        _course_stop_text,
        lambda m: (course_stop(m) or dt.date.max).toordinal(),
    ),
)


class MedicationTableModel(RecordTableModel[Medication]):
    NAME, CLASS, DOSE, TIME, START, STOP = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(MEDICATION_COLUMNS, lambda m: (m.start, m.name.casefold()), parent)

    def extra_data(self, column: int, record: Medication, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CLASS:
            label = text.MEDICATION_CLASS_LABELS.get(record.drug_class)
            return None if label is None else text.word(label)
        return None


# --- labs ------------------------------------------------------------------------------------


def ferritin_low(lab: Lab) -> bool:
    return lab.ferritin_ng_ml is not None and lab.ferritin_ng_ml <= FERRITIN_LOW


def tsat_low(lab: Lab) -> bool:
    return lab.tsat_pct is not None and lab.tsat_pct < TSAT_LOW


class LabTableModel(RecordTableModel[Lab]):
    DATE, FERRITIN, TSAT, HEMOGLOBIN, WEIGHT, FASTING, NOTE = range(7)

    def __init__(self, parent: Any = None) -> None:
        self._kidney: list[tuple[dt.date, dt.date | None]] = []
        columns: tuple[Column[Lab], ...] = (
            Column(
                QT_TRANSLATE_NOOP("RecordTableModel", "Date"),
                QT_TRANSLATE_NOOP("RecordTableModel", "The day of the blood test"),
                lambda lab: text.date_text(lab.date),
                lambda lab: lab.date.toordinal(),
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTableModel", "Ferritin\nng/mL"),
                QT_TRANSLATE_NOOP(
                    "RecordTableModel", "Ferritin in ng/mL (the same as µg/L); ≤ 75 is marked low"
                ),
                lambda lab: self._marked(lab, lab.ferritin_ng_ml, ferritin_low(lab)),
                lambda lab: lab.ferritin_ng_ml,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTableModel", "TSAT\n%"),
                QT_TRANSLATE_NOOP(
                    "RecordTableModel", "Transferrin saturation in %; below 20 is marked low"
                ),
                lambda lab: self._marked(lab, lab.tsat_pct, tsat_low(lab)),
                lambda lab: lab.tsat_pct,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTableModel", "Haemoglobin\ng/dL"),
                QT_TRANSLATE_NOOP("RecordTableModel", "Haemoglobin in g/dL"),
                lambda lab: text.number_text(lab.hemoglobin_g_dl),
                lambda lab: lab.hemoglobin_g_dl,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTableModel", "Weight\nkg"),
                QT_TRANSLATE_NOOP("RecordTableModel", "Body weight in kg"),
                lambda lab: text.number_text(lab.weight_kg),
                lambda lab: lab.weight_kg,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTableModel", "Fasting\nmorning"),
                QT_TRANSLATE_NOOP(
                    "RecordTableModel", "Whether the blood was taken in the morning before eating"
                ),
                lambda lab: text.word(text.yes_no(lab.fasting_morning)),
                lambda lab: lab.fasting_morning,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTableModel", "Note"),
                QT_TRANSLATE_NOOP("RecordTableModel", "Your note"),
                lambda lab: _first_line(lab.note),
                lambda lab: _first_line(lab.note).casefold() or None,
            ),
        )
        super().__init__(columns, lambda lab: lab.date, parent)

    def set_kidney_periods(self, periods: Sequence[tuple[dt.date, dt.date | None]]) -> None:
        """Kidney disease periods: labs in them are not marked (thresholds do not apply)."""
        self._kidney = list(periods)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1), []
            )

    def during_kidney_disease(self, lab: Lab) -> bool:
        return any(
            start <= lab.date and (end is None or lab.date <= end) for start, end in self._kidney
        )

    def flag(self, lab: Lab, column: int) -> str | None:
        """``"low"`` for a ferritin ≤ 75 or TSAT < 20 cell (not during kidney disease)."""
        if self.during_kidney_disease(lab):
            return None
        if (column == self.FERRITIN and ferritin_low(lab)) or (
            column == self.TSAT and tsat_low(lab)
        ):
            return LOW_MARK
        return None

    def _marked(self, lab: Lab, value: float | None, low: bool) -> str:
        shown = text.number_text(value)
        if low and not self.during_kidney_disease(lab):
            return f"{shown} ⚠ {text.word(LOW_MARK)}"
        return shown

    def extra_data(self, column: int, record: Lab, role: int) -> Any:
        flagged = self.flag(record, column)
        if role == FLAG_ROLE:
            return flagged
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (self.FERRITIN, self.TSAT) and self.during_kidney_disease(record):
                return KIDNEY_TIP
            if flagged:
                return FERRITIN_TIP if column == self.FERRITIN else TSAT_TIP
            if column == self.NOTE and record.note:
                return record.note
        if flagged and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_FLAG_BACKGROUND)
        if flagged and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _first_line(note: str | None) -> str:
    if not note or not note.strip():
        return ""
    return note.strip().splitlines()[0]


# --- IRLS totals ---------------------------------------------------------------------------


def _items_text(a: Assessment) -> str:
    if a.items is None:
        return BLANK
    return " · ".join(str(score) for score in a.items)


ASSESSMENT_COLUMNS: Final[tuple[Column[Assessment], ...]] = (
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Date"),
        QT_TRANSLATE_NOOP("RecordTableModel", "The day you filled in the IRLS"),
        lambda a: text.date_text(a.date),
        lambda a: a.date.toordinal(),
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "IRLS total"),
        QT_TRANSLATE_NOOP("RecordTableModel", "The IRLS total score, 0–40"),
        lambda a: str(a.irls_total),
        lambda a: a.irls_total,
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Severity"),
        QT_TRANSLATE_NOOP(
            "RecordTableModel",
            "0 none · 1–10 mild · 11–20 moderate · 21–30 severe · 31–40 very severe",
        ),
        lambda a: text.word(text.band_text(a.irls_total)),
        lambda a: a.irls_total,
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Items 1–10"),
        QT_TRANSLATE_NOOP(
            "RecordTableModel", "The ten item scores (0–4 each), when you recorded them"
        ),
        _items_text,
        lambda a: None if a.items is None else a.items,
    ),
)


class AssessmentTableModel(RecordTableModel[Assessment]):
    DATE, TOTAL, BAND, ITEMS = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(ASSESSMENT_COLUMNS, lambda a: a.date, parent)


# --- condition periods -----------------------------------------------------------------------

CONDITION_COLUMNS: Final[tuple[Column[Condition], ...]] = (
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Condition"),
        QT_TRANSLATE_NOOP("RecordTableModel", "What kind of period"),
        lambda c: text.word(text.condition_label(c.kind)),
        lambda c: text.condition_label(c.kind),
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Start"),
        QT_TRANSLATE_NOOP("RecordTableModel", "The first day of the period"),
        lambda c: text.date_text(c.start),
        lambda c: c.start.toordinal(),
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "End"),
        QT_TRANSLATE_NOOP("RecordTableModel", "The last day of the period (ongoing: not over yet)"),
        lambda c: text.word(text.ONGOING) if c.end is None else text.date_text(c.end),
        lambda c: (c.end or dt.date.max).toordinal(),
    ),
)


class ConditionTableModel(RecordTableModel[Condition]):
    KIND, START, END = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(CONDITION_COLUMNS, lambda c: c.start, parent)


# --- questions for the doctor ------------------------------------------------------------------

QUESTION_COLUMNS: Final[tuple[Column[Question], ...]] = (
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Done"),
        QT_TRANSLATE_NOOP("RecordTableModel", "Tick a question once you have asked it"),
        lambda q: text.word(DONE if q.done else OPEN),
        lambda q: q.done,
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Question"),
        QT_TRANSLATE_NOOP("RecordTableModel", "Your question for the doctor"),
        lambda q: _first_line(q.text),
        lambda q: q.text.casefold(),
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Added"),
        QT_TRANSLATE_NOOP("RecordTableModel", "The day you wrote the question down"),
        lambda q: text.date_text(q.created),
        lambda q: q.created.toordinal(),
    ),
)


class QuestionTableModel(RecordTableModel[Question]):
    """Questions for the doctor; the Done column is a check box.

    Ticking it does not change the model: ``doneToggled(question, done)`` asks the tab to
    store the change, which then calls :meth:`upsert`.
    """

    DONE, TEXT, CREATED = range(3)
    doneToggled = Signal(object, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(QUESTION_COLUMNS, lambda q: q.created, parent)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def extra_data(self, column: int, record: Question, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == self.DONE:
            return Qt.CheckState.Checked if record.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return record.text
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != self.DONE
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        record = self.record_at(index.row())
        if checked != record.done:
            self.doneToggled.emit(record, checked)
        return False  # stored by the tab, which updates the row


# --- sorting -------------------------------------------------------------------------------------


class RecordSortProxy(QSortFilterProxyModel):
    """Sorts on the raw values; blanks last in either direction, ties by the model's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
        if a is None or b is None:
            if a is None and b is None:
                return left.row() < right.row()
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return (a is None) == descending
        if a == b:
            return left.row() < right.row()
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def record_at(self, row: int) -> Any:
        return self.index(row, 0).data(RECORD_ROLE)

    def proxy_row_of(self, record_id: int) -> int | None:
        model = self.sourceModel()
        if not isinstance(model, RecordTableModel):  # pragma: no cover - wired by the tab
            return None
        row = model.row_of(record_id)
        if row is None:
            return None
        mapped = self.mapFromSource(model.index(row, 0))
        return mapped.row() if mapped.isValid() else None
