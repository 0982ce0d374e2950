"""``desktop-recsys evaluate`` and ``tune``: the Model Lab from a terminal.

::

    desktop-recsys evaluate --kind film --algorithms ease,als,item-knn
                            [--protocol holdout|last-n|kfold] [--k 10] [--profile NAME]
                            [--signal auto|ratings|plays] [--folds 5] [--last-n N]
                            [--rankers] [--tuned] [--json OUT] [--html OUT] [--csv OUT]
    desktop-recsys evaluate --train TRAIN.csv --test TEST.csv --algorithms ease,als [...]
    desktop-recsys tune --algorithm NAME --kind film --budget SECONDS
                        [--method random|grid] [--metric ndcg@10] [--profile NAME] [--no-save]

An algorithm entry may carry parameters: ``als:factors=64;iterations=10``. Registered on the
main parser with :func:`add_eval_commands`; the engine is imported only when a command runs.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop_recsys.cli.common import (
    ITEM_KINDS,
    AddFn,
    language_catalog,
    library_path,
    progress_printer,
)
from desktop_recsys.cli.help_language import columns
from desktop_recsys.cli.words import kind_word, message, pad, say, say_n
from desktop_recsys.errors import UserError


def _cutoffs(text: str) -> list[int]:
    try:
        values = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise UserError(say("--k {0!r} is not a number or a comma-separated list", text)) from None
    if not values or min(values) < 1:
        raise UserError(say("--k must be at least 1"))
    return values


def _algorithms(text: str | None) -> list[str]:
    from desktop_recsys.services.evaluation_service import DEFAULT_ALGORITHMS

    if not text:
        return list(DEFAULT_ALGORITHMS)
    names = [a.strip() for a in text.split(",") if a.strip()]
    if not names:
        raise UserError(say("--algorithms names no algorithm"))
    return names


def _print_table(report: object) -> None:
    """The comparison table on stdout: mean [low, high] of the main metrics per algorithm."""
    from desktop_recsys.engine.evaluation.report import EvaluationReport

    assert isinstance(report, EvaluationReport)
    k = report.cutoffs[0]
    shown = [f"ndcg@{k}", f"recall@{k}", f"precision@{k}", f"map@{k}", "auc", f"novelty@{k}"]
    if any("rmse" in r.summary for r in report.results):
        shown += ["rmse", "mae"]
    print(message(report.protocol))
    users, held = report.dataset["tested_users"], report.dataset["test_interactions"]
    print(
        say(", ").join(
            [
                say_n(users, "{0:,} user tested", "{0:,} users tested", users),
                say_n(held, "{0:,} held-out interaction", "{0:,} held-out interactions", held),
            ]
        )
    )
    names = {f"novelty@{k}": say("novelty@{0}", k)}  # a word; the others are metrics' symbols
    header = pad(say("algorithm"), 22) + "".join(pad(names.get(m, m), 24, True) for m in shown)
    # Right-aligned headings, at least one space apart however long their translation is.
    cells = ((say("coverage"), 10), (say("fit s"), 8), (say("rec s"), 8))
    print(header + "".join(pad(text, max(width, columns(text) + 1), True) for text, width in cells))
    for r in report.results:
        if r.error:
            print(f"{r.label:<22}  " + say("error: {0}", message(r.error)))
            continue
        cells = []
        for m in shown:
            iv = r.summary.get(m)
            if iv is None:
                cells.append(f"{'-':>24}")
            elif iv.low != iv.low:  # NaN: one profile on one split has no interval
                cells.append(f"{iv.mean:>8.4f} " + say("[no interval]"))
            else:
                cells.append(f"{iv.mean:>8.4f} [{iv.low:.3f},{iv.high:.3f}]")
        cov = r.catalogue.get(f"coverage@{k}", float("nan"))
        print(
            f"{r.label:<22}"
            + "".join(pad(c, 24, right=True) for c in cells)
            + f"{cov:>10.3f}{r.fit_seconds:>8.2f}{r.recommend_seconds:>8.2f}"
        )
    for c in report.comparisons:
        if c.metric == report.primary_metric and c.low != c.low:  # NaN: one row, no interval
            print(say("{0} vs {1}: {2} {3:+.4f} on one split of one profile (no interval; the "
                      "holdout or k-fold protocol gives one)", c.a, c.b, c.metric, c.mean_diff))  # fmt: skip
        elif c.metric == report.primary_metric:
            print(
                say(
                    "{0} vs {1}: {2} {3:+.4f} [{4:+.4f}, {5:+.4f}], {0}: better in {6:.0%} of "
                    "resamples",
                    c.a,
                    c.b,
                    c.metric,
                    c.mean_diff,
                    c.low,
                    c.high,
                    c.a_wins,
                )
            )


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Measure recommenders on the library or on a TRAIN/TEST file pair."""
    from desktop_recsys.services import evaluation_service as svc

    cutoffs = _cutoffs(args.k)
    algorithms = _algorithms(args.algorithms)
    progress = progress_printer(args.quiet)
    if bool(args.train) != bool(args.test):
        raise UserError(say("--train and --test go together"))
    if args.train:
        if args.profile or args.kind:
            raise UserError(say("--profile and --kind apply to the library, not to --train/--test"))
        report = svc.evaluate_files(
            Path(args.train),
            Path(args.test),
            algorithms=algorithms,
            k=cutoffs,
            ratings=args.signal == "ratings",
            progress=progress,
        )
    else:
        if not args.kind:
            raise UserError(say("--kind is required when evaluating on the library"))
        report = svc.evaluate(
            library_path(args),
            kind=args.kind,
            algorithms=algorithms,
            protocol=args.protocol,
            k=cutoffs,
            profile=args.profile,
            signal=args.signal,
            last_n=args.last_n,
            folds=args.folds,
            seed=args.seed,
            rankers=args.rankers,
            use_tuned=args.tuned,
            progress=progress,
        )
    _print_table(report)
    for path, write in ((args.json, report.to_json), (args.csv, report.to_csv)):
        if path:
            write(Path(path))
            print(say("Written {0}", path))
    if args.html:
        from desktop_recsys.engine.evaluation.report import REPORT_WORDS  # deferred: pandas

        words = language_catalog()
        report.to_html(
            Path(args.html),
            title="desktop-recsys evaluation",
            words=words.words("report", REPORT_WORDS),
            lang=words.language.replace("_", "-"),
        )
        print(say("Written {0}", args.html))
    return 0


def cmd_tune(args: argparse.Namespace) -> int:
    """Search an algorithm's hyper-parameters within a time budget."""
    from desktop_recsys.services import evaluation_service as svc

    result = svc.tune(
        library_path(args),
        kind=args.kind,
        algorithm=args.algorithm,
        budget_s=args.budget,
        profile=args.profile,
        signal=args.signal,
        method=args.method,
        metric=args.metric,
        max_trials=args.max_trials,
        seed=args.seed,
        save=not args.no_save,
        progress=progress_printer(args.quiet),
    )
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
        return 0
    ok = sum(1 for t in result.trials if t.status == "ok")
    stopped = {
        "exhausted": say("exhausted"),
        "max_trials": say("max trials"),
        "budget": say("budget"),
        "early_stopping": say("early stopping"),
    }.get(result.stopped, result.stopped.replace("_", " "))
    print(
        say_n(
            ok,
            "Tuned {0} for {1:.1f} s of a {2:g} s budget: {3} trial, stopped by {4}",
            "Tuned {0} for {1:.1f} s of a {2:g} s budget: {3} trials, stopped by {4}",
            result.algorithm,
            result.elapsed_s,
            result.budget_s,
            ok,
            stopped,
        )
    )
    if result.best_score is None:
        print(say("No trial finished within the budget; nothing was stored"))
        return 0
    default = say("not measured") if result.default_score is None else f"{result.default_score:.4f}"
    print(say("Default {0}: {1}", result.metric, default))
    best = ", ".join(f"{k}={_rounded(v)}" for k, v in result.best_params.items()) or say(
        "the defaults"
    )
    print(say("Best {0}: {1:.4f} with {2}", result.metric, result.best_score, best))
    if not args.no_save:
        who = say("profile {0!r}", args.profile) if args.profile else say("the library")
        print(
            say(
                "Stored as the choice of {0} for {1} on {2}",
                who,
                args.algorithm,
                kind_word(args.kind),
            )
        )
    return 0


def _rounded(value: object) -> str:
    """A parameter value for people: floats to 4 significant digits (``0.01234``, ``1e-05``)."""
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def add_eval_commands(add: AddFn) -> None:
    """Register ``evaluate`` and ``tune`` on the main parser."""
    ev = add(
        "evaluate",
        cmd_evaluate,
        "measure recommenders on the library (or on a TRAIN/TEST file pair) with intervals",
    )
    ev.add_argument("--kind", choices=ITEM_KINDS, help="what to recommend (library only)")
    ev.add_argument(
        "--algorithms",
        metavar="A,B,C",
        help="algorithms to compare, NAME or NAME:key=value;key=value "
        "(default popularity,item-knn,user-knn,ease,als)",
    )
    ev.add_argument(
        "--protocol", choices=("holdout", "last-n", "kfold"), default="holdout",
        help="how to split (default: the per-user random holdout of EVALUATION.md)",
    )  # fmt: skip
    ev.add_argument("--k", default="10", metavar="K[,K2]", help="cutoff(s) (default 10)")
    ev.add_argument("--profile", help="measure this profile only (everyone still trains)")
    ev.add_argument(
        "--signal", choices=("auto", "ratings", "plays"), default="auto",
        help="what to learn from; 'ratings' adds RMSE/MAE for rating models",
    )  # fmt: skip
    ev.add_argument("--last-n", type=int, metavar="N", help="last-n: hold out N (default 20 %%)")
    ev.add_argument("--folds", type=int, default=5, help="kfold: number of folds (default 5)")
    ev.add_argument("--seed", type=int, default=42, help="split seed (default 42)")
    ev.add_argument("--train", metavar="TRAIN.csv", help="evaluate on files instead")
    ev.add_argument("--test", metavar="TEST.csv", help="held-out rows for --train")
    ev.add_argument("--rankers", action="store_true", help="compare the ranker's classifiers")
    ev.add_argument("--tuned", action="store_true", help="use stored tuned configurations")
    ev.add_argument("--json", metavar="OUT.json", help="write the report as JSON")
    ev.add_argument("--csv", metavar="OUT.csv", help="write the comparison table as CSV")
    ev.add_argument("--html", metavar="OUT.html", help="write a self-contained HTML page")
    ev.add_argument("--quiet", action="store_true", help="print no progress")

    tn = add(
        "tune",
        cmd_tune,
        "search an algorithm's hyper-parameters within a time budget and store the best",
    )
    tn.add_argument("--algorithm", required=True, metavar="NAME")
    tn.add_argument("--kind", choices=ITEM_KINDS, required=True)
    tn.add_argument("--budget", type=float, required=True, metavar="SECONDS")
    tn.add_argument("--method", choices=("random", "grid"), default="random")
    tn.add_argument("--metric", help="what to optimise (default ndcg@10; rmse for rating models)")
    tn.add_argument("--max-trials", type=int, metavar="N")
    tn.add_argument("--profile", help="store the choice for this profile")
    tn.add_argument("--signal", choices=("auto", "ratings", "plays"), default="auto")
    tn.add_argument("--seed", type=int, default=42)
    tn.add_argument("--no-save", action="store_true", help="only report, store nothing")
    tn.add_argument("--json", action="store_true", help="print the result as JSON")
    tn.add_argument("--quiet", action="store_true", help="print no progress")


__all__ = ["add_eval_commands", "cmd_evaluate", "cmd_tune"]
