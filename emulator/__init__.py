"""A loopback Telegram Bot API for end-to-end tests, the playground and benchmarks.

    async with BotApiEmulator(clock=clock) as emu:
        app = (ApplicationBuilder().token(emu.token).base_url(emu.base_url)
               .base_file_url(emu.file_base_url).build())
        runner = emu.user(42, first_name="Ana")
        await runner.send_command("/start")
        reply = await runner.next_bot_message()
        query_id = await runner.press_button(reply, text="Yes")
        await runner.wait_callback_answered(query_id)

Main pieces: `BotApiEmulator` (server, `user()`, `group()`, `stats`, `faults`,
`wait_until_delivered()`), `EmulatedUser` / `EmulatedGroup` (act and read the transcript),
`TranscriptEntry`, `RateLimits`, `FaultRule`, `Stats`.
"""

from emulator.errors import ApiError
from emulator.faults import FaultRule, Faults
from emulator.limits import RateLimits
from emulator.server import BotApiEmulator
from emulator.stats import Stats
from emulator.transcript import PollView, TranscriptEntry
from emulator.users import (
    CallbackAnswer,
    ChatView,
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
