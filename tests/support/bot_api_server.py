"""A small Bot API emulator over real HTTP on 127.0.0.1, for end-to-end tests.

It answers `POST /bot<token>/<method>` as Telegram would: getMe, getUpdates (from a
queue the test fills, long-polling a little), sendMessage/editMessageText (recorded,
with message ids), and True for everything else. Wrong tokens get 401.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from handlers.local_api import BOT_ID, BOT_USERNAME


@dataclass
class BotApiServer:
    token: str
    updates: list[dict[str, Any]] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    port: int = 0
    send_delay: float = 0.0  # seconds before answering a send (Telegram has it already)
    _server: asyncio.Server | None = None
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _offset: int = 0

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def __aenter__(self) -> BotApiServer:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    def push_message(self, text: str, user_id: int = 42, language_code: str = "zh-hans"
                     ) -> None:
        update_id = next(self._ids)
        message: dict[str, Any] = {
            "message_id": update_id, "date": int(time.time()),
            "chat": {"id": user_id, "type": "private"},
            "from": {"id": user_id, "is_bot": False, "first_name": "Li",
                     "language_code": language_code},
            "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0,
                                    "length": len(text.split(maxsplit=1)[0])}]
        self.updates.append({"update_id": update_id, "message": message})

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [params for name, params in self.calls if name == method]

    async def wait_for(self, method: str, count: int, within: float = 15) -> None:
        deadline = time.monotonic() + within
        while len(self.sent(method)) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{method}: {len(self.sent(method))} of {count}")
            await asyncio.sleep(0.05)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    break
                status, body = await self._answer(*request)
                payload = json.dumps(body).encode()
                writer.write(b"HTTP/1.1 %d OK\r\nContent-Type: application/json\r\n"
                             b"Content-Length: %d\r\n\r\n%s" % (status, len(payload), payload))
                await writer.drain()
        finally:
            writer.close()

    async def _answer(self, path: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        prefix, _, method = path.rpartition("/")
        if prefix != f"/bot{self.token}":
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        self.calls.append((method, params))
        if method == "sendMessage" and self.send_delay:
            await asyncio.sleep(self.send_delay)
        if method == "getUpdates":
            return 200, {"ok": True, "result": await self._updates(params)}
        return 200, {"ok": True, "result": self._result(method, params)}

    async def _updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        self._offset = max(self._offset, int(params.get("offset") or 0))
        for _ in range(20):
            pending = [u for u in self.updates if u["update_id"] >= self._offset]
            if pending:
                return pending
            await asyncio.sleep(0.05)
        return []

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return {"id": BOT_ID, "is_bot": True, "first_name": "memocrm",
                    "username": BOT_USERNAME}
        if method in ("sendMessage", "editMessageText"):
            chat_id = int(params["chat_id"])
            return {"message_id": int(params.get("message_id") or next(self._ids) + 10_000),
                    "date": int(time.time()), "text": params.get("text", ""),
                    "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"}}
        return True


def _decode(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, dict[str, Any]] | None:
    line = await reader.readline()
    if not line:
        return None
    path = line.decode().split()[1]
    headers = {}
    while (header := await reader.readline()) not in (b"\r\n", b"\n", b""):
        name, _, value = header.decode().partition(":")
        headers[name.strip().lower()] = value.strip()
    raw = await reader.readexactly(int(headers.get("content-length", "0")))
    if headers.get("content-type", "").startswith("application/json"):
        params = json.loads(raw or b"{}")
    else:
        params = {k: _decode(v) for k, v in parse_qsl(raw.decode())}
    return path, params
