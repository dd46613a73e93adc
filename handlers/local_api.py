"""A Bot API that lives in the process: for `memocrm chat` and for tests.

It plugs into PTB at its request layer (`telegram.request.BaseRequest`), so the real
Application, handlers, rate limiter and JobQueue run unchanged; every Bot API call
is recorded and answered the way Telegram would answer it. `Updates` builds the
Update objects a user's actions would produce.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from telegram import Bot, Update
from telegram.request import BaseRequest, RequestData

BOT_ID = 777000111
BOT_USERNAME = "memocrm_bot"
EPOCH = 1_800_000_000  # any fixed time: handlers take time from the services' clock


@dataclass
class ApiCall:
    """One Bot API method call the bot made."""

    method: str
    params: dict[str, Any]
    result: Any = None
    files: dict[str, bytes] = field(default_factory=dict)  # uploads: part name -> content


def _chat(chat_id: int) -> dict[str, Any]:
    return {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup",
            "title": None if chat_id > 0 else "Team"}


@dataclass
class LocalBotApi(BaseRequest):
    """Records every call; answers getMe, sends and edits like Telegram, the rest with True."""

    on_call: Callable[[ApiCall], None] | None = None
    calls: list[ApiCall] = field(default_factory=list)
    record: bool = True  # False: keep no calls (the terminal chat shows them through on_call)
    downloads: dict[str, bytes] = field(default_factory=dict)  # file_id -> what getFile serves
    # tests: return (HTTP status, Bot API error body) to make a call fail as Telegram would
    fail: Callable[[ApiCall], tuple[int, dict[str, Any]] | None] | None = None
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))

    @property
    def read_timeout(self) -> float | None:
        """Answers come at once."""
        return 5.0

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(  # noqa: PLR0913, PLR0917 - PTB's signature
        self, url: str, method: str, request_data: RequestData | None = None,
        read_timeout: Any = None, write_timeout: Any = None,  # noqa: ARG002
        connect_timeout: Any = None, pool_timeout: Any = None,  # noqa: ARG002
    ) -> tuple[int, bytes]:
        """Record the call and answer it; serve downloads of files given in `downloads`."""
        if method == "GET" and "/file/bot" in url:
            return 200, self.downloads[url.rsplit("/", 1)[-1]]
        params = dict(request_data.parameters) if request_data else {}
        call = ApiCall(url.rsplit("/", 1)[-1], params)
        if request_data is not None:
            call.files = {name: part[1] for name, part in request_data.multipart_data.items()
                          if isinstance(part, tuple) and isinstance(part[1], bytes)}
        failure = self.fail(call) if self.fail is not None else None
        if failure is not None:
            self._keep(call)
            return failure[0], json.dumps(failure[1]).encode()
        call.result = self._result(call)
        self._keep(call)
        if self.on_call is not None:
            self.on_call(call)
        return 200, json.dumps({"ok": True, "result": call.result}).encode()

    def _keep(self, call: ApiCall) -> None:
        if self.record:
            self.calls.append(call)

    def _result(self, call: ApiCall) -> Any:
        p = call.params
        if call.method == "getMe":
            return {"id": BOT_ID, "is_bot": True, "first_name": "memocrm",
                    "username": BOT_USERNAME, "can_join_groups": True,
                    "can_read_all_group_messages": False, "supports_inline_queries": False}
        if call.method in ("sendMessage", "editMessageText", "sendDocument", "sendPhoto"):
            message_id = p.get("message_id") or next(self._ids)
            return {"message_id": message_id, "date": EPOCH, "chat": _chat(int(p["chat_id"])),
                    "from": {"id": BOT_ID, "is_bot": True, "first_name": "memocrm"},
                    "text": p.get("text", "")}
        if call.method == "getUpdates":
            return []
        if call.method == "getFile":
            file_id = str(p["file_id"])
            return {"file_id": file_id, "file_unique_id": file_id, "file_path": file_id,
                    "file_size": len(self.downloads.get(file_id, b""))}
        return True

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        """The parameters of every call of one method, in order."""
        return [c.params for c in self.calls if c.method == method]


@dataclass
class Updates:
    """Builds the Updates a Telegram user's actions produce."""

    bot: Bot
    user_id: int = 42
    first_name: str = "Li"
    username: str | None = "li_sales"
    language_code: str = "zh-hans"
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def _user(self) -> dict[str, Any]:
        return {"id": self.user_id, "is_bot": False, "first_name": self.first_name,
                "username": self.username, "language_code": self.language_code}

    def message(self, text: str, chat_id: int | None = None, **extra: Any) -> Update:
        """The user sends `text` (a command when it starts with /)."""
        chat = chat_id if chat_id is not None else self.user_id
        msg: dict[str, Any] = {"message_id": next(self._ids), "date": EPOCH, "chat": _chat(chat),
                               "from": self._user(), "text": text, **extra}
        if text.startswith("/"):
            length = len(text.split(maxsplit=1)[0])
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return Update.de_json({"update_id": next(self._ids), "message": msg}, self.bot)

    def bot_added(self, chat_id: int, title: str = "Team") -> Update:
        """The user adds the bot to the group `chat_id`."""
        bot = {"id": BOT_ID, "is_bot": True, "first_name": "memocrm", "username": BOT_USERNAME}
        return Update.de_json({"update_id": next(self._ids), "my_chat_member": {
            "chat": {"id": chat_id, "type": "supergroup", "title": title},
            "from": self._user(), "date": EPOCH,
            "old_chat_member": {"user": bot, "status": "left"},
            "new_chat_member": {"user": bot, "status": "member"},
        }}, self.bot)

    def press(self, data: str, message: dict[str, Any]) -> Update:
        """The user taps the inline button with `data` under the bot's `message`."""
        return Update.de_json({"update_id": next(self._ids), "callback_query": {
            "id": str(next(self._ids)), "from": self._user(), "chat_instance": "1",
            "data": data, "message": message,
        }}, self.bot)
