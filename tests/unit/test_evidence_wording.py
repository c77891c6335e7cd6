"""The evidence said right (content brief §4 "Wording of evidence"): every claim names a
source the brief lists, and each study is worded as the brief says."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from bot.content import CONTENT_ROOT, Content, default_content

CONTENT = default_content()
BRIEF_SOURCES = (
    "Buist 2008 AJSM", "Nielsen 2014 JOSPT", "Nielsen 2014 IJSPT", "Nielsen 2014 BJSM 48:440",
    "Gabbett 2016 BJSM", "Impellizzeri 2020 JAT", "Silbernagel 2007 AJSM 35:897",
    "Lack 2015 BJSM", "Collins 2018 BJSM 52:1170", "Willy 2019 JOSPT 49(9) CPG",
    "Lauersen 2014 BJSM 48:871", "Esculier 2018 BJSM 52:659", "van Mechelen 1993 AJSM",
    "Fradkin 2010 JSCR", "Behm 2016 APNM", "Kong 2009 BJSM", "Malisoux 2015 SJMSS",
    "Nigg 2015 BJSM", "Heiderscheit 2011 MSSE 43:296", "Lenhart 2014 MSSE",
    "NHS Running injuries", "NHS: Knee pain", "NHS: Running injuries", "Stiell 1995",
    "Frandsen 2025 BJSM 59:1203",
    # The seed article the brief is built from, and sources that say they are no study.
    "“6 Common Causes of Knee Pain After Running”", "rule of thumb", "product defaults",
    "study results on surfaces are mixed", "the km steps for small distances",
    "the counts within 7 days are product choices",
)  # fmt: skip


def evidence(content: Content = CONTENT) -> Iterator[tuple[str, str, str]]:
    """(where, text, source) for every cited text: messages, tips, quiz, exercises, rules."""
    for key in sorted(content.message_keys()):
        source = content.source(key)
        if source:
            params = {name: "7" for name in content.placeholders(key)}
            yield key, html.unescape(content.text(key, **params)), source
    for kind in sorted(content.tip_kinds()):
        for tip in content.tips(kind):
            yield f"tips.{tip.id}", tip.text, tip.source
    quiz = content.quiz()
    for question in quiz.questions:
        yield f"quiz.{question.id}", question.text, question.source
    for cause, info in quiz.causes.items():
        texts = [info.why, *info.why_by_question.values(), info.what_to_do]
        yield f"quiz.causes.{cause}", " ".join(texts), info.source
    for exercise in content.exercises():
        yield f"exercises.{exercise.id}", f"{exercise.how} {exercise.avoid}", exercise.source
    rules = yaml.safe_load((CONTENT_ROOT / "rules.yaml").read_text(encoding="utf-8"))
    for group, values in rules.items():
        yield f"rules.{group}", "", values["source"]


EVIDENCE = list(evidence())


def source_parts(source: str) -> list[str]:
    """"A 2014 X (detail; more); B" → ["A 2014 X (detail; more)", "B"]: split outside brackets."""
    parts, depth, current = [], 0, ""
    for char in source:
        depth += char == "("
        depth -= char == ")"
        if char == ";" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    return [part for part in [*parts, current.strip()] if part]


def unlisted(source: str) -> list[str]:
    return [
        part for part in source_parts(source)
        if not any(re.sub(r"^adapted from ", "", part).startswith(known)
                   for known in BRIEF_SOURCES)
    ]  # fmt: skip


def test_there_is_evidence_to_check() -> None:
    assert len(EVIDENCE) > 100


def test_every_source_is_one_the_brief_lists() -> None:
    assert [(where, unlisted(source)) for where, _, source in EVIDENCE if unlisted(source)] == []


def test_an_unlisted_source_is_caught() -> None:
    source = "Nielsen 2014 JOSPT; Smith 2021 Lancet (fever)"

    assert unlisted(source) == ["Smith 2021 Lancet (fever)"]


def test_nielsen_2014_is_said_as_a_tendency_with_its_interval() -> None:
    cited = [(w, t, s) for w, t, s in EVIDENCE if "Nielsen 2014 JOSPT" in s and "30 %" in t]

    assert len(cited) >= 3  # the ramp warning, a distance tip, the quiz's LOAD evidence
    for where, text, source in cited:
        assert "tended to get more overuse injuries" in text, where
        assert "0.96–2.66" in source, where


def test_no_text_states_the_30_percent_link_as_fact() -> None:
    said = " ".join(text for _, text, _ in EVIDENCE)

    assert not re.search(r"(had|got) more (knee|kneecap)", said)
    assert "was linked to more knee injuries" not in said


def test_lauersen_2014_is_said_as_almost_halved_overuse_injuries() -> None:
    sized = [(w, t) for w, t, s in EVIDENCE if "Lauersen 2014" in s and "injur" in t]
    said = " ".join(text for _, text, _ in EVIDENCE)

    assert "two thirds" not in said
    assert any("almost halved overuse injuries across sports" in text for _, text in sized)


def test_the_10_percent_rule_is_a_rule_of_thumb_that_did_not_prevent_injuries() -> None:
    cited = [(w, t) for w, t, s in EVIDENCE if "Buist 2008" in s and re.search(r"10 ?%", t)]

    assert cited
    for where, text in cited:
        assert "rule of thumb" in text, where
    assert any("did not prevent injuries" in text for _, text in cited)


def test_silbernagel_is_always_adapted_from() -> None:
    parts = [part for _, _, s in EVIDENCE for part in source_parts(s) if "Silbernagel" in part]

    assert parts and all(part.startswith("adapted from Silbernagel") for part in parts)


def test_ottawa_rules_are_not_cited_for_fever_or_numbness() -> None:
    wrong = [
        where for where, text, source in EVIDENCE
        if re.search(r"Ottawa|Stiell", source) and re.search(r"fever|numb", text, re.I)
    ]  # fmt: skip

    assert wrong == []


def test_gabbett_2016_is_about_training_load_not_sleep() -> None:
    wrong = [w for w, t, s in EVIDENCE if "Gabbett 2016" in s and re.search(r"sleep", t, re.I)]

    assert wrong == []


@pytest.mark.parametrize("key", ["p0", "p1_3", "p4_5", "p6_7", "p8_10"])
def test_pain_bands_have_a_few_words_each(key: str) -> None:
    option = CONTENT.plain(f"checkin.poll.pain_options.{key}")

    band, _, words = option.partition(": ")
    assert re.fullmatch(r"\d+(–\d+)?", band) and len(words.split()) >= 2
    assert len(option) <= 100


def test_the_brief_wording_survives_a_rewrite(tmp_path: Path) -> None:
    """The checks catch an old wording coming back (a test that cannot fail is a defect)."""
    import shutil

    shutil.copytree(CONTENT_ROOT / "en", tmp_path / "en")
    for path in CONTENT_ROOT.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    tips = tmp_path / "en" / "tips.ftl"
    tips.write_text(
        tips.read_text(encoding="utf-8").replace(
            "almost halved overuse injuries across sports", "cut sports injuries by two thirds"
        ),
        encoding="utf-8",
    )

    said = " ".join(text for _, text, _ in evidence(Content.load(tmp_path)))

    assert "two thirds" in said


def test_no_message_is_over_a_thousand_characters_except_learn_cards() -> None:
    long = []
    for key in sorted(CONTENT.message_keys()):
        shown = CONTENT.text(key, **{name: "7" for name in CONTENT.placeholders(key)})
        if len(html.unescape(re.sub(r"<[^>]+>", "", shown))) > 1000:
            long.append(key)

    assert [key for key in long if not key.startswith("learn.cards.")] == []
