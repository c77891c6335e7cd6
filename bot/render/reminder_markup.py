"""The buttons under proactive messages (reminders, shoe nudges, check-ins, follow-ups).

Callback data is `<prefix>:<delivery id>:<action>`; the handlers in bot/handlers/reminders.py
and bot/handlers/checkin.py register these prefixes. Captions come from content/ and are
cached per language (a batch of 500 reminders builds the same four captions 500 times).

The keyboards under queued messages (habit reminders, shoe nudges, follow-ups) go out as
`KeyboardJson`: the keyboard serialized once per language and shape with a placeholder for
the delivery id, which each message only fills in. Building them per message as PTB objects
(4 buttons and a markup, each attribute set through `TelegramObject.__setattr__`, then turned
back into a dict and JSON by PTB) cost more CPU than composing the text (issue 17).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.content import Content
from scheduler.sender import KeyboardJson

REMINDER_PREFIX = "r"
SHOES_PREFIX = "sh"
CHECKIN_PREFIX = "k"
ESCALATION_PREFIX = "e"
STATUS_PREFIX = "ks"
WORRY_PREFIX = "w"
STATUS_ANSWERS = (("hurts", "still_hurts"), ("better", "better"), ("cleared", "cleared"),
                  ("rest", "told_to_rest"))  # fmt: skip
"""(callback action, caption key under status.buttons) of the daily check and /status."""
HABIT_ACTIONS = (
    (("done", "done"), ("skip", "skip_today")),
    (("s30", "snooze_30"), ("s120", "snooze_2h")),
)
"""Rows of (callback action, caption key under reminders.buttons)."""


_ID = "\x00"
"""Stands for the delivery id in a keyboard template; JSON writes it as the escape below."""
_ID_IN_JSON = json.dumps(_ID)[1:-1]


class ReminderMarkup:
    """Builds inline keyboards from content, one cached caption per (text key, language)."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self._captions: dict[tuple[str, str | None], str] = {}
        self._templates: dict[tuple[str, str | None], tuple[str, ...]] = {}
        self._checkin: dict[str | None, InlineKeyboardMarkup] = {}

    def caption(self, key: str, lang: str | None) -> str:
        cached = self._captions.get((key, lang))
        if cached is None:
            cached = self._captions[(key, lang)] = self.content.plain(key, lang)
        return cached

    def _button(self, key: str, lang: str | None, data: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(self.caption(key, lang), callback_data=data)

    def _filled(
        self, build: Callable[[str, str | None], InlineKeyboardMarkup], lang: str | None,
        delivery_id: int,
    ) -> KeyboardJson:  # fmt: skip
        """The keyboard `build` makes in `lang`, for one delivery, from its cached template."""
        key = (build.__name__, lang)
        parts = self._templates.get(key)
        if parts is None:
            text = json.dumps(build(_ID, lang).to_dict(), ensure_ascii=False, separators=(",", ":"))
            parts = self._templates[key] = tuple(text.split(_ID_IN_JSON))
        return KeyboardJson(str(delivery_id).join(parts))

    def habit_json(self, delivery_id: int, lang: str | None) -> KeyboardJson:
        """`habit` from the cached template."""
        return self._filled(self.habit, lang, delivery_id)

    def shoes_json(self, delivery_id: int, lang: str | None) -> KeyboardJson:
        """`shoes` from the cached template."""
        return self._filled(self.shoes, lang, delivery_id)

    def follow_up_json(self, delivery_id: int, lang: str | None) -> KeyboardJson:
        """`follow_up` from the cached template."""
        return self._filled(self.follow_up, lang, delivery_id)

    def habit(self, delivery_id: int | str, lang: str | None) -> InlineKeyboardMarkup:
        """Done / Skip today, Snooze 30 min / Snooze 2 h."""
        return InlineKeyboardMarkup(
            [
                [
                    self._button(f"reminders.buttons.{key}", lang,
                                 f"{REMINDER_PREFIX}:{delivery_id}:{action}")
                    for action, key in row
                ]
                for row in HABIT_ACTIONS
            ]
        )  # fmt: skip

    def shoes(self, delivery_id: int | str, lang: str | None) -> InlineKeyboardMarkup:
        """I got new shoes."""
        data = f"{SHOES_PREFIX}:{delivery_id}:new"
        return InlineKeyboardMarkup([[self._button("shoes.new_shoes_button", lang, data)]])

    def checkin(self, lang: str | None) -> InlineKeyboardMarkup:
        """Under a check-in poll: "something worries me" (the red-flag list) and walking pain.
        The same (immutable) object for every poll in one language."""
        cached = self._checkin.get(lang)
        if cached is None:
            cached = self._checkin[lang] = self._checkin_markup(lang)
        return cached

    def _checkin_markup(self, lang: str | None) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup(
            [
                [self.worry_button(lang)],
                [self._button("checkin.walking_pain_button", lang,
                              f"{CHECKIN_PREFIX}:0:walking")],
            ]
        )  # fmt: skip

    def follow_up(self, delivery_id: int | str, lang: str | None) -> InlineKeyboardMarkup:
        """Did you see someone? Yes / Not yet."""
        return InlineKeyboardMarkup(
            [
                [
                    self._button("escalation.follow_up_yes_button", lang,
                                 f"{ESCALATION_PREFIX}:{delivery_id}:yes"),
                    self._button("escalation.follow_up_no_button", lang,
                                 f"{ESCALATION_PREFIX}:{delivery_id}:no"),
                ]
            ]
        )  # fmt: skip

    def status_answers(
        self, lang: str | None, *, answers: tuple[str, ...] | None = None, with_worry: bool = True
    ) -> InlineKeyboardMarkup:
        """Still hurts / Better / Checked and cleared / Told to rest, and the red-flag list."""
        chosen = [(action, key) for action, key in STATUS_ANSWERS
                  if answers is None or action in answers]  # fmt: skip
        rows = [
            [self._button(f"status.buttons.{key}", lang, f"{STATUS_PREFIX}:0:{action}")]
            for action, key in chosen
        ]
        if with_worry:
            rows.append([self.worry_button(lang)])
        return InlineKeyboardMarkup(rows)

    def worry_button(self, lang: str | None) -> InlineKeyboardButton:
        """ "Something worries me": opens the one red-flag list."""
        return self._button("status.buttons.worry", lang, f"{STATUS_PREFIX}:0:worry")
