"""What a person sees before Start (the bot's descriptions), and sharing the bot's link."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import select

from bot.profile import publish_profile
from bot.storage.models import Base, User
from tests.e2e.harness import BotHarness
from tests.e2e.test_onboarding import consent, press

LINK = "https://t.me/kneeguard_test_bot?start=share"  # the emulator's bot username
ADMIN = 999


async def test_start_up_sets_both_descriptions_from_content(harness: BotHarness) -> None:
    content = harness.runtime.content
    state = harness.emulator.state

    translated = [code for code in content.languages if code != "en"]
    assert state.descriptions == {
        "": content.plain("profile.description"),
        **{code: content.plain("profile.description", code) for code in translated},
    }
    assert state.short_descriptions == {
        "": content.plain("profile.short_description"),
        **{code: content.plain("profile.short_description", code) for code in translated},
    }
    assert "not a diagnosis" in state.descriptions[""]
    assert "Diagnose" in state.descriptions["de"] and "Diagnose" in state.short_descriptions["de"]
    assert harness.application is not None
    assert await publish_profile(harness.application.bot, content) == 0  # unchanged: not re-set
    state.descriptions.clear()
    assert await publish_profile(harness.application.bot, content) == 1 + len(translated)


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
    # another runner shares the very same link: it carries nothing about who shared
    other = harness.user(3399)
    await other.send_command("/share")
    assert LINK in ((await other.next_bot_message()).text or "")


async def test_help_lists_share_and_carries_the_share_button(harness: BotHarness) -> None:
    runner = harness.user(3302)
    await runner.send_command("/help")
    help_message = await runner.next_bot_message()

    assert "/share" in (help_message.text or "")
    assert [[button["text"] for button in row] for row in help_message.inline_buttons] == [
        ["⚠️ Something worries me"],  # the red-flag list is reachable from /help
        ["📣 Share with a running friend"],
    ]
    shared_link = parse_qs(urlsplit(help_message.inline_buttons[1][0]["url"]).query)["url"]
    assert shared_link == [LINK]  # the same link as /share, with the share payload
    commands = harness.emulator.state.commands
    assert any(
        "share" in {command["command"] for command in menu} for menu in commands.values()
    )


async def _rows_mentioning(harness: BotHarness, number: int) -> list[tuple[str, dict[str, Any]]]:
    """Every row of every table with `number` in any of its values (as text, JSON included)."""
    found = []
    async with harness.session() as session:
        for table in Base.metadata.sorted_tables:
            for row in (await session.execute(select(table))).mappings():
                if any(str(number) in str(value) for value in row.values()):
                    found.append((table.name, dict(row)))
    return found


async def test_a_newcomer_from_a_shared_link_is_counted_and_the_sharer_stored_nowhere(
    harness: BotHarness,
) -> None:
    sharer = harness.user(3310123)  # an id that no clock value, count or token could contain
    await consent(sharer)
    await sharer.send_command("/share")
    shared_message = await sharer.next_bot_message()
    while not shared_message.inline_buttons:  # past the consent answer
        shared_message = await sharer.next_bot_message()
    link = urlsplit(shared_message.inline_buttons[0][0]["url"])
    shared = parse_qs(link.query)["url"][0]
    payload = parse_qs(urlsplit(shared).query)["start"][0]
    assert "3310123" not in payload

    newcomer = harness.user(3311)
    await newcomer.send_command("/start", payload)  # what Start sends after the shared link
    assert "consent" in ((await newcomer.next_bot_message()).text or "").lower()
    walk_in = harness.user(3312)
    await walk_in.send_command("/start")  # a plain /start: not from a share
    await walk_in.next_bot_message()
    await walk_in.send_command("/start", payload)  # a returning user: already counted as not
    await walk_in.next_bot_message()
    stranger = harness.user(3313)
    await stranger.send_command("/start", "someone_else_42")  # an unknown payload says nothing
    await stranger.next_bot_message()

    admin = harness.user(ADMIN)
    await admin.send_command("/stats")
    summary = (await admin.next_bot_message()).text or ""

    assert "Came from a shared link: 1 of 4 started" in summary
    async with harness.session() as session:
        rows = await session.execute(select(User.id, User.came_from))
        came = {row.id: row.came_from for row in rows}
    assert {user_id: came.get(user_id, "missing") for user_id in (3310123, 3311, 3312, 3313)} == {
        3310123: None, 3311: "share", 3312: None, 3313: None
    }
    mentions = await _rows_mentioning(harness, 3310123)
    assert mentions, "the sharer's own rows are there to be found"
    assert all(
        row.get("id") == 3310123 or row.get("user_id") == 3310123 or row.get("chat_id") == 3310123
        for _table, row in mentions
    ), mentions  # only the sharer's own rows: nothing about the newcomer points back


async def test_declining_consent_forgets_how_a_newcomer_came(harness: BotHarness) -> None:
    newcomer = harness.user(3320)
    await newcomer.send_command("/start", "share")
    welcome = await newcomer.next_bot_message()
    await press(newcomer, welcome, "No, thanks")

    async with harness.session() as session:
        user = await session.get(User, 3320)
    assert user is not None and (user.consent, user.came_from) == ("declined", None)


async def test_the_command_menu_is_set_in_every_language(harness: BotHarness) -> None:
    content = harness.runtime.content
    menus = harness.emulator.state.commands
    default = next(menu for key, menu in menus.items() if key.endswith("|"))

    for code in ("ru", "es", "de"):
        menu = next(menu for key, menu in menus.items() if key.endswith(f"|{code}"))
        assert [c["command"] for c in menu] == [c["command"] for c in default]
        descriptions = {c["command"]: c["description"] for c in menu}
        assert descriptions["checkin"] == content.plain("commands.checkin", code)
        assert descriptions["checkin"] != content.plain("commands.checkin")
