"""Whatever the input, the foreign parsers report problems and never raise (DESIGN §4.1), and
what they do read maps to nights without raising either."""

from __future__ import annotations

import io
import zipfile

from foreign_helpers import sample
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rls_diary.domain.foreign import FOREIGN_FORMATS, detect
from rls_diary.domain.foreign.common import ForeignRead, build_entries
from rls_diary.domain.foreign.filling import fill
from rls_diary.domain.night import Night
from rls_diary.services.importing import detect_format

SAMPLES = [
    sample(name)
    for name in (
        "sleep-export.csv",
        "plees-tracker.csv",
        "plees-tracker-old.csv",
        "sleep_history.csv",
        "sleep-2024-03-24.json",
    )
]
# Characters that matter to the formats' structure, so mutations hit the parsers' edges.
PUNCTUATION = st.sampled_from([*'",;\n\r\\|-+:.[]{}0123456789 E#', "\x00", "\ufeff", "é"])
READERS = [(f.name, f.read) for f in FOREIGN_FORMATS]


def _zipped(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("sleep-export.csv", data)
    return buffer.getvalue()


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A real sample with a few cuts, insertions and replacements."""
    data = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["cut", "insert", "replace", "truncate"]))
        piece = draw(st.text(PUNCTUATION, max_size=4)).encode()
        if action == "cut":
            del data[at : at + draw(st.integers(1, 40))]
        elif action == "insert":
            data[at:at] = piece
        elif action == "replace":
            data[at : at + len(piece)] = piece
        else:
            del data[at:]
    return bytes(data)


inputs = st.one_of(
    st.binary(max_size=400),
    st.text(PUNCTUATION, max_size=300).map(str.encode),
    mutated(),
    mutated().map(_zipped),
)


def _check(result: ForeignRead, name: str) -> None:
    assert result.format == name
    assert not (result.records and result.problems)  # all or nothing
    for entry in build_entries(result.records):
        fill(entry, None, "Europe/Berlin")
        fill(entry, Night(entry.date, timezone="Asia/Tokyo", rls_severity=3), "UTC")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inputs)
def test_parsers_only_ever_report_problems(data: bytes) -> None:
    for name, read in READERS:
        _check(read(data, "f", "Europe/Berlin"), name)
    detect(data)
    detect_format(data)


def test_the_unmutated_samples_read_cleanly() -> None:
    for data in SAMPLES:
        found = detect(data)
        assert found is not None
        result = found.read(data, "f", "Europe/Berlin")
        assert result.problems == [] and result.records
