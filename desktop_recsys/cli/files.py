"""``desktop-recsys recommend-file`` and ``predict-file``: train and answer on CSV files.

No library is involved: a ``user,item,weight`` CSV goes in, a CSV of recommendations or
predicted scores comes out.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop_recsys.cli.common import AddFn, parse_params
from desktop_recsys.cli.words import say, say_n
from desktop_recsys.errors import UserError


def cmd_recommend_file(args: argparse.Namespace) -> int:
    """Train on a CSV and write every user's top N to a CSV."""
    # Deferred: the engine (numpy, scipy, pandas) is imported only when needed.
    from desktop_recsys.services.file_commands import recommend_file

    if args.n < 1:
        raise UserError(say("--n must be at least 1"))
    started = time.perf_counter()
    done = recommend_file(
        Path(args.train), args.algorithm, parse_params(args.param), args.n, Path(args.out)
    )
    print(
        say_n(
            done.users,
            "Wrote {0:,} recommendations for {1:,} user to {2} in {3:.1f} s",
            "Wrote {0:,} recommendations for {1:,} users to {2} in {3:.1f} s",
            done.rows,
            done.users,
            args.out,
            time.perf_counter() - started,
        ),
        file=sys.stderr,  # a status line: stdout stays empty for scripts and pipes
    )
    return 0


def cmd_predict_file(args: argparse.Namespace) -> int:
    """Train on a CSV and predict a score for every user,item pair of another."""
    from desktop_recsys.services.file_commands import predict_file

    started = time.perf_counter()
    done = predict_file(
        Path(args.train), Path(args.pairs), args.algorithm, parse_params(args.param), Path(args.out)
    )
    print(
        say_n(
            done.users,
            "Wrote {0:,} predictions for {1:,} user to {2} in {3:.1f} s",
            "Wrote {0:,} predictions for {1:,} users to {2} in {3:.1f} s",
            done.rows,
            done.users,
            args.out,
            time.perf_counter() - started,
        ),
        file=sys.stderr,  # a status line: stdout stays empty for scripts and pipes
    )
    return 0


def add_file_commands(add: AddFn) -> None:
    """Register ``recommend-file`` and ``predict-file`` on the main parser."""
    rec = add(
        "recommend-file",
        cmd_recommend_file,
        "train on a user,item,weight CSV and write every user's top N to a CSV",
    )
    rec.add_argument("--train", required=True, metavar="TRAIN.csv")
    rec.add_argument("--algorithm", required=True, metavar="NAME")
    rec.add_argument("--param", action="append", metavar="KEY=VALUE", help="hyper-parameter")
    rec.add_argument("--n", type=int, default=10, metavar="N")
    rec.add_argument("--out", required=True, metavar="RECS.csv")

    pred = add(
        "predict-file",
        cmd_predict_file,
        "train on a user,item,weight CSV and predict a score for every user,item pair",
    )
    pred.add_argument("--train", required=True, metavar="TRAIN.csv")
    pred.add_argument("--pairs", required=True, metavar="PAIRS.csv")
    pred.add_argument("--algorithm", required=True, metavar="NAME")
    pred.add_argument("--param", action="append", metavar="KEY=VALUE", help="hyper-parameter")
    pred.add_argument("--out", required=True, metavar="PREDS.csv")
