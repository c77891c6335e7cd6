"""The shipped content: it parses, cites its sources, renders valid Telegram HTML, falls back."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest
import yaml

from bot.activities import ActivityFileError, Sport
from bot.content import (
    CONTENT_ROOT,
    Content,
    ContentKeyError,
    ContentPlaceholderError,
    SafeHtml,
    default_content,
    join_html,
)
from bot.domain import knee_status, pain
from bot.domain.content_schema import ContentFormatError
from bot.domain.rules import Rules
from bot.domain.vocabulary import Cause, ReminderKind
from bot.handlers.common import Callback
from bot.handlers.quiz import PREFIX as QUIZ_PREFIX
from bot.render.reminder_markup import STATUS_ANSWERS
from bot.storage.flows import new_token

CONTENT = default_content()
KEYS = sorted(CONTENT.message_keys())
ALLOWED_TAGS = {"b", "i", "u", "code", "a", "blockquote"}
TOKEN = re.compile(r"<(/?)([a-zA-Z]*)([^<>]*)>|&(#\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot);|[<>&]")
PLAIN_KEY = re.compile(
    r"(_button$|\.buttons\.|\.options\.|^commands\.|^profile\.|\.poll\.|weekdays)"
)
PLAIN_LIMITS = {"profile.description": 512, "profile.short_description": 120}
"""Telegram's limits for the bot's descriptions (the share invite goes into a URL: kept short)."""
USER_COMMANDS = ("start", "help", "quiz", "plan", "settings", "status", "checkin", "history",
                 "runs", "tip", "learn", "pause", "resume", "privacy", "export", "delete",
                 "share", "cancel", "connect", "disconnect")  # fmt: skip
REMINDER_TEXTS = ("warmup", "stretch", "strength", "rest", "distance", "shoes")
ADMIN_COMMANDS = ("broadcast", "stats", "addtip")
CODE_REFERENCE = re.compile(
    r"""\.(?:text|plain|has|source)\(\s*["']([a-z0-9_]+(?:\.[a-z0-9_]+)+)["']"""
)
REQUIRED_KEYS = [
    "common.not_medical_advice", "start.welcome_new", "start.consent_question",
    "start.consent_yes_button", "start.consent_no_button", "start.consent_given",
    "start.consent_declined", "start.welcome_back", "help.text", "help.admin", "quiz.progress",
    "quiz.back_button", "quiz.expired", "quiz.use_buttons", "quiz.result.heading",
    "quiz.result.cause_line", "red_flag.urgent", "red_flag.soon", "escalation.message",
    "escalation.follow_up", "plan.timezone.prompt", "plan.timezone.share_location_button",
    "plan.timezone.invalid", "plan.days.prompt", "plan.run_time.prompt", "plan.run_time.invalid",
    "plan.weekly_km.prompt", "plan.shoes.prompt", "plan.summary.heading", "plan.confirmed",
    "settings.menu", "pause.done", "resume.done", "reminders.buttons.done",
    "reminders.buttons.snooze_30", "reminders.buttons.snooze_2h", "reminders.buttons.skip_today",
    "reminders.ack.done", "reminders.ack.snoozed", "reminders.ack.skipped",
    "checkin.poll.pain_question", "checkin.poll.morning_question", "status.buttons.worry",
    "distance.ask", "distance.ramp_warning", "shoes.nudge_distance", "shoes.new_shoes_button",
    "privacy.text", "export.caption", "delete.confirm_question", "delete.done",
    "errors.internal", "errors.unknown_command", "errors.group_chat", "errors.busy",
    "admin.broadcast.prompt", "admin.stats.heading",
    *(f"reminders.{kind}" for kind in REMINDER_TEXTS),
    *(f"plan.items.{kind.value}" for kind in ReminderKind),
    *(f"commands.{command}" for command in USER_COMMANDS),
]  # fmt: skip
DISCLAIMER = re.compile(r"not (medical advice|a diagnosis)", re.I)
SOURCE_LINE = "Source: "
# The rule for texts sent to runners: wording about pain, injuries, professionals or training
# habits makes a health text, which must say it is not a diagnosis; wording that states evidence
# makes a claim, which must show its source. Checked on the rendered text, tips included.
HEALTH_WORDS = re.compile(
    r"\b(pain\w*|hurts?|injur\w*|doctors?|GP|physio\w*|strength|stretch\w*|warm-?ups?|rest"
    r"|resting|shoes?)\b",
    re.I,
)
CLAIM_WORDS = re.compile(
    r"\b(linked to|stud(y|ies)|evidence|proven|shown|runners who|(fewer|more) injuries|risk)\b"
    r"|\d\s?%",
    re.I,
)
# Texts that are not advice on their own: admin-only texts, the runner's own records read back,
# and questions or input hints.
NOT_ADVICE = re.compile(r"^admin\.|^history\.|(prompt|question|invalid)$")
# Parts a handler or a placeholder puts into a larger message, and the text(s) that close that
# message with its disclaimer (bot/handlers/quiz.py, plan_render.py; {reasons}; {symptom}).
PARTS = {
    "quiz.result.": ("quiz.result.disclaimer", "quiz.result.detail_footer", "red_flag.soon"),
    "plan.summary.": ("common.not_medical_advice",),
    "plan.items.": ("common.not_medical_advice",),
    "escalation.reasons.": ("escalation.message",),
    "red_flag.symptoms.": ("red_flag.urgent", "red_flag.soon"),
    "status.card.": ("status.footer",),
    "status.why.": ("status.footer",),
    "status.leave.": ("status.footer",),
    "status.since": ("status.footer",),
    "status.return_km": ("status.footer",),
    "status.runs_on_hold_footer": ("red_flag.urgent", "red_flag.soon", "escalation.message"),
    "status.plan_banner.": ("common.not_medical_advice",),
    "reminders.warmup_": ("tip.text",),
    "reminders.exercise_card": ("reminders.strength",),
    "quiz.miles_reasons.": ("quiz.result.disclaimer",),
    "learn.header": ("learn.cards.soreness",),
    "weekly_card.": ("weekly_card.footer",),
}
INTERNAL_DOCUMENT = re.compile(r"content brief|seed article|\bbrief\b|§", re.I)


def telegram_html_errors(text: str) -> list[str]:
    """Problems Telegram's HTML parser would reject: unknown tags, unbalanced or bare < > &."""
    errors, stack = [], []
    for match in TOKEN.finditer(text):
        closing, tag, attributes, entity = match.groups()
        if entity is not None:
            continue
        if tag is None:
            errors.append(f"bare {match.group()!r} at {match.start()}")
        elif tag not in ALLOWED_TAGS:
            errors.append(f"tag <{tag}> not allowed")
        elif closing:
            if not stack or stack.pop() != tag:
                errors.append(f"unbalanced </{tag}>")
        else:
            if attributes.strip() and not (
                tag == "a" and re.fullmatch(r' href="[^"]+"', attributes)
            ):
                errors.append(f"attributes not allowed on <{tag}>: {attributes!r}")
            stack.append(tag)
    errors.extend(f"<{tag}> never closed" for tag in stack)
    return errors


def _render(key: str) -> str:
    return CONTENT.text(key, **{name: "7" for name in CONTENT.placeholders(key)})


def test_every_content_file_parses() -> None:
    structure = sorted(CONTENT_ROOT.glob("*.yaml"))
    texts = sorted((CONTENT_ROOT / "en").glob("*.ftl"))

    assert {"quiz.yaml", "tips.yaml", "rules.yaml"} == {p.name for p in structure}
    assert {"messages.ftl", "quiz.ftl", "tips.ftl"} == {p.name for p in texts}
    for path in structure:
        assert isinstance(yaml.safe_load(path.read_text(encoding="utf-8")), dict), path


def test_rules_yaml_matches_the_code_defaults() -> None:
    assert CONTENT.rules == Rules(), "content/rules.yaml and bot/domain/rules.py disagree"


def test_rules_yaml_names_a_source_for_every_group() -> None:
    raw = yaml.safe_load((CONTENT_ROOT / "rules.yaml").read_text(encoding="utf-8"))

    assert all(group.get("source", "").strip() for group in raw.values())


@pytest.mark.parametrize("key", REQUIRED_KEYS)
def test_required_key_exists(key: str) -> None:
    assert CONTENT.has(key), key


def test_keys_the_domain_returns_exist() -> None:
    keys = [f"escalation.reasons.{trigger.value}" for trigger in knee_status.ESCALATING]
    keys += [f"status.why.{trigger.value}" for trigger in knee_status.Trigger]
    keys += [f"status.{part}.{status.value}" for status in knee_status.KneeStatus
             for part in ("card", "leave")]  # fmt: skip
    keys += ["distance.no_data", "distance.ramp_ok", "distance.ramp_fast"]
    keys += ["distance.ramp_warning", "distance.hold_after_pain", "shoes.nudge_distance"]
    keys += ["shoes.nudge_age", *(f"checkin.zone.{zone.value}" for zone in pain.PainZone)]
    keys += ["checkin.zone.two_ambers", "checkin.zone.rest_until_green"]
    keys += [f"status.buttons.{key}" for _, key in STATUS_ANSWERS]

    assert [key for key in keys if not CONTENT.has(key)] == []


def test_keys_referenced_anywhere_in_the_code_exist() -> None:
    repository = CONTENT_ROOT.parent
    sources = [*repository.glob("bot/**/*.py"), *repository.glob("scheduler/**/*.py")]
    referenced = {
        (path.relative_to(repository).as_posix(), key)
        for path in sources
        for key in CODE_REFERENCE.findall(path.read_text(encoding="utf-8"))
    }

    assert [(path, key) for path, key in sorted(referenced) if not CONTENT.has(key)] == []


def test_help_lists_every_command() -> None:
    user_help, admin_help = CONTENT.text("help.text"), CONTENT.text("help.admin")

    assert [c for c in USER_COMMANDS if not re.search(rf"/{c}\b", user_help)] == []
    assert [c for c in ADMIN_COMMANDS if f"/{c}" not in admin_help] == []


def _sample(content: Content, key: str) -> dict[str, object]:
    """Placeholder values as the bot passes them; {tip} is a real tip rendered with its source."""
    params: dict[str, object] = {name: "7" for name in content.placeholders(key)}
    tip = content.tips("strength")[0]
    if key == "tip.text":
        params.update(tip=tip.text, source=tip.source)
    elif "tip" in params:
        params["tip"] = content.text("tip.text", tip=tip.text, source=tip.source)
    return params


def _shown(key: str, content: Content = CONTENT) -> str:
    return content.text(key, **_sample(content, key))


def _runner_keys(content: Content) -> list[str]:
    keys = sorted(content.message_keys())
    return [key for key in keys if not PLAIN_KEY.search(key) and not NOT_ADVICE.search(key)]


def _is_part(key: str) -> bool:
    return any(key.startswith(prefix) for prefix in PARTS)


def health_texts_without_disclaimer(content: Content) -> list[str]:
    """Runner texts about health that do not say they are not a diagnosis (parts excepted)."""
    return [
        key
        for key in _runner_keys(content)
        if not _is_part(key)
        and HEALTH_WORDS.search(shown := _shown(key, content))
        and not DISCLAIMER.search(shown)
    ]


def claims_without_source(content: Content) -> list[str]:
    """Runner texts that state evidence without a source line."""
    return [
        key
        for key in _runner_keys(content)
        if CLAIM_WORDS.search(shown := _shown(key, content)) and SOURCE_LINE not in shown
    ]


def test_every_health_text_says_it_is_not_a_diagnosis() -> None:
    assert health_texts_without_disclaimer(CONTENT) == []


def test_every_claim_shows_its_source() -> None:
    assert claims_without_source(CONTENT) == []


@pytest.mark.parametrize("key", sorted({key for keys in PARTS.values() for key in keys}))
def test_the_text_that_closes_a_composed_message_carries_the_disclaimer(key: str) -> None:
    assert DISCLAIMER.search(_shown(key))


def english_only(root: Path) -> Path:
    """A copy of the shipped content with English as its only language."""
    shutil.copytree(CONTENT_ROOT / "en", root / "en")
    for path in CONTENT_ROOT.glob("*.yaml"):
        shutil.copy(path, root / path.name)
    return root


def test_the_rules_catch_a_new_health_text_and_an_uncited_claim(tmp_path: Path) -> None:
    english_only(tmp_path)
    with (tmp_path / "en" / "messages.ftl").open("a", encoding="utf-8") as messages:
        messages.write(
            "new-advice = Rest two days if your knee hurts.\n"
            "new-claim = Runners who rotate shoes get hurt less.\n"
            "new-cited =\n    Runners who rotate shoes get hurt less.\n"
            "    <i>Source: { $source }</i>\n"
            "    .source = Malisoux 2015 SJMSS\n"
        )
    content = Content.load(tmp_path)

    assert health_texts_without_disclaimer(content) == ["new.advice", "new.cited", "new.claim"]
    assert claims_without_source(content) == ["new.claim"]


def test_every_cited_message_shows_its_source() -> None:
    cited = [key for key in KEYS if CONTENT.source(key)]

    assert len(cited) >= 15
    shown = {key: html.unescape(_shown(key)) for key in cited}
    assert [key for key in cited if f"{SOURCE_LINE}{CONTENT.source(key)}" not in shown[key]] == []


def test_every_message_with_a_source_says_it_is_not_a_diagnosis() -> None:
    cited = [key for key in KEYS if CONTENT.source(key) and not _is_part(key)]

    assert [key for key in cited if not DISCLAIMER.search(_shown(key))] == []


def test_every_tip_is_shown_with_its_source_and_a_disclaimer() -> None:
    tips = [tip for kind in CONTENT.tip_kinds() for tip in CONTENT.tips(kind)]

    for tip in tips:
        shown = html.unescape(CONTENT.text("tip.text", tip=tip.text, source=tip.source))
        assert f"{SOURCE_LINE}{tip.source}" in shown and DISCLAIMER.search(shown), tip.id


def test_a_cited_text_gets_its_own_source_and_does_not_ask_for_it() -> None:
    assert "source" not in CONTENT.placeholders("checkin.zone.amber")
    assert CONTENT.source("checkin.zone.amber") in CONTENT.text("checkin.zone.amber.text")


def test_no_source_points_at_an_internal_document() -> None:
    quiz = CONTENT.quiz()
    sources = [CONTENT.source(key) or "" for key in KEYS]
    sources += [tip.source for kind in CONTENT.tip_kinds() for tip in CONTENT.tips(kind)]
    sources += [info.source for info in quiz.causes.values()]
    sources += [question.source for question in quiz.questions]
    sources += [exercise.source for exercise in CONTENT.exercises()]
    rules = yaml.safe_load((CONTENT_ROOT / "rules.yaml").read_text(encoding="utf-8"))
    sources += [group["source"] for group in rules.values()]

    assert [source for source in sources if INTERNAL_DOCUMENT.search(source)] == []


def test_every_tip_cause_question_and_exercise_cites_a_source() -> None:
    quiz = CONTENT.quiz()
    tips = [tip for kind in CONTENT.tip_kinds() for tip in CONTENT.tips(kind)]
    sources = [tip.source for tip in tips] + [info.source for info in quiz.causes.values()]
    sources += [question.source for question in quiz.questions]
    sources += [exercise.source for exercise in CONTENT.exercises()]

    assert len(tips) >= 48
    assert all(source.strip() for source in sources)


@pytest.mark.parametrize("kind", REMINDER_TEXTS)
def test_each_reminder_kind_rotates_at_least_four_tips(kind: str) -> None:
    assert len(CONTENT.tips(kind)) >= 4


@pytest.mark.parametrize("cause", list(Cause))
def test_each_cause_rotates_at_least_four_tips(cause: Cause) -> None:
    assert len(CONTENT.tips(cause)) >= 4


def test_tip_ids_are_unique() -> None:
    ids = [tip.id for kind in CONTENT.tip_kinds() for tip in CONTENT.tips(kind)]

    assert len(ids) == len(set(ids))


def test_the_strength_routine_covers_the_brief() -> None:
    names = " ".join(exercise.name.lower() for exercise in CONTENT.exercises())

    for word in ("bridge", "clamshell", "step-down", "split squat", "plank"):
        assert word in names


@pytest.mark.parametrize("key", KEYS)
def test_message_is_valid_telegram_html_before_and_after_rendering(key: str) -> None:
    raw = CONTENT.text(key, **{name: SafeHtml("{x}") for name in CONTENT.placeholders(key)})

    assert telegram_html_errors(raw) == []
    assert telegram_html_errors(_render(key)) == []


@pytest.mark.parametrize("key", [key for key in KEYS if PLAIN_KEY.search(key)])
def test_plain_texts_have_no_markup_and_fit_telegram_limits(key: str) -> None:
    text = CONTENT.plain(key, **_dummy(key))

    assert not re.search(r"[<>&]", text)
    limit = 300 if key.endswith("_question") else 100 if ".options." in key else 64
    limit = PLAIN_LIMITS.get(key, 120 if key.startswith("profile.") else limit)
    assert 1 <= len(text) <= limit


def test_the_bot_profile_says_what_it_is_and_is_not() -> None:
    description = CONTENT.plain("profile.description")

    assert "runners" in description and "Start" in description
    assert DISCLAIMER.search(description) and DISCLAIMER.search(CONTENT.plain(
        "profile.short_description"))


def test_quiz_and_tip_texts_are_plain_and_buttons_short() -> None:
    quiz = CONTENT.quiz()
    texts = [question.text for question in quiz.questions]
    texts += [field for info in quiz.causes.values() for field in (info.title, info.why)]
    texts += [tip.text for kind in CONTENT.tip_kinds() for tip in CONTENT.tips(kind)]
    labels = [option.label for question in quiz.questions for option in question.options]

    assert [text for text in texts + labels if re.search(r"[<>&]", text)] == []
    assert [label for label in labels if len(label) > 40] == []


def test_quiz_callback_data_fits_in_telegrams_64_bytes() -> None:
    """Built as the quiz keyboard builds it (bot/handlers/quiz.py), with a real flow token."""
    token = new_token()
    for question in CONTENT.quiz().questions:
        for option in question.options:
            data = Callback(QUIZ_PREFIX, token, "a", f"{question.id}.{option.id}").encode()
            assert len(data.encode()) <= 64, data
            assert Callback.parse(data) == Callback(
                QUIZ_PREFIX, token, "a", f"{question.id}.{option.id}"
            )


def test_placeholders_render_and_user_text_is_escaped() -> None:
    text = CONTENT.text("plan.timezone.invalid", value="<b>Mars & Venus</b>")

    assert "&lt;b&gt;Mars &amp; Venus&lt;/b&gt;" in text
    assert isinstance(text, SafeHtml)


def test_safe_html_params_are_inserted_verbatim() -> None:
    reasons = join_html([CONTENT.text("escalation.reasons.non_green_week"), "a < b"])

    text = CONTENT.text("escalation.message", reasons=reasons)

    assert "• Your knee has not settled for a week.\na &lt; b" in text


def test_numbers_keep_their_format() -> None:
    assert CONTENT.text("quiz.progress", index=3, total=8) == "<b>Question 3/8</b>"


def test_a_missing_placeholder_is_a_clear_error() -> None:
    with pytest.raises(ContentPlaceholderError, match=r"'quiz.progress'.*total"):
        CONTENT.text("quiz.progress", index=1)


def test_a_missing_key_is_a_clear_error() -> None:
    with pytest.raises(ContentKeyError, match=r"no content for key 'quiz\.nope'"):
        CONTENT.text("quiz.nope")


def test_a_group_is_not_a_text() -> None:
    with pytest.raises(ContentKeyError):
        CONTENT.text("quiz.result")


def test_unknown_tip_kind_is_a_clear_error() -> None:
    with pytest.raises(ContentKeyError, match=r"tips\.yoga"):
        CONTENT.tips("yoga")


@pytest.fixture
def translated_root(tmp_path: Path) -> Path:
    """A content root with English and a tiny German translation."""
    english_only(tmp_path)
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "messages.ftl").write_text(
        "quiz-progress = <b>Frage { $index }/{ $total }</b>\n", encoding="utf-8"
    )
    (tmp_path / "de" / "quiz.ftl").write_text(
        "question-where = Wo tut es weh?\n"
        "option-where-front = Um die Kniescheibe\n    .reason = Schmerz an der Kniescheibe\n"
        "cause-LOAD = Zu viel zu schnell\n",
        encoding="utf-8",
    )
    (tmp_path / "de" / "tips.ftl").write_text("tip-rs_walk = Schlaf gut.\n", encoding="utf-8")
    return tmp_path


def test_language_fallback(translated_root: Path) -> None:
    content = Content.load(translated_root)

    assert content.text("quiz.progress", "de", index=1, total=8) == "<b>Frage 1/8</b>"
    assert content.text("quiz.progress", "de-AT", index=1, total=8) == "<b>Frage 1/8</b>"
    assert content.language_chain("de_AT") == ("de", "en")
    assert content.text("errors.busy", "de") == CONTENT.text("errors.busy")
    assert content.text("quiz.progress", "fr", index=1, total=8) == "<b>Question 1/8</b>"
    assert content.text("quiz.progress", None, index=1, total=8) == "<b>Question 1/8</b>"


def test_translated_quiz_changes_words_not_scores(translated_root: Path) -> None:
    content = Content.load(translated_root)

    german, english = content.quiz("de-DE"), content.quiz("en")

    assert german.questions[0].text == "Wo tut es weh?"
    assert german.questions[0].options[0].label == "Um die Kniescheibe"
    assert german.questions[0].options[0].reason == "Schmerz an der Kniescheibe"
    assert german.questions[0].options[0].scores == english.questions[0].options[0].scores
    assert german.questions[1] == english.questions[1]
    assert german.causes[Cause.LOAD].title == "Zu viel zu schnell"
    assert german.causes[Cause.LOAD].source == english.causes[Cause.LOAD].source


def test_a_translated_why_by_question(translated_root: Path) -> None:
    (translated_root / "de" / "quiz.ftl").write_text(
        "cause-FORM = Lange Schritte\n    .why = Schritte.\n    .why-stride = Lange Schritte.\n",
        encoding="utf-8",
    )
    german = Content.load(translated_root).quiz("de")

    assert german.causes[Cause.FORM].why_for({"stride"}) == "Lange Schritte."
    assert german.causes[Cause.FORM].why_for({"changed"}) == "Schritte."


def test_a_translated_tip_keeps_its_place_and_source(translated_root: Path) -> None:
    content = Content.load(translated_root)

    german, english = content.tips("rest", "de"), CONTENT.tips("rest")
    assert [tip.id for tip in german] == [tip.id for tip in english]
    assert [tip.source for tip in german] == [tip.source for tip in english]
    assert "Schlaf gut." in [tip.text for tip in german]


def test_a_malformed_quiz_names_the_problem(translated_root: Path) -> None:
    quiz_path = translated_root / "quiz.yaml"
    quiz_path.write_text(
        quiz_path.read_text(encoding="utf-8").replace("{LOAD: 2}", "{SPEED: 2}"), encoding="utf-8"
    )

    with pytest.raises(ContentFormatError, match="SPEED"):
        Content.load(translated_root)


def test_a_fluent_syntax_error_names_the_file(translated_root: Path) -> None:
    (translated_root / "de" / "messages.ftl").write_text("oops = { $x\n", encoding="utf-8")

    with pytest.raises(ContentFormatError, match=r"de/messages\.ftl"):
        Content.load(translated_root)


def test_english_is_required(tmp_path: Path) -> None:
    (tmp_path / "de").mkdir()

    with pytest.raises(ContentFormatError, match=r"rules\.yaml"):
        Content.load(tmp_path)


def _dummy(key: str) -> dict[str, str]:
    return {name: "7" for name in CONTENT.placeholders(key)}


def test_a_cited_message_can_also_be_addressed_by_its_text_field() -> None:
    by_text_field = CONTENT.text("red_flag.soon.text", symptom="x")

    assert by_text_field == CONTENT.text("red_flag.soon", symptom="x")


def test_every_activity_file_error_and_sport_has_a_text() -> None:
    for key in sorted(ActivityFileError.KEYS):
        assert CONTENT.text(f"activities.errors.{key}").endswith("Nothing was stored."), key
    for sport in Sport:
        if sport is not Sport.RUNNING:
            assert CONTENT.plain(f"activities.sports.{sport.value}"), sport
