"""/learn: short cards on the seed article's topics, one screen each, in a fixed order.

No Telegram here: the handler adds Next / Back. The "when to see a doctor" card lists the one
red-flag list (the quiz's question), so it can never drift from what the bot acts on.
"""

from __future__ import annotations

from bot.content import Content, SafeHtml, join_html
from bot.domain.vocabulary import RedFlagLevel

CARDS = (
    "soreness", "see_doctor", "rest", "surfaces", "weight", "painkillers", "braces", "shoes",
    "cadence",
)  # fmt: skip
"""The cards in reading order; each is `learn.cards.<id>` in content."""
RED_FLAG_QUESTION = "red_flags"


def clamp(index: int) -> int:
    """A card index within the deck (forged or stale buttons land on a real card)."""
    return min(max(index, 0), len(CARDS) - 1)


def red_flag_lines(content: Content, lang: str | None, level: RedFlagLevel) -> SafeHtml:
    """The quiz's red-flag options of one urgency, one "• label" line each."""
    question = content.quiz(lang).question(RED_FLAG_QUESTION)
    if question is None:
        raise LookupError(f"the quiz has no {RED_FLAG_QUESTION!r} question")
    return join_html(f"• {option.label}" for option in question.options if option.red_flag == level)


def card(content: Content, lang: str | None, index: int) -> SafeHtml:
    """One card with its position in the deck."""
    index = clamp(index)
    card_id = CARDS[index]
    params: dict[str, object] = {}
    if card_id == "see_doctor":
        params = {
            "urgent": red_flag_lines(content, lang, RedFlagLevel.URGENT),
            "soon": red_flag_lines(content, lang, RedFlagLevel.SOON),
        }
    header = content.text("learn.header", lang, index=index + 1, total=len(CARDS))
    return join_html([header, content.text(f"learn.cards.{card_id}.text", lang, **params)])
