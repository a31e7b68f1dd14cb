"""How the form presents each night field: words, grouping and which input (no widgets).

Grouped as a person thinks of the night: last night's sleep (the Consensus Sleep Diary core,
in its order), restless legs, and the day before; the core items first and the rest behind a
"More" toggle. Labels are plain questions for someone filling this in half awake.

The words here are English, marked for translation in the ``fields`` context
(``QT_TRANSLATE_NOOP``); the code that shows them translates them then
(:func:`rls_diary.ui.diary.sections.field_text`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from rls_diary.domain.night import REMEDIES, RLS_AREAS, TRIGGERS

if TYPE_CHECKING:  # Qt's stub returns ``object``; the marker returns the text unchanged

    def QT_TRANSLATE_NOOP(context: str, source: str, /) -> str: ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT: Final = "fields"  # the translation context of every text below

SLEEP: Final = "sleep"
RLS: Final = "rls"
DAY: Final = "day"
NOTES: Final = "notes"


@dataclass(frozen=True, slots=True)
class FieldView:
    name: str
    label: str
    section: str
    more: bool = False
    suffix: str = ""
    description: str = ""  # the question, for tooltips and screen readers
    example: str = ""  # a time's placeholder when there is no usual time
    bare: bool = False  # no label column: the section title says it
    wide: bool = False  # the input goes under its label, across the section


FORM_FIELDS: Final[tuple[FieldView, ...]] = (
    FieldView(
        "bedtime",
        QT_TRANSLATE_NOOP("fields", "Got into bed"),
        SLEEP,
        description=QT_TRANSLATE_NOOP("fields", "What time did you get into bed?"),
        example="23:00",
    ),
    FieldView(
        "lights_out",
        QT_TRANSLATE_NOOP("fields", "Tried to sleep"),
        SLEEP,
        description=QT_TRANSLATE_NOOP("fields", "What time did you try to go to sleep?"),
        example="23:15",
    ),
    FieldView(
        "sleep_latency_min",
        QT_TRANSLATE_NOOP("fields", "Time to fall asleep"),
        SLEEP,
        suffix=QT_TRANSLATE_NOOP("fields", "minutes"),
        description=QT_TRANSLATE_NOOP(
            "fields", "How long did it take you to fall asleep, in minutes?"
        ),
    ),
    FieldView(
        "awakenings",
        QT_TRANSLATE_NOOP("fields", "Woke up during the night"),
        SLEEP,
        suffix=QT_TRANSLATE_NOOP("fields", "times"),
        description=QT_TRANSLATE_NOOP(
            "fields", "How many times did you wake up, not counting the final awakening?"
        ),
    ),
    FieldView(
        "wake_after_sleep_onset_min",
        QT_TRANSLATE_NOOP("fields", "Awake during the night"),
        SLEEP,
        suffix=QT_TRANSLATE_NOOP("fields", "minutes in total"),
        description=QT_TRANSLATE_NOOP(
            "fields", "In total, how long did these awakenings last, in minutes?"
        ),
    ),
    FieldView(
        "final_wake",
        QT_TRANSLATE_NOOP("fields", "Final awakening"),
        SLEEP,
        description=QT_TRANSLATE_NOOP("fields", "What time was your final awakening?"),
        example="6:45",
    ),
    FieldView(
        "out_of_bed",
        QT_TRANSLATE_NOOP("fields", "Got out of bed"),
        SLEEP,
        description=QT_TRANSLATE_NOOP("fields", "What time did you get out of bed for the day?"),
        example="7:00",
    ),
    FieldView(
        "sleep_quality",
        QT_TRANSLATE_NOOP("fields", "Sleep quality"),
        SLEEP,
        description=QT_TRANSLATE_NOOP("fields", "How would you rate the quality of your sleep?"),
    ),
    FieldView(
        "no_sleep",
        QT_TRANSLATE_NOOP("fields", "Did not sleep at all"),
        SLEEP,
        description=QT_TRANSLATE_NOOP("fields", "Did you not sleep at all last night?"),
    ),
    FieldView(
        "rls_severity",
        QT_TRANSLATE_NOOP("fields", "Severity"),
        RLS,
        wide=True,
        description=QT_TRANSLATE_NOOP(
            "fields", "How bad were the restless legs symptoms, 0 (none) to 10 (worst)?"
        ),
    ),
    FieldView(
        "rls_onset",
        QT_TRANSLATE_NOOP("fields", "Symptoms began"),
        RLS,
        example="21:30",
        description=QT_TRANSLATE_NOOP("fields", "What time did the symptoms begin?"),
    ),
    FieldView(
        "times_up_to_move",
        QT_TRANSLATE_NOOP("fields", "Got up to move"),
        RLS,
        suffix=QT_TRANSLATE_NOOP("fields", "times"),
        description=QT_TRANSLATE_NOOP(
            "fields", "How many times did you get up because of the symptoms?"
        ),
    ),
    FieldView(
        "medication_taken",
        QT_TRANSLATE_NOOP("fields", "RLS medication"),
        RLS,
        description=QT_TRANSLATE_NOOP("fields", "Did you take your RLS medication?"),
    ),
    FieldView(
        "rls_areas",
        QT_TRANSLATE_NOOP("fields", "Where"),
        RLS,
        more=True,
        description=QT_TRANSLATE_NOOP("fields", "Where did you feel symptoms?"),
    ),
    FieldView(
        "remedies",
        QT_TRANSLATE_NOOP("fields", "Remedies tried"),
        RLS,
        more=True,
        description=QT_TRANSLATE_NOOP(
            "fields", "Which remedies did you try, and how much did each help?"
        ),
    ),
    FieldView(
        "triggers",
        QT_TRANSLATE_NOOP("fields", "Possible triggers"),
        RLS,
        more=True,
        description=QT_TRANSLATE_NOOP("fields", "Anything that may have set the symptoms off?"),
    ),
    FieldView(
        "caffeine_drinks",
        QT_TRANSLATE_NOOP("fields", "Caffeinated drinks"),
        DAY,
        suffix=QT_TRANSLATE_NOOP("fields", "drinks"),
        description=QT_TRANSLATE_NOOP(
            "fields", "How many caffeinated drinks (coffee, tea, cola) did you have?"
        ),
    ),
    FieldView(
        "alcohol_drinks",
        QT_TRANSLATE_NOOP("fields", "Alcoholic drinks"),
        DAY,
        suffix=QT_TRANSLATE_NOOP("fields", "drinks"),
        description=QT_TRANSLATE_NOOP("fields", "How many alcoholic drinks did you have?"),
    ),
    FieldView(
        "exercise_min",
        QT_TRANSLATE_NOOP("fields", "Exercise"),
        DAY,
        suffix=QT_TRANSLATE_NOOP("fields", "minutes"),
        description=QT_TRANSLATE_NOOP("fields", "How many minutes did you exercise?"),
    ),
    FieldView(
        "last_caffeine",
        QT_TRANSLATE_NOOP("fields", "Last caffeine"),
        DAY,
        more=True,
        example="15:00",
        description=QT_TRANSLATE_NOOP(
            "fields", "What time did you have your last caffeinated drink?"
        ),
    ),
    FieldView(
        "nicotine",
        QT_TRANSLATE_NOOP("fields", "Nicotine"),
        DAY,
        more=True,
        description=QT_TRANSLATE_NOOP("fields", "Did you smoke or use nicotine?"),
    ),
    FieldView(
        "nap_min",
        QT_TRANSLATE_NOOP("fields", "Naps"),
        DAY,
        more=True,
        suffix=QT_TRANSLATE_NOOP("fields", "minutes"),
        description=QT_TRANSLATE_NOOP("fields", "How many minutes did you nap?"),
    ),
    FieldView(
        "daytime_sleepiness",
        QT_TRANSLATE_NOOP("fields", "Sleepy during the day"),
        DAY,
        more=True,
        description=QT_TRANSLATE_NOOP(
            "fields", "How sleepy were you during the day, 0 (not at all) to 4 (severe)?"
        ),
    ),
    FieldView(
        "low_mood",
        QT_TRANSLATE_NOOP("fields", "Low mood"),
        DAY,
        more=True,
        description=QT_TRANSLATE_NOOP(
            "fields", "How low was your mood, 0 (not at all) to 4 (severe)?"
        ),
    ),
    FieldView(
        "anxiety",
        QT_TRANSLATE_NOOP("fields", "Anxiety"),
        DAY,
        more=True,
        description=QT_TRANSLATE_NOOP(
            "fields", "How anxious were you, 0 (not at all) to 4 (severe)?"
        ),
    ),
    FieldView(
        "concentration_problems",
        QT_TRANSLATE_NOOP("fields", "Trouble concentrating"),
        DAY,
        more=True,
        description=QT_TRANSLATE_NOOP(
            "fields", "How hard was it to concentrate, 0 (not at all) to 4 (severe)?"
        ),
    ),
    FieldView(
        "notes",
        QT_TRANSLATE_NOOP("fields", "Notes"),
        NOTES,
        description=QT_TRANSLATE_NOOP("fields", "Your private notes about this night"),
        bare=True,
    ),
)
FORM_FIELD_NAMES: Final = tuple(f.name for f in FORM_FIELDS)
# Shown (read-only) when present, kept as they are on save.
KEPT_FIELDS: Final = ("timezone", "tracked_sleep_min", "source", "experiment_adherence")

QUALITY: Final = (
    (1, QT_TRANSLATE_NOOP("fields", "1 very poor")),
    (2, QT_TRANSLATE_NOOP("fields", "2 poor")),
    (3, QT_TRANSLATE_NOOP("fields", "3 fair")),
    (4, QT_TRANSLATE_NOOP("fields", "4 good")),
    (5, QT_TRANSLATE_NOOP("fields", "5 very good")),
)
SEVERITY: Final = (
    (0, QT_TRANSLATE_NOOP("fields", "0 no symptoms")),
    *((n, str(n)) for n in range(1, 11)),
)
SEVERITY_TIPS: Final = {
    0: QT_TRANSLATE_NOOP("fields", "No restless legs symptoms at all"),
    10: QT_TRANSLATE_NOOP("fields", "10: the worst imaginable"),
}
ZERO_TO_FOUR: Final = (
    (0, QT_TRANSLATE_NOOP("fields", "0 none")),
    (1, QT_TRANSLATE_NOOP("fields", "1 mild")),
    (2, QT_TRANSLATE_NOOP("fields", "2 moderate")),
    (3, QT_TRANSLATE_NOOP("fields", "3 marked")),
    (4, QT_TRANSLATE_NOOP("fields", "4 severe")),
)
RELIEF: Final = (
    (0, QT_TRANSLATE_NOOP("fields", "0 no help")),
    (1, QT_TRANSLATE_NOOP("fields", "1 a little")),
    (2, QT_TRANSLATE_NOOP("fields", "2 some")),
    (3, QT_TRANSLATE_NOOP("fields", "3 a lot")),
)
YES_NO: Final = (
    (True, QT_TRANSLATE_NOOP("fields", "Yes")),
    (False, QT_TRANSLATE_NOOP("fields", "No")),
)
MEDICATION: Final = (
    ("as_planned", QT_TRANSLATE_NOOP("fields", "As planned")),
    ("missed", QT_TRANSLATE_NOOP("fields", "Missed a dose")),
    ("extra", QT_TRANSLATE_NOOP("fields", "Took extra")),
    ("none", QT_TRANSLATE_NOOP("fields", "No RLS medication")),
)
SCALES: Final = {
    "sleep_quality": QUALITY,
    "rls_severity": SEVERITY,
    "daytime_sleepiness": ZERO_TO_FOUR,
    "low_mood": ZERO_TO_FOUR,
    "anxiety": ZERO_TO_FOUR,
    "concentration_problems": ZERO_TO_FOUR,
}
# Every name the domain knows has its words here; a name added there later shows as itself.
AREA_LABELS: Final = {a: a for a in RLS_AREAS} | {
    "legs": QT_TRANSLATE_NOOP("fields", "legs"),
    "arms": QT_TRANSLATE_NOOP("fields", "arms"),
    "trunk": QT_TRANSLATE_NOOP("fields", "trunk"),
    "other": QT_TRANSLATE_NOOP("fields", "other"),
}
REMEDY_LABELS: Final = {r: r.replace("_", " ") for r in REMEDIES} | {
    "walking": QT_TRANSLATE_NOOP("fields", "walking"),
    "stretching": QT_TRANSLATE_NOOP("fields", "stretching"),
    "massage": QT_TRANSLATE_NOOP("fields", "massage"),
    "hot_bath": QT_TRANSLATE_NOOP("fields", "hot bath"),
    "cold": QT_TRANSLATE_NOOP("fields", "cold (cool pack, cold shower)"),
    "compression": QT_TRANSLATE_NOOP("fields", "compression"),
    "mental_activity": QT_TRANSLATE_NOOP("fields", "keeping the mind busy"),
    "other": QT_TRANSLATE_NOOP("fields", "other"),
}
TRIGGER_LABELS: Final = {t: t.replace("_", " ") for t in TRIGGERS} | {
    "long_sitting": QT_TRANSLATE_NOOP("fields", "long sitting"),
    "travel": QT_TRANSLATE_NOOP("fields", "travel"),
    "antihistamine": QT_TRANSLATE_NOOP("fields", "antihistamine (allergy, sleep aid)"),
    "antiemetic": QT_TRANSLATE_NOOP("fields", "anti-sickness medicine"),
    "antidepressant": QT_TRANSLATE_NOOP("fields", "antidepressant"),
    "sleep_deprivation": QT_TRANSLATE_NOOP("fields", "sleep deprivation"),
    "stress": QT_TRANSLATE_NOOP("fields", "stress"),
    "other": QT_TRANSLATE_NOOP("fields", "other"),
}
SECTION_TITLES: Final = {
    SLEEP: QT_TRANSLATE_NOOP("fields", "Last night's sleep"),
    RLS: QT_TRANSLATE_NOOP("fields", "Restless legs"),
    DAY: QT_TRANSLATE_NOOP("fields", "Yesterday"),  # the form adds "(Mon 23)"
    NOTES: QT_TRANSLATE_NOOP("fields", "Notes"),
}
MORE_TITLES: Final = {
    RLS: QT_TRANSLATE_NOOP("fields", "More: where, remedies, triggers"),
    DAY: QT_TRANSLATE_NOOP("fields", "More: nicotine, naps, how you felt"),
}
