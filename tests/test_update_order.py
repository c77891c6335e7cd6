"""Updates of one user run one at a time; other users are not held up."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Chat, Message, Update, User

from bot.update_order import PerUserUpdateProcessor


def update_from(user_id: int, update_id: int) -> Update:
    user = User(user_id, "Runner", is_bot=False)
    chat = Chat(user_id, Chat.PRIVATE)
    message = Message(update_id, datetime(2026, 3, 2, tzinfo=UTC), chat, from_user=user, text="hi")
    return Update(update_id, message=message)


async def test_same_user_waits_other_user_does_not() -> None:
    processor = PerUserUpdateProcessor()
    release_first = asyncio.Event()
    order: list[str] = []

    async def handle(name: str, wait: asyncio.Event | None = None) -> None:
        order.append(f"{name} start")
        if wait is not None:
            await wait.wait()
        order.append(f"{name} end")

    async with processor:
        first = asyncio.create_task(
            processor.process_update(update_from(1, 1), handle("a1", release_first))
        )
        second = asyncio.create_task(processor.process_update(update_from(1, 2), handle("a2")))
        other = asyncio.create_task(processor.process_update(update_from(2, 3), handle("b1")))
        await other
        assert order == ["a1 start", "b1 start", "b1 end"]
        release_first.set()
        await asyncio.gather(first, second)
    assert order[3:] == ["a1 end", "a2 start", "a2 end"]
    assert processor._locks == {}
