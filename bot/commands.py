"""The command table: one list drives handler registration, /help and setMyCommands."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Command:
    """A slash command; `description_key` names its menu text in content."""

    name: str
    description_key: str
    admin_only: bool = False
    needs_strava: bool = False
    """Shown in the menu only when Strava is set up (STRAVA_CLIENT_ID)."""


RUNNER_COMMANDS: tuple[Command, ...] = (
    Command("start", "commands.start"),
    Command("help", "commands.help"),
    Command("quiz", "commands.quiz"),
    Command("plan", "commands.plan"),
    Command("settings", "commands.settings"),
    Command("status", "commands.status"),
    Command("checkin", "commands.checkin"),
    Command("history", "commands.history"),
    Command("runs", "commands.runs"),
    Command("tip", "commands.tip"),
    Command("learn", "commands.learn"),
    Command("pause", "commands.pause"),
    Command("resume", "commands.resume"),
    Command("privacy", "commands.privacy"),
    Command("export", "commands.export"),
    Command("delete", "commands.delete"),
    Command("share", "commands.share"),
    Command("cancel", "commands.cancel"),
    Command("connect", "commands.connect", needs_strava=True),
    Command("disconnect", "commands.disconnect", needs_strava=True),
)

ADMIN_COMMANDS: tuple[Command, ...] = (
    Command("broadcast", "commands.broadcast", admin_only=True),
    Command("stats", "commands.stats", admin_only=True),
    Command("addtip", "commands.addtip", admin_only=True),
)

ALL_COMMANDS = RUNNER_COMMANDS + ADMIN_COMMANDS
