"""The buttons under proactive messages (reminders, shoe nudges, check-ins, follow-ups).

Callback data is `<prefix>:<delivery id>:<action>`; the handlers in bot/handlers/reminders.py
and bot/handlers/checkin.py register these prefixes. Captions come from content/ and are
cached per language (a batch of 500 reminders builds the same four captions 500 times).
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.content import Content

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


class ReminderMarkup:
    """Builds inline keyboards from content, one cached caption per (text key, language)."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self._captions: dict[tuple[str, str | None], str] = {}

    def caption(self, key: str, lang: str | None) -> str:
        cached = self._captions.get((key, lang))
        if cached is None:
            cached = self._captions[(key, lang)] = self.content.plain(key, lang)
        return cached

    def _button(self, key: str, lang: str | None, data: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(self.caption(key, lang), callback_data=data)

    def habit(self, delivery_id: int, lang: str | None) -> InlineKeyboardMarkup:
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

    def shoes(self, delivery_id: int, lang: str | None) -> InlineKeyboardMarkup:
        """I got new shoes."""
        data = f"{SHOES_PREFIX}:{delivery_id}:new"
        return InlineKeyboardMarkup([[self._button("shoes.new_shoes_button", lang, data)]])

    def checkin(self, lang: str | None) -> InlineKeyboardMarkup:
        """Under a check-in poll: "something worries me" (the red-flag list) and walking pain."""
        return InlineKeyboardMarkup(
            [
                [self.worry_button(lang)],
                [self._button("checkin.walking_pain_button", lang,
                              f"{CHECKIN_PREFIX}:0:walking")],
            ]
        )  # fmt: skip

    def follow_up(self, delivery_id: int, lang: str | None) -> InlineKeyboardMarkup:
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
