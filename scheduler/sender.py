"""The one outbox: every proactive message goes through a priority queue to Telegram.

Escalations jump ahead of reminders, reminders ahead of broadcasts (FIFO within a priority),
here and again in the rate limiter, where a runner's replies go ahead of them all.
Pacing and retries live in one layer, the bot's rate limiter (``scheduler.ratelimit``); the
sender only orders the work and maps Telegram's answers to a ``SendResult`` the caller can
store. A 403 also fires the ``on_blocked`` hook so the caller can mark the user inactive.
A job may carry a `before_request` hook: it runs once the rate limiter lets the message go,
right before the HTTP request, and may withdraw it (see ``scheduler.ratelimit.SendPermit``).
"""

from __future__ import annotations

import asyncio
import enum
import itertools
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, Message
from telegram.error import BadRequest, Forbidden, TelegramError, TimedOut

from scheduler.ratelimit import (
    REPLY_PRIORITY,
    BeforeRequest,
    RequestWithdrawnError,
    SendPermit,
    TelegramRateLimiter,
)

_LOGGER = logging.getLogger(__name__)

BlockedHook = Callable[[int], Awaitable[None]]


class Priority(enum.IntEnum):
    """How urgent a message is; higher values are sent first."""

    BROADCAST = 0
    REMINDER = 1
    ESCALATION = 2
    REPLY = REPLY_PRIORITY
    """A runner's own request answered through the outbox (a /checkin poll)."""


class SendStatus(enum.Enum):
    """What became of one message."""

    SENT = "sent"
    BLOCKED = "blocked"  # 403: the user blocked the bot (or never started it)
    FAILED = "failed"  # 400 other than "chat not found", or retries exhausted
    CHAT_NOT_FOUND = "chat_not_found"
    IN_DOUBT = "in_doubt"  # timed out after the request went out: it may have arrived
    WITHDRAWN = "withdrawn"  # its before_request hook said no: nothing was sent


@dataclass(frozen=True, slots=True)
class KeyboardJson:
    """An inline keyboard as the Bot API's JSON text, sent as it is (PTB passes a string
    parameter through unchanged)."""

    text: str

    def to_markup(self) -> InlineKeyboardMarkup:
        """The same keyboard as PTB objects (for tests and anything that reads the buttons)."""
        markup = InlineKeyboardMarkup.de_json(json.loads(self.text), None)
        assert markup is not None
        return markup


@dataclass(frozen=True, slots=True)
class TextPayload:
    """A text message (HTML by default) with an optional inline keyboard."""

    text: str
    parse_mode: str | None = "HTML"
    reply_markup: InlineKeyboardMarkup | KeyboardJson | None = None


@dataclass(frozen=True, slots=True)
class PollPayload:
    """A regular poll; non-anonymous by default so answers reach the bot."""

    question: str
    options: tuple[str, ...]
    is_anonymous: bool = False
    allows_multiple_answers: bool = False
    reply_markup: InlineKeyboardMarkup | None = None


@dataclass(frozen=True, slots=True)
class PhotoPayload:
    """A photo (e.g. a rendered chart) with an optional caption."""

    photo: bytes
    caption: str | None = None
    parse_mode: str | None = "HTML"


Payload = TextPayload | PollPayload | PhotoPayload


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One message to deliver to one chat."""

    chat_id: int
    payload: Payload
    priority: Priority = Priority.REMINDER


@dataclass(frozen=True, slots=True)
class SendResult:
    """The outcome of one delivery, in plain data."""

    status: SendStatus
    message_id: int | None = None
    poll_id: str | None = None
    error: str | None = None


class SenderStoppedError(RuntimeError):
    """Raised when a job is submitted to a sender that has been stopped."""

    def __init__(self) -> None:
        super().__init__("the sender has been stopped and accepts no more jobs")


_QueueItem = tuple[int, int, Outgoing, BeforeRequest | None, "asyncio.Future[SendResult]"]


class Sender:
    """Delivers ``Outgoing`` jobs with `workers` concurrent requests, most urgent first."""

    def __init__(
        self, bot: Bot, *, workers: int = 8, on_blocked: BlockedHook | None = None
    ) -> None:
        if workers < 1:
            raise ValueError(f"a sender needs at least one worker, got {workers}")
        self._bot = bot
        # Our limiter runs the hook after its pacing wait; with any other, the sender runs it.
        self._limiter_runs_hooks = isinstance(
            getattr(bot, "rate_limiter", None), TelegramRateLimiter
        )
        self._worker_count = workers
        self._on_blocked = on_blocked
        self._queue: asyncio.PriorityQueue[_QueueItem] = asyncio.PriorityQueue()
        self._sequence = itertools.count()
        self._workers: list[asyncio.Task[None]] = []
        self._stopped = False

    @property
    def pending(self) -> int:
        """Return how many jobs wait in the queue (not counting those being sent)."""
        return self._queue.qsize()

    async def start(self) -> None:
        """Start the workers; jobs submitted earlier are sent from now on."""
        if self._stopped:
            raise SenderStoppedError()
        if self._workers:
            return
        self._workers = [
            asyncio.create_task(self._work(), name=f"sender-worker-{number}")
            for number in range(self._worker_count)
        ]

    async def stop(self, drain: bool = True) -> None:
        """Stop accepting jobs; with `drain`, first deliver everything queued.

        Without `drain` (or if the sender never started), queued jobs and jobs in flight are
        cancelled: their futures end cancelled.
        """
        self._stopped = True
        if drain and self._workers:
            await self._queue.join()
        for worker in self._workers:
            worker.cancel()
        await asyncio.gather(*self._workers, return_exceptions=True)
        self._workers = []
        while not self._queue.empty():
            *_, future = self._queue.get_nowait()
            future.cancel()
            self._queue.task_done()

    def submit(
        self, job: Outgoing, *, before_request: BeforeRequest | None = None
    ) -> asyncio.Future[SendResult]:
        """Queue `job` and return a future that resolves to its ``SendResult``.

        `before_request` runs once the message may go (after pacing), right before its HTTP
        request; if it returns False nothing is sent and the result is WITHDRAWN.
        """
        if self._stopped:
            raise SenderStoppedError()
        future: asyncio.Future[SendResult] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((-job.priority, next(self._sequence), job, before_request, future))
        return future

    async def send(
        self, job: Outgoing, *, before_request: BeforeRequest | None = None
    ) -> SendResult:
        """Queue `job` and wait for its outcome."""
        return await self.submit(job, before_request=before_request)

    async def _work(self) -> None:
        """Take the most urgent job, deliver it, resolve its future; forever."""
        while True:
            *_, job, before_request, future = await self._queue.get()
            try:
                if future.done():  # the caller stopped waiting
                    continue
                try:
                    result = await self._deliver(job, before_request)
                except asyncio.CancelledError:
                    future.cancel()
                    raise
                except Exception as error:  # a bug, not a Telegram answer: hand it to the caller
                    _LOGGER.exception("unexpected error sending to chat %s", job.chat_id)
                    if not future.done():
                        future.set_exception(error)
                else:
                    if not future.done():
                        future.set_result(result)
            finally:
                self._queue.task_done()

    async def _deliver(self, job: Outgoing, before_request: BeforeRequest | None) -> SendResult:
        """Send one job and translate Telegram's answer into a ``SendResult``."""
        permit = None
        if self._limiter_runs_hooks:  # it orders waiting sends by priority and runs the hook
            permit = SendPermit(before_request, job.priority)
        elif before_request is not None and not await before_request():
            return SendResult(SendStatus.WITHDRAWN)
        try:
            message = await self._call_telegram(job, permit)
        except RequestWithdrawnError:
            return SendResult(SendStatus.WITHDRAWN)
        except Forbidden as error:
            await self._report_blocked(job.chat_id)
            return SendResult(SendStatus.BLOCKED, error=error.message)
        except BadRequest as error:
            if "chat not found" in error.message.lower():
                return SendResult(SendStatus.CHAT_NOT_FOUND, error=error.message)
            _LOGGER.warning("Telegram rejected a message to chat %s: %s", job.chat_id, error)
            return SendResult(SendStatus.FAILED, error=error.message)
        except TimedOut as error:  # the limiter retried what surely never left
            _LOGGER.warning("a message to chat %s timed out and may have arrived", job.chat_id)
            return SendResult(SendStatus.IN_DOUBT, error=error.message)
        except TelegramError as error:  # flood waits or network retries exhausted, migrations
            _LOGGER.warning("giving up on a message to chat %s: %s", job.chat_id, error)
            return SendResult(SendStatus.FAILED, error=error.message)
        poll_id = message.poll.id if message.poll else None
        return SendResult(SendStatus.SENT, message_id=message.message_id, poll_id=poll_id)

    async def _call_telegram(self, job: Outgoing, permit: SendPermit | None) -> Message:
        """Make the one Bot API call that matches the payload."""
        payload = job.payload
        # ExtBot hands rate_limit_args to the limiter; a plain Bot (no limiter) takes none.
        extra: dict[str, Any] = {} if permit is None else {"rate_limit_args": permit}
        if isinstance(payload, TextPayload):
            markup: Any = payload.reply_markup
            if isinstance(markup, KeyboardJson):  # JSON already: PTB sends a string as it is
                markup = markup.text
            return await self._bot.send_message(
                chat_id=job.chat_id,
                text=payload.text,
                parse_mode=payload.parse_mode,
                reply_markup=markup,
                **extra,
            )
        if isinstance(payload, PollPayload):
            return await self._bot.send_poll(
                chat_id=job.chat_id,
                question=payload.question,
                options=list(payload.options),
                is_anonymous=payload.is_anonymous,
                allows_multiple_answers=payload.allows_multiple_answers,
                reply_markup=payload.reply_markup,
                **extra,
            )
        return await self._bot.send_photo(
            chat_id=job.chat_id,
            photo=payload.photo,
            caption=payload.caption,
            parse_mode=payload.parse_mode,
            **extra,
        )

    async def _report_blocked(self, chat_id: int) -> None:
        """Run the on_blocked hook; its failure must not lose the delivery outcome."""
        if self._on_blocked is None:
            return
        try:
            await self._on_blocked(chat_id)
        except Exception:
            _LOGGER.exception("on_blocked hook failed for chat %s", chat_id)
