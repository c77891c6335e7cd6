"""/addtip input: three lines, cause first."""

from __future__ import annotations

import pytest

from bot.handlers.admin_tools import parse_tip_lines


def test_three_lines_give_cause_text_and_source() -> None:
    typed = "load\n  Add no more than 10% a week.  \n\nNielsen 2014 JOSPT\n"
    assert parse_tip_lines(typed) == ("LOAD", "Add no more than 10% a week.", "Nielsen 2014 JOSPT")


@pytest.mark.parametrize("typed", ["LOAD\nonly text", "KNEES\ntext\nsource", "LOAD\na\nb\nc", ""])
def test_anything_else_is_refused(typed: str) -> None:
    assert parse_tip_lines(typed) is None
