"""Typed answers inside flows: each flow registers what to do with a text message.

A step gets a detached copy of the flow; it reloads the flow in its own transaction to change it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update

from bot.handlers.common import Context
from bot.storage.models import Flow

TextStep = Callable[[Update, Context, Flow], Awaitable[None]]
_TEXT_STEPS: dict[str, TextStep] = {}


def register_text_step(flow_name: str, step: TextStep) -> None:
    """Let `flow_name` receive the user's typed messages while that flow is active."""
    _TEXT_STEPS[flow_name] = step


def text_step_for(flow_name: str) -> TextStep | None:
    return _TEXT_STEPS.get(flow_name)
