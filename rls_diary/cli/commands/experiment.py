"""``experiment start|status|stop|result``: personal n-of-1 experiments (DESIGN §6.1).

``start`` and ``stop`` write (they take the data-folder lock); ``status`` and ``result`` read
only and work while the window runs.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from rls_diary.cli.base import date_arg, fail, open_writer
from rls_diary.domain import experiments as ex
from rls_diary.domain.records import Experiment
from rls_diary.services import experiments as service
from rls_diary.services.diary import Diary

NAME = "experiment"
HELP = "personal experiments: start, status, stop, result"


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    start = _action(sub, "start", "set up and start an experiment (one at a time)")
    start.add_argument("--factor", required=True, metavar="TEXT", help="the change to test")
    start.add_argument(
        "--outcome",
        required=True,
        choices=ex.OUTCOMES,
        metavar="NAME",
        help=f"what to compare: {', '.join(ex.OUTCOMES)}",
    )
    start.add_argument(
        "--block-nights",
        type=int,
        default=ex.DEFAULT_BLOCK_NIGHTS,
        metavar="N",
        help=f"nights per block, {ex.BLOCK_NIGHTS_RANGE[0]}–{ex.BLOCK_NIGHTS_RANGE[1]} "
        f"(default {ex.DEFAULT_BLOCK_NIGHTS})",
    )
    start.add_argument(
        "--pairs",
        type=int,
        default=ex.DEFAULT_PAIRS,
        metavar="N",
        help=f"pairs of A and B blocks, {ex.PAIRS_RANGE[0]}–{ex.PAIRS_RANGE[1]} "
        f"(default {ex.DEFAULT_PAIRS})",
    )
    start.add_argument(
        "--washout",
        type=int,
        default=ex.DEFAULT_WASHOUT,
        metavar="N",
        help="first nights of each block left out of the result (default 0)",
    )
    start.add_argument("--seed", type=int, metavar="S", help="seed of the schedule (random)")
    start.add_argument(
        "--start",
        dest="first",
        type=date_arg,
        metavar="D",
        help="morning date of the first night (default: the next night)",
    )

    status = _action(sub, "status", "the current experiment and tonight's condition")
    status.add_argument("--json", action="store_true", help="print JSON")

    _action(sub, "stop", "stop the current experiment early (its nights so far are kept)")

    result = _action(sub, "result", "the result of an experiment (default: the latest)")
    result.add_argument("id", nargs="?", type=int, metavar="ID")
    result.add_argument("--json", action="store_true", help="print JSON")


def _action(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, text: str
) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=text, description=text)
    parser.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


def run(args: argparse.Namespace, data_dir: Path, zone: str) -> int:
    action = args.action
    if action == "start":
        with open_writer("experiment start")(data_dir, zone) as diary:
            started = service.start_experiment(
                diary,
                args.factor,
                args.outcome,
                block_nights=args.block_nights,
                pairs=args.pairs,
                washout_nights=args.washout,
                seed=args.seed,
                start=args.first,
            )
        print(_describe(started, "started"))
        return 0
    if action == "stop":
        with open_writer("experiment stop")(data_dir, zone) as diary:
            stopped = service.stop_experiment(diary)
        last = ex.last_night(stopped)
        kept = (
            f"its nights up to {last.isoformat()} are kept"
            if last is not None
            else "it had not begun, so it has no nights"
        )
        print(f"stopped experiment {stopped.id} (“{stopped.factor}”); {kept}")
        return 0
    with Diary.open_reader(data_dir, zone) as diary:
        if action == "status":
            return _status(diary, args.json)
        return _result(diary, args.id, args.json)


def _status(diary: Diary, as_json: bool) -> int:
    status = service.experiment_status(diary)
    if as_json:
        _print_json(status)
        return 0
    if status is None:
        print("no experiment is running")
        return 0
    current = service.get_experiment(diary, status["id"])
    print(_describe(current, "running"))
    tonight = service.tonight(diary)
    if tonight is not None:
        print(tonight.text)
    return 0


def _result(diary: Diary, experiment_id: int | None, as_json: bool) -> int:
    try:
        result = service.experiment_result(diary, experiment_id)
    except ex.ExperimentError as exc:
        return fail(str(exc))
    if as_json:
        _print_json(ex.result_json(result))
        return 0
    e = result.experiment
    print(f"experiment {e.id}: “{e.factor}”, outcome {e.outcome}")
    print(
        f"complete pairs {result.pairs_complete} of {e.pairs}; counted nights "
        f"A {result.nights_a}, B {result.nights_b}"
    )
    if result.mean_difference is not None and result.ci95 is not None:
        low, high = result.ci95
        print(
            f"mean difference A − B {result.mean_difference:.2f} "
            f"(95 % interval {low:.2f} to {high:.2f}), p = {ex.format_p(result.p_value or 1)}, "
            f"smallest possible p {ex.format_p(result.min_possible_p)}"
        )
    print(result.message)
    return 0


def _describe(e: Experiment, state: str) -> str:
    lines = [
        f"{state} experiment {e.id}: “{e.factor}”, outcome {e.outcome}",
        f"nights {e.start.isoformat()} to {ex.end_date(e).isoformat()}: {e.pairs} pairs of "
        f"{e.block_nights}-night blocks, washout {e.washout_nights}, seed {e.seed}",
        f"smallest p this design can reach: {ex.format_p(ex.min_possible_p(e.pairs))}",
    ]
    for pair, order in enumerate(e.schedule):
        parts = [
            f"{block.condition} {block.first.isoformat()}–{block.last.isoformat()}"
            for block in ex.blocks(e, planned=True)
            if block.pair == pair
        ]
        lines.append(f"  pair {pair + 1} ({order}): {', '.join(parts)}")
    lines.append("A = the change, B = as usual")
    return "\n".join(lines)


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))
