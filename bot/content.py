"""Texts in Project Fluent (content/<lang>/*.ftl), the quiz, tips and rules from YAML structure.

Every language directory holds Fluent files whose message ids mirror the dotted keys the code
asks for ("start.welcome_new" is `start-welcome_new`). Plural forms and other grammar live in
the translation (`{ $count -> [one] … *[other] … }`, CLDR categories per language through
Babel), so the code passes plain numbers. The quiz, tips and exercises keep their structure
(scores, ids, sources) in content/quiz.yaml and content/tips.yaml; their texts are Fluent
messages too (question-<id>, option-<question>-<id>, cause-<CAUSE>, tip-<id>, exercise-<id>).
A health claim's evidence is the English `.source` attribute: sources are never translated.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml
from fluent.runtime import FluentBundle
from fluent.runtime.types import FluentNumber, FluentType, fluent_number
from fluent.syntax import FluentParser, ast, visitor

from bot.domain import content_schema as parsing
from bot.domain.quiz_model import Quiz
from bot.domain.rules import Rules

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"
CONTENT_ROOT = Path(__file__).resolve().parent.parent / "content"
SOURCE_ATTRIBUTE = "source"


class SafeHtml(str):
    """Telegram HTML that is already safe: inserted into other texts without escaping."""


def join_html(parts: Iterable[str], separator: str = "\n") -> SafeHtml:
    """Join texts into one SafeHtml, escaping every part that is not SafeHtml already."""
    return SafeHtml(separator.join(_escaped(part) for part in parts))


def _escaped(value: str) -> str:
    return value if isinstance(value, SafeHtml) else html.escape(value, quote=False)


class ContentError(Exception):
    """Content is missing or malformed."""


class ContentKeyError(ContentError, LookupError):
    """No text exists for a key in any language of the fallback chain."""

    def __init__(self, key: str, languages: tuple[str, ...] = (DEFAULT_LANGUAGE,)) -> None:
        super().__init__(f"no content for key {key!r} (languages tried: {', '.join(languages)})")
        self.key = key

    def __str__(self) -> str:
        return str(self.args[0])


class ContentPlaceholderError(ContentError):
    """A text needs a placeholder value that the caller did not pass."""

    def __init__(self, key: str, missing: Iterable[str]) -> None:
        self.key = key
        self.missing = tuple(sorted(missing))
        super().__init__(f"text {key!r} needs placeholder(s) {', '.join(self.missing)}")


ContentFormatError = parsing.ContentFormatError


def message_id(key: str) -> str:
    """The Fluent id of a dotted key: "quiz.result.heading" → "quiz-result-heading"."""
    return key.replace(".", "-")


def message_key(identifier: str) -> str:
    """The dotted key of a Fluent id (ids never contain "-" within a key part)."""
    return identifier.replace("-", ".")


class _Variables(visitor.Visitor):
    """The variable names a Fluent pattern references (selectors included)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


def _variables(node: ast.BaseNode | None) -> frozenset[str]:
    if node is None:
        return frozenset()
    found = _Variables()
    found.visit(node)
    return frozenset(found.names)


@dataclass(frozen=True)
class Catalog:
    """One language's Fluent messages: the bundle that formats and the parsed entries."""

    code: str
    bundle: FluentBundle
    entries: Mapping[str, ast.Message]
    _variables: dict[tuple[str, str | None], frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def has(self, identifier: str, attribute: str | None = None) -> bool:
        entry = self.entries.get(identifier)
        if entry is None:
            return False
        if attribute is None:
            return entry.value is not None
        return any(item.id.name == attribute for item in entry.attributes)

    def attributes(self, identifier: str) -> tuple[str, ...]:
        entry = self.entries.get(identifier)
        return tuple(item.id.name for item in entry.attributes) if entry else ()

    def variables(self, identifier: str, attribute: str | None = None) -> frozenset[str]:
        """The variables a message (or one attribute) uses, worked out once."""
        known = self._variables.get((identifier, attribute))
        if known is not None:
            return known
        entry = self.entries[identifier]
        if attribute is None:
            found = _variables(entry.value)
        else:
            node = next(item.value for item in entry.attributes if item.id.name == attribute)
            found = _variables(node)
        self._variables[identifier, attribute] = found
        return found

    def format(
        self, identifier: str, attribute: str | None, params: Mapping[str, object]
    ) -> str:
        message = self.bundle.get_message(identifier)
        pattern = message.attributes[attribute] if attribute else message.value
        if pattern is None:
            raise ContentKeyError(identifier)
        text, errors = self.bundle.format_pattern(pattern, dict(params))
        if errors:
            raise ContentFormatError(identifier, f"cannot render: {errors[0]}")
        return str(text)


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ContentFormatError(str(path), f"invalid YAML: {error}") from error


def load_catalog(directory: Path) -> Catalog:
    """Every *.ftl file of a language directory in one bundle; a syntax error is an error."""
    code = directory.name.lower().replace("_", "-")
    bundle = FluentBundle([code], use_isolating=False)
    entries: dict[str, ast.Message] = {}
    parser = FluentParser()
    for path in sorted(directory.glob("*.ftl")):
        resource = parser.parse(path.read_text(encoding="utf-8"))
        for item in resource.body:
            if isinstance(item, ast.Junk):
                annotation = item.annotations[0].message if item.annotations else "syntax error"
                raise ContentFormatError(str(path), f"{annotation}: {(item.content or '')[:80]!r}")
            if isinstance(item, ast.Message):
                if item.id.name in entries:
                    raise ContentFormatError(str(path), f"{item.id.name} is defined twice")
                entries[item.id.name] = item
        bundle.add_resource(resource)
    _plural_by_shown_decimals(bundle)
    return Catalog(code, bundle, MappingProxyType(entries))


def _plural_by_shown_decimals(bundle: FluentBundle) -> None:
    """CLDR picks the plural form by the number as shown: "1,0 мили", not "1,0 миля" (a shown
    decimal is its own operand). fluent.runtime 0.4 looks only at the value, so a number with
    fixed decimals (`fixed_number`) is handed to the rules as the Decimal it shows."""
    by_value: Callable[[Any], Any] = bundle._plural_form  # babel takes Decimal too

    def plural_form(number: Any) -> Any:
        options = getattr(number, "options", None)
        digits = getattr(options, "minimumFractionDigits", 0) or 0
        if digits:
            return by_value(Decimal(f"{float(number):.{digits}f}"))
        return by_value(number)

    bundle._plural_form = plural_form


class Content:
    """All texts, the quiz, tips, exercises and rules, loaded once and read by key."""

    def __init__(
        self,
        catalogs: Mapping[str, Catalog],
        rules: Rules,
        quiz_structure: Mapping[str, Any],
        tips_structure: Mapping[str, Any],
    ) -> None:
        if DEFAULT_LANGUAGE not in catalogs:
            raise ContentFormatError("content", f"the {DEFAULT_LANGUAGE!r} language is missing")
        self._catalogs = MappingProxyType(dict(catalogs))
        self._fallbacks_logged: set[tuple[str, str]] = set()
        self._sources: dict[str, str | None] = {}
        self.rules = rules
        self._quizzes: dict[str, Quiz] = {}
        self._tips: dict[str, Mapping[str, tuple[parsing.Tip, ...]]] = {}
        self._exercises: dict[str, tuple[parsing.Exercise, ...]] = {}
        for code in catalogs:
            lookup = self._lookup_for(code)
            quiz = _quiz_with_texts(quiz_structure, lookup)
            self._quizzes[code] = parsing.parse_quiz(quiz, f"{code}/quiz.ftl")
            tips = _tips_with_texts(tips_structure, lookup)
            self._tips[code] = parsing.parse_tips(tips, f"{code}/tips.ftl")
            self._exercises[code] = parsing.parse_exercises(tips["exercises"], code) or ()

    @classmethod
    def load(cls, root: Path) -> Content:
        """Read every language directory under root; English is required and is the fallback."""
        directories = [path for path in sorted(root.iterdir()) if path.is_dir()]
        catalogs = {catalog.code: catalog for catalog in map(load_catalog, directories)}
        structure: dict[str, Any] = {}
        for name in ("rules", "quiz", "tips"):
            path = root / f"{name}.yaml"
            if not path.exists():
                raise ContentFormatError(str(path), "file is missing")
            structure[name] = _read_yaml(path)
        rules = parsing.parse_rules(structure["rules"], str(root / "rules.yaml"))
        return cls(catalogs, rules, structure["quiz"], structure["tips"])

    @property
    def languages(self) -> tuple[str, ...]:
        """The language codes that have a directory."""
        return tuple(self._catalogs)

    def language_chain(self, lang: str | None) -> tuple[str, ...]:
        """Languages to try for a code, most specific first: "de-AT" → de-at, de, en."""
        chain: list[str] = []
        if lang:
            parts = lang.strip().lower().replace("_", "-").split("-")
            candidates = ["-".join(parts[:length]) for length in range(len(parts), 0, -1)]
            chain = [code for code in candidates if code in self._catalogs]
        return tuple(dict.fromkeys([*chain, DEFAULT_LANGUAGE]))

    def resolve_language(self, lang: str | None) -> str:
        """The language a runner is served in: the first of the chain ("pt" → "en")."""
        return self.language_chain(lang)[0]

    def catalog(self, lang: str) -> Catalog:
        """One language's catalogue (for tests and tools)."""
        return self._catalogs[lang]

    def _find(self, key: str, lang: str | None) -> tuple[Catalog, str]:
        """The catalogue that has the key (a cited "x.text" also names message "x")."""
        chain = self.language_chain(lang)
        identifier = message_id(key)
        cited = message_id(key.removesuffix(".text"))
        for code in chain:
            catalog = self._catalogs[code]
            found = identifier if catalog.has(identifier) else None
            if found is None and cited != identifier and catalog.has(cited):
                found = cited
            if found is not None:
                if code != chain[0] and (key, chain[0]) not in self._fallbacks_logged:
                    self._fallbacks_logged.add((key, chain[0]))  # tests keep this from happening
                    log.warning("text %r is missing in %r: shown in %r", key, chain[0], code)
                return catalog, found
        raise ContentKeyError(key, chain)

    def served_from(self, key: str, lang: str | None) -> str:
        """The language a key's text comes from for a runner's language."""
        return self._find(key, lang)[0].code

    def _lookup_for(self, code: str) -> Callable[[str, str | None], str | None]:
        """Plain text of an id (and attribute) in one language, falling back to English."""
        chain = self.language_chain(code)

        def lookup(identifier: str, attribute: str | None = None) -> str | None:
            for language in chain:
                catalog = self._catalogs[language]
                if catalog.has(identifier, attribute):
                    return catalog.format(identifier, attribute, {})
            return None

        return lookup

    def has(self, key: str, lang: str | None = None) -> bool:
        """Whether a text exists for the key in the language or its fallbacks."""
        try:
            self._find(key, lang)
        except ContentKeyError:
            return False
        return True

    def message_keys(self, lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
        """Every message key a language defines itself (quiz, tip and exercise texts apart)."""
        catalog = self._catalogs[lang]
        return frozenset(
            message_key(identifier)
            for identifier, entry in catalog.entries.items()
            if entry.value is not None and not identifier.startswith(STRUCTURE_PREFIXES)
        )

    def source(self, key: str, lang: str | None = None) -> str | None:
        """The evidence source of a text that makes a health claim (always English), else None."""
        _, identifier = self._find(key, lang)
        return self._source_of(identifier)

    def _source_of(self, identifier: str) -> str | None:
        if identifier not in self._sources:
            english = self._catalogs[DEFAULT_LANGUAGE]
            self._sources[identifier] = (
                english.format(identifier, SOURCE_ATTRIBUTE, {})
                if english.has(identifier, SOURCE_ATTRIBUTE)
                else None
            )
        return self._sources[identifier]

    def placeholders(self, key: str, lang: str | None = None) -> frozenset[str]:
        """The placeholder names a caller must pass (a cited text fills its own {source})."""
        catalog, identifier = self._find(key, lang)
        own = {SOURCE_ATTRIBUTE} if self._source_of(identifier) is not None else set()
        return catalog.variables(identifier) - own

    def text(self, key: str, lang: str | None = None, **params: object) -> SafeHtml:
        """The Telegram-HTML text for a key; str params are escaped unless SafeHtml.

        A cited text shows its claim's evidence through a { $source } placeable, filled from
        the English `.source` attribute, as tips and quiz causes do. Numbers are formatted and
        plural forms chosen for the language.
        """
        return SafeHtml(self._render(key, lang, params, escape=True))

    def plain(self, key: str, lang: str | None = None, **params: object) -> str:
        """A plain text (button, poll, command menu) for a key; params go in unescaped."""
        return self._render(key, lang, params, escape=False)

    def _render(
        self, key: str, lang: str | None, params: Mapping[str, object], *, escape: bool
    ) -> str:
        catalog, identifier = self._find(key, lang)
        source = self._source_of(identifier)
        if source is not None:
            params = {**params, SOURCE_ATTRIBUTE: source}
        missing = catalog.variables(identifier) - params.keys()
        if missing:
            raise ContentPlaceholderError(key, missing)
        values = {name: _fluent_value(value, escape) for name, value in params.items()}
        return catalog.format(identifier, None, values)

    def quiz(self, lang: str | None = None) -> Quiz:
        """The quiz in the language."""
        return self._quizzes[self.resolve_language(lang)]

    def tips(self, kind: str, lang: str | None = None) -> tuple[parsing.Tip, ...]:
        """Tips for a reminder kind ("warmup") or a cause ("LOAD"), in rotation order."""
        tips = self._tips[self.resolve_language(lang)].get(str(kind))
        if not tips:
            raise ContentKeyError(f"tips.{kind}", self.language_chain(lang))
        return tips

    def tip_kinds(self, lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
        """The tip kinds there are."""
        return frozenset(self._tips[self.resolve_language(lang)])

    def exercises(self, lang: str | None = None) -> tuple[parsing.Exercise, ...]:
        """The strength routine, in order."""
        exercises = self._exercises[self.resolve_language(lang)]
        if not exercises:
            raise ContentKeyError("exercises", self.language_chain(lang))
        return exercises


STRUCTURE_PREFIXES = ("question-", "option-", "cause-", "tip-", "exercise-")
_FLUENT_NATIVE = (int, float, Decimal, date, datetime, FluentType)


def fixed_number(value: float, digits: int) -> FluentNumber:
    """A number shown with exactly `digits` decimals in the text's language ("10.0", "10,0")."""
    number = fluent_number(value, minimumFractionDigits=digits, maximumFractionDigits=digits)
    assert isinstance(number, FluentNumber)
    return number


def _fluent_value(value: object, escape: bool) -> object:
    """A parameter as Fluent takes it: numbers stay numbers (locale format, plural choice)."""
    if isinstance(value, bool) or not isinstance(value, (str, *_FLUENT_NATIVE)):
        value = str(value)
    if isinstance(value, str) and escape:
        return _escaped(value)
    return value


Lookup = Callable[[str, str | None], str | None]


def _required(lookup: Lookup, identifier: str, attribute: str | None = None) -> str:
    text = lookup(identifier, attribute)
    if text is None:
        name = f"{identifier}.{attribute}" if attribute else identifier
        raise ContentFormatError("content", f"no text {name!r} in any language")
    return text


def _quiz_with_texts(structure: Mapping[str, Any], lookup: Lookup) -> dict[str, Any]:
    """quiz.yaml with its texts filled in from the catalogue, in the shape parse_quiz reads."""
    raw = dict(parsing.mapping(structure, "quiz.yaml"))
    questions = []
    for question in raw.get("questions") or ():
        question = dict(question)
        question_id = question.get("id")
        question["text"] = lookup(f"question-{question_id}", None)
        options = []
        for option in question.get("options") or ():
            option = dict(option)
            identifier = f"option-{question_id}-{option.get('id')}"
            option["label"] = lookup(identifier, None)
            if option.pop("reason", False):
                option["reason"] = lookup(identifier, "reason")
            options.append(option)
        question["options"] = options
        questions.append(question)
    causes = {}
    for cause, info in parsing.mapping(raw.get("causes") or {}, "quiz.yaml:causes").items():
        info = dict(info)
        identifier = f"cause-{cause}"
        by_question = info.pop("why_by_question", None) or ()
        default = lookup(identifier, "why")
        why: Any = default
        if by_question:
            why = {str(q): _required(lookup, identifier, f"why-{q}") for q in by_question}
            why["default"] = default
        info.update(
            title=lookup(identifier, None), why=why, what_to_do=lookup(identifier, "what-to-do")
        )
        causes[cause] = info
    raw.update(questions=questions, causes=causes)
    return raw


def _tips_with_texts(structure: Mapping[str, Any], lookup: Lookup) -> dict[str, Any]:
    """tips.yaml with tip and exercise texts filled in from the catalogue."""
    raw = dict(parsing.mapping(structure, "tips.yaml"))
    for group in ("reminders", "causes"):
        raw[group] = {
            kind: [{**tip, "text": lookup(f"tip-{tip.get('id')}", None)} for tip in items or ()]
            for kind, items in parsing.mapping(raw.get(group) or {}, f"tips.yaml:{group}").items()
        }
    exercises = []
    for exercise in raw.get("exercises") or ():
        identifier = f"exercise-{exercise.get('id')}"
        texts = {field: lookup(identifier, field) for field in ("start", "how", "avoid", "reps")}
        exercises.append({**exercise, "name": lookup(identifier, None), **texts})
    raw["exercises"] = exercises or None
    return raw


@cache
def default_content() -> Content:
    """The content shipped in the repository's content/ directory, loaded once."""
    return Content.load(CONTENT_ROOT)
