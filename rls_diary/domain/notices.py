"""The safety notice (DESIGN §6), free of Qt so that the window, the PDF report and the
command line share one wording.

The wording follows the disclaimer in clinical-notes §8: shown at first run (acknowledged), in
About, in the Lifestyle tips tab and in the footer of every PDF page.
"""

from __future__ import annotations

from typing import Final

NOTICE_PARAGRAPHS: Final = (
    "RLS Diary helps you record your sleep and restless-legs symptoms so that you can share "
    "them with your doctor or other health professional.",
    "It does not diagnose, treat or give medical advice, and its charts and alerts are no "
    "substitute for seeing a professional.",
    "Do not start, stop or change any medicine because of something this app shows. Talk to "
    "your doctor first.",
    "If you feel unwell, are pregnant, or have thoughts of harming yourself, contact a doctor "
    "or an emergency service now.",
    "Your diary stays on this computer. Nothing is sent anywhere; it leaves only in files you "
    "export yourself.",
)
NOTICE_TEXT: Final = "\n\n".join(NOTICE_PARAGRAPHS)

# The short form printed in the footer of every page of the PDF report.
REPORT_NOTICE: Final = (
    "Recorded by the patient in RLS Diary. Not medical advice and not a diagnosis: the "
    "figures and alerts do not replace a consultation. Do not start, stop or change any "
    "medicine because of this summary."
)
