"""The experiments panel in German: set-up, the running experiment and the result speak German
with the ``german`` fixture, stay English without it, and keep their Alt+letter keys unique.

The result sentence and the line under tonight's badge: tests/gui/test_translations_records.py.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget

from rls_diary.domain import experiments as ex
from rls_diary.domain.night import Night
from rls_diary.services import experiments as service
from rls_diary.services.diary import Diary
from rls_diary.storage import records
from rls_diary.ui import i18n
from rls_diary.ui.experiments import ExperimentsPanel, words
from rls_diary.ui.experiments.calendar import ScheduleCalendar

BERLIN = ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2024, 6, 10, 21, 0, tzinfo=BERLIN)  # tonight: the entry of 2024-06-11
MENU_KEYS_DE = {"d", "b", "a", "h"}  # &Datei, &Bearbeiten, &Ansicht, &Hilfe


class Clock:
    def __init__(self, now: dt.datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def question(_parent: object, title: str, text: str, *args: object) -> object:
        shown.append((title, text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text, *a: shown.append((title, text))
    )
    return shown


@pytest.fixture
def make_panel(qtbot, diary: Diary) -> Callable[..., ExperimentsPanel]:  # type: ignore[no-untyped-def]
    def make(now: dt.datetime = NOW) -> ExperimentsPanel:
        panel = ExperimentsPanel(diary, now=Clock(now), seed=7)
        qtbot.addWidget(panel)
        panel.resize(1280, 800)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    return make


def running_experiment(diary: Diary) -> ex.Experiment:
    """Three pairs of two-night blocks from 06-11 with three nights recorded (06-11 … 06-13);
    shown at ``LATER``, 10:00 on 06-13."""
    e = service.start_experiment(
        diary, "no caffeine after 12:00", "rls_severity", block_nights=2, pairs=3, seed=7, now=NOW
    )
    for i in range(3):
        diary.save_night(Night(e.start + dt.timedelta(days=i), rls_severity=3 + i))
    return e


LATER = NOW + dt.timedelta(days=3, hours=-11)


def form_labels(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def cell_text(calendar: ScheduleCalendar, date: dt.date) -> str:
    item = calendar.item_for(date)
    assert item is not None
    return item.text()


def accelerators(widget: QWidget) -> list[str]:
    """The Alt+letter keys of ``widget``'s buttons and labels."""
    shown = [b.text() for b in widget.findChildren(QAbstractButton)]
    shown += [label.text() for label in widget.findChildren(QLabel)]
    texts = [t for t in shown if "&" in t.replace("&&", "").replace("&amp;", "")]
    return [t.replace("&&", "").split("&")[1][0].lower() for t in texts]


# -- German ------------------------------------------------------------------------------------


def test_the_setup_speaks_german(german: str, make_panel: Callable[..., ExperimentsPanel]) -> None:
    panel = make_panel()
    setup = panel.setup
    labels = form_labels(setup)
    assert "<b>Neues Experiment</b>" in labels
    assert any(t.startswith("Testen Sie immer nur eine Änderung.") for t in labels)
    for label in (
        "Zu &testende Änderung:",
        "&Zielgröße:",
        "Nächte pro B&lock:",
        "&Paare von Blöcken:",
        "Aus&waschphase:",
        "&Erste Nacht (Morgendatum):",
    ):
        assert label in labels
    assert setup.start_button.text() == "Experiment &starten"
    assert setup.problems_label.text().startswith("Beschreiben Sie die zu testende Änderung")
    assert setup.problems_label.styleSheet() == ""  # a hint, not an error
    assert setup.outcome.itemText(0) == "RLS-Stärke (0–10)"
    assert setup.factor.itemText(0) == "kein Koffein nach 12:00 Uhr"
    assert setup.block_nights.suffix() == " Nächte"
    assert setup.first_night.displayFormat() == "ddd d. MMM yyyy"

    setup.factor.setCurrentText("kein Koffein nach 12:00 Uhr")
    assert setup.start_button.isEnabled()
    summary = setup.summary.text()
    assert summary.startswith("48 Nächte (6 Wochen 6 Tage): von der Nacht zum Di. 11. Juni 2024")
    assert "Nächte zählen für das Ergebnis." in summary
    assert setup.power_note.text().startswith("Der kleinste p-Wert")
    assert "0,031" in setup.power_note.text()
    setup.pairs.setValue(4)
    assert "Wählen Sie dafür mindestens 6 Paare." in setup.power_note.text()
    assert "0,125" in setup.power_note.text()

    calendar = setup.calendar
    header = [calendar.horizontalHeaderItem(i).text() for i in range(7)]  # type: ignore[union-attr]
    assert header[0] == "Mo."
    assert cell_text(calendar, dt.date(2024, 6, 11)).startswith("11. Juni\n")
    assert "Paar 1" in cell_text(calendar, dt.date(2024, 6, 11))
    tip = calendar.item_for(dt.date(2024, 6, 11)).toolTip()  # type: ignore[union-attr]
    assert tip.startswith("Nacht zum Di. 11. Juni 2024 – ")
    assert "Paar 1 von 4, Nacht 1 von 4" in tip


def test_the_running_experiment_speaks_german(
    german: str,
    make_panel: Callable[..., ExperimentsPanel],
    diary: Diary,
    dialogs: list[tuple[str, str]],
) -> None:
    running_experiment(diary)
    panel = make_panel(LATER)
    running = panel.running
    assert running.stop_button.text() == "Experiment &vorzeitig beenden…"
    answers = [b.text() for b in running.answer_buttons]
    assert answers == ["&Ja, eingehalten", "&Nein, nicht eingehalten", "&Keine Antwort"]
    title = running.title.text()
    assert title.startswith("<b>Experiment 1: no caffeine after 12:00</b> – Zielgröße: RLS-Stärke")
    assert "3 Paare von Blöcken mit je 2 Nächten" in title
    assert running.progress.text() == (
        "Bisherige Nächte: 3 von 12 (3 gezählt). Vollständige Paare: 1 von 3."
    )
    assert running.question.text().startswith("Die Nacht zum Do. 13. Juni war eine ")
    assert running.question.text().endswith("Haben Sie sich daran gehalten?")
    assert running.stop() is None
    assert dialogs[-1][0] == "Experiment beenden?"
    assert dialogs[-1][1].startswith("„no caffeine after 12:00“ heute beenden?")


def test_the_result_speaks_german(
    german: str, make_panel: Callable[..., ExperimentsPanel], diary: Diary, qtbot
) -> None:  # type: ignore[no-untyped-def]
    first = make_panel()
    assert first.results.empty.text().startswith("Noch kein Experiment.")

    insert_result_experiment(diary)
    panel = make_panel()
    results = panel.results
    qtbot.waitUntil(lambda: results.result is not None, timeout=20_000)
    assert form_labels(results).count("Zielgröße:") == 1
    assert "<b>Ergebnisse</b>" in form_labels(results)
    assert "Kleinstmögliches p:" in form_labels(results)
    assert results.chooser.currentText().startswith("3: no evening alcohol – ab Mo. 1. Apr. 2024")
    assert results.numbers["outcome"].text() == "RLS-Stärke (0–10), in Punkte"
    assert results.numbers["pairs"].text() == "5 von 6"
    assert results.numbers["mean"].text() == "−2,00 (2 Punkte niedriger)"
    assert results.numbers["p"].text() == "0,0625"
    header = results.pairs_table.horizontalHeaderItem(0)
    assert header is not None and header.text() == "Paar"
    assert results.pairs_table.item(0, 6).text() == "−2,00"  # type: ignore[union-attr]


def insert_result_experiment(diary: Diary) -> None:
    """Experiment 3 (six pairs from 2024-04-01), A nights two points lower, the last pair
    incomplete (as in test_experiments_panel)."""
    e = ex.new_experiment(
        3, "no evening alcohol", "rls_severity", dt.date(2024, 4, 1),
        block_nights=2, pairs=6, washout_nights=0, seed=11,
    )  # fmt: skip
    with diary.transaction() as conn:
        records.EXPERIMENTS.insert(conn, e)
    for s in ex.slots(e):
        if s.pair == 5 and s.condition == "B":
            continue
        diary.save_night(Night(s.date, rls_severity=3 if s.condition == "A" else 5))


# -- English -----------------------------------------------------------------------------------


def test_the_panel_stays_english(
    make_panel: Callable[..., ExperimentsPanel], diary: Diary, qtbot
) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel()
    setup = panel.setup
    labels = form_labels(setup)
    assert "<b>New experiment</b>" in labels
    assert "&Change to test:" in labels and "&Washout:" in labels
    assert setup.start_button.text() == "&Start experiment"
    assert setup.outcome.itemText(0) == "RLS severity (0–10)"
    assert setup.factor.itemText(0) == "no caffeine after 12:00"
    assert setup.first_night.displayFormat() == "ddd d MMM yyyy"
    setup.factor.setCurrentText("no caffeine after 12:00")
    assert setup.summary.text().startswith("48 nights (6 weeks 6 days): from the night to Tue")
    assert "0.031" in setup.power_note.text()
    header = setup.calendar.horizontalHeaderItem(0)
    assert header is not None and header.text() == "Mon"

    running_experiment(diary)
    panel = make_panel(LATER)
    running = panel.running
    assert running.stop_button.text() == "S&top experiment early…"
    assert [b.text() for b in running.answer_buttons][2] == "Not &answered"
    assert running.progress.text() == "Nights so far: 3 of 12 (3 counted). Complete pairs: 1 of 3."
    assert running.question.text().startswith("The night to Thu 13 Jun was an ")

    later = make_panel(LATER)
    results = later.results
    qtbot.waitUntil(lambda: results.result is not None, timeout=20_000)
    assert "<b>Results</b>" in form_labels(results)
    assert results.numbers["outcome"].text() == "RLS severity (0–10), in points"
    assert results.chooser.currentText().startswith("1: no caffeine after 12:00 — from Tue")


# -- accelerators and the catalogue ------------------------------------------------------------


def test_the_german_panel_has_no_clashing_accelerators(
    german: str, make_panel: Callable[..., ExperimentsPanel]
) -> None:
    keys = accelerators(make_panel())  # the set-up and the running panel both count
    assert len(keys) == 11
    assert len(keys) == len(set(keys)), keys
    assert not set(keys) & MENU_KEYS_DE, keys


def test_the_english_panel_has_no_clashing_accelerators(
    make_panel: Callable[..., ExperimentsPanel],
) -> None:
    keys = accelerators(make_panel())
    assert len(keys) == 11
    assert len(keys) == len(set(keys)), keys


def test_every_word_taken_from_the_domain_is_in_the_catalogue() -> None:
    """The outcomes' names and units and the suggested changes are marked with
    QT_TRANSLATE_NOOP in ``words``; one the domain adds without a mark would stay English."""
    ts = i18n.translations_dir() / "rls_diary_de.ts"
    found = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }
    info = ex.OUTCOME_INFO.values()
    sources = [i.label for i in info] + [i.unit for i in info] + [i.unit_one for i in info]
    sources += [i.lower for i in info] + [i.higher for i in info]
    sources += list(ex.FACTOR_SUGGESTIONS)
    assert [s for s in sources if (words.CONTEXT, s) not in found] == []
    assert set(words.OUTCOME_LABELS) == set(ex.OUTCOMES)


def test_words_repeat_the_domains_english() -> None:
    for outcome in ex.OUTCOMES:
        assert words.outcome_label(outcome) == ex.OUTCOME_INFO[outcome].label
        for value in (-2.0, -1.0, 0.01, 0.5, 35.0):
            assert words.describe_difference(value, outcome) == ex.describe_difference(
                value, outcome
            )
    assert words.long_date(dt.date(2026, 12, 7)) == "Mon 7 Dec 2026"
