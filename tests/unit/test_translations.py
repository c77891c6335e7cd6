"""Every language is complete and says the same thing: same keys, placeholders and plural
variants as English, valid Telegram HTML, Telegram's length limits, the disclaimers, the
numbers of every health text, and no text that falls back to English."""

from __future__ import annotations

import html
import re

import pytest
from babel import Locale
from fluent.syntax import ast, visitor

from bot.content import DEFAULT_LANGUAGE, Catalog, SafeHtml, default_content, message_key
from tests.unit.test_content import PLAIN_KEY, telegram_html_errors

CONTENT = default_content()
TRANSLATIONS = ("ru", "es", "de")
ENGLISH = CONTENT.catalog(DEFAULT_LANGUAGE)
DISCLAIMER = {
    "en": re.compile(r"not (medical advice|a diagnosis)", re.I),
    "ru": re.compile(r"диагноз|медицинск\w* консультаци", re.I),
    "es": re.compile(r"diagnóstico|diagnosticar|consejo médico", re.I),
    "de": re.compile(r"Diagnose|medizinische Beratung", re.I),
}
HEALTH_PREFIXES = ("red_flag.", "escalation.", "learn.", "checkin.", "status.", "tip.")
NUMBER = re.compile(r"\d+(?:[ ,.\u00a0\u202f]\d{3})*")
SAMPLE_COUNTS = (0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1000)


def parts(catalog: Catalog, identifier: str) -> list[str | None]:
    """The value (None) and every attribute of a message, English sources aside."""
    entry = catalog.entries[identifier]
    names = [item.id.name for item in entry.attributes if item.id.name != "source"]
    return ([None] if entry.value is not None else []) + names


class Selectors(visitor.Visitor):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, frozenset[str]]] = []

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        name = node.selector.id.name if isinstance(node.selector, ast.VariableReference) else "?"
        keys = frozenset(
            variant.key.name for variant in node.variants if isinstance(variant.key, ast.Identifier)
        )
        self.found.append((name, keys))
        self.generic_visit(node)


def selectors(
    catalog: Catalog, identifier: str, attribute: str | None
) -> list[tuple[str, frozenset[str]]]:
    entry = catalog.entries[identifier]
    node = entry.value if attribute is None else next(
        item.value for item in entry.attributes if item.id.name == attribute
    )
    found = Selectors()
    found.visit(node)
    return found.found


def rendered(lang: str, key: str, **extra: object) -> str:
    params: dict[str, object] = {name: "7" for name in CONTENT.placeholders(key, lang)}
    params.update({name: value for name, value in extra.items() if name in params})
    return CONTENT.text(key, lang, **params)


def visible(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def numbers(text: str) -> set[str]:
    return {re.sub(r"\D", "", found) for found in NUMBER.findall(text)}


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_the_language_is_shipped_and_served(lang: str) -> None:
    assert lang in CONTENT.languages
    assert CONTENT.resolve_language(lang) == lang
    assert CONTENT.resolve_language(f"{lang}-XX") == lang


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_every_message_and_attribute_is_translated(lang: str) -> None:
    catalog = CONTENT.catalog(lang)

    assert sorted(set(ENGLISH.entries) - set(catalog.entries)) == []
    assert sorted(set(catalog.entries) - set(ENGLISH.entries)) == []
    assert [i for i in ENGLISH.entries if parts(catalog, i) != parts(ENGLISH, i)] == []


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_no_text_falls_back_to_english(lang: str) -> None:
    """Every key the code can ask for is answered from the language itself."""
    keys = CONTENT.message_keys()

    assert CONTENT.message_keys(lang) == keys
    assert [key for key in keys if CONTENT.served_from(key, lang) != lang] == []


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_sources_are_never_translated(lang: str) -> None:
    catalog = CONTENT.catalog(lang)

    assert [i for i in catalog.entries if catalog.has(i, "source")] == []
    cited = [key for key in CONTENT.message_keys() if CONTENT.source(key)]
    assert len(cited) >= 15
    for key in cited:
        assert CONTENT.source(key, lang) == CONTENT.source(key)
        assert CONTENT.source(key) in html.unescape(rendered(lang, key))
    english_quiz, quiz = CONTENT.quiz(), CONTENT.quiz(lang)
    assert [q.source for q in quiz.questions] == [q.source for q in english_quiz.questions]
    assert [c.source for c in quiz.causes.values()] == [
        c.source for c in english_quiz.causes.values()
    ]


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_the_same_placeholders_in_every_message(lang: str) -> None:
    catalog = CONTENT.catalog(lang)
    differ = [
        (identifier, attribute)
        for identifier in ENGLISH.entries
        for attribute in parts(ENGLISH, identifier)
        if catalog.variables(identifier, attribute) != ENGLISH.variables(identifier, attribute)
    ]

    assert differ == []


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_plural_variants_follow_the_language_rules(lang: str) -> None:
    """Where English picks a form by a number, the language does too, with its own CLDR
    categories (Russian: one, few, many, other); every selector it has uses only those."""
    categories = set(Locale.parse(lang).plural_form.tags) | {"other"}
    catalog = CONTENT.catalog(lang)
    problems = []
    for identifier in ENGLISH.entries:
        for attribute in parts(ENGLISH, identifier):
            english = {name for name, _ in selectors(ENGLISH, identifier, attribute)}
            own = selectors(catalog, identifier, attribute)
            if not english <= {name for name, _ in own}:
                problems.append((identifier, "no plural choice where English has one"))
            problems += [
                (identifier, f"{name}: {sorted(keys)}")
                for name, keys in own
                if keys - categories or categories - keys - {"other"}
            ]

    assert problems == []


def test_plural_forms_are_chosen_by_the_number() -> None:
    forms = {n: CONTENT.plain("admin.stats_report.user_count", "ru", count=n) for n in (1, 3, 5)}

    assert forms == {1: "1 пользователь", 3: "3 пользователя", 5: "5 пользователей"}
    assert CONTENT.plain("admin.stats_report.user_count", "en", count=1) == "1 user"
    assert CONTENT.plain("admin.stats_report.user_count", "en", count=2) == "2 users"
    assert CONTENT.plain("units.mi", "ru", value=1) != CONTENT.plain("units.mi", "ru", value=5)


@pytest.mark.parametrize("lang", (DEFAULT_LANGUAGE, *TRANSLATIONS))
def test_numbers_are_written_the_language_way(lang: str) -> None:
    shown = CONTENT.plain("admin.stats_report.user_count", lang, count=1234)

    expected = {"en": "1,234", "ru": "1\xa0234", "es": "1.234", "de": "1.234"}[lang]
    assert expected in shown


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_every_text_renders_valid_telegram_html_for_any_count(lang: str) -> None:
    problems = []
    for key in sorted(CONTENT.message_keys()):
        counts = SAMPLE_COUNTS if selectors(ENGLISH, key.replace(".", "-"), None) else (7,)
        for count in counts:
            params = {name: count for name in CONTENT.placeholders(key, lang)}
            shown = CONTENT.text(key, lang, **params)
            raw = CONTENT.text(key, lang, **{n: SafeHtml("{x}") for n in params})
            problems += [(key, count, error) for error in telegram_html_errors(shown)]
            problems += [(key, "raw", error) for error in telegram_html_errors(raw)]

    assert problems == []


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_plain_texts_have_no_markup_and_fit_telegram_limits(lang: str) -> None:
    too_long, markup = [], []
    for key in sorted(k for k in CONTENT.message_keys() if PLAIN_KEY.search(k)):
        text = CONTENT.plain(key, lang, **{n: "7" for n in CONTENT.placeholders(key, lang)})
        limit = 300 if key.endswith("_question") else 100 if ".options." in key else 64
        limit = {"profile.description": 512}.get(key, 120 if key.startswith("profile.") else limit)
        if key.startswith("commands."):
            limit = 256  # setMyCommands: 1-256 characters
        if re.search(r"[<>&]", text):
            markup.append(key)
        if not 1 <= len(text) <= limit:
            too_long.append((key, len(text), limit))

    assert markup == [] and too_long == []


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_quiz_buttons_and_exercise_cards_fit(lang: str) -> None:
    quiz = CONTENT.quiz(lang)
    labels = [option.label for question in quiz.questions for option in question.options]

    assert [label for label in labels if len(label) > 56 or re.search(r"[<>&]", label)] == []
    assert all(len(question.text) <= 300 for question in quiz.questions)
    assert [e.id for e in CONTENT.exercises(lang)] == [e.id for e in CONTENT.exercises()]
    assert [e.sets for e in CONTENT.exercises(lang)] == [e.sets for e in CONTENT.exercises()]


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_messages_fit_in_one_telegram_message(lang: str) -> None:
    """4096 characters is Telegram's limit; like English, only /learn cards pass 1,000 (×1.3)."""
    long = []
    for key in sorted(CONTENT.message_keys()):
        length = len(visible(rendered(lang, key)))
        assert length <= 4096, key
        if length > 1300 and not key.startswith("learn.cards."):
            long.append((key, length))

    assert long == []


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_every_text_that_disclaims_in_english_disclaims_in_the_language(lang: str) -> None:
    missing = [
        key
        for key in sorted(CONTENT.message_keys())
        if DISCLAIMER["en"].search(rendered(DEFAULT_LANGUAGE, key))
        and not DISCLAIMER[lang].search(rendered(lang, key))
    ]

    assert missing == []


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_health_texts_keep_every_number(lang: str) -> None:
    """Pain bands, hours, percentages, study sizes: a number in English is in the translation."""
    keys = [
        key
        for key in sorted(CONTENT.message_keys())
        if key.startswith(HEALTH_PREFIXES) or CONTENT.source(key)
    ]
    changed = [
        (key, sorted(numbers(english) - numbers(translated)))
        for key in keys
        if numbers(english := visible(rendered(DEFAULT_LANGUAGE, key)))
        - numbers(translated := visible(rendered(lang, key)))
    ]
    english_quiz, quiz = CONTENT.quiz(), CONTENT.quiz(lang)
    pairs = zip(english_quiz.causes.values(), quiz.causes.values(), strict=True)
    for english_cause, cause in pairs:
        for a, b in ((english_cause.why, cause.why), (english_cause.what_to_do, cause.what_to_do)):
            if numbers(a) - numbers(b):
                changed.append((f"cause {cause.cause}", sorted(numbers(a) - numbers(b))))
    for kind in sorted(CONTENT.tip_kinds()):
        for english_tip, tip in zip(CONTENT.tips(kind), CONTENT.tips(kind, lang), strict=True):
            if numbers(english_tip.text) - numbers(tip.text):
                changed.append((tip.id, sorted(numbers(english_tip.text) - numbers(tip.text))))

    assert changed == []


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_red_flag_options_keep_their_urgency(lang: str) -> None:
    english = {o.id: o.red_flag for q in CONTENT.quiz().questions for o in q.options}
    translated = {o.id: o.red_flag for q in CONTENT.quiz(lang).questions for o in q.options}

    assert translated == english


def test_message_ids_map_back_to_the_keys_the_code_uses() -> None:
    assert message_key("quiz-result-heading") == "quiz.result.heading"
    assert all("-" not in part for key in CONTENT.message_keys() for part in key.split("."))
