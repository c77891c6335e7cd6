"""The /stats chart is a real PNG and the text carries the numbers."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from PIL import Image

from bot.content import default_content
from bot.render.charts_stats import chart_labels, stats_chart, stats_message
from bot.services.stats import Adherence, Funnel, Stats, UserStats, Week

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _stats(**changes: object) -> Stats:
    values: dict[str, object] = {
        "users": UserStats(total=120, active=90, paused=20, blocked=10),
        "funnel": Funnel(created=120, consented=110, quiz_finished=95, plan_confirmed=80),
        "causes": {"LOAD": 40, "STRENGTH": 25},
        "adherence": (Adherence("warmup", done=30, snoozed=5, skipped=2, ignored=13),),
        "weeks": (
            Week(datetime(2026, 2, 23, tzinfo=UTC), {"green": 10, "amber": 4, "red": 1}, 1),
            Week(datetime(2026, 3, 2, tzinfo=UTC), {"green": 12, "amber": 2, "red": 0}, 0),
        ),
    }
    values.update(changes)
    return Stats(**values)  # type: ignore[arg-type]


def test_chart_is_a_png_image_of_sensible_size() -> None:
    content = default_content()
    picture = stats_chart(_stats(), chart_labels(content, "en"))
    assert picture.startswith(PNG_SIGNATURE)
    image = Image.open(io.BytesIO(picture))
    image.verify()
    assert image.format == "PNG"
    assert image.size[0] >= 800 and image.size[1] >= 500


def test_chart_renders_without_any_data() -> None:
    empty = _stats(
        users=UserStats(0, 0, 0, 0), funnel=Funnel(0, 0, 0, 0), causes={}, adherence=(), weeks=()
    )
    picture = stats_chart(empty, chart_labels(default_content(), None))
    assert picture.startswith(PNG_SIGNATURE)


def test_text_shows_every_section_with_its_numbers() -> None:
    body = stats_message(_stats(), default_content(), "en")
    assert "120 total, 90 active, 20 paused, 10 blocked" in body
    assert "120 started → 110 consented → 95 finished the quiz → 80 confirmed a plan" in body
    assert "LOAD 40, STRENGTH 25" in body
    assert "warmup: 30 / 5 / 2 / 13" in body
    assert "23 Feb: 10 / 4 / 1; 1" in body
    assert "02 Mar: 12 / 2 / 0; 0" in body
