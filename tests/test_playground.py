"""The playground is driven through its stdin like a person would type."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.playground import TIME_FORMAT

SEED_BERLIN_RUNNER = (
    "import asyncio\n"
    "from datetime import UTC, datetime, time\n"
    "from bot.content import default_content\n"
    "from bot.services import accounts, planner\n"
    "from bot.storage import deliveries, migrate, plans, users\n"
    "from bot.storage.engine import create_engine, create_session_factory\n"
    "async def main():\n"
    "    engine = create_engine('sqlite+aiosqlite:///data/playground.db')\n"
    "    await migrate.upgrade(engine)\n"
    "    now = datetime.now(UTC)\n"
    "    async with create_session_factory(engine).begin() as session:\n"
    "        user, _ = await users.touch(session, 4242, 4242, 'en', now)\n"
    "        await accounts.give_consent(session, user, now)\n"
    "        user.timezone, user.quiz_completed_at, user.plan_confirmed_at = (\n"
    "            'Europe/Berlin', now, now)\n"
    "        plan = await plans.get_or_create(session, 4242)\n"
    "        plan.running_days, plan.run_time = '0,2,4', time(12, 0)\n"
    "        await planner.replan(session, user, plan, default_content().rules, now)\n"
    "        await deliveries.add_many(session, [deliveries.NewDelivery(4242, 'distance', now)])\n"
    "    async with create_session_factory(engine).begin() as session:\n"  # asked just now
    "        [asked] = [r for r in await deliveries.pending_for_user(session, 4242)\n"
    "                   if r.kind == 'distance' and r.due_at == now]\n"
    "        asked.state, asked.sent_at = 'sent', now\n"
    "    await engine.dispose()\n"
    "asyncio.run(main())\n"
)


def run_playground(tmp_path: Path, typed: list[str], **env: str) -> str:
    """`python -m bot run` without a token, fed `typed` line by line; its output."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        input="\n".join(typed) + "\n",
        env={"PATH": "/usr/bin:/bin", "LOG_LEVEL": "WARNING", "TMPDIR": str(tmp_path), **env},
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_playground_chat_from_start_to_consent_and_a_skipped_day(tmp_path: Path) -> None:
    typed = ["/start", "1", "hello", ":skip 1d", "/nosuch", "/checkin", "3", ":quit"]
    out = run_playground(tmp_path, typed)
    assert out.splitlines()[0].startswith(
        "No BOT_TOKEN is set, so KneeGuard starts the local playground"
    )
    assert "[1] I agree" in out
    assert "/quiz takes about a minute" in out  # pressing 1 gave consent
    assert "I work with buttons and commands" in out  # stray text got a hint
    assert "(clock is now" in out
    assert "I don't know that command" in out
    assert "[5] 8–10" in out and "[6] ⚠️ Something worries me" in out  # poll options, buttons
    assert "Amber" in out  # answering 4–5 gave the zone advice
    assert (tmp_path / "data" / "playground.db").exists()


def test_the_playground_plays_a_runner_in_another_language(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "playground", "--lang", "de"],
        input="/start\n1\n:quit\n",
        env={"PATH": "/usr/bin:/bin", "LOG_LEVEL": "WARNING", "TMPDIR": str(tmp_path)},
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert "Hi! I'm KneeGuard" not in result.stdout
    assert "[1] Ich stimme zu" in result.stdout and "/quiz" in result.stdout


def test_skipping_days_stops_at_each_reminder_so_none_is_missed(tmp_path: Path) -> None:
    """A runner with a plan skips a week: every reminder of the week is shown, at its time."""
    seed = (
        "import asyncio\n"
        "from datetime import UTC, datetime, time\n"
        "from bot.content import default_content\n"
        "from bot.services import accounts, planner\n"
        "from bot.storage import migrate, plans, users\n"
        "from bot.storage.engine import create_engine, create_session_factory\n"
        "async def main():\n"
        "    engine = create_engine('sqlite+aiosqlite:///data/playground.db')\n"
        "    await migrate.upgrade(engine)\n"
        "    now = datetime.now(UTC)\n"
        "    async with create_session_factory(engine).begin() as session:\n"
        "        user, _ = await users.touch(session, 4242, 4242, 'en', now)\n"
        "        await accounts.give_consent(session, user, now)\n"
        "        user.timezone, user.quiz_completed_at, user.plan_confirmed_at = 'UTC', now, now\n"
        "        plan = await plans.get_or_create(session, 4242)\n"
        "        plan.running_days, plan.run_time = '0,2,4', time(12, 0)\n"
        "        await planner.replan(session, user, plan, default_content().rules, now)\n"
        "    await engine.dispose()\n"
        "asyncio.run(main())\n"
    )
    (tmp_path / "data").mkdir()
    seeded = subprocess.run([sys.executable, "-c", seed], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120, check=False)  # fmt: skip
    assert seeded.returncode == 0, seeded.stderr
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        input="/plan\n:skip 7d\n:quit\n",  # /plan: the runner has written to the bot
        env={"PATH": "/usr/bin:/bin", "LOG_LEVEL": "WARNING"},
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count("Your run is coming up") == 3  # Mon, Wed, Fri warm-ups at 11:30
    assert out.count("Strength day") == 2
    assert "(clock is now" in out


def test_a_file_sent_in_the_playground_is_logged_as_a_run(tmp_path: Path) -> None:
    run = Path(__file__).parent / "fixtures" / "activities" / "2013-02-06-12-11-14.fit"

    out = run_playground(tmp_path, ["/start", "1", f":file {run}", ":file nowhere.fit", ":quit"])

    assert "Logged: run on Wed 6 Feb 12:11, 4.8 km, 44 min." in out
    assert "(no file at nowhere.fit)" in out


def test_numbers_texts_files_multi_line_and_local_times(tmp_path: Path) -> None:
    """An admin runner in Berlin: :help; 24 answers the distance question (no buttons); in
    /settings 4 presses "Weekly distance" and 35 is typed km (the step waits for text);
    :multi finishes /addtip; the /stats chart and the /export file are saved; times local."""
    (tmp_path / "data").mkdir()
    seeded = subprocess.run([sys.executable, "-c", SEED_BERLIN_RUNNER], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert seeded.returncode == 0, seeded.stderr
    typed = [
        ":help", "/plan", "24", "/settings", "4", "35", ":press 99",
        ":multi", "/addtip LOAD", "Keep easy days easy.", "Seitz 2010", ":end",
        "/stats", "/export", ":skip 1h", "/settings", "1", ":press 4", ":quit",
    ]  # fmt: skip

    out = run_playground(tmp_path, typed, ADMIN_IDS="4242")

    assert "You are user 4242, the admin id of the playground (admin rights on;" in out
    assert "Playground commands:" in out and "ADMIN_IDS=4242" in out
    assert "24 km" in out  # the typed number answered the distance question
    assert "bot (edited)> " in out  # "Weekly distance" edited the menu in place …
    assert "Saved" in out  # … and 35 went in as typed kilometres
    assert "(sent as typed text: the bot waits for a typed answer; :press 35" in out
    assert "(pick a number from 1 to" in out  # :press 99 on the menu
    # At the end "1" opened the zone step; the location offer below it did not take over:
    assert "[keyboard] 📍 Share location  (:location LAT LON)" in out
    assert "Time zone set to America/New_York" in out
    assert "added for LOAD" in out  # the three lines of :multi were one message
    photo = Path(re.findall(r"\(saved photo: (\S+)\)", out)[0])
    document = Path(re.findall(r"\(saved document: (\S+)\)", out)[0])
    assert photo.parent == tmp_path / "data" / "playground" and photo.name.endswith("-photo.png")
    assert document.parent == photo.parent
    assert "opened in the viewer" not in out  # no DISPLAY in tests: nothing pops up
    assert photo.read_bytes().startswith(b"\x89PNG")
    assert json.loads(document.read_text(encoding="utf-8"))["user"]["timezone"] == "Europe/Berlin"
    clock = re.findall(r"\(clock is now (.+)\)", out)[-1]
    assert re.fullmatch(r"\w{3} \d{4}-\d\d-\d\d \d\d:\d\d Europe/Berlin \(\d\d:\d\d UTC\)", clock)
    with sqlite3.connect(tmp_path / "data" / "playground.db") as database:
        [(weekly_km,)] = database.execute("SELECT weekly_km FROM plans WHERE user_id = 4242")
        [(km,)] = database.execute("SELECT km FROM weekly_distances WHERE user_id = 4242")
    assert (weekly_km, km) == (35.0, 24.0)


def test_the_playground_has_a_fake_strava_account(tmp_path: Path) -> None:
    typed = ["/start", "1", ":strava connect", "/connect", ":strava connect", ":strava run 5",
             ":strava deauthorize", ":strava fly", ":quit"]  # fmt: skip

    output = run_playground(tmp_path, typed)

    assert "(send /connect first: its button holds the link)" in output
    assert "[link] Connect Strava: http://127.0.0.1:" in output
    assert "(the browser shows: Strava is connected." in output
    assert "bot> Strava connected." in output
    assert "bot> From Strava: Logged: run on" in output and "5.0 km, 30 min." in output
    assert "bot> You removed KneeGuard's access in Strava" in output
    assert "(write :strava connect, :strava run KM or :strava deauthorize)" in output


def test_admin_switch_paste_saved_files_a_kept_clock_and_reset(tmp_path: Path) -> None:
    """Not an admin at first: :admin switches it on (/stats answers, a :paste'd /addtip is
    added) and off again; the chart lands in data/playground/; the clock moved with :skip is
    there again after a restart; :reset removes the database, the files and the clock."""
    typed = [
        "/start", "1", "/stats", ":admin", "/stats",
        ":paste", "/addtip LOAD", "Keep easy days easy.", "Seitz 2010", ".",
        ":admin", "/stats", ":skip 3d", ":quit",
    ]  # fmt: skip

    first = run_playground(tmp_path, typed)

    assert "You are user 4242, the admin id of the playground (admin rights off;" in first
    assert "(admin rights on for user 4242: /stats, /broadcast, /addtip work)" in first
    assert "(admin rights off for user 4242: :admin switches them on)" in first
    assert first.count("I don't know that command") == 2  # /stats before and after
    assert "added for LOAD" in first  # the four :paste lines up to "." were one message
    [photo] = re.findall(r"\(saved photo: (\S+)\)", first)
    assert Path(photo).parent == tmp_path / "data" / "playground"
    clock_file = tmp_path / "data" / "playground.clock"
    saved = datetime.fromisoformat(clock_file.read_text(encoding="utf-8").strip())
    moved_to = re.findall(r"\(clock is now (.+)\)", first)[-1]
    assert moved_to == f"{saved:{TIME_FORMAT}} UTC"

    second = run_playground(tmp_path, [":quit"])

    assert f"The clock is at {moved_to} (kept in data/playground.clock)" in second

    clock_file.write_text("2020-01-01T00:00:00+00:00\n", encoding="utf-8")  # behind real time
    third = run_playground(tmp_path, [":reset", "/start", ":quit"])

    assert "The clock is at Wed 2020" not in third  # never before the real time
    assert ("(reset: removed data/playground.db, data/playground/ (1 file), "
            "data/playground.clock; starting afresh)") in third  # fmt: skip
    assert third.count("KneeGuard playground: type /start.") == 2
    assert third.count("Do you agree?") == 1  # after the reset /start met a newcomer
    assert not (tmp_path / "data" / "playground").exists()
    with sqlite3.connect(tmp_path / "data" / "playground.db") as database:
        [(tips,)] = database.execute("SELECT count(*) FROM tips")
        [(consent,)] = database.execute("SELECT consent FROM users WHERE id = 4242")
    assert (tips, consent) == (0, "pending")
    resumed = datetime.fromisoformat(clock_file.read_text(encoding="utf-8").strip())
    assert abs((resumed - datetime.now(UTC)).total_seconds()) < 600
