"""Request parameters from JSON, form or multipart bodies, with Telegram's lenient coercion."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aiohttp import BodyPartReader, web

from emulator.errors import bad_request


@dataclass(frozen=True)
class UploadedFile:
    """A file that arrived as a multipart part."""

    content: bytes
    file_name: str
    mime_type: str


class Params:
    """The parameters of one Bot API call; form values arrive as strings and are coerced."""

    def __init__(self, values: dict[str, Any], files: dict[str, UploadedFile] | None = None):
        self.values = values
        self.files = files or {}

    def has(self, name: str) -> bool:
        """Whether the parameter was given (a file counts)."""
        return name in self.files or self.values.get(name) not in (None, "")

    def get_str(self, name: str, default: str | None = None) -> str | None:
        """A string parameter, or the default."""
        value = self.values.get(name)
        if value is None:
            return default
        return value if isinstance(value, str) else json.dumps(value)

    def get_int(self, name: str, default: int | None = None) -> int | None:
        """An integer parameter, or the default."""
        value = self.values.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return int(value)
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def get_bool(self, name: str, default: bool = False) -> bool:
        """A boolean parameter; "true"/"1" count as true."""
        value = self.values.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return value
        return str(value).strip().lower() in ("true", "1", "yes")

    def get_json(self, name: str) -> Any:
        """A structured parameter: decoded when it arrived as a JSON string."""
        value = self.values.get(name)
        if isinstance(value, str):
            if value == "":
                return None
            try:
                return json.loads(value)
            except json.JSONDecodeError:
                raise bad_request(f"can't parse {name} JSON object") from None
        return value

    def chat_id(self) -> int | str:
        """The chat_id parameter: an integer id or an @username."""
        value = self.values.get("chat_id")
        if value is None or value == "":
            raise bad_request("chat_id is empty")
        if isinstance(value, int):
            return value
        text = str(value).strip()
        try:
            return int(text)
        except ValueError:
            return text


async def read_params(request: web.Request) -> Params:
    """Collect query string and body parameters of any encoding Telegram accepts."""
    values: dict[str, Any] = dict(request.query)
    files: dict[str, UploadedFile] = {}
    content_type = request.content_type
    if content_type == "application/json":
        body = await request.read()
        if body:
            try:
                decoded = json.loads(body)
            except json.JSONDecodeError:
                raise bad_request("can't parse JSON request body") from None
            if isinstance(decoded, dict):
                values.update(decoded)
    elif content_type == "multipart/form-data":
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if not isinstance(part, BodyPartReader) or part.name is None:
                continue  # a nested multipart is not something the Bot API accepts either
            if part.filename is not None:
                content = await part.read()
                mime_type = part.headers.get("Content-Type", "application/octet-stream")
                files[part.name] = UploadedFile(bytes(content), part.filename, mime_type)
            else:
                values[part.name] = await part.text()
    elif request.can_read_body:
        form = await request.post()
        values.update({key: value for key, value in form.items() if isinstance(value, str)})
    return Params(values, files)
