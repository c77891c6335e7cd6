"""What a person sees before Start (the bot's descriptions), and sharing the bot's link."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from bot.profile import publish_profile
from tests.e2e.harness import BotHarness

LINK = "https://t.me/kneeguard_test_bot"  # the emulator's bot username


async def test_start_up_sets_both_descriptions_from_content(harness: BotHarness) -> None:
    content = harness.runtime.content
    state = harness.emulator.state

    assert state.descriptions == {"": content.plain("profile.description")}
    assert state.short_descriptions == {"": content.plain("profile.short_description")}
    assert "not a diagnosis" in state.descriptions[""]
    assert harness.application is not None
    assert await publish_profile(harness.application.bot, content) == 0  # unchanged: not re-set
    state.descriptions.clear()
    assert await publish_profile(harness.application.bot, content) == 1


async def test_share_gives_the_link_and_a_button_to_pick_a_chat(harness: BotHarness) -> None:
    runner = harness.user(3301)
    await runner.send_command("/share")
    shared = await runner.next_bot_message()

    assert LINK in (shared.text or "")
    [[share_button]] = shared.inline_buttons
    url = urlsplit(share_button["url"])
    query = parse_qs(url.query)
    assert (url.netloc, url.path) == ("t.me", "/share/url")
    assert query["url"] == [LINK]
    assert query["text"] == [harness.runtime.content.plain("profile.share_invite")]


async def test_help_lists_share_and_carries_the_share_button(harness: BotHarness) -> None:
    runner = harness.user(3302)
    await runner.send_command("/help")
    help_message = await runner.next_bot_message()

    assert "/share" in (help_message.text or "")
    assert [[button["text"] for button in row] for row in help_message.inline_buttons] == [
        ["⚠️ Something worries me"],  # the red-flag list is reachable from /help
        ["📣 Share with a running friend"],
    ]
    commands = harness.emulator.state.commands
    assert any(
        "share" in {command["command"] for command in menu} for menu in commands.values()
    )
