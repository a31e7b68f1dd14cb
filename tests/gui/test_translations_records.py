"""The Treatment dialogs' record checks and the experiment result in German: with the
``german`` fixture they speak German, without it English is unchanged."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from rls_diary.domain import experiments as ex
from rls_diary.domain.night import Night
from rls_diary.domain.records import Experiment
from rls_diary.services import experiments as service
from rls_diary.ui.experiments import words
from rls_diary.ui.experiments.words import tonight_text
from rls_diary.ui.treatment import forms
from rls_diary.ui.treatment.dialog import RecordDialog
from rls_diary.ui.treatment.pages import BaselinePage

TODAY = dt.date(2026, 3, 24)


def shown(dialog: RecordDialog, name: str) -> str:
    label = dialog.problem_labels[name]
    assert label.isVisibleTo(dialog)
    return label.text()


def lab_dialog(qtbot: Any) -> forms.LabDialog:
    dialog = forms.LabDialog(None, TODAY)
    qtbot.addWidget(dialog)
    dialog.inputs["date"].set_value(TODAY)
    dialog.inputs["ferritin_ng_ml"].set_value(-3.0)
    dialog.inputs["tsat_pct"].set_value(120.0)
    dialog.accept()
    return dialog


def condition_dialog(qtbot: Any) -> forms.ConditionDialog:
    dialog = forms.ConditionDialog(None, TODAY)
    qtbot.addWidget(dialog)
    dialog.inputs["kind"].set_value("travel")
    dialog.inputs["start"].set_value(TODAY)
    dialog.inputs["end"].set_value(TODAY - dt.timedelta(days=2))
    dialog.accept()
    return dialog


def test_record_checks_speak_german(german: str, qtbot: Any) -> None:
    lab = lab_dialog(qtbot)
    assert shown(lab, "ferritin_ng_ml") == "Ferritin (ng/ml): -3 liegt unter 0"
    assert shown(lab, "tsat_pct").endswith(": 120 liegt über 100")
    assert lab.summary.text().startswith("Nicht gespeichert: Ferritin (ng/ml): -3 liegt unter 0")
    condition = condition_dialog(qtbot)
    assert shown(condition, "end").endswith(": 2026-03-22 liegt vor dem Beginn 2026-03-24")


def test_a_date_that_cannot_be_read_speaks_german(german: str, qtbot: Any) -> None:
    dialog = forms.LabDialog(None, TODAY)
    qtbot.addWidget(dialog)
    dialog.inputs["date"].edit.setText("2026-02-30")  # type: ignore[attr-defined]
    dialog.accept()
    text = shown(dialog, "date")
    assert "2026-02-30" in text and " is " not in text and "ist" in text


def test_the_baseline_page_speaks_german(german: str, qtbot: Any) -> None:
    page = BaselinePage()
    qtbot.addWidget(page)
    page.first.set_value(TODAY)
    page.last.set_value(None)
    assert not page.save()
    assert (
        page.problem_labels["augmentation_baseline_to"]
        .text()
        .endswith(": geben Sie beide Daten an oder lassen Sie beide leer")
    )
    page.last.set_value(TODAY - dt.timedelta(days=1))
    assert not page.save()
    assert (
        page.problem_labels["augmentation_baseline_to"]
        .text()
        .endswith(": 2026-03-23 liegt vor der ersten Nacht 2026-03-24")
    )


def test_record_checks_stay_english_without_german(qtbot: Any) -> None:
    lab = lab_dialog(qtbot)
    assert shown(lab, "ferritin_ng_ml") == "Ferritin (ng/mL): -3 is below 0"
    assert shown(lab, "tsat_pct") == "TSAT (%): 120 is above 100"
    condition = condition_dialog(qtbot)
    assert shown(condition, "end").endswith(": 2026-03-22 is before the start 2026-03-24")


# -- the experiment's result -------------------------------------------------------------------


def finished_result(outcome: str = "rls_severity", pairs_left_out: int = 1) -> ex.Result:
    e = ex.new_experiment(
        3, "no evening alcohol", outcome, dt.date(2024, 4, 1),
        block_nights=2, pairs=6, washout_nights=0, seed=11,
    )  # fmt: skip
    nights = [
        Night(s.date, rls_severity=3 if s.condition == "A" else 5, sleep_quality=3)
        for s in ex.slots(e)
        if not (s.pair >= 6 - pairs_left_out and s.condition == "B")
    ]
    return ex.analyse(e, nights)


def test_the_result_speaks_german(german: str) -> None:
    text = words.result_text(finished_result(pairs_left_out=0))
    assert text == (
        "In diesem Experiment war Ihre RLS-Stärke in den Nächten „no evening alcohol“ im "
        "Mittel 2 Punkte niedriger als in den üblichen Nächten (6 vollständige Paare; "
        "95-%-Intervall des Unterschieds: −2,00 bis −2,00 Punkte). Ein so großer Unterschied "
        "wäre durch Zufall unwahrscheinlich (p = 0,031). Dies ist ein einzelnes, "
        "unverblindetes Experiment an einer Person; besprechen Sie mit Ihrer Ärztin oder "
        "Ihrem Arzt, was es für Sie bedeutet."
    )
    five = words.result_text(finished_result())
    assert "Mit 5 vollständigen Paaren kann dieser Versuchsplan keinen Unterschied unter " in five
    assert "p = 0,0625" in five
    same = words.result_text(finished_result("sleep_quality"))
    assert "war Ihre Schlafqualität" in same and "etwa gleich wie in den üblichen" in same
    too_few = words.result_text(finished_result(pairs_left_out=5))
    assert too_few.startswith("Nicht genug Daten für ein Ergebnis: Nur 1 Paar hat")


def test_the_result_is_english_without_german(qapp: object) -> None:
    for result in (
        finished_result(),
        finished_result("sleep_quality"),
        finished_result(pairs_left_out=5),
    ):
        assert words.result_text(result) == result.message


def test_a_result_without_its_parts_shows_its_message(german: str) -> None:
    result = finished_result()
    bare = ex.Result(*[getattr(result, f) for f in ex.Result.__dataclass_fields__][:-1])
    assert bare.parts == ()
    assert words.result_text(bare) == result.message


@pytest.mark.parametrize("days", [-1, 0, 2, 5])
def test_tonight_text_is_the_services_english_and_german_with_the_fixture(
    qapp: object, days: int
) -> None:
    from rls_diary.ui import i18n

    e = Experiment(1, "no evening alcohol", "rls_severity", TODAY, 2, 3, 1, 7, ("AB", "BA", "AB"))
    entry = TODAY + dt.timedelta(days=days)
    where = ex.slot(e, entry)
    tonight = service.Tonight(e, entry, None if where is None else where.condition, where)
    assert tonight_text(tonight) == tonight.text
    from PySide6.QtCore import QLocale

    i18n.install("de", QLocale("en_GB"))
    try:
        german = tonight_text(tonight)
    finally:
        i18n.uninstall()
    if where is None:
        assert (
            german == "Das Experiment „no evening alcohol“ beginnt in der Nacht zum Di. 24. März."
        )
    else:
        assert german.startswith("Heute Nacht: ")
        assert "Paar " in german and "in diesem Block" in german


def test_the_pdf_of_a_german_window_reads_the_experiment_in_german(german: str) -> None:
    from rls_diary.report import content as rc
    from rls_diary.services.diary import Contents

    result = finished_result(pairs_left_out=0)
    e = result.experiment
    nights = [
        Night(s.date, rls_severity=3 if s.condition == "A" else 5, sleep_quality=3)
        for s in ex.slots(e)
    ]
    stored = Contents([], [], [], [], [], [e], {})
    period = rc.Period(dt.date(2024, 4, 1), dt.date(2024, 4, 30))

    def line(language: str) -> str:
        built = rc.build_content(
            nights, stored, period, "UTC", generated=dt.date(2024, 5, 1), language=language
        )
        (experiment,) = built.experiments
        return experiment.message

    assert line("de") == words.result_text(result)
    assert line("de").startswith("In diesem Experiment war Ihre RLS-Stärke")
    assert line("en") == result.message  # the command line's PDF stays English
