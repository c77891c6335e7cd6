"""Repository for in-progress flows (quiz, setup, settings): state lives here, not in memory."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Flow


def new_token() -> str:
    """A short random token stamped on a flow's buttons, so stale or forged ones are spotted."""
    return secrets.token_hex(3)


async def get(session: AsyncSession, user_id: int) -> Flow | None:
    return await session.get(Flow, user_id)


async def start(
    session: AsyncSession, user_id: int, name: str, step: str, now: datetime,
    data: dict[str, Any] | None = None,
) -> Flow:  # fmt: skip
    """Begin (or restart) a flow for the user, replacing any other one."""
    flow = await session.get(Flow, user_id)
    if flow is None:
        flow = Flow(user_id=user_id)
        session.add(flow)
    flow.name = name
    flow.step = step
    flow.data = dict(data or {})
    flow.message_id = None
    flow.token = new_token()
    flow.updated_at = now
    await session.flush()
    return flow


def advance(flow: Flow, step: str, now: datetime, **changes: Any) -> None:
    """Move the flow to `step`, merging `changes` into its data and re-stamping its token."""
    flow.step = step
    flow.data = {**flow.data, **changes}
    flow.token = new_token()
    flow.updated_at = now


async def remember_message(
    session: AsyncSession, user_id: int, token: str, message_id: int
) -> None:
    """Note which message shows the flow, unless the flow moved on meanwhile."""
    flow = await session.get(Flow, user_id)
    if flow is not None and flow.token == token:
        flow.message_id = message_id


async def finish(session: AsyncSession, user_id: int) -> None:
    await session.execute(delete(Flow).where(Flow.user_id == user_id))
