"""``desktop-recsys similar ITEM``: "more like this" from a terminal.

No Qt; the engine is imported only inside the command function, when the command runs.
"""

from __future__ import annotations

import argparse
import json

from desktop_recsys.cli.common import ITEM_KINDS, AddFn, library_and_models
from desktop_recsys.cli.words import message, say
from desktop_recsys.errors import UserError


def cmd_similar(args: argparse.Namespace) -> int:
    """Items most like one item, by what people do (and content for items nobody touched)."""
    from desktop_recsys.services import similar_items

    library, models = library_and_models(args)
    if args.n < 1:
        raise UserError(say("--n must be at least 1"))
    result = similar_items.similar_to(
        library, models, args.item, n=args.n, kind=args.kind, profile=args.profile, by=args.by
    )
    if args.json:
        rows = [
            {
                "rank": rank,
                "item_id": s.item_id,
                "title": s.title,
                "artist": s.artist,
                "year": s.year,
                "genres": s.genres,
                "score": round(float(s.score), 6),
                "together": s.together,
                "source": s.source,
                "why": message(s.reason),
            }
            for rank, s in enumerate(result, start=1)
        ]
        out = {
            "item_id": result.anchor_id,
            "title": result.anchor_title,
            "kind": result.kind,
            "basis": result.basis,
            "by": result.by,
            "sound_share": result.sound_share,
            "run_id": result.run_id,
            "items": rows,
        }
        print(json.dumps(out, ensure_ascii=False))
        return 0
    if result.by == "behaviour" and result.items and not any(s.together for s in result.items):
        # Behaviour was asked, but nobody has both the item and any of these: every row below
        # is there for what the items are ("Same genre: Soul"), and the line says so.
        basis = say("by content (nobody has both it and any of these)")
    elif result.basis == "model":
        basis = say("from what people do (model run {0})", result.run_id)
    elif result.basis == "library":
        basis = say("from what people do (no model trained yet: the library's own history)")
    else:
        basis = say("by content (nobody has a history with these yet)")
    if result.by == "sound":
        basis = say("by sound (the analysed tracks' tempo, energy, brightness, key and timbre)")
    elif result.by == "blend" and result.sound_share > 0:
        basis += say(", blended with sound ({0:.0%} sound)", result.sound_share)
    elif result.by == "blend":
        basis += say("; no sound features for this item, so behaviour alone")
    name = result.anchor_name or result.anchor_title  # "Hamlet (1948)" beside another Hamlet
    print(say("Like {0} [id {1}], {2}:", name, result.anchor_id, basis))
    if not result.items:
        print("  " + say("nothing similar found"))
    for rank, s in enumerate(result, start=1):
        year = f" ({s.year})" if s.year else ""
        by = f" - {s.artist}" if s.artist else ""
        print(f"{rank:>3}. {s.title}{year}{by}  [id {s.item_id}]")
        print("       " + say("why: {0}", message(s.reason)))
    return 0


def add_similar_commands(add: AddFn) -> None:
    """Register ``similar`` on the main parser."""
    sim = add(
        "similar",
        cmd_similar,
        "items like one item: what people who have it also have (content for new items)",
    )
    sim.add_argument("item", metavar="ITEM", help='the item\'s id or title ("The Matrix")')
    sim.add_argument("--n", type=int, default=10, help="how many (default 10)")
    sim.add_argument("--kind", choices=ITEM_KINDS, help="look the title up among these items only")
    sim.add_argument("--profile", help="use this profile's model (default: a shared one, else any)")
    sim.add_argument(
        "--by",
        choices=("behaviour", "sound", "blend"),
        default="behaviour",
        help="compare by what people do (default), by how tracks sound (after analyze), or "
        "both: behaviour where people have the item, sound where few do",
    )
    sim.add_argument("--json", action="store_true", help="print one JSON object")
