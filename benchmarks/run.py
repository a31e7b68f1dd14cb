"""Performance harness for DESIGN §8 (issue 11): prints a table of measures and ratios.

    python benchmarks/run.py            # 7 interleaved runs of every probe (the recorded table)
    python benchmarks/run.py --quick    # 3 runs: a smoke test, not for the record
    python benchmarks/run.py --runs 9 --json results.json
    python benchmarks/run.py --only start,import   # some of: start charts import save pdf

Everything runs in temporary folders: two demo diaries (7,300 nights and an empty one), a
10,000-row CSV file, and a fresh HOME/XDG_CONFIG_HOME (so fresh QSettings) for every child
process, with ``QT_QPA_PLATFORM=offscreen``. Each probe is a fresh process
(``benchmarks/probes.py``); "ours" and its baseline run side by side, interleaved, and the
table shows the median of each. Timings are never asserted in tests (DESIGN §8).
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PROBES = HERE / "probes.py"
ZONE = "Europe/Berlin"
BIG = 7300
CSV_ROWS = 10_000
PDF_YEAR_NIGHTS = 365
CHILD_TIMEOUT_S = 300


# --- data -------------------------------------------------------------------------------------


def make_diary(folder: Path, nights: int, seed: int, end: dt.date) -> int:
    """A demo diary (``rls_diary.domain.demo``, stored by ``services.demo.write_sample`` as
    ``create_demo`` stores it) with exactly ``nights`` entries ending ``end``: the generator
    leaves ~5 % of calendar days without an entry, so it runs over enough days and keeps the
    last ones."""
    from rls_diary.domain.demo import generate
    from rls_diary.services.demo import write_sample
    from rls_diary.services.diary import Diary

    with Diary.open_writer(folder, ZONE, "benchmark setup") as diary:
        if nights == 0:
            return 0
        sample = generate(int(nights * 1.08) + 30, seed, end, ZONE)
        kept = sample.nights[-nights:]
        assert len(kept) == nights, len(sample.nights)
        write_sample(diary, sample, kept)
        return diary.night_count()


def make_csv(path: Path, rows: int, seed: int, end: dt.date) -> None:
    from rls_diary.domain.csv_format import write_csv
    from rls_diary.domain.demo import generate

    nights = generate(int(rows * 1.08) + 30, seed, end, ZONE).nights[-rows:]
    assert len(nights) == rows
    path.write_text(write_csv(nights, ZONE), encoding="utf-8")


def chart_arrays(data_dir: Path, out: Path) -> None:
    """The arrays the Charts tab draws in its first paint (default range), for the bare
    pyqtgraph script."""
    import numpy as np

    from rls_diary.ui.charts import series
    from rls_diary.ui.charts.tab import DEFAULT_RANGE, load_chart_data

    data = load_chart_data(data_dir, ZONE)
    table = data.table
    assert table.first is not None and table.last is not None
    start, end = series.preset_range(DEFAULT_RANGE, table.first, table.last)
    window = table.window(start, end)
    arrays = {"x": window.x(), "lab_x": data.labs.x(), "names": np.asarray(series.TIME_SERIES)}
    for name in series.TIME_SERIES:
        arrays[name] = window[name]
        arrays[name + "_median"] = window[series.median_key(name)]
    arrays["tracked_sleep_min"] = window["tracked_sleep_min"] / 60.0
    np.savez(out, **arrays)


# --- children ---------------------------------------------------------------------------------


@dataclass
class Child:
    started: float  # time.monotonic() just before the process was started
    result: dict[str, Any]


def run_child(root: Path, mode: str, *args: str) -> Child:
    home = Path(tempfile.mkdtemp(prefix="home-", dir=root))
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "QT_", "RLS_DIARY_"))
    }
    env |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "QT_QPA_PLATFORM": "offscreen",
        "TZ": ZONE,
        "PYTHONFAULTHANDLER": "1",
    }
    (home / "runtime").mkdir(mode=0o700)
    command = [sys.executable, str(PROBES), mode, *args]
    started = time.monotonic()
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=CHILD_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            stdout, stderr = process.communicate()
            stderr += f"\n(killed after {CHILD_TIMEOUT_S} s)"
    done = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    shutil.rmtree(home, ignore_errors=True)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"{mode} failed (exit {done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
        )
    result = json.loads(lines[-1].removeprefix("RESULT "))
    if "error" in result:
        raise RuntimeError(f"{mode}: {result['error']}")
    return Child(started, result)


# --- the table --------------------------------------------------------------------------------


@dataclass
class Row:
    measure: str
    ours: float
    baseline: float | None
    unit: str
    target: float | None
    kind: str  # "ratio" (ours / baseline <= target), "max" (ours <= target) or "info"

    @property
    def ratio(self) -> float | None:
        return None if self.baseline is None else self.ours / self.baseline

    @property
    def passed(self) -> bool:
        if self.target is None:
            return True
        if self.kind == "ratio":
            assert self.ratio is not None
            return self.ratio <= self.target
        return self.ours <= self.target


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "ms":
        return f"{value * 1000:.1f} ms"
    if unit == "MiB":
        return f"{value / 1024:.1f} MiB"
    return f"{value:g}"


def table(rows: Sequence[Row]) -> str:
    head = ("measure", "ours", "baseline", "ratio", "target", "result")
    body = []
    for row in rows:
        ratio = "–" if row.ratio is None else f"{row.ratio:.2f}×"
        if row.target is None:
            target = "–"
        elif row.kind == "ratio":
            target = f"≤ {row.target:g}×"
        else:
            target = f"≤ {_fmt(row.target, row.unit)}"
        body.append(
            (
                row.measure,
                _fmt(row.ours, row.unit),
                _fmt(row.baseline, row.unit),
                ratio,
                target,
                "–" if row.target is None else "pass" if row.passed else "FAIL",
            )
        )
    widths = [max(len(line[i]) for line in (head, *body)) for i in range(len(head))]
    lines = [
        "| " + " | ".join(cell.ljust(w) for cell, w in zip(head, widths, strict=True)) + " |",
        "|" + "|".join("-" * (w + 2) for w in widths) + "|",
    ]
    for line in body:
        lines.append(
            "| " + " | ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) + " |"
        )
    return "\n".join(lines)


def machine() -> dict[str, str]:
    import numpy
    import pyqtgraph
    import PySide6
    import scipy

    cpu = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if "model name" in line)
    except (OSError, StopIteration):
        pass
    return {
        "CPU": cpu,
        "cores": str(os.cpu_count()),
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "PySide6": PySide6.__version__,
        "pyqtgraph": pyqtgraph.__version__,
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
        "SQLite": sqlite3.sqlite_version,
    }


# --- main -------------------------------------------------------------------------------------


GROUPS = ("start", "charts", "import", "save", "pdf")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="3 runs (a smoke test)")
    parser.add_argument("--runs", type=int, help="interleaved runs of each probe (default 7)")
    parser.add_argument("--json", type=Path, help="also write every sample to this file")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--only", help=f"comma-separated measures to run (default all: {','.join(GROUPS)})"
    )
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.quick else 7)
    groups = set(GROUPS if not args.only else args.only.split(","))
    if not groups <= set(GROUPS):
        parser.error(f"--only takes some of {', '.join(GROUPS)}")

    root = Path(tempfile.mkdtemp(prefix="rls-bench-"))
    try:
        return _measure(root, runs, args.json, groups)
    finally:
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


def compile_bytecode() -> None:
    """Write the package's bytecode first, as an installation does: a source tree run with
    ``PYTHONDONTWRITEBYTECODE`` (or edited since) would otherwise compile every changed
    module in each child, which the baselines (site-packages, compiled) never do."""
    import rls_diary

    compileall.compile_dir(Path(rls_diary.__file__).parent, quiet=1)


def _measure(root: Path, runs: int, json_out: Path | None, groups: set[str]) -> int:
    end = dt.date.today()
    print(f"setting up in {root} …", flush=True)
    compile_bytecode()
    big, empty, saving = root / "diary-7300", root / "diary-empty", root / "diary-save"
    made = make_diary(big, BIG, seed=1, end=end)
    make_diary(empty, 0, seed=1, end=end)
    shutil.copytree(big, saving)
    (saving / "rls-diary.lock").unlink(missing_ok=True)
    csv_file = root / "nights-10000.csv"
    make_csv(csv_file, CSV_ROWS, seed=2, end=end)
    arrays = root / "chart-arrays.npz"
    chart_arrays(big, arrays)
    from rls_diary.services.diary import Diary

    with Diary.open_reader(big, ZONE) as reader:
        dates = reader.dates()
    first, last = dates[0], dates[-1]
    year_from = last - dt.timedelta(days=PDF_YEAR_NIGHTS - 1)
    print(f"diary of {made} nights ({first} … {last}), CSV of {CSV_ROWS} rows", flush=True)
    # the widgets of our window, for the floor script (the same in every run)
    census = json.dumps(run_child(root, "start-ours", str(big)).result["census"])

    samples: dict[str, list[Any]] = {}

    def add(name: str, value: Any) -> None:
        samples.setdefault(name, []).append(value)

    def shown(child: Child) -> float:
        return float(child.result["shown"]) - child.started

    probes: list[tuple[str, str, Callable[[int], None]]] = [
        ("start", "start-bare", lambda i: _start_bare(root, add, shown)),
        ("start", "start-ours", lambda i: _start_ours(root, big, "7300", add, shown)),
        ("start", "start-floor", lambda i: _start_floor(root, big, census, add, shown)),
        (
            "start",
            "start-label",
            lambda i: add("start_label", shown(run_child(root, "start-label"))),
        ),
        ("start", "start-empty", lambda i: _start_ours(root, empty, "0", add, shown)),
        (
            "charts",
            "charts-bare",
            lambda i: add("charts_bare", _first_paint(root, "charts-bare", arrays)),
        ),
        ("charts", "charts-ours", lambda i: _charts_ours(root, big, add)),
        ("import", "import-bare", lambda i: _import_bare(root, i, csv_file, add)),
        ("import", "import-ours", lambda i: _import_ours(root, i, csv_file, add)),
        ("save", "save", lambda i: add("save", run_child(root, "save", str(saving), ZONE).result)),
        ("pdf", "pdf-1y", lambda i: _pdf(root, big, year_from, last, "pdf_year", add)),
        ("pdf", "pdf-20y", lambda i: _pdf(root, big, first, last, "pdf_all", add)),
    ]
    for run in range(runs):
        for group, name, probe in probes:
            if group in groups:
                print(f"run {run + 1}/{runs}: {name}", end="\r", flush=True)
                probe(run)
    print(" " * 60, end="\r")

    rows = _rows(samples, groups)
    info = machine()
    print()
    for key, value in info.items():
        print(f"{key}: {value}")
    print(f"runs: {runs} interleaved, median shown; {dt.datetime.now():%Y-%m-%d %H:%M}")
    print()
    print(table(rows))
    print()
    med = statistics.median
    also = []
    if "start" in groups:
        also.append(f"start with an empty diary {med(samples['start_empty']):.3f} s")
    if "charts" in groups:
        changes = _range_changes(samples)
        also.append(
            "range changes " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in changes.items())
        )
    if "save" in groups:
        also.append(f"synchronous={samples['save'][0]['synchronous']} (2 = FULL)")
    if also:
        print("also: " + "; ".join(also))
    pairs = [
        (name, ours, base)
        for group, name, ours, base in (
            ("start", "start", "start_ours", "start_bare"),
            ("start", "floor", "start_floor", "start_bare"),
            ("start", "label", "start_label", "start_bare"),
            ("start", "ours/floor", "start_ours", "start_floor"),
            ("charts", "charts", "charts_ours", "charts_bare"),
            ("import", "import", "import_ours", "import_bare"),
            ("start", "RSS", "rss_7300", "rss_0"),
        )
        if group in groups
    ]
    if pairs:
        print(
            "per-run ratios (each run's pair side by side; median, lowest–highest): "
            + "; ".join(_pair_ratios(name, samples[o], samples[b]) for name, o, b in pairs)
        )
    if json_out is not None:
        json_out.write_text(json.dumps({"machine": info, "samples": samples}, indent=1))
    return 0 if all(row.passed for row in rows) else 1


def _range_changes(samples: dict[str, list[Any]]) -> dict[str, float]:
    changes = samples["range_changes"]
    return {key: statistics.median(r[key] for r in changes) for key in changes[0]}


def _rows(samples: dict[str, list[Any]], groups: set[str]) -> list[Row]:
    med = statistics.median
    rows: list[Row] = []
    if "start" in groups:
        rows += [
            Row(
                "Start to window shown, 7,300 nights (vs bare QMainWindow)",
                med(samples["start_ours"]),
                med(samples["start_bare"]),
                "s",
                1.5,
                "ratio",
            ),
            Row(
                "  the same widgets without our code (floor, vs bare)",
                med(samples["start_floor"]),
                med(samples["start_bare"]),
                "s",
                None,
                "info",
            ),
            Row(
                "  one label: Qt namespace and first text (vs bare)",
                med(samples["start_label"]),
                med(samples["start_bare"]),
                "s",
                None,
                "info",
            ),
            Row(
                "  ours vs the floor (our code alone)",
                med(samples["start_ours"]),
                med(samples["start_floor"]),
                "s",
                None,
                "info",
            ),
        ]
    if "charts" in groups:
        changes = _range_changes(samples)
        rows += [
            Row(
                "Charts tab first paint, 7,300 nights (vs bare pyqtgraph)",
                med(samples["charts_ours"]),
                med(samples["charts_bare"]),
                "s",
                2.0,
                "ratio",
            ),
            Row(
                "Charts range change, slowest of " + "/".join(changes),
                max(changes.values()),
                None,
                "ms",
                0.100,
                "max",
            ),
        ]
    if "import" in groups:
        rows.append(
            Row(
                "CSV import, 10,000 rows (vs csv + executemany)",
                med(samples["import_ours"]),
                med(samples["import_bare"]),
                "s",
                3.0,
                "ratio",
            )
        )
    if "save" in groups:
        save_times = [t for r in samples["save"] for t in r["samples"]]
        rows.append(
            Row(
                "Save one night (median, synchronous=FULL)",
                med(save_times),
                None,
                "ms",
                0.025,
                "max",
            )
        )
    if "pdf" in groups:
        rows += [
            Row("PDF, 1 year", med(samples["pdf_year"]), None, "s", 1.0, "max"),
            Row("PDF, 20 years", med(samples["pdf_all"]), None, "s", 3.0, "max"),
        ]
    if "start" in groups:
        rows.append(
            Row(
                "Peak RSS, 7,300 nights (vs empty diary)",
                med(samples["rss_7300"]),
                med(samples["rss_0"]),
                "MiB",
                1.3,
                "ratio",
            )
        )
    return rows


def _pair_ratios(name: str, ours: Sequence[float], base: Sequence[float]) -> str:
    ratios = sorted(o / b for o, b in zip(ours, base, strict=True))
    return f"{name} {statistics.median(ratios):.2f}× ({ratios[0]:.2f}–{ratios[-1]:.2f})"


def _start_bare(root: Path, add: Callable[[str, Any], None], shown: Callable[..., float]) -> None:
    add("start_bare", shown(run_child(root, "start-bare")))


def _start_ours(
    root: Path,
    folder: Path,
    label: str,
    add: Callable[[str, Any], None],
    shown: Callable[..., float],
) -> None:
    child = run_child(root, "start-ours", str(folder))
    add("rss_" + label, child.result["rss_kib"])
    if label == "7300":
        add("start_ours", shown(child))
        assert child.result["rows"] == BIG, child.result
    else:
        add("start_empty", shown(child))


def _start_floor(
    root: Path,
    folder: Path,
    census: str,
    add: Callable[[str, Any], None],
    shown: Callable[..., float],
) -> None:
    add("start_floor", shown(run_child(root, "start-floor", str(folder), census)))


def _first_paint(root: Path, mode: str, *args: Path) -> float:
    return float(run_child(root, mode, *map(str, args)).result["first_paint"])


def _charts_ours(root: Path, folder: Path, add: Callable[[str, Any], None]) -> None:
    result = run_child(root, "charts-ours", str(folder)).result
    add("charts_ours", result["first_paint"])
    add("range_changes", result["range_changes"])


def _import_bare(root: Path, run: int, csv_file: Path, add: Callable[[str, Any], None]) -> None:
    result = run_child(root, "import-bare", str(root / f"bare-{run}.sqlite3"), str(csv_file)).result
    assert result["nights"] == CSV_ROWS, result
    add("import_bare", result["seconds"])


def _import_ours(root: Path, run: int, csv_file: Path, add: Callable[[str, Any], None]) -> None:
    folder = root / f"import-{run}"
    result = run_child(root, "import-ours", str(folder), str(csv_file), ZONE).result
    assert result["nights"] == CSV_ROWS, result
    add("import_ours", result["seconds"])
    shutil.rmtree(folder, ignore_errors=True)


def _pdf(
    root: Path,
    folder: Path,
    first: dt.date,
    last: dt.date,
    name: str,
    add: Callable[[str, Any], None],
) -> None:
    out = root / f"{name}.pdf"
    result = run_child(
        root, "pdf", str(folder), ZONE, str(out), first.isoformat(), last.isoformat()
    ).result
    add(name, result["seconds"])


if __name__ == "__main__":
    sys.exit(main())
