"""/learn walked to the end and back, one message edited in place, listed in /help and the
command menu; it needs no consent (nothing is read or stored)."""

from __future__ import annotations

from tests.e2e.harness import BotHarness
from tests.e2e.test_onboarding import buttons, press

TITLES = (
    "Soreness or pain?", "When to see a doctor", "How long to rest", "Hard surfaces",
    "Body weight", "Painkillers", "Braces and taping", "Shoes", "Cadence",
)  # fmt: skip


async def test_learn_walked_to_the_end_back_and_done(harness: BotHarness) -> None:
    runner = harness.user(9201)
    await runner.send_command("/learn")
    card = await runner.next_bot_message()
    assert (card.text or "").startswith(f"Learn 1/9\n{TITLES[0]}")
    assert buttons(card) == ["Next »"]

    seen = [card.text or ""]
    for number, title in enumerate(TITLES[1:], start=2):
        card = await press(runner, card, "Next »")
        assert (card.text or "").startswith(f"Learn {number}/9\n{title}")
        assert "Source: " in (card.text or "")
        seen.append(card.text or "")
    assert buttons(card) == ["« Back", "Done"]
    assert "Locked, won't straighten" in seen[1] and "Knee gives way" in seen[1]

    back = await press(runner, card, "« Back")
    assert (back.text or "").startswith("Learn 8/9\nShoes")
    assert buttons(back) == ["« Back", "Next »"]
    last = await press(runner, back, "Next »")
    done = await press(runner, last, "Done")
    assert "That was the last card" in (done.text or "") and buttons(done) == []
    assert len(runner.bot_messages()) == 1  # every step edited the one message


async def test_learn_is_in_help_and_in_the_command_menu(harness: BotHarness) -> None:
    runner = harness.user(9202)
    await runner.send_command("/help")
    assert "/learn" in ((await runner.next_bot_message()).text or "")
    commands = await harness.application.bot.get_my_commands()  # type: ignore[union-attr]
    assert "learn" in {command.command for command in commands}
