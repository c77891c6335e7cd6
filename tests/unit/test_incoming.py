"""Reading a getUpdates answer update by update (bot.incoming)."""

from __future__ import annotations

import pytest

from bot.incoming import NotAnUpdateError, read_update, readable_updates

READABLE = {"update_id": 3, "poll": None}
UNREADABLE = {"update_id": 4, "message": {"date": 1, "chat": {"id": 1, "type": "private"}}}


def test_an_unreadable_update_keeps_its_place_as_a_bare_id_so_the_offset_passes_it() -> None:
    result = readable_updates([READABLE, UNREADABLE, "not an update", {"update_id": 5}])

    assert result == [READABLE, {"update_id": 4}, {"update_id": 5}]


NOT_UPDATES = [None, [1, 2], "x", 7, {}, {"update_id": "9"}, {"update_id": True}]


@pytest.mark.parametrize("data", NOT_UPDATES)
def test_what_is_not_an_update_at_all_is_refused(data: object) -> None:
    with pytest.raises(NotAnUpdateError):
        read_update(data, None)


def test_an_unreadable_update_reads_as_none() -> None:
    assert read_update(UNREADABLE, None) is None
    update = read_update(READABLE, None)
    assert update is not None and update.update_id == 3
