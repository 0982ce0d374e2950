"""``analyze`` and ``features``: sonic analysis from a terminal.

- ``analyze [--limit N] [--workers N]``: analyse the tracks not analysed yet (or changed since);
  prints what was done, what was skipped and why, and the time
  (:mod:`desktop_recsys.services.sonic_analysis`).
- ``features ITEM [--json]``: one track's stored features.

The command line decodes with libsndfile only (MP3, FLAC, Ogg, WAV, AIFF); M4A/AAC files are
reported as skipped here and analysed by the app, which decodes them with Qt Multimedia.
"""

from __future__ import annotations

import argparse
import json

from desktop_recsys.cli.common import AddFn, library_path, progress_printer
from desktop_recsys.cli.words import message, pad, say, say_n
from desktop_recsys.errors import UserError

#: Reasons listed one per line at most this many times; the rest are counted.
SHOWN_REASONS = 20


def cmd_analyze(args: argparse.Namespace) -> int:
    """Analyse tracks by sound and report."""
    from desktop_recsys.services import sonic_analysis

    library = library_path(args)
    if args.limit is not None and args.limit < 1:
        raise UserError(say("--limit must be at least 1"))
    if args.workers is not None and args.workers < 1:
        raise UserError(say("--workers must be at least 1"))
    report = sonic_analysis.analyse_library(
        library, limit=args.limit, workers=args.workers, progress=progress_printer(args.quiet)
    )
    if args.json:
        out = report.summary()
        out["failures"] = [vars(s) for s in report.failed]
        out["skips"] = [vars(s) for s in report.skipped]
        print(json.dumps(out, ensure_ascii=False))
        return 0
    rate = (
        say(", {0:.1f} tracks/s", report.done / report.seconds)
        if report.done and report.seconds
        else ""
    )
    done = say_n(
        report.done,
        "Analysed {0} track in {1:.1f} s{2}",
        "Analysed {0} tracks in {1:.1f} s{2}",
        report.done,
        report.seconds,
        rate,
    )
    print(
        say(
            "{0}: {1} ok, {2} failed; {3} already analysed and unchanged; {4} skipped; {5} left "
            "for a later run",
            done,
            report.ok,
            len(report.failed),
            report.unchanged,
            len(report.skipped),
            report.remaining,
        )
    )
    for title, rows in ((say("Failed (not tried again until the file changes)"), report.failed),
                        (say("Skipped"), report.skipped)):  # fmt: skip
        if rows:
            print(say("{0}:", title))
        for s in rows[:SHOWN_REASONS]:
            print("  " + say("{0} [id {1}]: {2}", s.title, s.item_id, message(s.reason)))
        if len(rows) > SHOWN_REASONS:
            print("  " + say("... and {0} more", len(rows) - SHOWN_REASONS))
    return 0


def cmd_features(args: argparse.Namespace) -> int:
    """One track's sonic features."""
    from desktop_recsys.services import sonic_analysis

    row = sonic_analysis.track_features(library_path(args), args.item)
    if args.json:
        print(json.dumps(row, ensure_ascii=False))
        return 0
    print(f"{row['title']} [id {row['item_id']}]")
    if row["status"] != "ok":
        print("  " + say("not analysable: {0}", message(row["reason"])))
        return 0
    tempo = say("no steady beat found")
    if row["tempo"] is not None:
        tempo = f"{row['tempo']:.1f} BPM"  # machine-readable: the unit of every language
        if row["tempo_ambiguous"]:
            tempo += say(" (or {0:.1f} / {1:.1f}: ambiguous)", row["tempo"] / 2, row["tempo"] * 2)
    start, seconds = row["window_start"] or 0.0, row["window_seconds"] or 0.0
    lines = [
        (say("tempo:"), tempo),
        (say("key:"), row["key_name"] or say("no clear key")),
        (say("loudness:"), say("{0:.1f} dB full scale", row["loudness"])),
        (say("energy:"), say("{0:.2f} (0-1)", row["energy"])),
        (say("brightness:"), say("{0:.0f} Hz (spectral centroid)", row["brightness"])),
        (say("window:"), say("{0:.0f} s from {1:.0f} s", seconds, start)),
    ]
    for label, value in lines:
        print(f"  {pad(label, 11)} {value}")
    return 0


def add_sonic_commands(add: AddFn) -> None:
    """Register ``analyze`` and ``features`` on the main parser."""
    analyze = add(
        "analyze",
        cmd_analyze,
        "analyse the tracks' sound (tempo, key, loudness, energy, brightness, timbre) for "
        "'similar --by sound'; only tracks not analysed yet or changed since",
    )
    analyze.add_argument("--limit", type=int, help="analyse at most N tracks this time")
    analyze.add_argument(
        "--workers", type=int, help="tracks analysed at once (default: one per core)"
    )
    analyze.add_argument("--json", action="store_true", help="print the report as JSON")
    analyze.add_argument("--quiet", action="store_true", help="no progress lines")
    features = add("features", cmd_features, "print one track's sonic features")
    features.add_argument("item", metavar="ITEM", help="the track's id or title")
    features.add_argument("--json", action="store_true", help="print one JSON object")
