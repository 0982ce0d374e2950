"""What the screenshots showed in English inside Chinese screens (issue 19, "genre names stay
English"): the Library's "More like this" reasons name the shared genres in the interface's
language, as the Genres column does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_test_library import interface_language, show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.common import genre_text
from desktop_recsys.ui.i18n import install_translators

pytestmark = pytest.mark.gui

WAIT_MS = 30000


def test_more_like_this_names_genres_in_chinese(
    qtbot: Any, qapp: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    with interface_language(qapp, "zh_CN"):
        window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
        window.show_screen("library")
        window.library_view.show_kind("film")
        view = window.library_view.current_view()
        detail = window.library_view.detail
        reasons: list[str] = []
        for row in range(6):  # until a neighbour shares genres ("同一类型" / "相同类型")
            view.selectRow(row)
            qtbot.waitUntil(
                lambda: detail.similar_job is None and detail.similar.count() > 0,
                timeout=WAIT_MS,
            )
            reasons = [detail.similar.item(i).text() for i in range(detail.similar.count())]
            if any("类型" in text for text in reasons):
                break
        genre_lines = [text for text in reasons if "类型" in text]
        assert genre_lines, f"no reason names a shared genre: {reasons[:3]}"
        english = ("Fantasy", "Drama", "Comedy", "Action", "Thriller", "Romance", "War")
        for text in genre_lines:
            named = text.split("类型：", 1)[1].split("；")[0]
            assert not any(word in named for word in english), text
            assert named.strip(), text
        assert genre_text("Fantasy") in "\n".join(genre_lines) or any(
            genre_text(word) in "\n".join(genre_lines) for word in english
        )
        assert detail.similar.item(0).data(Qt.ItemDataRole.UserRole) is not None
        window.close()


def test_lab_genre_calibration_names_genres_in_chinese(
    qtbot: Any, qapp: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    with interface_language(qapp, "zh_CN"):
        window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
        window.show_screen("lab")
        lab = window.lab_view
        qtbot.waitUntil(lab.algorithm_list.isEnabled, timeout=WAIT_MS)
        lab.set_kind("film")
        lab.set_checked_algorithms(["popularity"])
        lab.run_evaluation()
        qtbot.waitUntil(
            lambda: lab.result is not None and lab.evaluate_job is None, timeout=4 * WAIT_MS
        )
        chart = lab.charts["calibration"]
        lab.chart_tabs.setCurrentWidget(chart)  # charts are drawn when shown
        genres = lab.result.calibration.genres
        assert "Drama" in genres or "Comedy" in genres, genres
        axis = chart.plot.getAxis("left")
        qtbot.waitUntil(lambda: axis._tickLevels is not None, timeout=WAIT_MS)
        ticks = axis._tickLevels[0]
        labels = [label for _place, label in ticks]
        assert len(labels) == len(genres)
        assert labels == [genre_text(genre) for genre in genres]
        assert not set(labels) & {"Drama", "Comedy"}, labels
        window.close()


def test_the_radio_names_the_default_model_and_the_sound_share_in_chinese(
    qtbot: Any, qapp: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    """The radio said "结合来自 default 模型的你的口味。 声音占比：70 %。": the algorithm's key in
    English and a space after the full stop."""
    from sound_test_rows import put_clusters

    from desktop_recsys.services.training_service import train_model
    from desktop_recsys.ui.common import algorithm_text

    train_model(demo_reader.path, tmp_path / "models", kind="track")
    put_clusters(demo_reader.library, demo_reader.library.items.ids_by_kind("track"))
    with interface_language(qapp, "zh_CN"):
        window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
        window.show_screen("library")
        window.library_view.show_kind("track")
        window.library_view.current_view().selectRow(2)
        menu = window.library_view.build_context_menu()
        next(a for a in menu.actions() if a.objectName() == "startRadio").trigger()
        dialog = window.radio.dialogs[-1]
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 50, timeout=WAIT_MS)
        dialog.sound_slider.setValue(70)
        qtbot.waitUntil(lambda: "70" in dialog.status.text(), timeout=WAIT_MS)
        text = dialog.status.text()
        assert algorithm_text("default") in text and "default" not in text, text
        assert "来自默认算法模型" in text, text  # no spaces between Chinese words (issue 19)
        assert "。 " not in text and text.endswith("。"), text
        dialog.close()
        window.close()


def test_the_status_bar_joins_a_jobs_title_and_message_the_chinese_way(
    qtbot: Any, qapp: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    """The status bar joined a job's title and its message with a half-width ": "
    ("正在分析曲目的声音: 正在分析声音：第 7 首，共 8 首")."""
    import threading

    from desktop_recsys.progress import CancelToken, Message, ProgressFn

    install_translators(qapp, "zh_CN")
    reached = threading.Event()
    try:
        window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models", size=(1024, 700))
        window.statusBar().showMessage("显示 2,000 首曲目中的 86 个（已筛选）")

        def slow(progress: ProgressFn, cancel: CancelToken) -> None:
            progress(0.5, Message("Analysing sound: {done} of {total}", done=7, total=8))
            reached.set()
            while True:
                cancel.raise_if_cancelled()
                reached.wait(0.01)

        job = runner.submit(
            slow, kind="sonic_analysis", title="正在分析曲目的声音，这是一个很长的标题"
        )
        status = window.job_status
        qtbot.waitUntil(lambda: status.isVisible() and status.bar.value() > 0, timeout=WAIT_MS)
        label = status.label
        qtbot.waitUntil(lambda: "：" in label.text(), timeout=WAIT_MS)
        assert ": " not in label.text(), label.text()
        runner.cancel(job)
        qtbot.waitUntil(lambda: not status.isVisible(), timeout=WAIT_MS)
        window.close()
    finally:
        reached.set()
        install_translators(qapp, "en")


def test_the_welcome_dialog_offers_me_in_chinese(qtbot: Any, qapp: Any, monkeypatch: Any) -> None:
    """Without a user name the first profile was called "Me", in English, in a Chinese dialog."""
    import getpass

    from desktop_recsys.ui.dialogs.welcome_dialog import WelcomeDialog

    def no_user() -> str:
        raise OSError("no user name")

    monkeypatch.setattr(getpass, "getuser", no_user)
    with interface_language(qapp, "zh_CN"):
        dialog = WelcomeDialog()
        qtbot.addWidget(dialog)
        assert dialog.name_edit.text() == "我"
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Me"


def test_insights_lists_friends_with_the_chinese_separator(
    qtbot: Any, qapp: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    """Insights read "…：Omar 40%, Tomas 1%" in Chinese: a half-width comma between names."""
    with interface_language(qapp, "zh_CN"):
        window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
        window.show_screen("insights")
        view = window.insights_view
        qtbot.waitUntil(lambda: view.insights is not None, timeout=WAIT_MS)
        friends = view.insights.friend_similarity
        assert len(friends) >= 2, "the demo profile needs two friends for this test"
        text = view.friends.text()
        assert "、" in text and ", " not in text, text
        window.close()
