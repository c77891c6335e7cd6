"""python-telegram-bot's requests over aiohttp instead of httpx.

Every Bot API call of the bot (replies, reminders, broadcasts) goes through this transport;
PTB still builds the request and reads the answer, only the HTTP client differs. Why: httpx
costs about 0.55-0.7 ms of CPU per request here, aiohttp about 0.2-0.26 ms (bench numbers in
bench/RESULTS.md), and aiohttp is already a dependency (the webhook and Strava server). The
errors are PTB's own: a timeout is `TimedOut` (the sender records the message as in doubt),
anything else on the wire `NetworkError`, as with `HTTPXRequest`.
"""

from __future__ import annotations

from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

DEFAULT_POOL_SIZE = 256
"""Connections open at once (PTB's default for the bot's requests)."""


class AiohttpRequest(BaseRequest):
    """A `BaseRequest` on one `aiohttp.ClientSession`, created by `initialize`."""

    def __init__(
        self,
        connection_pool_size: int = DEFAULT_POOL_SIZE,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(  # trust_env: HTTPS_PROXY as httpx reads it
                connector=connector, headers={"User-Agent": self.USER_AGENT}, trust_env=True
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = None
        if request_data is not None and request_data.contains_files:
            files = request_data.multipart_data
        read = self._read_timeout if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = (
            self._connect_timeout if isinstance(connect_timeout, DefaultValue) else connect_timeout
        )
        pool = self._pool_timeout if isinstance(pool_timeout, DefaultValue) else pool_timeout
        write = write_timeout
        if isinstance(write_timeout, DefaultValue):
            write = self._media_write_timeout if files else self._write_timeout
        # As httpx: no limit on the whole request (a large file keeps arriving), only on each
        # wait: for a connection (pool + connect) and between two reads. aiohttp has no write
        # timeout of its own; an upload that stalls ends at the read timeout.
        timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=connect, sock_read=read if not files else _sum(read, write),
            connect=_sum(pool, connect),
        )
        body: Any = None
        if request_data is not None:
            body = _form(request_data, files) if files else request_data.json_parameters
        try:
            async with self._session.request(method, url, data=body, timeout=timeout) as response:
                return response.status, await response.read()
        except TimeoutError as error:  # asyncio.TimeoutError and aiohttp's timeouts alike
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{error.__class__.__name__}: {error}") from error


def _sum(first: float | None, second: float | None) -> float | None:
    return None if first is None or second is None else first + second


def _form(request_data: RequestData, files: dict[str, Any]) -> aiohttp.FormData:
    """A multipart body: the parameters as fields, the uploads as files (PTB's shape:
    name → (file name, bytes or a file, MIME type))."""
    form = aiohttp.FormData(quote_fields=False)  # file names as UTF-8, as httpx sends them
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (file_name, content, mime_type) in files.items():
        form.add_field(name, content, filename=file_name, content_type=mime_type)
    return form

