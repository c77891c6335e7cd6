"""A loopback Telegram Bot API for end-to-end tests, the playground and benchmarks.

    async with BotApiEmulator(clock=clock) as emu:          # port 0: a free port
        app = (ApplicationBuilder().token(emu.token).base_url(emu.base_url)
               .base_file_url(emu.file_base_url).build())
        runner = emu.user(42, first_name="Ana")             # private chat id == 42
        await runner.send_command("/start")                 # with the bot_command entity
        reply = await runner.next_bot_message()             # waits, never sleeps
        query_id = await runner.press_button(reply, text="Yes")
        answer = await runner.wait_callback_answered(query_id)
        edited = await runner.wait_for_edit(reply)

Server side: `BotApiEmulator` answers Telegram's JSON shapes and errors (chat not found until the
user wrote, message is not modified, query too old, blocked 403, parse-mode checks, size limits).
Dates are whole seconds from the injected clock; flood limits (`RateLimits`, 429 with
retry_after) run on real monotonic time unless `RateLimits(monotonic=...)` says otherwise.
Failures on demand: `emu.faults.add(FaultRule(kind="5xx" | "timeout" | "slow" | "429", ...))`.
Counters: `emu.stats`. Webhook mode: setWebhook POSTs updates with the secret-token header.

User side: `EmulatedUser` (write, press, vote, share a location, block) and `EmulatedGroup`
read their chat through `ChatView` (`transcript`, `bot_messages()`, `last_bot_message()`,
`wait_for(predicate)`); `emu.wait_until_delivered()` waits until the bot fetched every update.
Emulator-only deviations: plain http webhook URLs are accepted, inline messages are refused.

Strava: `emulator.strava.FakeStrava` is a loopback fake of Strava's OAuth and API (activities,
gear, push events, rate limits, faults) on the same injected clock.
"""

from emulator.chat_view import ChatView
from emulator.errors import ApiError
from emulator.faults import FaultRule, Faults
from emulator.limits import RateLimits
from emulator.server import BotApiEmulator
from emulator.stats import Stats
from emulator.transcript import PollView, TranscriptEntry
from emulator.users import (
    CallbackAnswer,
    EmulatedGroup,
    EmulatedUser,
    EmulatorUsageError,
)

__all__ = [
    "ApiError",
    "BotApiEmulator",
    "CallbackAnswer",
    "ChatView",
    "EmulatedGroup",
    "EmulatedUser",
    "EmulatorUsageError",
    "FaultRule",
    "Faults",
    "PollView",
    "RateLimits",
    "Stats",
    "TranscriptEntry",
]
