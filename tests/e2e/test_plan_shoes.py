"""The week table lists the Sunday shoe check honestly: it speaks only when the pair is due."""

from __future__ import annotations

from bot.storage import plans
from tests.e2e.harness import BotHarness
from tests.e2e.test_everyday import runner_with_plan


async def plan_text(harness: BotHarness, user_id: int) -> str:
    runner = harness.user(user_id)
    await runner.send_command("/plan")
    return (await runner.next_bot_message()).text or ""


async def test_a_fresh_pair_shows_the_check_as_only_when_due(harness: BotHarness) -> None:
    await runner_with_plan(harness, 3401)  # 100 km on the shoes, the default 600 km limit

    shown = await plan_text(harness, 3401)

    sunday = next(line for line in shown.splitlines() if line.startswith("Sun:"))
    assert "shoe check" not in sunday  # not promised as a reminder of every Sunday
    assert "weekly distance 19:00" in sunday
    assert (
        "Shoe check: only when your pair is due (600 km or 12 months; now 100 km), "
        "then Sun 19:30." in shown
    )


async def test_a_worn_pair_shows_the_check_as_due(harness: BotHarness) -> None:
    await runner_with_plan(harness, 3402)
    async with harness.runtime.sessions_begin() as session:
        plan = await plans.get(session, 3402)
        assert plan is not None
        plan.shoe_km, plan.shoe_limit_km = 720.0, 700

    shown = await plan_text(harness, 3402)

    assert "Shoe check: your pair is due; the nudge with the details comes Sun 19:30." in shown
    assert "only when" not in shown


async def test_a_switched_off_shoe_check_is_not_listed(harness: BotHarness) -> None:
    await runner_with_plan(harness, 3403)
    async with harness.runtime.sessions_begin() as session:
        plan = await plans.get(session, 3403)
        assert plan is not None
        plan.toggle_muted("shoes")

    assert "Shoe check" not in await plan_text(harness, 3403)
