"""Updates python-telegram-bot cannot read are skipped once, never refused forever.

An older or self-hosted Bot API server may send an update PTB cannot parse (a field PTB
requires is missing, a type differs). PTB parses a whole `getUpdates` answer at once: one such
update makes every poll fail, its offset is never confirmed, and polling stops for everyone
(PTB also logs the whole answer, runners' messages included). In webhook mode an error answer
makes Telegram resend the update again and again.

Here each update is read on its own. One PTB cannot read is logged once, by its id and field
names only (never its content), and confirmed: in polling mode it is replaced by a bare
`{"update_id": N}`, which no handler serves, so the next poll's offset passes it; in webhook
mode it is answered 200.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Bot, Update
from telegram._utils.types import JSONDict
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)


class NotAnUpdateError(ValueError):
    """A body that is not a JSON object with an integer `update_id`: not an update at all."""

    def __init__(self, data: object) -> None:
        super().__init__(f"not an update: a JSON {type(data).__name__} without an update_id")


def raw_update(data: object) -> tuple[int, JSONDict]:
    """A raw update's id and fields; NotAnUpdateError when `data` is not an update at all."""
    if not isinstance(data, dict):
        raise NotAnUpdateError(data)
    update_id = data.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        raise NotAnUpdateError(data)
    return update_id, data


def read_update(data: object, bot: Bot | None) -> Update | None:
    """The update PTB makes of `data`, or None when PTB cannot read it (logged, once per call).

    Raises NotAnUpdateError when `data` is not an update at all (no object, no update_id).
    """
    update_id, fields = raw_update(data)
    try:
        return Update.de_json(fields, bot)
    except Exception as error:  # any failure to parse: the update is unreadable, not the bot
        kinds = ", ".join(sorted(str(key) for key in fields if key != "update_id"))
        log.warning(
            "skipped update %s: python-telegram-bot cannot read it (%s in %s); content not logged",
            update_id, type(error).__name__, kinds or "no fields",
        )  # fmt: skip
        return None


def readable_updates(result: list[Any]) -> list[JSONDict]:
    """A `getUpdates` result where every update PTB cannot read is a bare `{"update_id": N}`.

    The bare update keeps its place, so PTB's next offset confirms it; items that are not
    updates at all cannot be confirmed and are dropped.
    """
    readable: list[JSONDict] = []
    for item in result:
        try:
            update_id, fields = raw_update(item)
        except NotAnUpdateError:
            log.warning("dropped an item of a getUpdates answer that is not an update")
            continue
        readable.append(fields if read_update(fields, None) else {"update_id": update_id})
    return readable


class UpdatesRequest(HTTPXRequest):
    """The request for `getUpdates` only: reads each update on its own before PTB does."""

    def parse_json_payload(self, payload: bytes) -> JSONDict:  # type: ignore[override]
        data = super().parse_json_payload(payload)
        result = data.get("result") if data.get("ok") is True else None
        if isinstance(result, list):
            data["result"] = readable_updates(result)
        return data
