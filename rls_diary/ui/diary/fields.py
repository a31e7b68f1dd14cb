"""How the form presents each night field: words, grouping and which input (Qt-free).

Grouped as a person thinks of the night: last night's sleep (the Consensus Sleep Diary core,
in its order), restless legs, and the day before; the core items first and the rest behind a
"More" toggle. Labels are plain questions for someone filling this in half awake.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from rls_diary.domain.night import REMEDIES, RLS_AREAS, TRIGGERS

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
        "Got into bed",
        SLEEP,
        description="What time did you get into bed?",
        example="23:00",
    ),
    FieldView(
        "lights_out",
        "Tried to sleep",
        SLEEP,
        description="What time did you try to go to sleep?",
        example="23:15",
    ),
    FieldView(
        "sleep_latency_min",
        "Time to fall asleep",
        SLEEP,
        suffix="minutes",
        description="How long did it take you to fall asleep, in minutes?",
    ),
    FieldView(
        "awakenings",
        "Woke up during the night",
        SLEEP,
        suffix="times",
        description="How many times did you wake up, not counting the final awakening?",
    ),
    FieldView(
        "wake_after_sleep_onset_min",
        "Awake during the night",
        SLEEP,
        suffix="minutes in total",
        description="In total, how long did these awakenings last, in minutes?",
    ),
    FieldView(
        "final_wake",
        "Final awakening",
        SLEEP,
        description="What time was your final awakening?",
        example="6:45",
    ),
    FieldView(
        "out_of_bed",
        "Got out of bed",
        SLEEP,
        description="What time did you get out of bed for the day?",
        example="7:00",
    ),
    FieldView(
        "sleep_quality",
        "Sleep quality",
        SLEEP,
        description="How would you rate the quality of your sleep?",
    ),
    FieldView(
        "no_sleep",
        "Did not sleep at all",
        SLEEP,
        description="Did you not sleep at all last night?",
    ),
    FieldView(
        "rls_severity",
        "Severity",
        RLS,
        wide=True,
        description="How bad were the restless legs symptoms, 0 (none) to 10 (worst)?",
    ),
    FieldView(
        "rls_onset",
        "Symptoms began",
        RLS,
        example="21:30",
        description="What time did the symptoms begin?",
    ),
    FieldView(
        "times_up_to_move",
        "Got up to move",
        RLS,
        suffix="times",
        description="How many times did you get up because of the symptoms?",
    ),
    FieldView(
        "medication_taken", "RLS medication", RLS, description="Did you take your RLS medication?"
    ),
    FieldView("rls_areas", "Where", RLS, more=True, description="Where did you feel symptoms?"),
    FieldView(
        "remedies",
        "Remedies tried",
        RLS,
        more=True,
        description="Which remedies did you try, and how much did each help?",
    ),
    FieldView(
        "triggers",
        "Possible triggers",
        RLS,
        more=True,
        description="Anything that may have set the symptoms off?",
    ),
    FieldView(
        "caffeine_drinks",
        "Caffeinated drinks",
        DAY,
        suffix="drinks",
        description="How many caffeinated drinks (coffee, tea, cola) did you have?",
    ),
    FieldView(
        "alcohol_drinks",
        "Alcoholic drinks",
        DAY,
        suffix="drinks",
        description="How many alcoholic drinks did you have?",
    ),
    FieldView(
        "exercise_min",
        "Exercise",
        DAY,
        suffix="minutes",
        description="How many minutes did you exercise?",
    ),
    FieldView(
        "last_caffeine",
        "Last caffeine",
        DAY,
        more=True,
        example="15:00",
        description="What time did you have your last caffeinated drink?",
    ),
    FieldView("nicotine", "Nicotine", DAY, more=True, description="Did you smoke or use nicotine?"),
    FieldView(
        "nap_min",
        "Naps",
        DAY,
        more=True,
        suffix="minutes",
        description="How many minutes did you nap?",
    ),
    FieldView(
        "daytime_sleepiness",
        "Sleepy during the day",
        DAY,
        more=True,
        description="How sleepy were you during the day, 0 (not at all) to 4 (severe)?",
    ),
    FieldView(
        "low_mood",
        "Low mood",
        DAY,
        more=True,
        description="How low was your mood, 0 (not at all) to 4 (severe)?",
    ),
    FieldView(
        "anxiety",
        "Anxiety",
        DAY,
        more=True,
        description="How anxious were you, 0 (not at all) to 4 (severe)?",
    ),
    FieldView(
        "concentration_problems",
        "Trouble concentrating",
        DAY,
        more=True,
        description="How hard was it to concentrate, 0 (not at all) to 4 (severe)?",
    ),
    FieldView(
        "notes", "Notes", NOTES, description="Your private notes about this night", bare=True
    ),
)
FORM_FIELD_NAMES: Final = tuple(f.name for f in FORM_FIELDS)
# Shown (read-only) when present, kept as they are on save.
KEPT_FIELDS: Final = ("timezone", "tracked_sleep_min", "source", "experiment_adherence")

QUALITY: Final = (
    (1, "1 very poor"),
    (2, "2 poor"),
    (3, "3 fair"),
    (4, "4 good"),
    (5, "5 very good"),
)
SEVERITY: Final = ((0, "0 no symptoms"), *((n, str(n)) for n in range(1, 11)))
SEVERITY_TIPS: Final = {0: "No restless legs symptoms at all", 10: "10: the worst imaginable"}
ZERO_TO_FOUR: Final = (
    (0, "0 none"),
    (1, "1 mild"),
    (2, "2 moderate"),
    (3, "3 marked"),
    (4, "4 severe"),
)
RELIEF: Final = ((0, "0 no help"), (1, "1 a little"), (2, "2 some"), (3, "3 a lot"))
YES_NO: Final = ((True, "Yes"), (False, "No"))
MEDICATION: Final = (
    ("as_planned", "As planned"),
    ("missed", "Missed a dose"),
    ("extra", "Took extra"),
    ("none", "No RLS medication"),
)
SCALES: Final = {
    "sleep_quality": QUALITY,
    "rls_severity": SEVERITY,
    "daytime_sleepiness": ZERO_TO_FOUR,
    "low_mood": ZERO_TO_FOUR,
    "anxiety": ZERO_TO_FOUR,
    "concentration_problems": ZERO_TO_FOUR,
}
AREA_LABELS: Final = {a: a for a in RLS_AREAS}
REMEDY_LABELS: Final = {r: r.replace("_", " ") for r in REMEDIES} | {
    "cold": "cold (cool pack, cold shower)",
    "mental_activity": "keeping the mind busy",
}
TRIGGER_LABELS: Final = {t: t.replace("_", " ") for t in TRIGGERS} | {
    "antiemetic": "anti-sickness medicine",
    "antihistamine": "antihistamine (allergy, sleep aid)",
}
SECTION_TITLES: Final = {
    SLEEP: "Last night's sleep",
    RLS: "Restless legs",
    DAY: "Yesterday",  # the form adds "(Mon 23)"
    NOTES: "Notes",
}
MORE_TITLES: Final = {
    RLS: "More: where, remedies, triggers",
    DAY: "More: nicotine, naps, how you felt",
}
