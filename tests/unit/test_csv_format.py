"""The diary's CSV format (DESIGN §4): exact output, and every failure reported where it is."""

from __future__ import annotations

import datetime as dt

import pytest

from rls_diary.domain.csv_format import (
    CsvRead,
    escape_formula,
    read_csv,
    unescape_formula,
    write_csv,
)
from rls_diary.domain.night import Night

# The §4 column order, spelled out here so that a change to the registry cannot pass unnoticed.
HEADER = (
    "date,timezone,bedtime,lights_out,sleep_latency_min,awakenings,wake_after_sleep_onset_min,"
    "final_wake,out_of_bed,no_sleep,sleep_quality,rls_severity,rls_onset,rls_areas,"
    "times_up_to_move,medication_taken,remedies,triggers,caffeine_drinks,last_caffeine,"
    "alcohol_drinks,nicotine,exercise_min,nap_min,daytime_sleepiness,low_mood,anxiety,"
    "concentration_problems,tracked_sleep_min,source,notes,time_in_bed_min,total_sleep_min,"
    "sleep_efficiency_pct"
)
DAY = dt.date(2024, 3, 31)


def read(text: str, zone: str = "Europe/Berlin") -> CsvRead:
    return read_csv(text, "f.csv", zone)


def messages(result: CsvRead) -> list[str]:
    return [str(problem) for problem in result.problems]


def only_night(result: CsvRead) -> Night:
    assert result.problems == []
    assert len(result.nights) == 1
    return result.nights[0][1]


def cells(text: str, line: int = 2) -> dict[str, str]:
    """The cells of a written line by column name (for outputs without quoted cells)."""
    rows = text.split("\n")
    return dict(zip(rows[0].split(","), rows[line - 1].split(","), strict=True))


# --- writing -------------------------------------------------------------------------------


def test_header_is_the_design_column_order() -> None:
    assert write_csv([], "UTC") == HEADER + "\n"


def test_write_formats_every_kind_of_value() -> None:
    night = Night(
        DAY,
        timezone="Europe/Berlin",
        bedtime=dt.time(23, 0),
        lights_out=dt.time(23, 5),
        sleep_latency_min=25,
        final_wake=dt.time(6, 0),
        no_sleep=False,
        nicotine=True,
        rls_areas=("legs", "arms"),
        remedies=(("walking", 2), ("massage", 1)),
        medication_taken="as_planned",
        last_caffeine=dt.time(9, 7),
    )
    row = cells(write_csv([night], "UTC"))
    assert row["date"] == "2024-03-31"
    assert row["timezone"] == "Europe/Berlin"
    assert (row["bedtime"], row["lights_out"], row["last_caffeine"]) == ("23:00", "23:05", "09:07")
    assert (row["no_sleep"], row["nicotine"]) == ("no", "yes")
    assert row["rls_areas"] == "legs;arms"
    assert row["remedies"] == "walking:2;massage:1"
    assert row["medication_taken"] == "as_planned"
    assert row["sleep_latency_min"] == "25"
    assert row["awakenings"] == ""  # blank stays blank, never 0
    assert row["rls_severity"] == ""


def test_write_uses_newline_line_ends_only() -> None:
    text = write_csv([Night(DAY), Night(DAY + dt.timedelta(days=1))], "UTC")
    assert "\r" not in text
    assert text.count("\n") == 3
    assert text.endswith("\n")


def test_write_fills_in_the_default_zone_for_a_night_without_one() -> None:
    row = cells(write_csv([Night(DAY)], "America/New_York"))
    assert row["timezone"] == "America/New_York"


def test_write_adds_metrics_computed_across_the_dst_change() -> None:
    # Berlin springs forward on the night to 2024-03-31: 23:00 -> 07:00 is 7 h, not 8 h.
    night = Night(
        DAY,
        timezone="Europe/Berlin",
        bedtime=dt.time(23, 0),
        lights_out=dt.time(23, 0),
        sleep_latency_min=20,
        wake_after_sleep_onset_min=40,
        final_wake=dt.time(7, 0),
        out_of_bed=dt.time(7, 0),
    )
    row = cells(write_csv([night], "UTC"))
    assert row["time_in_bed_min"] == "420"
    assert row["total_sleep_min"] == "360"
    assert row["sleep_efficiency_pct"] == "85.7"


def test_write_leaves_metrics_blank_when_inputs_are_blank() -> None:
    row = cells(write_csv([Night(DAY, bedtime=dt.time(23, 0))], "UTC"))
    assert (row["time_in_bed_min"], row["total_sleep_min"], row["sleep_efficiency_pct"]) == (
        "",
        "",
        "",
    )


@pytest.mark.parametrize(
    ("notes", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+49 30 1234", "'+49 30 1234"),
        ("-2 pills", "'-2 pills"),
        ("@home", "'@home"),
        ("'quoted", "''quoted"),
        ("\tindent", "'\tindent"),
        ("a=b", "a=b"),
        (" =x", " =x"),
    ],
)
def test_write_escapes_cells_that_start_like_a_formula(notes: str, written: str) -> None:
    assert write_csv([Night(DAY, notes=notes)], "UTC").split("\n")[1].split(",")[30] == written


def test_write_quotes_cells_with_separators_quotes_and_line_breaks() -> None:
    night = Night(DAY, notes='said "ouch", then\nslept', source="a\rb")
    line = write_csv([night], "UTC").split("\n", 1)[1]
    assert ',"a\rb","said ""ouch"", then\nslept",' in line


def test_write_rejects_an_unknown_default_zone() -> None:
    with pytest.raises(ValueError, match="Mars/Olympus"):
        write_csv([Night(DAY)], "Mars/Olympus")


@pytest.mark.parametrize(
    "notes",
    ["=SUM(A1:A9)", "'", "''", "'=", "'hello", "-", "\r\nx", '"', ";;", "x\r", "\tx", "a\x00b"],
)
def test_awkward_notes_survive_the_round_trip_exactly(notes: str) -> None:
    night = Night(DAY, timezone="UTC", notes=notes)
    assert only_night(read(write_csv([night], "UTC"))) == night


# --- formula escaping helpers ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "plain"),
    [
        ("'=x", "=x"),
        ("''", "'"),
        ("'\tx", "\tx"),
        ("'\r", "\r"),
        ("'hello", "'hello"),  # no formula character follows: the quote is the user's
        ("'", "'"),
        ("", ""),
        ("=x", "=x"),
    ],
)
def test_unescape_removes_one_quote_only_before_a_formula_start(cell: str, plain: str) -> None:
    assert unescape_formula(cell) == plain


def test_escape_then_unescape_is_the_identity_on_edge_cases() -> None:
    for cell in ["", "'", "''", "'''", "=", "'=", "x", "'x", "\r", "@@"]:
        assert unescape_formula(escape_formula(cell)) == cell


# --- reading: the happy path ---------------------------------------------------------------


def test_only_the_date_column_is_required_and_missing_columns_are_blank() -> None:
    night = only_night(read("date\n2024-03-31\n"))
    assert night == Night(DAY, timezone="Europe/Berlin")
    assert night.rls_severity is None
    assert night.awakenings is None


def test_empty_cells_are_blank_never_zero() -> None:
    night = only_night(read("date,rls_severity,awakenings,no_sleep,rls_areas\n2024-03-31,,,,\n"))
    assert night.rls_severity is None
    assert night.awakenings is None
    assert night.no_sleep is None
    assert night.rls_areas is None


def test_columns_are_matched_by_name_in_any_order() -> None:
    night = only_night(read("rls_severity,date,bedtime\n4,2024-03-31,22:30\n"))
    assert (night.date, night.rls_severity, night.bedtime) == (DAY, 4, dt.time(22, 30))


def test_a_leading_bom_is_ignored() -> None:
    night = only_night(read("\ufeffdate,rls_severity\n2024-03-31,3\n"))
    assert night.rls_severity == 3


def test_semicolon_separator_with_quoted_cells_holding_semicolons_and_line_breaks() -> None:
    text = 'date;rls_areas;notes;rls_severity\n2024-03-31;"legs;arms";"a;b\nc, d";5\n'
    night = only_night(read(text))
    assert night.rls_areas == ("legs", "arms")
    assert night.notes == "a;b\nc, d"
    assert night.rls_severity == 5


def test_the_separator_is_taken_from_the_header_line_only() -> None:
    # The header has commas; semicolons in the data are list separators, not cell breaks.
    night = only_night(read("date,triggers\n2024-03-31,stress;travel\n"))
    assert night.triggers == ("travel", "stress")


def test_commas_in_data_do_not_split_cells_of_a_semicolon_file() -> None:
    night = only_night(read("date;notes;rls_severity\n2024-03-31;a,b,c;2\n"))
    assert (night.notes, night.rls_severity) == ("a,b,c", 2)


def test_list_cells_are_read_in_registry_order() -> None:
    night = only_night(read('date,remedies\n2024-03-31,"massage:1; walking:2"\n'))
    assert night.remedies == (("walking", 2), ("massage", 1))


def test_the_computed_columns_are_accepted_and_ignored() -> None:
    text = "date,time_in_bed_min,total_sleep_min,sleep_efficiency_pct\n2024-03-31,999,x,-1\n"
    assert only_night(read(text)) == Night(DAY, timezone="Europe/Berlin")


def test_the_timezone_cell_wins_over_the_default_zone() -> None:
    text = "date,timezone\n2024-03-31,Asia/Tokyo\n2024-04-01,\n"
    result = read(text, zone="America/Chicago")
    assert [(line, n.timezone) for line, n in result.nights] == [
        (2, "Asia/Tokyo"),
        (3, "America/Chicago"),
    ]


def test_crlf_line_ends_are_read_with_true_line_numbers() -> None:
    text = 'date,notes\r\n2024-03-31,"two\r\nlines"\r\n2024-04-01,x\r\n'
    result = read(text)
    assert result.problems == []
    assert [line for line, _ in result.nights] == [2, 4]
    assert result.nights[0][1].notes == "two\r\nlines"


def test_entirely_empty_rows_are_skipped() -> None:
    text = "date,rls_severity\n\n , \n,\n2024-03-31,2\n"
    result = read(text)
    assert result.problems == []
    assert [(line, n.rls_severity) for line, n in result.nights] == [(5, 2)]


def test_a_header_without_rows_gives_nothing_and_no_problem() -> None:
    assert read(HEADER + "\n") == CsvRead([], [])


def test_cross_field_warnings_do_not_block_an_import() -> None:
    # 15 h in bed is saved with a warning (over 14 h), not refused (over 20 h).
    night = only_night(read("date,bedtime,out_of_bed\n2024-03-31,20:00,11:00\n"))
    assert night.out_of_bed == dt.time(11, 0)


# --- reading: problems, each with its line and column ---------------------------------------


def test_a_bad_cell_names_its_physical_line_and_column() -> None:
    text = (
        "date,notes,rls_severity\n"  # 1
        '2024-03-01,"a note\n'  # 2
        "over three\n"  # 3
        'lines",3\n'  # 4
        "2024-03-02,,4\n"  # 5
        "\n"  # 6
        "2024-03-03,,11\n"  # 7
    )
    result = read(text)
    assert messages(result) == ["f.csv:7: rls_severity: 11 is outside 0–10"]
    assert [line for line, _ in result.nights] == [2, 5]


def test_every_problem_in_the_file_is_reported_in_line_order() -> None:
    text = (
        "date,rls_severity,bedtime,rls_areas,nicotine\n"
        "2024-03-01,11,25:00,legs,maybe\n"
        "2024-02-30,3,,feet,\n"
        ",2,,,\n"
    )
    assert messages(read(text)) == [
        "f.csv:2: rls_severity: 11 is outside 0–10",
        "f.csv:2: bedtime: '25:00' is not a time of day (00:00–23:59)",
        "f.csv:2: nicotine: 'maybe' is not yes or no",
        "f.csv:3: date: '2024-02-30' is not a real date",
        "f.csv:3: rls_areas: unknown member 'feet' (known: legs, arms, trunk, other)",
        "f.csv:4: date: is blank; every row needs its date (like 2024-03-31)",
    ]
    assert read(text).nights == []


def test_a_row_with_a_problem_is_left_out_but_good_rows_are_kept() -> None:
    result = read("date,sleep_quality\n2024-03-01,0\n2024-03-02,5\n")
    assert messages(result) == ["f.csv:2: sleep_quality: 0 is outside 1–5"]
    assert [(line, n.date) for line, n in result.nights] == [(3, dt.date(2024, 3, 2))]


def test_unknown_columns_are_one_problem_naming_them_all() -> None:
    result = read("date,mood,experiment_adherence,rls_severity\n2024-03-31,,,3\n")
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert (problem.line, problem.column) == (1, None)
    assert problem.message.startswith("unknown columns 'mood', 'experiment_adherence' (known: date")


def test_a_missing_date_column_is_reported_and_no_row_is_read() -> None:
    result = read("rls_severity\n3\n")
    assert messages(result) == ["f.csv:1: date: the required column is missing"]
    assert result.nights == []


def test_a_repeated_or_unnamed_column_is_reported() -> None:
    assert messages(read("date,notes,,notes\n2024-03-31,a,,b\n")) == [
        "f.csv:1: column 3 has no name",
        "f.csv:1: notes: the column appears twice (columns 2 and 4)",
    ]


def test_an_empty_file_is_reported() -> None:
    assert messages(read("")) == [
        "f.csv:1: the file has no header line (the first line names the columns)"
    ]
    assert messages(read("\ufeff\n2024-03-31\n"))[0].startswith("f.csv:1: the file has no header")


def test_duplicate_dates_name_both_lines() -> None:
    text = "date,rls_severity\n2024-03-01,1\n2024-03-02,2\n2024-03-01,3\n"
    result = read(text)
    assert messages(result) == ["f.csv:4: date: 2024-03-01 is also on line 2"]
    assert [line for line, _ in result.nights] == [2, 3]


def test_a_duplicate_of_a_row_with_problems_is_still_reported() -> None:
    text = "date,rls_severity\n2024-03-01,99\n2024-03-01,3\n"
    assert messages(read(text)) == [
        "f.csv:2: rls_severity: 99 is outside 0–10",
        "f.csv:3: date: 2024-03-01 is also on line 2",
    ]


def test_a_row_with_the_wrong_number_of_cells_is_reported() -> None:
    text = "date,rls_severity\n2024-03-01,1,extra\n2024-03-02\n2024-03-03,4\n"
    result = read(text)
    assert messages(result) == [
        "f.csv:2: the row has 3 cells, the header has 2",
        "f.csv:3: the row has 1 cell, the header has 2",
    ]
    assert [line for line, _ in result.nights] == [4]


def test_an_unknown_zone_is_reported_and_skips_the_zone_dependent_checks() -> None:
    text = (
        "date,timezone,lights_out,final_wake,sleep_latency_min\n"
        "2024-03-31,Mars/Base,23:00,23:30,60\n"
    )
    assert messages(read(text)) == [
        "f.csv:2: timezone: 'Mars/Base' is not a known time zone (like Europe/Berlin)"
    ]


def test_cross_field_errors_are_reported_with_their_line_and_field() -> None:
    text = (
        "date,lights_out,sleep_latency_min,wake_after_sleep_onset_min,final_wake,no_sleep\n"
        "2024-03-01,23:00,60,,23:30,\n"
        "2024-03-02,,10,,,yes\n"
    )
    result = read(text)
    assert [(p.line, p.column) for p in result.problems] == [
        (2, "sleep_latency_min"),
        (3, "sleep_latency_min"),
    ]
    assert "are more than the 30 minutes" in result.problems[0].message
    assert "must be blank when you did not sleep at all" in result.problems[1].message


def test_more_than_twenty_hours_in_bed_is_an_error() -> None:
    result = read("date,bedtime,out_of_bed\n2024-03-31,12:00,10:00\n")
    assert [(p.line, p.column) for p in result.problems] == [(2, "out_of_bed")]


def test_an_unclosed_quote_is_reported_on_the_line_where_it_opens() -> None:
    text = 'date,notes\n2024-03-01,fine\n2024-03-02,"never closed\nmore\n'
    result = read(text)
    assert messages(result) == [
        "f.csv:3: a quoted cell starting on this line is never closed (the file ends inside it)"
    ]


def test_text_after_a_closing_quote_is_reported() -> None:
    result = read('date,notes\n2024-03-01,"a"b\n')
    assert [(p.line, p.column) for p in result.problems] == [(2, None)]
    assert "not valid CSV" in result.problems[0].message


def test_a_runaway_quote_that_makes_a_huge_cell_is_reported() -> None:
    text = 'date,notes\n2024-03-01,"oops\n' + "x," * 70_000 + "\n"
    result = read(text)
    assert len(result.problems) == 1
    assert result.problems[0].line == 2
    assert "is a quote left open on this line?" in result.problems[0].message


def test_a_leading_quote_is_removed_only_before_a_formula_character() -> None:
    text = "date,notes,source\n2024-03-31,'=1+1,'plain\n"
    night = only_night(read(text))
    assert (night.notes, night.source) == ("=1+1", "'plain")


def test_formula_unescaping_applies_to_typed_cells_too() -> None:
    night = only_night(read("date,rls_severity\n2024-03-31,'+3\n"))
    assert night.rls_severity == 3


def test_an_unknown_default_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="Nowhere/Land"):
        read_csv("date\n2024-03-31\n", "f.csv", "Nowhere/Land")


def test_problems_of_a_large_file_come_out_row_by_row_in_reading_order() -> None:
    """The bulk reader (columns converted at once) reports as a row-by-row reading would:
    by line; within a line the date, the fields in header order, the rules across fields,
    and last a repeated date."""
    good = "".join(
        f"{dt.date(2024, 1, 1) + dt.timedelta(days=k)},3,22:30,06:30,\n" for k in range(200)
    )
    text = (
        "date,rls_severity,bedtime,out_of_bed,nicotine\n"  # 1
        + good  # 2-201
        + "2024-08-01,11,25:00,06:00,maybe\n"  # 202: fields in header order
        + "2024-08-02,3,12:00,10:00,\n"  # 203: a rule across fields
        + "2024-01-05,2,23:00,07:00,\n"  # 204: repeats line 6
        + "2024-08-03,3\n"  # 205: too few cells
        + ",,,,\n"  # 206: empty, skipped
        + "2024-13-01,12,,,no\n"  # 207: date, then the field
        + "2024-08-05,1,23:00,07:00,yes\n"  # 208: good
    )
    result = read(text)
    assert [(p.line, p.column) for p in result.problems] == [
        (202, "rls_severity"),
        (202, "bedtime"),
        (202, "nicotine"),
        (203, "out_of_bed"),
        (204, "date"),
        (205, None),
        (207, "date"),
        (207, "rls_severity"),
    ]
    assert "also on line 6" in result.problems[4].message
    assert [line for line, _ in result.nights] == [*range(2, 202), 208]
    assert result.nights[-1][1].nicotine is True


def test_a_clean_large_file_reads_every_night_with_its_line() -> None:
    nights = [
        Night(dt.date(2023, 1, 1) + dt.timedelta(days=k), timezone="UTC", rls_severity=k % 11)
        for k in range(500)
    ]
    result = read(write_csv(nights, "UTC"))
    assert result.problems == []
    assert [(line, n) for line, n in result.nights] == list(enumerate(nights, start=2))
