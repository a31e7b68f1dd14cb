"""Translations: the German catalogue loads and is shown, matches the sources, and is complete.

After changing a wrapped string, run ``python -m rls_diary.ui.i18n`` (lupdate + lrelease),
translate the new entries of ``rls_diary/resources/translations/rls_diary_de.ts`` and run it
again.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rls_diary.domain.night import Night
from rls_diary.domain.notices import NOTICE_PARAGRAPHS
from rls_diary.services.diary import Diary
from rls_diary.ui import backup_actions, i18n
from rls_diary.ui.dialogs import files
from rls_diary.ui.dialogs.import_dialog import ImportDialog
from rls_diary.ui.dialogs.report_dialog import ReportDialog
from rls_diary.ui.dialogs.safety import TRANSLATABLE_PARAGRAPHS, SafetyNoticeDialog
from rls_diary.ui.diary import fields, text
from rls_diary.ui.diary.tab import DiaryTab
from rls_diary.ui.main_window import MainWindow
from rls_diary.ui.models.night_table import Column
from rls_diary.ui.settings import Preferences
from rls_diary.ui.settings.dialog import SettingsDialog
from rls_diary.ui.tips.tab import TipsTab
from rls_diary.ui.tray import DiaryTray, night_words
from rls_diary.ui.treatment.tab import TreatmentTab

TS = i18n.translations_dir() / "rls_diary_de.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[^}]*\}")
Message = tuple[str, str]  # (context, source)


def messages(ts: Path) -> dict[Message, tuple[str, str | None]]:
    """(context, source) → (translation, its type: None when finished)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = (
                translation.text or "",
                translation.get("type"),
            )
    return found


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    shown = MainWindow(Diary.open_writer(data_dir, "Europe/Berlin", "tests"))
    qtbot.addWidget(shown)
    yield shown
    shown.shutdown()


def test_the_german_catalogue_translates_a_menu_title() -> None:
    translator = QTranslator()
    assert translator.load(QM.read_bytes())
    assert translator.translate("MainWindow", "&File") == "&Datei"
    assert translator.translate("MainWindow", "&Help") == "&Hilfe"


def test_the_window_speaks_german_when_chosen(german: str, window: MainWindow) -> None:
    assert german == "de"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Tagebuch", "Diagramme", "Behandlung", "Alltagstipps"]
    assert window.welcome.add_button.text() == "Letzte Nacht eintragen"
    assert window.windowTitle() == "RLS Diary"


def test_dialogs_and_tray_speak_german(
    german: str, qtbot: QtBot, diary: Diary, tmp_path: Path
) -> None:
    settings = SettingsDialog(Preferences(), tmp_path, tray_available=lambda: True)
    qtbot.addWidget(settings)
    assert settings.windowTitle() == "Einstellungen"
    assert "nächsten Start" in settings.language_note.text()
    buttons = settings.findChild(QDialogButtonBox)
    assert buttons is not None
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qt_catalogues = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (qt_catalogues / "qtbase_de.qm").exists():
        assert cancel.text() == "Abbrechen"  # Qt's own catalogue
    notice = SafetyNoticeDialog(first_run=True)
    qtbot.addWidget(notice)
    assert notice.windowTitle() == "Bevor Sie beginnen: über RLS Diary"
    tray = DiaryTray(diary, tray_available=lambda: False)
    assert [a.text() for a in tray.menu.actions() if a.text()] == [
        "Tagebuch öffnen",
        "Beschwerden beginnen jetzt",
        "Beenden",
    ]
    assert tray.reminder_text(dt.datetime(2024, 3, 12, 8, 30, tzinfo=dt.UTC)).startswith(
        "Wie war die letzte Nacht?"
    )


def test_back_to_english_after_uninstall(german: str, window: MainWindow) -> None:
    assert text.long_date(dt.date(2026, 3, 24)) == "Di. 24. März 2026"
    i18n.uninstall()
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert i18n.language() == "en"
    assert text.long_date(dt.date(2026, 3, 24)) == "Tue 24 Mar 2026"
    assert text.percent(78.75) == "78.8 %"


MORNING = dt.date(2024, 3, 13)  # a Wednesday: the night of Tue 12 → Wed 13 Mar


@pytest.fixture
def diary_tab(qtbot: QtBot, diary: Diary) -> DiaryTab:
    """The Diary tab on the morning of ``MORNING``, with that night and one before it."""
    diary.save_night(Night(MORNING, bedtime=dt.time(23, 0), sleep_quality=4, notes="Tired"))
    diary.save_night(Night(MORNING - dt.timedelta(days=1), rls_severity=3))
    shown = DiaryTab(diary, QUndoStack(), today=lambda: MORNING)
    qtbot.addWidget(shown)
    return shown


def test_the_diary_tab_speaks_german(german: str, diary_tab: DiaryTab) -> None:
    form = diary_tab.form
    assert form.header.title.text() == "Nacht vom Di. 12. → Mi. 13. März"
    assert form.header.date_edit.text() == "Mi. 13. März 2024"
    titles = [section.title_label.text() for section in form.sections.values()]
    assert titles == ["Schlaf letzte Nacht", "Unruhige Beine", "Gestern (Di. 12.)", "Notizen"]
    more = form.sections[fields.RLS].more_button
    assert more is not None and more.text() == "Mehr: wo, Hilfen, Auslöser"
    labels = {name: row.label.text() for name, row in form.rows.items()}
    assert labels["bedtime"] == "Ins Bett gegangen"
    assert labels["lights_out"] == "Einschlafversuch"
    assert labels["sleep_latency_min"] == "Einschlafdauer"
    assert labels["final_wake"] == "Endgültiges Aufwachen"
    assert labels["sleep_quality"] == "Schlafqualität"
    assert form.rows["bedtime"].label.toolTip() == "Um wie viel Uhr sind Sie ins Bett gegangen?"
    quality = form.rows["sleep_quality"].widget
    assert quality.button(1).text() == "1 sehr schlecht"  # type: ignore[attr-defined]
    severity = form.rows["rls_severity"].widget
    assert severity.blank_label.text() == "nicht eingetragen"  # type: ignore[attr-defined]
    assert form.rows["lights_out"].widget.placeholderText() == "z. B. 23:15"  # type: ignore[attr-defined]
    assert form.rows["final_wake"].hint is not None
    header = diary_tab.model.headerData
    assert header(Column.DATE, Qt.Orientation.Horizontal) == "Aufwachtag"
    assert header(Column.QUALITY, Qt.Orientation.Horizontal) == "Qualität"
    assert diary_tab.model.data(diary_tab.model.index(0, Column.DATE)) == "Mi. 13. März 2024"
    assert diary_tab.count_label.text() == "2 Nächte"
    assert diary_tab.find_edit.placeholderText() == "Datum oder Notiz suchen…"
    diary_tab.find_edit.setText("März tired")  # finds by the date as shown in German
    assert diary_tab.count_label.text() == "1 von 2 Nächten angezeigt"
    assert diary_tab.save_button.text() == "Speichern"
    assert diary_tab.revert_button.text() == "Änderungen &verwerfen"
    assert diary_tab.delete_button.text() == "Nacht &löschen"
    said: list[str] = []
    diary_tab.statusMessage.connect(said.append)
    form.rows["sleep_quality"].input.set_value(5)
    assert diary_tab.save()
    assert said[-1] == "Nacht vom Di. 12. → Mi. 13. März gespeichert"


def test_the_diary_tab_stays_english(diary_tab: DiaryTab) -> None:
    form = diary_tab.form
    assert form.header.title.text() == "Night of Tue 12 → Wed 13 Mar"
    titles = [section.title_label.text() for section in form.sections.values()]
    assert titles == ["Last night's sleep", "Restless legs", "Yesterday (Tue 12)", "Notes"]
    assert form.rows["bedtime"].label.text() == "Got into bed"
    assert form.rows["sleep_quality"].widget.button(1).text() == "1 very poor"  # type: ignore[attr-defined]
    assert form.rows["lights_out"].widget.placeholderText() == "e.g. 23:15"  # type: ignore[attr-defined]
    header = diary_tab.model.headerData
    assert header(Column.DATE, Qt.Orientation.Horizontal) == "Night (morning)"
    assert diary_tab.model.data(diary_tab.model.index(0, Column.DATE)) == "Wed 13 Mar 2024"
    assert diary_tab.count_label.text() == "2 nights"
    assert diary_tab.save_button.text() == "Save"
    said: list[str] = []
    diary_tab.statusMessage.connect(said.append)
    form.rows["sleep_quality"].input.set_value(5)
    assert diary_tab.save()
    assert said[-1] == "Saved the night of Tue 12 → Wed 13 Mar"


def test_every_word_of_the_night_form_is_in_the_catalogue() -> None:
    """fields.py is plain data: a text not marked QT_TRANSLATE_NOOP would stay English
    without any other test noticing."""
    found = messages(TS)
    views = fields.FORM_FIELDS
    words = [w for v in views for w in (v.label, v.description, v.suffix) if w]
    words += [w for scale in fields.SCALES.values() for _, w in scale if not w.isdigit()]
    for options in (fields.RELIEF, fields.YES_NO, fields.MEDICATION):
        words += [w for _, w in options]
    for labels in (
        fields.SEVERITY_TIPS,
        fields.AREA_LABELS,
        fields.REMEDY_LABELS,
        fields.TRIGGER_LABELS,
        fields.SECTION_TITLES,
        fields.MORE_TITLES,
    ):
        words += list(labels.values())
    assert [w for w in words if (fields.CONTEXT, w) not in found] == []


def test_the_german_diary_tab_has_no_clashing_accelerators(german: str, window: MainWindow) -> None:
    assert_unique_accelerators(window)


def test_the_english_diary_tab_has_no_clashing_accelerators(window: MainWindow) -> None:
    assert_unique_accelerators(window)


def assert_unique_accelerators(window: MainWindow) -> None:
    """Alt+letter of the Diary's buttons and labels: unique, and none taken by a menu."""
    tab = window.diary_tab
    tab.deleted_bar.setVisible(False)  # made now: its buttons count too
    tab.form.experiment_box.setVisible(False)
    keys = [a.text().split("&")[1][0].lower() for a in window.menuBar().actions()]
    shown = [b.text() for b in tab.findChildren(QAbstractButton)]
    shown += [label.text() for label in tab.findChildren(QLabel)]
    texts = [t for t in shown if "&" in t.replace("&&", "")]
    assert len(texts) >= 6
    keys += [t.replace("&&", "").split("&")[1][0].lower() for t in texts]
    assert len(keys) == len(set(keys)), (keys, texts)


def chart_tab(qtbot: QtBot, diary: Diary):  # type: ignore[no-untyped-def]
    """The Charts tab on a diary of 30 nights, its plots and statistics in."""
    from charts_support import fill, open_tab, random_nights

    fill(diary, random_nights(3, 30, MORNING - dt.timedelta(days=29)))
    return open_tab(qtbot, diary)


def test_the_charts_tab_speaks_german(german: str, qtbot: QtBot, diary: Diary) -> None:
    tab = chart_tab(qtbot, diary)
    assert tab.range_box.currentText() == "Letzte 3 Monate"
    assert tab.save_button.text() == "Diagramm speichern…"
    assert re.fullmatch(r"Eingetragene Nächte in diesem Zeitraum: \d+", tab.status.text())
    titles = [tab.panels.tabText(i) for i in range(tab.panels.count())]
    assert titles == ["Im Verlauf", "Eisenwerte", "Beschwerden und Schlaf", "Lebensweise"]
    from rls_diary.ui.charts.panel import axis_title  # pyqtgraph: only with the Charts tab

    over_time = tab.over_time
    assert axis_title(over_time.plots["sleep_quality"].getAxis("left")) == "Qualität (1–5)"
    assert over_time.legend.items[0][1].text == "jede Nacht"
    lifestyle = tab.show_panel("lifestyle")
    assert lifestyle.chooser.currentText() == "Koffein"  # type: ignore[attr-defined]
    assert lifestyle.plots[0].getAxis("left").labelText == "RLS-Stärke (0–10)"  # type: ignore[attr-defined]
    scatter = tab.show_panel("scatter")
    assert scatter.info.text().startswith("Jeder Punkt ist eine Nacht.")
    assert tab.iron.info.text().startswith("Noch keine Eisenwerte im Tagebuch.")


def test_the_charts_tab_stays_english(qtbot: QtBot, diary: Diary) -> None:
    tab = chart_tab(qtbot, diary)
    assert tab.range_box.currentText() == "Last 3 months"
    assert re.fullmatch(r"\d+ nights recorded in this range", tab.status.text())
    titles = [tab.panels.tabText(i) for i in range(tab.panels.count())]
    assert titles == ["Over time", "Iron tests", "Severity and sleep", "Lifestyle"]
    from rls_diary.ui.charts.panel import axis_title

    assert axis_title(tab.over_time.plots["sleep_quality"].getAxis("left")) == "Quality (1–5)"
    assert tab.iron.info.text().startswith("No iron tests in the diary yet.")


@pytest.fixture
def treatment_tab(qtbot: QtBot, diary: Diary) -> TreatmentTab:
    shown = TreatmentTab(diary, QUndoStack(), today=lambda: MORNING)
    qtbot.addWidget(shown, before_close_func=lambda widget: widget.shutdown())
    return shown


def test_the_treatment_tab_speaks_german(german: str, treatment_tab: TreatmentTab) -> None:
    tab = treatment_tab
    sections = [tab.section_list.item(i).text() for i in range(tab.section_list.count())]
    assert sections[:4] == ["Hinweise", "Medikamente", "Blutwerte", "IRLS-Werte"]
    assert tab.medications.heading.text() == "Medikamente"
    assert tab.medications.add_button.text() == "Medikament &hinzufügen…"
    assert tab.change_dose_button.text() == "&Dosis ändern…"
    assert tab.stop_button.text() == "&Absetzen…"
    assert tab.medications.empty.text() == "Noch keine Medikamente."
    header = tab.lab_model.headerData
    assert header(0, Qt.Orientation.Horizontal) == "Datum"
    assert header(3, Qt.Orientation.Horizontal) == "Hämoglobin\ng/dl"
    assert tab.medication_model.headerData(0, Qt.Orientation.Horizontal) == "Medikament"
    dialog = tab.add("labs")
    assert dialog.windowTitle() == "Blutwerte hinzufügen"
    dialog.inputs["date"].set_value(None)
    dialog.accept()
    assert dialog.summary.text() == "Nicht gespeichert: Datum: erforderlich – bitte ausfüllen"
    dialog.reject()


def test_the_treatment_tab_stays_english(treatment_tab: TreatmentTab) -> None:
    tab = treatment_tab
    sections = [tab.section_list.item(i).text() for i in range(tab.section_list.count())]
    assert sections[:4] == ["Insights", "Medicines", "Blood tests", "IRLS scores"]
    assert tab.change_dose_button.text() == "Change &dose…"
    assert tab.lab_model.headerData(3, Qt.Orientation.Horizontal) == "Haemoglobin\ng/dL"
    dialog = tab.add("labs")
    dialog.inputs["date"].set_value(None)
    dialog.accept()
    assert dialog.summary.text() == "Not saved: Date: required — please fill this in"
    dialog.reject()


def test_every_word_of_the_charts_and_treatment_tables_is_in_the_catalogue() -> None:
    """The Qt-free modules mark their words with QT_TRANSLATE_NOOP; a word not marked would
    stay English without any other test noticing."""
    from rls_diary.ui.charts import series
    from rls_diary.ui.charts import text as chart_text
    from rls_diary.ui.treatment import text as treatment_text

    found = messages(TS)
    words = [label for _key, label, _nights in series.RANGES]
    words += [w for f in series.FACTORS for w in (f.label, f.axis)]
    words += [*chart_text.NAMES.values(), *chart_text.AXIS_TITLES.values()]
    assert [w for w in words if (chart_text.CONTEXT, w) not in found] == []
    labels = [
        *treatment_text.MEDICATION_CLASS_LABELS.values(),
        *treatment_text.MEDICATION_CLASS_SHORT.values(),
        *treatment_text.CONDITION_LABELS.values(),
        *treatment_text.BAND_LABELS.values(),
    ]
    assert [w for w in labels if (treatment_text.CONTEXT, w) not in found] == []


@pytest.mark.parametrize(
    ("system", "choice", "expected"),
    [
        ("de_DE", "system", "de"),
        ("de_AT", "system", "de"),
        ("en_US", "system", "en"),
        ("fr_FR", "system", "en"),
        ("de_DE", "en", "en"),
        ("en_GB", "de", "de"),
    ],
)
def test_the_language_follows_the_system_unless_chosen(
    system: str, choice: str, expected: str
) -> None:
    assert i18n.ui_language(choice, QLocale(system)) == expected


def test_a_chosen_language_brings_its_date_format(german: str) -> None:
    day = QLocale().toString(dt.date(2024, 3, 12), QLocale.FormatType.LongFormat)
    assert "März" in day
    assert night_words(dt.date(2024, 3, 13)) == "Di. 12. → Mi. 13. März"
    i18n.uninstall()
    assert "March" in QLocale().toString(dt.date(2024, 3, 12), QLocale.FormatType.LongFormat)
    assert night_words(dt.date(2024, 3, 13)) == "Tue 12 → Wed 13 Mar"


def test_the_catalogue_is_complete_and_keeps_placeholders_and_accelerators() -> None:
    found = messages(TS)
    assert len(found) > 90
    unfinished = [key for key, (_text, kind) in found.items() if kind is not None]
    assert unfinished == []
    for (context, source), (translation, _kind) in found.items():
        assert translation.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source))
        assert translation.count("&") == source.count("&"), (context, source)


def test_accelerators_are_unique_in_each_german_menu(german: str, window: MainWindow) -> None:
    for menu_action in window.menuBar().actions():
        keys = [
            a.text().split("&")[1][0].lower()
            for a in menu_action.menu().actions()
            if "&" in a.text()
        ]
        assert len(keys) == len(set(keys)), menu_action.text()


def test_every_message_in_the_catalogue_is_used_and_every_used_one_is_there(
    tmp_path: Path,
) -> None:
    lupdate = i18n._tool("lupdate")
    if shutil.which(lupdate) is None and not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = i18n.catalogue_sources()
    subprocess.run(
        [lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert set(messages(copy)) == set(messages(TS)), "run: python -m rls_diary.ui.i18n"


def test_the_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    lrelease = i18n._tool("lrelease")
    if shutil.which(lrelease) is None and not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    built = tmp_path / QM.name
    subprocess.run([lrelease, str(TS), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == QM.read_bytes(), "run: python -m rls_diary.ui.i18n"


def test_the_safety_notice_is_translated_word_for_word() -> None:
    assert TRANSLATABLE_PARAGRAPHS == NOTICE_PARAGRAPHS
    found = messages(TS)
    assert all(("notices", paragraph) in found for paragraph in NOTICE_PARAGRAPHS)


def import_preview(qtbot: QtBot, diary: Diary, tmp_path: Path) -> ImportDialog:
    """The import preview of a file with one new night and one bad row (2 problems)."""
    path = tmp_path / "nights.csv"
    path.write_text("date,sleep_quality,rls_severity\n2024-03-01,3,2\n2024-03-02,9,11\n")
    dialog = ImportDialog(diary, path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned):
        dialog.start()
    return dialog


def test_the_import_dialog_and_file_choosers_speak_german(
    german: str, qtbot: QtBot, diary: Diary, tmp_path: Path
) -> None:
    dialog = import_preview(qtbot, diary, tmp_path)
    assert dialog.windowTitle() == "nights.csv importieren"
    assert dialog.import_button.text() == "Importieren"
    assert dialog.replace_box.text() == "Vorhandene Nächte durch die aus der Datei ersetzen"
    assert dialog.problems_title.text().startswith("Probleme (solange es welche gibt")
    assert dialog.status.text().startswith("2 Probleme gefunden. Es wird nichts importiert")
    assert dialog.conflicts_label.text() == "keine"
    assert export_name_filter("csv") == "CSV-Dateien (*.csv)"


def test_the_import_dialog_stays_english(qtbot: QtBot, diary: Diary, tmp_path: Path) -> None:
    dialog = import_preview(qtbot, diary, tmp_path)
    assert dialog.windowTitle() == "Import nights.csv"
    assert dialog.import_button.text() == "Import"
    assert dialog.status.text().startswith("2 problems found. Nothing will be imported;")
    assert dialog.conflicts_label.text() == "none"
    assert export_name_filter("csv") == "CSV files (*.csv)"


def export_name_filter(kind: str) -> str:
    return QCoreApplication.translate("FileChooser", files.EXPORT_FILTERS[kind])


def test_the_report_dialog_speaks_german(german: str, qtbot: QtBot, diary: Diary) -> None:
    dialog = ReportDialog(diary, paper="a4")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed):
        pass
    assert dialog.windowTitle() == "PDF-Zusammenfassung für Ihren Arzt oder Ihre Ärztin"
    assert dialog.save_button.text() == "PDF speichern…"
    assert dialog.period.itemText(2) == "Eigener Zeitraum"
    assert dialog.notes_box.text().startswith("Meine Notizen aufnehmen")
    assert re.fullmatch(
        r"\d+ Seiten?: \S+ bis \S+, 0 von \d+ Nächten eingetragen\.", dialog.status.text()
    )


def test_the_report_dialog_stays_english(qtbot: QtBot, diary: Diary) -> None:
    dialog = ReportDialog(diary, paper="a4")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed):
        pass
    assert dialog.windowTitle() == "PDF summary for your doctor"
    assert dialog.save_button.text() == "Save PDF…"
    assert re.fullmatch(r"\d+ pages?: .*, 0 of \d+ nights recorded\.", dialog.status.text())


def test_backup_messages_speak_german(
    german: str, qtbot: QtBot, diary: Diary, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, title, body: shown.append((title, body))
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    diary.save_night(Night(MORNING, sleep_quality=3))
    assert backup_actions.purge_night(parent, diary, MORNING) is None
    assert shown == [
        (
            "Eine Nacht aus den Sicherungen entfernen",
            "Die Nacht zum Mi. 13. März 2024 steht noch in Ihrem Tagebuch; "
            "löschen Sie sie zuerst dort.",
        )
    ]
    said = backup_actions.back_up_now(parent, diary)
    assert said is not None and said.startswith("Gesichert als ")
    i18n.uninstall()
    shown.clear()
    backup_actions.purge_night(parent, diary, MORNING)
    assert (
        shown[0][1] == "The night of Wed 13 Mar 2024 is still in your diary; delete it there first."
    )
    assert (backup_actions.back_up_now(parent, diary) or "").startswith("Backed up to ")


def test_the_tips_tab_speaks_german(german: str, qtbot: QtBot, diary: Diary) -> None:
    tab = TipsTab(diary)
    qtbot.addWidget(tab, before_close_func=lambda widget: widget.shutdown())
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        pass
    assert tab.diary_panel.title() == "Ihr Tagebuch zeigt"
    assert tab.crisis.title() == "Notfallnummern"
    assert tab.crisis.save_button.text() == "Nummern speichern"
    assert tab.notice.title() == "Bitte beachten Sie"
    assert tab.diary_panel.status.text().startswith("Noch nichts zu vergleichen.")
    assert tab.count_label.text() == f"{len(tab.tips)} Tipps"
    tip = tab.tips[0]
    assert tab.cards[tip.id].source.text() == f"Quelle: {tip.source}"
    assert tab.cards[tip.id].title.text() == tip.title  # the tab's tips are the German ones
    tab.search.setText("Eisen")
    assert re.fullmatch(rf"\d+ von {len(tab.tips)} Tipps passen", tab.count_label.text())


def test_the_tips_tab_stays_english(qtbot: QtBot, diary: Diary) -> None:
    tab = TipsTab(diary)
    qtbot.addWidget(tab, before_close_func=lambda widget: widget.shutdown())
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        pass
    assert tab.diary_panel.title() == "Your diary says"
    assert tab.crisis.save_button.text() == "Save numbers"
    assert tab.count_label.text() == f"{len(tab.tips)} tips"
