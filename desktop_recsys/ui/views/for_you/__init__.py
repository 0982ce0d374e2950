"""The "For you" screen, one part per module:

- :mod:`.view`: :class:`ForYouView`, which assembles the parts and follows their jobs;
- :mod:`.top_bar`: kind, algorithm, diversity, group and the action buttons;
- :mod:`.notice`: the notice line (no model yet, stale model, errors);
- :mod:`.train_row`: a "Train now" job's progress and Cancel;
- :mod:`.list_pane`: the ranked list beside "Why this?", rating, "not interested", diversity;
- :mod:`.table` / :mod:`.why_pane`: the table view and the explanation pane in it;
- :mod:`.group`: group mode (members, strategy, its menu and notice);
- :mod:`.shelves`: the "Because you liked X" shelves.
"""

from __future__ import annotations

from desktop_recsys.ui.views.for_you.view import ForYouView

__all__ = ["ForYouView"]
