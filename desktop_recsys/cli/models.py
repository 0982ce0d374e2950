"""``desktop-recsys train``, ``recommend`` and ``models``: the model registry from a terminal.

No Qt; the engine is imported only inside the command functions, when a command runs.
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from desktop_recsys.cli.common import (
    ITEM_KINDS,
    AddFn,
    library_and_models,
    parse_params,
    progress_printer,
)
from desktop_recsys.cli.words import genres, kind_name, kind_word, message, pad, say, say_n
from desktop_recsys.errors import UserError


def cmd_train(args: argparse.Namespace) -> int:
    """Train a recommender on the library and register the model."""
    from desktop_recsys.engine.persistence import write_error
    from desktop_recsys.services import evaluation_service, training_service

    library, models = library_and_models(args)
    try:
        models.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(models, exc) from exc
    run_id = training_service.train_model(
        library,
        models,
        kind=args.kind,
        algorithm=args.algorithm,
        params=parse_params(args.param),
        profile=args.profile,
        signal=args.signal,
        evaluate=evaluation_service.holdout_card_metrics if args.evaluate else None,
        use_tuned=not args.no_tuned,
        progress=progress_printer(args.quiet),
    )
    run = next(r for r in training_service.list_runs(library) if r.id == run_id)
    who = say("profile {0!r}", args.profile) if args.profile else say("every profile")
    print(
        say(
            "Trained {0} on the {1} for {2}: model run {3} ({4})",
            run.algorithm,
            kind_word(args.kind),
            who,
            run.id,
            _status(run.status),
        )
    )
    print(_settings_line(run.params.get("params_source") or {}))
    if args.evaluate:
        shown = [
            k for k in ("ndcg@10", "recall@20", "coverage@10", "rmse", "mae") if k in run.metrics
        ]
        figures = say(", ").join(f"{k} {run.metrics[k]:.4f}" for k in shown)
        users = int(run.metrics.get("holdout_users", 0))
        print(
            say_n(
                users,
                "Held-out figures ({0} user): {1}",
                "Held-out figures ({0} users): {1}",
                users,
                figures,
            )  # fmt: skip
            if shown
            else say("No held-out figures: no profile has enough interactions to hold some out")
        )
    return 0


def _settings_line(source: dict) -> str:
    """Which hyper-parameters a training used and where they came from (the model card's
    ``params_source``)."""
    params = ", ".join(f"{k}={v}" for k, v in sorted((source.get("params") or {}).items()))
    if source.get("source") == "given":
        return say("Settings: yours ({0})", params)
    if source.get("source") == "tuned":
        when = source.get("tuned_at")
        date = time.strftime("%Y-%m-%d", time.localtime(when)) if isinstance(when, float) else "?"
        return say(
            "Settings: tuned on {0} ({1}); --no-tuned trains with the defaults", date, params
        )
    if source.get("tuned") == "defaults best":
        when = source.get("tuned_at")
        date = time.strftime("%Y-%m-%d", time.localtime(when)) if isinstance(when, float) else "?"
        return say("Settings: the algorithm's defaults (tuned on {0}: none better found)", date)
    if source.get("tuned") == "not used":
        return say("Settings: the algorithm's defaults (tuned settings exist; --no-tuned)")
    return say("Settings: the algorithm's defaults (never tuned)")


def _status(status: str) -> str:
    """A model run's status ("ready", "failed") in the command line's language."""
    shown = {
        "ready": say("ready"),
        "training": say("training"),
        "failed": say("failed"),
        "stale": say("stale"),
        "archived": say("archived"),
    }
    return shown.get(status, status)


def cmd_recommend(args: argparse.Namespace) -> int:
    """Recommend items for a profile from the newest model."""
    import dataclasses

    from desktop_recsys.services import for_you_service

    library, models = library_and_models(args)
    if args.n < 1:
        raise UserError(say("--n must be at least 1"))
    # The window's For you path (issue 17): the model's list blended with what the profile
    # played lately, over the same candidate pool, so both show the same list.
    answer = for_you_service.for_you_list(
        library,
        models,
        profile=args.profile,
        kind=args.kind,
        n=args.n,
        algorithm=args.algorithm,
        diversity_pool=max(args.n, for_you_service.DIVERSITY_POOL),
        what_if=args.what_if,
        slider_vectors=False,  # the same pool, without the window's slider vectors
    )
    if answer.recommendations is None:
        raise UserError(answer.reason)
    recs = answer.recommendations
    result = dataclasses.replace(recs, rows=recs.rows[: args.n])
    blind = answer.blind is not None
    if args.json:
        rows = [
            {
                "rank": r.rank,
                "item_id": r.item_id,
                "title": r.title,
                "artist": r.artist,
                "year": r.year,
                "genres": r.genres,
                # A blind test's list has no score, as in the window (BLIND_SCORE_NOTE).
                "score": None if blind else round(float(r.score), 6),
                "why": r.explanation,
                "fallback": r.fallback,
                **({"evidence": r.evidence.as_json()} if args.explain else {}),
                **({"what_if": [w.as_json() for w in r.what_if]} if args.what_if else {}),
            }
            for r in result
        ]
        summary = answer.summary() if blind else result.summary()
        if blind:
            summary = {**summary, "score_note": BLIND_SCORE_NOTE}
        print(json.dumps({**summary, "items": rows}, ensure_ascii=False))
        return 0
    note = (
        # Any profile's ratings or plays of the kind, or its items (dataset_rows.data_versions).
        say(" (the model is stale: the library's data changed since it was trained)")
        if result.stale
        else ""
    )
    if blind:  # which recommender placed what stays hidden (abtest)
        print(
            say(
                "For {0}, mixed by a blind test of two recommenders (abtest report):",
                args.profile,
            )
        )
    else:
        run = result.run
        print(say("For {0}, by {1} (model run {2}){3}:", args.profile, run.algorithm, run.id, note))
    for row in result:
        year = f" ({row.year})" if row.year else ""
        by = f" - {row.artist}" if row.artist else ""
        shown = genres(row.genres)  # none for most artists and tracks: no empty "[]"
        print(f"{row.rank:>3}. {row.title}{year}{by}" + (f"    [{shown}]" if shown else ""))
        if args.explain and row.explanation:
            print("       " + say("why: {0}", message(row.explanation)))
        for line in row.what_if:
            print("       " + say("what if: {0}", message(line.text)))
    return 0


#: Why ``recommend --json`` gives no score during a blind test (``"score": null``): what the
#: window's Score column says with its dash.
BLIND_SCORE_NOTE = (
    "no score during a blind test: the two recommenders score on different scales, so their "
    "scores cannot be compared, and a score could tell which one placed an item; rank is the "
    "order of the mixed list"
)


def cmd_models(args: argparse.Namespace) -> int:
    """List trained models, or serve recommendations from an earlier run again."""
    from desktop_recsys.services import recommend_service, training_service

    library, models = library_and_models(args)
    if args.action == "activate":
        run = recommend_service.activate_run(library, models, args.run_id)
        print(say("Model run {0} ({1}) serves recommendations again", run.id, run.algorithm))
        return 0
    from desktop_recsys.services.library_service import list_profiles

    runs = training_service.list_runs(library, profile=args.profile)
    names = {p.id: p.name for p in list_profiles(library)}
    rows = [_run_row(r, names) for r in runs]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    if not runs:
        print(say("No models yet; train one with 'desktop-recsys train --kind film'"))
        return 0
    print(
        f"{pad(say('id'), 5, right=True)}  {pad(say('status'), 9)} {pad(say('kind'), 6)} "
        f"{pad(say('algorithm'), 16)} {pad(say('scope'), 18)} {pad(say('created'), 16)}  "
        + say("held-out metric")
    )
    for row in rows:
        if row["profile_id"] is None:
            scope = say("shared")
        else:
            scope = say("profile {0}", row["scope"].removeprefix("profile "))
        kind = kind_name(row["kind"]) if row["kind"] else "-"
        line = (
            f"{row['id']:>5}  {pad(_status(row['status']), 9)} {pad(kind, 6)} "
            f"{row['algorithm']:<16} {pad(scope, 18)} {row['created']:<16}  {row['metric'] or '-'}"
        )
        if row["error"]:
            line += "  " + say("failed: {0}", message(row["error"]))
        print(line)
    return 0


#: Held-out figures a model card may carry, the first found is shown in ``models list``.
_CARD_METRICS = ("ndcg@10", "recall@20", "rmse", "mae")


def _run_row(run: Any, names: dict[int, str]) -> dict[str, Any]:
    """One model run as ``models list`` shows it: kind, scope, local creation time, the
    held-out metric when the run was evaluated, the reason of a failure."""
    kind = run.params.get("kind") if isinstance(run.params, dict) else None
    if run.profile_id is None:
        scope = "shared"
    else:
        scope = f"profile {names.get(run.profile_id, run.profile_id)}"  # machine-readable
    metric = next(
        (
            f"{key} {float(run.metrics[key]):.3f}"
            for key in _CARD_METRICS
            if isinstance(run.metrics.get(key), int | float)
        ),
        None,
    )
    return {
        "id": run.id,
        "status": run.status,
        "kind": kind,
        "algorithm": run.algorithm,
        "scope": scope,
        "profile_id": run.profile_id,
        "created": time.strftime("%Y-%m-%d %H:%M", time.localtime(run.created_at)),
        "created_at": run.created_at,
        "metric": metric,
        "metrics": run.metrics,
        "error": run.error if run.status == "failed" else None,
    }


def add_model_commands(add: AddFn) -> None:
    """Register ``train``, ``recommend`` and ``models`` on the main parser."""
    train = add("train", cmd_train, "train a recommender on the library and register the model")
    train.add_argument("--kind", choices=ITEM_KINDS, required=True, help="what to recommend")
    train.add_argument("--algorithm", default="default", metavar="NAME")
    train.add_argument("--param", action="append", metavar="KEY=VALUE", help="hyper-parameter")
    train.add_argument(
        "--profile", help="train a model for this profile only (default: one shared model)"
    )
    train.add_argument(
        "--signal", choices=("auto", "ratings", "plays"), default="auto", help="what to learn from"
    )
    train.add_argument(
        "--evaluate",
        action="store_true",
        help="also fit a copy on a held-out split and put NDCG@10, Recall@20, coverage@10 "
        "(and RMSE for rating models) on the model card (about twice the time)",
    )
    train.add_argument(
        "--no-tuned",
        action="store_true",
        help="train with the algorithm's defaults, not the settings 'tune' stored",
    )
    train.add_argument("--quiet", action="store_true", help="print no progress")

    rec = add("recommend", cmd_recommend, "recommend items for a profile from the newest model")
    rec.add_argument("--profile", required=True, help="profile name or id")
    rec.add_argument("--kind", choices=ITEM_KINDS, required=True)
    rec.add_argument("--n", type=int, default=10)
    rec.add_argument("--algorithm", metavar="NAME", help="use the newest model of this algorithm")
    rec.add_argument("--explain", action="store_true", help="say why each item is there")
    rec.add_argument("--json", action="store_true", help="print one JSON object")
    rec.add_argument(
        "--what-if",
        action="store_true",
        help="for each item, where it would rank without each item cited as its evidence "
        "(exact for ease, item-knn, als, content and default; an estimate elsewhere, and it says so)",
    )

    models = add("models", cmd_models, "list trained models or roll back to an earlier one")
    actions = models.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list model runs, newest first")
    listing.add_argument("--profile", help="only this profile's models")
    listing.add_argument("--json", action="store_true")
    activate = actions.add_parser("activate", help="serve recommendations from this run again")
    activate.add_argument("run_id", type=int)
    for sub in (listing, activate):
        sub.add_argument(
            "--library", metavar="PATH", default=argparse.SUPPRESS, help="library file to use"
        )
