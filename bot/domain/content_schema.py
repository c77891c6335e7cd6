"""Typed content records and the checks that build them from plain (already parsed) YAML data."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from types import MappingProxyType
from typing import Any

from bot.domain.quiz_model import CauseInfo, Quiz, QuizOption, QuizQuestion
from bot.domain.rules import (
    DistanceRules,
    EscalationRules,
    PainRules,
    ReminderRules,
    Rules,
    ShoeRules,
)
from bot.domain.vocabulary import Cause, RedFlagLevel, ReminderKind

OPTION_ID_PATTERN = re.compile(r"^[a-z0-9_]{1,16}$")


class ContentFormatError(ValueError):
    """A content file does not have the expected shape; names the file and the place."""

    def __init__(self, where: str, detail: str) -> None:
        super().__init__(f"{where}: {detail}")
        self.where = where


@dataclass(frozen=True)
class Tip:
    """A short tip shown in reminders or results, with its source."""

    id: str
    text: str
    source: str


@dataclass(frozen=True)
class Exercise:
    """One exercise of the strength routine: where to start, the movement in one line, and
    one mistake to avoid; `extra` ones are not on the reminder's card."""

    id: str
    name: str
    start: str
    how: str
    avoid: str
    sets: int
    reps: str
    source: str
    extra: bool = False


def _text(raw: Mapping[str, Any], field: str, where: str) -> str:
    value = raw.get(field)
    if not isinstance(value, str) or not value.strip():
        raise ContentFormatError(where, f"{field!r} must be a non-empty text, got {value!r}")
    return value


def mapping(raw: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(raw, Mapping):
        raise ContentFormatError(where, f"expected a mapping, got {type(raw).__name__}")
    return raw


def _list(raw: Any, where: str) -> list[Any]:
    if not isinstance(raw, list) or not raw:
        raise ContentFormatError(where, f"expected a non-empty list, got {raw!r}")
    return raw


def _parse_tip(raw: Any, where: str) -> Tip:
    raw = mapping(raw, where)
    return Tip(_text(raw, "id", where), _text(raw, "text", where), _text(raw, "source", where))


def parse_tips(raw: Any, where: str) -> Mapping[str, tuple[Tip, ...]]:
    """Tips by kind: reminder kinds ("warmup") and causes ("LOAD") in one mapping."""
    raw = mapping(raw, where)
    tips: dict[str, tuple[Tip, ...]] = {}
    for group in ("reminders", "causes"):
        for kind, items in mapping(raw.get(group) or {}, f"{where}:{group}").items():
            place = f"{where}:{group}.{kind}"
            tips[str(kind)] = tuple(_parse_tip(item, place) for item in _list(items, place))
    return MappingProxyType(tips)


def parse_exercises(raw: Any, where: str) -> tuple[Exercise, ...] | None:
    """The strength routine, or None when the file has none."""
    if raw is None:
        return None
    exercises = []
    for item in _list(raw, f"{where}:exercises"):
        item = mapping(item, f"{where}:exercises")
        sets = item.get("sets")
        if not isinstance(sets, int) or sets < 1:
            raise ContentFormatError(where, f"exercise sets must be a positive number: {item!r}")
        exercises.append(
            Exercise(
                id=_text(item, "id", where),
                name=_text(item, "name", where),
                start=_text(item, "start", where),
                how=_text(item, "how", where),
                avoid=_text(item, "avoid", where),
                sets=sets,
                reps=str(item.get("reps", "")) or _text(item, "reps", where),
                source=_text(item, "source", where),
                extra=bool(item.get("extra", False)),
            )
        )
    return tuple(exercises)


def _parse_option(raw: Any, where: str) -> QuizOption:
    raw = mapping(raw, where)
    option_id = raw.get("id")
    if not isinstance(option_id, str) or not OPTION_ID_PATTERN.match(option_id):
        raise ContentFormatError(where, f"option id must match [a-z0-9_]{{1,16}}: {option_id!r}")
    red_flag = raw.get("red_flag")
    scores_raw = mapping(raw.get("scores") or {}, f"{where}.{option_id}")
    if red_flag is not None and scores_raw:
        raise ContentFormatError(where, f"{option_id}: a red-flag option has no scores")
    try:
        level = RedFlagLevel(red_flag) if red_flag is not None else None
        scores = {Cause(cause): int(points) for cause, points in scores_raw.items()}
    except ValueError as error:
        raise ContentFormatError(f"{where}.{option_id}", str(error)) from error
    if any(points < 0 for points in scores.values()):
        raise ContentFormatError(f"{where}.{option_id}", "scores must not be negative")
    reason = _text(raw, "reason", f"{where}.{option_id}") if any(scores.values()) else None
    return QuizOption(
        id=option_id,
        label=_text(raw, "label", f"{where}.{option_id}"),
        scores=MappingProxyType(scores),
        red_flag=level,
        flags=frozenset(raw.get("flags") or ()),
        reason=reason,
    )


def _parse_why(info: Mapping[str, Any], place: str) -> tuple[str, Mapping[str, str]]:
    """A cause's evidence: one text, or texts by question id with a `default`."""
    raw = info.get("why")
    if isinstance(raw, str):
        return _text(info, "why", place), MappingProxyType({})
    why = mapping(raw, f"{place}.why")
    texts = {str(key): _text(why, str(key), f"{place}.why") for key in why}
    default = texts.pop("default", None)
    if default is None:
        raise ContentFormatError(f"{place}.why", "texts by question need a 'default'")
    return default, MappingProxyType(texts)


def _parse_question(raw: Any, where: str) -> QuizQuestion:
    raw = mapping(raw, where)
    question_id = _text(raw, "id", where)
    if not OPTION_ID_PATTERN.match(question_id):
        raise ContentFormatError(where, f"question id must match [a-z0-9_]{{1,16}}: {question_id}")
    place = f"{where}.{question_id}"
    options = tuple(_parse_option(item, place) for item in _list(raw.get("options"), place))
    if len({option.id for option in options}) != len(options):
        raise ContentFormatError(place, "option ids must be unique")
    text, source = _text(raw, "text", place), _text(raw, "source", place)
    return QuizQuestion(question_id, text, options, source)


def parse_quiz(raw: Any, where: str) -> Quiz:
    """The full quiz; validates ids, scores, red flags, cause texts and the tie-break order."""
    raw = mapping(raw, where)
    questions = tuple(_parse_question(item, where) for item in _list(raw.get("questions"), where))
    if len({question.id for question in questions}) != len(questions):
        raise ContentFormatError(where, "question ids must be unique")
    try:
        tie_break = tuple(Cause(cause) for cause in _list(raw.get("tie_break"), where))
    except ValueError as error:
        raise ContentFormatError(f"{where}:tie_break", str(error)) from error
    if sorted(tie_break) != sorted(Cause):
        raise ContentFormatError(where, f"tie_break must list every cause once: {tie_break}")
    causes_raw = mapping(raw.get("causes"), f"{where}:causes")
    causes = {}
    for cause in Cause:
        place = f"{where}:causes.{cause}"
        info = mapping(causes_raw.get(cause.value), place)
        why, why_by_question = _parse_why(info, place)
        known = {question.id for question in questions}
        if not set(why_by_question) <= known:
            raise ContentFormatError(f"{place}.why", f"unknown questions {set(why_by_question)}")
        causes[cause] = CauseInfo(
            cause, _text(info, "title", place), why, _text(info, "what_to_do", place),
            _text(info, "source", place), why_by_question,
        )  # fmt: skip
    return Quiz(questions, MappingProxyType(causes), tie_break)


def _time(value: Any, where: str) -> time:
    if not isinstance(value, str) or not re.fullmatch(r"\d{2}:\d{2}", value):
        raise ContentFormatError(where, f"expected a time as 'HH:MM' text, got {value!r}")
    return time.fromisoformat(value)


def _numbers(raw: Mapping[str, Any], cls: type, where: str) -> Any:
    fields = {name for name in cls.__dataclass_fields__}
    _text(raw, "source", where)
    values = {key: value for key, value in raw.items() if key != "source"}
    if set(values) != fields:
        raise ContentFormatError(where, f"expected keys {sorted(fields)}, got {sorted(values)}")
    return cls(**values)


def parse_rules(raw: Any, where: str) -> Rules:
    """Thresholds from rules.yaml; every group must name its source."""
    raw = mapping(raw, where)
    reminders = mapping(raw.get("reminders"), f"{where}:reminders")
    _text(reminders, "source", f"{where}:reminders")
    place = f"{where}:reminders"
    quiet = mapping(reminders.get("quiet_hours"), f"{place}.quiet_hours")
    distance = mapping(reminders.get("distance_checkin"), f"{place}.distance_checkin")
    shoes = mapping(reminders.get("shoe_check"), f"{place}.shoe_check")
    grace_raw = mapping(reminders.get("grace_minutes"), f"{place}.grace_minutes")
    try:
        grace = {ReminderKind(kind): int(minutes) for kind, minutes in grace_raw.items()}
    except ValueError as error:
        raise ContentFormatError(f"{place}.grace_minutes", str(error)) from error
    if set(grace) != set(ReminderKind):
        raise ContentFormatError(place, "grace_minutes needs every reminder kind")
    try:
        reminder_rules = _reminder_rules(reminders, quiet, distance, shoes, grace, place)
    except (KeyError, TypeError, ValueError) as error:
        raise ContentFormatError(place, f"missing or bad value: {error}") from error
    return Rules(
        pain=_numbers(mapping(raw.get("pain"), f"{where}:pain"), PainRules, f"{where}:pain"),
        escalation=_numbers(
            mapping(raw.get("escalation"), f"{where}:escalation"),
            EscalationRules,
            f"{where}:escalation",
        ),
        distance=_numbers(
            mapping(raw.get("distance"), f"{where}:distance"), DistanceRules, f"{where}:distance"
        ),
        shoes=_numbers(mapping(raw.get("shoes"), f"{where}:shoes"), ShoeRules, f"{where}:shoes"),
        reminders=reminder_rules,
    )


def _reminder_rules(
    reminders: Mapping[str, Any],
    quiet: Mapping[str, Any],
    distance: Mapping[str, Any],
    shoes: Mapping[str, Any],
    grace: Mapping[ReminderKind, int],
    place: str,
) -> ReminderRules:
    return ReminderRules(
        warmup_before_run_minutes=int(reminders["warmup_before_run_minutes"]),
        run_length_minutes=int(reminders["run_length_minutes"]),
        checkin_after_run_minutes=int(reminders["checkin_after_run_minutes"]),
        morning_checkin_time=_time(reminders.get("morning_checkin_time"), place),
        quiet_start=_time(quiet.get("start"), place),
        quiet_end=_time(quiet.get("end"), place),
        quiet_margin_minutes=int(quiet["margin_minutes"]),
        distance_checkin_weekday=int(distance["weekday"]),
        distance_checkin_time=_time(distance.get("time"), place),
        shoe_check_weekday=int(shoes["weekday"]),
        shoe_check_time=_time(shoes.get("time"), place),
        grace_minutes=MappingProxyType(grace),
    )
