"""Progress reports that carry metrics (an epoch's training loss) survive the runner's throttle
and reach the GUI thread as the :class:`~desktop_recsys.progress.Message` they were sent as."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from PySide6.QtCore import QThread

from desktop_recsys.jobs import JobRunner, ProgressThrottle
from desktop_recsys.progress import CancelToken, Message, ProgressFn

WAIT_MS = 60000


@pytest.fixture
def runner(qapp: Any) -> Iterator[JobRunner]:
    runner = JobRunner(compute_threads=1)  # the default throttle: about 10 reports a second
    yield runner
    assert runner.shutdown(WAIT_MS)


def epoch_message(epoch: int, loss: float) -> Message:
    return Message(
        "{algorithm}: epoch {epoch} of {epochs}",
        algorithm="test",
        epoch=epoch,
        epochs=5,
        metrics={"epoch": epoch, "loss": loss},
    )


def test_the_throttle_lets_every_report_with_metrics_through() -> None:
    now = [0.0]
    throttle = ProgressThrottle(0.1, clock=lambda: now[0])
    assert throttle.offer(0.1, "a") == (0.1, "a")
    now[0] = 0.01
    assert throttle.offer(0.2, "b") is None  # plain text within the interval: held back
    first = epoch_message(1, 0.5)
    assert throttle.offer(0.3, first) == (0.3, first)  # metrics: through at once
    now[0] = 0.02
    second = epoch_message(2, 0.4)
    assert throttle.offer(0.4, second) == (0.4, second)  # even right after another
    assert throttle.offer(0.5, "c") is None
    assert throttle.offer(0.6, Message("no numbers")) is None  # a Message without metrics
    assert throttle.take_pending() == (0.6, "no numbers")
    # A tuning trial wraps the epoch's report in its own Message: still through.
    trial = Message("Trial {number}: {step}", number=3, step=epoch_message(3, 0.3))
    assert throttle.offer(0.7, trial) == (0.7, trial)


def test_every_epochs_loss_reaches_the_gui_thread_between_chatty_reports(
    qtbot: Any, runner: JobRunner
) -> None:
    """Each epoch's loss is reported in the middle of a burst of row reports, so that the
    throttle would hold it back and then replace it by the next row report."""

    def chatty_training(progress: ProgressFn, cancel: CancelToken) -> None:
        for epoch in range(1, 6):
            for row in range(300):
                progress((epoch - 1 + row / 600) / 5, f"row {row}")
            progress((epoch - 0.5) / 5, epoch_message(epoch, 1.0 / epoch))
            for row in range(300, 600):
                progress((epoch - 1 + row / 600) / 5, f"row {row}")
            time.sleep(0.01)

    gui = QThread.currentThread()
    seen: list[tuple[Any, Any]] = []
    runner.progress.connect(
        lambda _job, _f, message: seen.append((message, QThread.currentThread()))
    )
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        runner.submit(chatty_training, kind="chatty")
    assert all(thread is gui for _m, thread in seen)
    with_loss = [m for m, _t in seen if isinstance(m, Message) and "loss" in m.metrics]
    assert [m.metrics["epoch"] for m in with_loss] == [1, 2, 3, 4, 5]
    assert [m.metrics["loss"] for m in with_loss] == [1.0, 1 / 2, 1 / 3, 1 / 4, 1 / 5]
    assert len(seen) < 600  # the row reports were still throttled


def test_als_training_sends_its_loss_per_iteration_through_a_threaded_runner(
    qtbot: Any, runner: JobRunner, data_dir: Path
) -> None:
    from desktop_recsys.engine.dataset import Dataset
    from desktop_recsys.engine.registry import create

    frame = pd.read_csv(
        data_dir / "ml-latest-small" / "ratings.csv", dtype={"userId": str, "movieId": str}
    ).iloc[:, :3]
    frame.columns = ["user", "item", "weight"]
    dataset = Dataset.from_frame(frame)

    def train(progress: ProgressFn, cancel: CancelToken) -> int:
        model = create("als", {"iterations": "8"}).fit(dataset, progress=progress, cancel=cancel)
        return model.params.iterations

    seen: list[Any] = []
    runner.progress.connect(lambda _job, _f, message: seen.append(message))
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        runner.submit(train, kind="train")
    reports = [m for m in seen if isinstance(m, Message) and "loss" in m.metrics]
    assert [m.metrics["epoch"] for m in reports] == list(range(1, 9))
    assert [m.args["algorithm"] for m in reports] == ["als"] * 8
    loss = [m.metrics["loss"] for m in reports]
    assert all(b < a for a, b in zip(loss, loss[1:], strict=False)), loss
