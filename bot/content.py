"""Loads content/<lang>/*.yaml once into typed objects; texts by key with language fallback."""

from __future__ import annotations

import html
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from bot.domain import content_schema as parsing
from bot.domain.quiz_model import Quiz
from bot.domain.rules import Rules

DEFAULT_LANGUAGE = "en"
CONTENT_ROOT = Path(__file__).resolve().parent.parent / "content"


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


@dataclass(frozen=True)
class LanguagePack:
    """Everything one language directory provides; absent parts fall back to English."""

    code: str
    messages: Mapping[str, parsing.Message]
    quiz_raw: Mapping[str, Any] | None
    tips: Mapping[str, tuple[parsing.Tip, ...]]
    exercises: tuple[parsing.Exercise, ...] | None


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ContentFormatError(str(path), f"invalid YAML: {error}") from error


def _load_pack(directory: Path) -> LanguagePack:
    files = {path.stem: _read_yaml(path) for path in sorted(directory.glob("*.yaml"))}
    where = str(directory)
    tips_raw = files.get("tips") or {}
    return LanguagePack(
        code=directory.name.lower().replace("_", "-"),
        messages=parsing.parse_messages(files.get("messages") or {}, f"{where}/messages.yaml"),
        quiz_raw=files.get("quiz"),
        tips=parsing.parse_tips(tips_raw, f"{where}/tips.yaml"),
        exercises=parsing.parse_exercises(tips_raw.get("exercises"), f"{where}/tips.yaml"),
    )


class Content:
    """All texts, the quiz, tips, exercises and rules, loaded once and read by key."""

    def __init__(self, packs: Mapping[str, LanguagePack], rules: Rules) -> None:
        if DEFAULT_LANGUAGE not in packs:
            raise ContentFormatError("content", f"the {DEFAULT_LANGUAGE!r} language is missing")
        self._packs = MappingProxyType(dict(packs))
        self.rules = rules
        base = packs[DEFAULT_LANGUAGE].quiz_raw
        self._quizzes = {DEFAULT_LANGUAGE: parsing.parse_quiz(base, "en/quiz.yaml")}
        for code, pack in packs.items():
            if code != DEFAULT_LANGUAGE and pack.quiz_raw is not None:
                english = self._quizzes[DEFAULT_LANGUAGE]
                self._quizzes[code] = parsing.overlay_quiz(english, pack.quiz_raw, code)

    @classmethod
    def load(cls, root: Path) -> Content:
        """Read every language directory under root; English is required and is the fallback."""
        directories = [path for path in sorted(root.iterdir()) if path.is_dir()]
        packs = {pack.code: pack for pack in map(_load_pack, directories)}
        rules_path = root / DEFAULT_LANGUAGE / "rules.yaml"
        if not rules_path.exists():
            raise ContentFormatError(str(rules_path), "file is missing")
        rules = parsing.parse_rules(_read_yaml(rules_path), str(rules_path))
        return cls(packs, rules)

    @property
    def languages(self) -> tuple[str, ...]:
        """The language codes that have a directory."""
        return tuple(self._packs)

    def language_chain(self, lang: str | None) -> tuple[str, ...]:
        """Languages to try for a code, most specific first: "de-AT" → de-at, de, en."""
        chain: list[str] = []
        if lang:
            parts = lang.strip().lower().replace("_", "-").split("-")
            candidates = ["-".join(parts[:length]) for length in range(len(parts), 0, -1)]
            chain = [code for code in candidates if code in self._packs]
        return tuple(dict.fromkeys([*chain, DEFAULT_LANGUAGE]))

    def _message(self, key: str, lang: str | None) -> parsing.Message:
        """The message for a key; "x.text" also names a cited message "x" ({text, source})."""
        chain = self.language_chain(lang)
        cited = key.removesuffix(".text")
        for code in chain:
            messages = self._packs[code].messages
            message = messages.get(key) or (messages.get(cited) if cited != key else None)
            if message is not None:
                return message
        raise ContentKeyError(key, chain)

    def has(self, key: str, lang: str | None = None) -> bool:
        """Whether a text exists for the key in the language or its fallbacks."""
        try:
            self._message(key, lang)
        except ContentKeyError:
            return False
        return True

    def message_keys(self, lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
        """Every text key a language directory defines itself."""
        return frozenset(self._packs[lang].messages)

    def source(self, key: str, lang: str | None = None) -> str | None:
        """The evidence source of a text that makes a health claim, else None."""
        return self._message(key, lang).source

    def placeholders(self, key: str, lang: str | None = None) -> frozenset[str]:
        """The placeholder names a caller must pass (a cited text fills its own {source})."""
        message = self._message(key, lang)
        return _field_names(message.text) - _own_fields(message)

    def text(self, key: str, lang: str | None = None, **params: object) -> SafeHtml:
        """The Telegram-HTML text for a key; str params are escaped unless SafeHtml.

        A cited text ({text, source}) shows its claim's evidence through a {source}
        placeholder, filled from its own source field, as tips and quiz causes do.
        """
        message = self._message(key, lang)
        return SafeHtml(_render(key, message.text, _with_source(message, params), escape=True))

    def plain(self, key: str, lang: str | None = None, **params: object) -> str:
        """A plain text (button, poll, command menu) for a key; params go in unescaped."""
        message = self._message(key, lang)
        return _render(key, message.text, _with_source(message, params), escape=False)

    def quiz(self, lang: str | None = None) -> Quiz:
        """The quiz in the language, its texts falling back to English."""
        code = next(code for code in self.language_chain(lang) if code in self._quizzes)
        return self._quizzes[code]

    def tips(self, kind: str, lang: str | None = None) -> tuple[parsing.Tip, ...]:
        """Tips for a reminder kind ("warmup") or a cause ("LOAD"), in rotation order."""
        chain = self.language_chain(lang)
        for code in chain:
            tips = self._packs[code].tips.get(str(kind))
            if tips:
                return tips
        raise ContentKeyError(f"tips.{kind}", chain)

    def tip_kinds(self, lang: str = DEFAULT_LANGUAGE) -> frozenset[str]:
        """The tip kinds a language defines."""
        return frozenset(self._packs[lang].tips)

    def exercises(self, lang: str | None = None) -> tuple[parsing.Exercise, ...]:
        """The strength routine, in order."""
        for code in self.language_chain(lang):
            exercises = self._packs[code].exercises
            if exercises:
                return exercises
        raise ContentKeyError("exercises", self.language_chain(lang))


def _field_names(template: str) -> frozenset[str]:
    names = set()
    for _, field_name, _, _ in string.Formatter().parse(template):
        if field_name is not None:
            names.add(re.split(r"[.\[]", field_name, maxsplit=1)[0])
    return frozenset(names)


def _own_fields(message: parsing.Message) -> frozenset[str]:
    return frozenset({"source"}) if message.source is not None else frozenset()


def _with_source(message: parsing.Message, params: Mapping[str, object]) -> Mapping[str, object]:
    """The caller's params plus a cited text's own source (which the caller cannot replace)."""
    if message.source is None:
        return params
    return {**params, "source": message.source}


def _render(key: str, template: str, params: Mapping[str, object], *, escape: bool) -> str:
    missing = _field_names(template) - params.keys()
    if missing:
        raise ContentPlaceholderError(key, missing)
    if escape:
        params = {
            name: _escaped(value) if isinstance(value, str) else value
            for name, value in params.items()
        }
    try:
        return template.format(**params)
    except (ValueError, IndexError, KeyError, AttributeError) as error:
        raise ContentFormatError(key, f"cannot render: {error}") from error


@cache
def default_content() -> Content:
    """The content shipped in the repository's content/ directory, loaded once."""
    return Content.load(CONTENT_ROOT)
