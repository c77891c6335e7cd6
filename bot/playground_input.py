"""What a line typed in the playground means: a press, a text, a command of the playground.

Pure parsing (tested without a bot): `InputCollector` joins multi-line input (a trailing
backslash, `:multi` … `:end`, or `:paste` … a line with a single `.`), `parse` turns one
complete input into an `Action`, and `number_presses` decides whether a bare number presses a
button or is typed text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from bot.handlers.admin import BROADCAST_FLOW
from bot.handlers.admin_tools import TIP_FLOW
from bot.handlers.plan import TYPED_ACTIONS
from bot.services import distance
from bot.services.plan_setup import FLOW as PLAN_FLOW
from bot.storage import flows

PLAYGROUND_USER = 4242
"""The playground's Telegram user id: `:admin` (or `ADMIN_IDS=4242`) makes you an admin there."""
SKIP = re.compile(r"^:skip\s+(\d+)\s*([dhm])$")
UNITS = {"d": "days", "h": "hours", "m": "minutes"}
MULTI_ENDS = {":multi": ":end", ":paste": "."}
"""Each way to start a multi-line message, with the line that ends it."""
TEXT_STEPS: dict[str, frozenset[str] | None] = {
    PLAN_FLOW: frozenset(TYPED_ACTIONS),
    BROADCAST_FLOW: frozenset({"text", "when"}),  # bot.handlers.admin.broadcast_text
    TIP_FLOW: None,  # every step takes typed text
}
"""Flows with steps that wait for typed text; other flows (the quiz) take buttons only."""

HELP = f"""Playground commands:
  /command or text    sent to the bot as you typed it
  N                   presses button N of the last message (or answers its poll), unless
                      the bot waits for typed text (a zone, a time, km): then N is sent as text
  :press N            presses button N even then;  :say TEXT  sends TEXT as typed text
  line \\              a trailing backslash continues on the next line (one message)
  :multi … :end       the lines between are one message (for /addtip, /broadcast);
  :paste … .          the same, ended by a line with a single dot
  :skip 1d | 3h | 30m moves the clock forward, stopping at each reminder on the way
  :location LAT LON   shares a location (the time-zone step offers it too)
  :file PATH          sends a file (a .fit, .gpx or .tcx run, also gzipped)
  :strava connect     after /connect: taps "Authorize" on the fake Strava account
  :strava run KM      records a run on Strava (its push event reaches the bot)
  :strava deauthorize removes KneeGuard from the fake Strava account
  :admin              switches your admin rights on or off (/broadcast, /stats, /addtip);
                      ADMIN_IDS={PLAYGROUND_USER} starts you as an admin
  :reset              deletes the playground's database, saved files and clock; starts afresh
  :help               this list;  :quit  leaves
Photos and documents (/history, /stats, /export) are saved under data/playground/ (the path
is printed; with a display they open in the system viewer). The chat and the clock are kept
across restarts (data/playground.db, data/playground.clock). You are user {PLAYGROUND_USER}."""

ActionKind = Literal[
    "quit", "help", "skip", "location", "file", "press", "say", "number", "text", "strava",
    "admin", "reset",
]
WORDS: dict[str, ActionKind] = {
    ":quit": "quit", ":q": "quit", ":help": "help", ":admin": "admin", ":reset": "reset"
}
"""Playground commands that are one word."""


@dataclass(frozen=True)
class Action:
    """One complete input: what to do, with its text, number or time span."""

    kind: ActionKind
    text: str = ""
    number: int = 0
    span: timedelta = timedelta(0)
    latitude: float = 0.0
    longitude: float = 0.0


class PlaygroundInputError(ValueError):
    """A playground command typed wrongly; the message says how it is written."""


def parse(typed: str) -> Action:
    """What a complete input asks for (multi-line texts included)."""
    line = typed.strip()
    if line in WORDS:
        return Action(WORDS[line])
    if line.startswith(":skip"):
        match = SKIP.match(line)
        if match is None:
            raise PlaygroundInputError("write :skip 1d, :skip 3h or :skip 30m")
        return Action("skip", span=timedelta(**{UNITS[match.group(2)]: int(match.group(1))}))
    if line.startswith(":location"):
        parts = line.split()
        try:
            latitude, longitude = float(parts[1]), float(parts[2])
        except (IndexError, ValueError) as error:
            raise PlaygroundInputError("write :location 52.52 13.40") from error
        return Action("location", latitude=latitude, longitude=longitude)
    if line.startswith(":file"):
        name = line.removeprefix(":file").strip()
        if not name:
            raise PlaygroundInputError("write :file PATH")
        return Action("file", text=name)
    if line.startswith(":strava"):
        return Action("strava", text=line.removeprefix(":strava").strip())
    if line.startswith(":press"):
        number = line.removeprefix(":press").strip()
        if not number.isdigit():
            raise PlaygroundInputError("write :press 2")
        return Action("press", number=int(number))
    if line.startswith(":say"):
        said = typed.strip().removeprefix(":say").strip()
        if not said:
            raise PlaygroundInputError("write :say and the text")
        return Action("say", text=said)
    if line.startswith(":"):
        raise PlaygroundInputError(f"unknown playground command {line.split()[0]}; try :help")
    if line.isdigit():
        return Action("number", text=line, number=int(line))
    return Action("text", text=typed.strip("\n"))


class InputCollector:
    """Joins lines into one input: `line \\` continues, `:multi` … `:end` and `:paste` … `.`
    collect."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._until: str | None = None
        """The line that ends the multi-line message being collected, if one is."""

    @property
    def waiting(self) -> bool:
        """Whether more lines belong to the input being collected."""
        return self._until is not None or bool(self._lines)

    def feed(self, line: str) -> str | None:
        """The complete input once this line ends it, else None (keep reading)."""
        line = line.rstrip("\r\n")
        if self._until is not None:
            if line.strip() == self._until:
                self._until = None
                return self._take()
            self._lines.append(line)
            return None
        if not self._lines and line.strip() in MULTI_ENDS:
            self._until = MULTI_ENDS[line.strip()]
            return None
        if line.endswith("\\"):
            self._lines.append(line[:-1])
            return None
        self._lines.append(line)
        return self._take()

    def _take(self) -> str:
        joined, self._lines = "\n".join(self._lines), []
        return joined


def number_presses(has_choices: bool, text_waiting: bool) -> bool:
    """A bare number presses a button only when there is one and no typed answer is awaited."""
    return has_choices and not text_waiting


async def waiting_for_text(session: AsyncSession, user_id: int, now: datetime) -> bool:
    """Whether the bot waits for typed text: a flow step that takes it, or the weekly
    distance question ("type a number, for example 24")."""
    flow = await flows.get(session, user_id)
    if flow is not None and flow.name in TEXT_STEPS:
        steps = TEXT_STEPS[flow.name]
        return steps is None or flow.step in steps
    if flow is not None:
        return False  # the quiz and other button-only flows
    return await distance.awaiting_distance(session, user_id, now) is not None
