"""A runner in Russian, Spanish or German, through the emulator: Telegram's language_code picks
the language from the first message, through consent, the quiz, a reminder and a check-in
escalation; /settings switches it, and the next reminder follows. Every message the runner
gets is checked to be in their language (and equal to the catalogue's text where known)."""

from __future__ import annotations

import html
import re
from datetime import time

import pytest

from bot.content import Content
from bot.services import accounts, planner
from bot.storage import plans, users
from emulator import EmulatedUser, TranscriptEntry
from tests.e2e.harness import BotHarness
from tests.e2e.test_checkins import BERLIN, P6_7, at, day, settled

LANGUAGES = ("ru", "es", "de")
STOPWORDS = {
    "en": {"the", "your", "you", "and", "to", "is", "of", "it", "for", "with", "not", "how"},
    "es": {"de", "la", "el", "tu", "tus", "y", "que", "qué", "en", "los", "las", "un", "una",
           "para", "con", "no", "te", "por", "es", "más", "les", "o", "se", "del", "al", "hoy"},
    "de": {"der", "die", "das", "und", "du", "dein", "deine", "ist", "nicht", "zu", "mit", "ein",
           "eine", "für", "dich", "dir", "den", "es", "auf", "im", "wie", "oder", "heute"},
}  # fmt: skip
CYRILLIC = re.compile(r"[а-яё]", re.I)


def visible(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def opening(content: Content, key: str, lang: str) -> str:
    """The first line of a text as shown, up to its first placeholder."""
    params = {name: "\x00" for name in content.placeholders(key, lang)}
    shown = visible(content.text(key, lang, **params))
    return shown.split("\x00")[0].splitlines()[0].strip()


def in_language(text: str, lang: str) -> bool:
    """Whether a text reads as `lang`: Cyrillic for Russian, else more of its common words
    than of English ones (commands, numbers and names aside)."""
    if lang == "ru":
        return bool(CYRILLIC.search(text))
    words = re.findall(r"[^\W\d_]+", visible(text).lower())
    own = sum(word in STOPWORDS[lang] for word in words)
    english = sum(word in STOPWORDS["en"] for word in words)
    return own > english


def texts_of(runner: EmulatedUser) -> list[str]:
    """Every text the runner was shown: messages and poll questions and options, buttons."""
    shown = []
    for message in runner.bot_messages():
        if message.poll is not None:
            shown.append(message.poll.question)
        elif message.text:
            shown.append(message.text)
    return shown


async def press(runner: EmulatedUser, message: TranscriptEntry, caption: str) -> TranscriptEntry:
    await runner.press_button(message, text=caption)
    return await runner.wait_for_edit(message)


async def quiz_through(harness: BotHarness, runner: EmulatedUser, lang: str) -> TranscriptEntry:
    """/quiz answered with the first option that raises no red flag, in the runner's words."""
    content = harness.runtime.content
    await runner.send_command("/quiz")
    shown = await runner.next_bot_message()
    for index, question in enumerate(content.quiz(lang).questions, start=1):
        assert question.text in visible(shown.text or ""), (index, shown.text)
        assert f"{index}/9" in (shown.text or "")
        option = next(o for o in question.options if (o.red_flag is None and o.id != "none")
                      or (question.id == "red_flags" and o.id == "none"))  # fmt: skip
        shown = await press(runner, shown, option.label)
    return shown


async def plan_confirmed(harness: BotHarness, user_id: int) -> None:
    """The plan set up as the plan flow does (tests/e2e/test_onboarding.py walks the steps):
    Mon/Wed/Fri at 08:00 in Berlin, 20 km a week."""
    rt = harness.runtime
    now = harness.clock.now()
    async with rt.sessions_begin() as session:
        user = await users.get(session, user_id)
        assert user is not None
        user.timezone, user.plan_confirmed_at = BERLIN, now
        plan = await plans.get_or_create(session, user_id)
        plan.running_days, plan.run_time, plan.weekly_km = "0,2,4", time(8, 0), 20.0
        plan.confirmed_at = now
        await planner.replan(session, user, plan, rt.content.rules, now)


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_start_quiz_reminder_and_escalation_in_the_runners_language(
    harness: BotHarness, lang: str
) -> None:
    content = harness.runtime.content
    user_id = 9300 + LANGUAGES.index(lang)
    runner = harness.user(user_id, language_code=lang)
    harness.clock.set(day(0, 5))  # Monday 06:00 Berlin

    await runner.send_command("/start")
    welcome = await runner.next_bot_message()
    assert opening(content, "start.welcome_new", lang) in (welcome.text or "")
    given = await press(runner, welcome, content.plain("start.consent_yes_button", lang))
    assert visible(given.text or "") == visible(content.text("start.consent_given", lang))

    result = await quiz_through(harness, runner, lang)
    assert opening(content, "quiz.result.heading", lang) in (result.text or "")
    await settled(harness)

    await plan_confirmed(harness, user_id)
    await at(harness, day(0, 6, 30))  # the 07:30 warm-up before the 08:00 run
    warmup = await runner.next_bot_message()
    assert (warmup.text or "").startswith(opening(content, "reminders.warmup", lang))
    assert content.plain("reminders.buttons.done", lang) in warmup.button_texts

    # Pain 6–7 twice within a week: a red reply, then the advice to get it checked.
    for offset in (0, 1):
        await at(harness, day(offset, 17))
        await runner.send_command("/checkin")
        while (poll := await runner.next_bot_message()).poll is None:
            pass  # the zone reply to the day before
        assert poll.poll.question == content.plain("checkin.poll.pain_question", lang)
        await runner.answer_poll(poll, [P6_7])
        await settled(harness)
    escalation = [
        m for m in runner.bot_messages()
        if (m.text or "").startswith(opening(content, "escalation.message", lang))
    ]  # fmt: skip
    assert len(escalation) == 1
    assert content.source("escalation.message") in visible(escalation[0].text or "")

    shown = texts_of(runner)
    assert len(shown) >= 6  # welcome, quiz (edited in place), warm-up, polls, replies, advice
    assert [text for text in shown if not in_language(text, lang)] == []


async def test_switching_to_german_in_settings_changes_the_next_reminder(
    harness: BotHarness,
) -> None:
    content = harness.runtime.content
    runner = harness.user(9310, language_code="ru")
    harness.clock.set(day(0, 5))
    rt = harness.runtime
    async with rt.sessions_begin() as session:
        user, _ = await users.touch(session, 9310, 9310, "ru", harness.clock.now())
        await accounts.give_consent(session, user, harness.clock.now())
        user.quiz_completed_at = harness.clock.now()
    runner.chat.known_to_bot = True
    await plan_confirmed(harness, 9310)

    await at(harness, day(0, 6, 30))
    russian = await runner.next_bot_message()
    assert (russian.text or "").startswith(opening(content, "reminders.warmup", "ru"))

    await runner.send_command("/settings")
    menu = await runner.next_bot_message()
    assert opening(content, "settings.menu", "ru") in (menu.text or "")
    step = await press(runner, menu, content.plain("settings.buttons.language", "ru"))
    assert {"English", "Русский", "Español", "Deutsch"} <= set(step.button_texts)
    saved = await press(runner, step, "Deutsch")
    assert visible(saved.text or "").startswith(opening(content, "settings.saved", "de"))

    await at(harness, day(2, 6, 30))  # Wednesday's warm-up
    german = await runner.next_bot_message()
    assert (german.text or "").startswith(opening(content, "reminders.warmup", "de"))
    assert content.plain("reminders.buttons.done", "de") in german.button_texts
    await runner.send_command("/help")
    assert in_language((await runner.next_bot_message()).text or "", "de")


async def test_an_unknown_language_gets_english(harness: BotHarness) -> None:
    runner = harness.user(9320, language_code="pt-br")

    await runner.send_command("/start")
    welcome = await runner.next_bot_message()

    assert (welcome.text or "").startswith("Hi! I'm KneeGuard")


async def test_reminders_follow_the_apps_language_when_it_changes(harness: BotHarness) -> None:
    """Stored at /start in English; the app later reports German: the next reminder is German."""
    content = harness.runtime.content
    runner = harness.user(9330, language_code="en")
    harness.clock.set(day(0, 5))
    await runner.send_command("/start")
    welcome = await runner.next_bot_message()
    await press(runner, welcome, content.plain("start.consent_yes_button", "en"))
    await plan_confirmed(harness, 9330)

    runner.profile["language_code"] = "de"  # the runner switched the Telegram app to German
    await runner.send_command("/help")
    assert in_language((await runner.next_bot_message()).text or "", "de")
    await at(harness, day(0, 6, 30))
    warmup = await runner.next_bot_message()

    assert (warmup.text or "").startswith(opening(content, "reminders.warmup", "de"))
