"""The quiz result in words: a short screen of the causes that scored, and a "Why?" page per
cause with the evidence written for the answers that put it there (content brief §4).

No Telegram here: the handler adds the buttons. Results are rebuilt from stored rows, so the
"Why?" pages of an older quiz still open (from its ranking, without the per-answer reasons).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bot.content import Content, SafeHtml, join_html
from bot.domain.quiz import CauseScore, QuizAnswerError, QuizIncomplete, QuizResult, score_quiz
from bot.domain.quiz_model import Quiz
from bot.domain.vocabulary import Cause, RedFlagLevel


def from_stored(quiz: Quiz, answers: Mapping[str, Any], ranking: Sequence[Any]) -> QuizResult:
    """A stored quiz as a result: scored again from its answers when the current quiz knows
    them all, else from its stored ranking (quizzes taken before the questions changed)."""
    try:
        return score_quiz(quiz, {str(key): str(value) for key, value in answers.items()})
    except (QuizAnswerError, QuizIncomplete):
        ranked = tuple(CauseScore(Cause(cause), int(score)) for cause, score in ranking)
        known = {item.cause for item in ranked}
        ranked += tuple(CauseScore(cause, 0) for cause in quiz.tie_break if cause not in known)
        return QuizResult(ranked=ranked, red_flag=None, red_flag_option=None, flags=frozenset())


def reasons(
    quiz: Quiz, result: QuizResult, cause: Cause, words: Mapping[str, str] | None = None
) -> str:
    """The answers behind a cause in a few words ("more hills, it hurts during runs");
    `words` replaces an option's reason by option id (the shoe ranges in miles)."""
    phrases: list[str] = []
    for item in result.because(cause):
        question = quiz.question(item.question_id)
        option = question.option(item.option_id) if question else None
        if option is None or not option.reason:
            continue
        phrase = (words or {}).get(f"{item.question_id}.{option.id}", option.reason)
        if phrase not in phrases:
            phrases.append(phrase)
    return ", ".join(phrases)


def page_count(result: QuizResult) -> int:
    """How many "Why?" pages the result has: one per cause shown, or the basics page."""
    return max(1, len(result.scored))


def summary(
    content: Content, lang: str | None, result: QuizResult,
    words: Mapping[str, str] | None = None,
) -> SafeHtml:  # fmt: skip
    """The one-screen result: "soon" advice on top when given, then every cause that scored
    (under 700 characters without the advice, under 1,000 with it)."""
    quiz = content.quiz(lang)
    parts: list[str] = []
    if result.red_flag is RedFlagLevel.SOON:
        symptom = content.plain(f"red_flag.symptoms.{result.red_flag_option}", lang)
        parts.append(content.text("red_flag.soon.text", lang, symptom=symptom))
        parts.append(content.text("status.runs_on_hold_footer", lang))
    parts.append(content.text("quiz.result.heading", lang))
    if "preventing" in result.flags and result.red_flag is None:  # no "great" beside "see a GP"
        parts.append(content.text("quiz.result.preventing", lang))
    lines = []
    for rank, item in enumerate(result.scored, start=1):
        because = reasons(quiz, result, item.cause, words)
        key = "quiz.result.cause_line" if because else "quiz.result.cause_line_plain"
        title = quiz.causes[item.cause].title
        lines.append(content.text(key, lang, rank=rank, title=title, reasons=because))
    if lines:
        parts.append(join_html(lines))
    else:
        parts.append(content.text("quiz.result.nothing", lang))
    if result.red_flag is None:  # with "soon" advice on top, the notes wait for the check
        notes = [("assess", "assessment_note"), ("cadence_check", "cadence_check")]
        keys = [key for flag, key in notes if flag in result.flags] + ["plan_note"]
        parts.extend(content.text(f"quiz.result.{key}", lang) for key in keys)
        parts.append(content.text("quiz.result.disclaimer", lang))
    else:  # the advice on top already says it is not a diagnosis
        parts.append(content.text("quiz.result.why_hint", lang))
    return join_html(parts, "\n\n")


def detail(
    content: Content, lang: str | None, result: QuizResult, page: int,
    *, progression_allowed: bool = True, words: Mapping[str, str] | None = None,
) -> SafeHtml:  # fmt: skip
    """One "Why?" page: the cause, the answers behind it, the evidence, what to do, sources.
    While the knee status holds progression (`may_send(status, Message.PROGRESSION)` is
    false), each page says so under the advice to build up."""
    quiz = content.quiz(lang)
    total = page_count(result)
    page = min(max(page, 0), total - 1)
    header = content.text("quiz.result.why_header", lang, page=page + 1, total=total)
    footer = [content.text("quiz.result.detail_footer", lang)]
    if not progression_allowed:
        footer.insert(0, content.text("quiz.result.hold_note", lang))
    if not result.scored:
        body = content.text("quiz.result.basics_detail.text", lang)
        return join_html([header, body, join_html(footer)], "\n\n")
    item = result.scored[page]
    info = quiz.causes[item.cause]
    questions = {contribution.question_id for contribution in result.because(item.cause)}
    because = reasons(quiz, result, item.cause, words)
    lines = [content.text("quiz.result.detail_title", lang, rank=page + 1, title=info.title)]
    if because:
        lines.append(content.text("quiz.result.detail_because", lang, reasons=because))
    lines.append(
        content.text(
            "quiz.result.detail_body", lang, why=info.why_for(questions),
            what_to_do=info.what_to_do, source=info.source,
        )
    )  # fmt: skip
    return join_html([header, join_html(lines), join_html(footer)], "\n\n")
