"""A Bot API emulator over HTTP on 127.0.0.1, for end-to-end tests and benchmarks.

The bot talks to it exactly as to Telegram (`TELEGRAM_API_URL=http://127.0.0.1:PORT`):
`POST {base}/bot{token}/{method}` with JSON, form or multipart bodies, Telegram-shaped
answers and errors. Tests play the users: they queue updates and read the chats.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import random
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from aiohttp.web_request import FileField

from emulator.web_app import web_app_url_refusal
from storage.services.telegram_text import MAX_CALLBACK_DATA, message_text_error, visible_text

BOT_ID = 777000222


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    name: str
    content: bytes
    mime_type: str


@dataclass
class EmulatedMessage:
    message_id: int
    chat_id: int
    text: str
    html: str
    reply_markup: dict[str, Any] | None
    date: int = field(default_factory=lambda: int(time.time()))
    # "text" | "photo" | "document" | "poll"; `outgoing` False for what the user sent.
    kind: str = "text"
    outgoing: bool = True
    file: StoredFile | None = None
    poll: dict[str, Any] | None = None

    def buttons(self) -> list[tuple[str, str]]:
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [(b.get("text", ""), b.get("callback_data", "")) for row in rows for b in row]

    def as_api(self, bot_user: dict[str, Any]) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "message_id": self.message_id,
            "date": self.date,
            "chat": {"id": self.chat_id, "type": "private"},
            "from": bot_user,
        }
        if self.kind == "photo" and self.file is not None:
            payload["photo"] = [
                {
                    "file_id": self.file.file_id,
                    "file_unique_id": self.file.file_unique_id,
                    "width": 800,
                    "height": 600,
                }
            ]
            payload["caption"] = self.text
        elif self.kind == "document" and self.file is not None:
            payload["document"] = {
                "file_id": self.file.file_id,
                "file_unique_id": self.file.file_unique_id,
                "file_name": self.file.name,
                "mime_type": self.file.mime_type,
                "file_size": len(self.file.content),
            }
            payload["caption"] = self.text
        elif self.kind == "poll" and self.poll is not None:
            payload["poll"] = self.poll
        else:
            payload["text"] = self.text
        if self.reply_markup:
            payload["reply_markup"] = self.reply_markup
        return payload


@dataclass
class Limits:
    """Telegram's limits, enforced: a request over one is answered 429 and counted."""

    per_second: float = 30.0
    per_chat_interval: float = 1.0
    group_per_minute: int = 20


@dataclass
class Faults:
    """Faults to inject into sendMessage: `n_429` spread over the first `spread` requests, and a
    share of 5xx answers (the message is then not delivered)."""

    n_429: int = 0
    retry_after: int = 1
    share_5xx: float = 0.0
    spread: int = 10_000
    seed: int = 1
    _plan: set[int] = field(default_factory=set)

    def plan(self) -> None:
        rng = random.Random(self.seed)
        self._plan = set(rng.sample(range(1, max(self.spread, self.n_429 + 1)), self.n_429))
        self._rng = rng

    def pick(self, request_number: int) -> ApiError | None:
        if request_number in self._plan:
            return ApiError(
                429, f"Too Many Requests: retry after {self.retry_after}", self.retry_after
            )
        if self.share_5xx and self._rng.random() < self.share_5xx:
            return ApiError(502, "Bad Gateway")
        return None


@dataclass
class Stats:
    requests: int = 0
    delivered: int = 0
    violations: int = 0
    requests_during_outage: int = 0  # answered 502 or left hanging (refused ones never arrive)
    injected_429: int = 0
    injected_5xx: int = 0
    per_chat: Counter[int] = field(default_factory=Counter)
    first_at: float = 0.0
    last_at: float = 0.0
    times: list[float] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        duplicated = sum(count - 1 for count in self.per_chat.values() if count > 1)
        return {
            "requests": self.requests,
            "delivered": self.delivered,
            "chats": len(self.per_chat),
            "duplicated": duplicated,
            "violations": self.violations,
            "requests_during_outage": self.requests_during_outage,
            "injected_429": self.injected_429,
            "injected_5xx": self.injected_5xx,
            "first_at": self.first_at,
            "last_at": self.last_at,
            "steady_rate": self.steady_rate(),
        }

    def steady_rate(self) -> float:
        """Deliveries per second between the 10th and the 90th percentile delivery: the pace
        once the send is under way, without its start and its retried stragglers."""
        if len(self.times) < 20:
            return 0.0
        low, high = len(self.times) // 10, len(self.times) * 9 // 10
        span = self.times[high] - self.times[low]
        return (high - low) / span if span > 0 else 0.0


def check_web_app_url(url: object) -> None:
    if (refusal := web_app_url_refusal(url)) is not None:
        raise ApiError(400, refusal)


class ApiError(Exception):
    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after


class BotApiEmulator:
    def __init__(
        self,
        token: str,
        *,
        username: str = "tansiq_emulated_bot",
        latency: float = 0.0,
        limits: Limits | None = None,
        faults: Faults | None = None,
        keep_messages: bool = True,
    ) -> None:
        self.token = token
        self.latency = latency
        self.limits = limits
        self.faults = faults or Faults()
        self.faults.plan()
        self.keep_messages = keep_messages
        self.stats = Stats()
        self._sent_times: deque[float] = deque()
        self._chat_last: dict[int, float] = {}
        self._group_times: dict[int, deque[float]] = {}
        self.bot_user = {
            "id": int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else BOT_ID,
            "is_bot": True,
            "first_name": "Tansiq",
            "username": username,
        }
        self.updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._new_update = asyncio.Event()
        self.chats: dict[int, dict[int, EmulatedMessage]] = {}
        # Each chat as the person sees it: their own messages too, in order.
        self.history: dict[int, list[EmulatedMessage]] = {}
        self.files: dict[str, StoredFile] = {}
        self.actions: dict[int, tuple[str, float]] = {}
        self._file_ids = itertools.count(1)
        self.last_callback_id = ""
        self._poll_ids = itertools.count(6_000_000_001)
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        # setChatMenuButton: per chat, and the default (key None).
        self.menu_buttons: dict[int | None, dict[str, Any]] = {}
        self.callback_answers: dict[str, dict[str, Any]] = {}
        self.blocked: set[int] = set()
        self.webhook_url: str | None = None
        self.webhook_secret: str | None = None
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self.outage: str | None = None  # "502" | "hang" while Telegram is made to be away
        self.base_url = ""

    # --- lifecycle -----------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        app = web.Application()
        app.router.add_route("POST", "/bot{token}/{method}", self._handle)
        app.router.add_route("GET", "/bot{token}/{method}", self._handle)
        app.router.add_route("GET", "/_emulator/stats", self._stats)
        app.router.add_route("POST", "/_emulator/outage", self._outage)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        self._site = site
        sockets = site._server.sockets  # type: ignore[union-attr]
        bound = sockets[0].getsockname()[1]
        self.base_url = f"http://{host}:{bound}"
        return self.base_url

    def continue_after(self, update_id: int) -> None:
        """Number the next updates after this one, as Telegram does after a restart of the bot:
        a bot that remembers the ids it handled would take 1, 2, 3 again as repeats."""
        self._update_ids = itertools.count(update_id + 1)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # --- the users' side -----------------------------------------------------------------

    def _user(self, user_id: int, first_name: str, username: str | None) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        return user

    def push_text(
        self, user_id: int, text: str, first_name: str = "User", username: str | None = None
    ) -> int:
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": first_name},
            "from": self._user(user_id, first_name, username),
            "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
        self._remember_incoming(user_id, message["message_id"], text)
        return self._push({"message": message})

    def _remember_incoming(
        self, user_id: int, message_id: int, text: str, kind: str = "text"
    ) -> None:
        if self.keep_messages:
            self.history.setdefault(user_id, []).append(
                EmulatedMessage(message_id, user_id, text, text, None, kind=kind, outgoing=False)
            )

    def push_document(
        self, user_id: int, name: str, content: bytes, mime_type: str, first_name: str = "User"
    ) -> int:
        """The person sends a file: kept like the bot's, so the bot can send it on by file_id."""
        number = next(self._file_ids)
        stored = StoredFile(f"emu-upload-{number}", f"up{number}", name, content, mime_type)
        self.files[stored.file_id] = stored
        message_id = next(self._message_ids)
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": first_name},
            "from": self._user(user_id, first_name, None),
            "document": {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "file_name": name,
                "mime_type": mime_type,
                "file_size": len(content),
            },
        }
        if self.keep_messages:
            mine = EmulatedMessage(
                message_id, user_id, "", "", None, kind="document", outgoing=False
            )
            mine.file = stored
            self.history.setdefault(user_id, []).append(mine)
        return self._push({"message": message})

    def push_vote(self, user_id: int, message: EmulatedMessage, option_ids: list[int]) -> int:
        """A vote in a native poll (an empty list takes it back), as Telegram reports it."""
        if message.poll is None or message.poll["is_closed"]:
            raise LookupError("not an open poll")
        answer = {
            "poll_id": message.poll["id"],
            "user": self._user(user_id, "User", None),
            "option_ids": option_ids,
            "option_persistent_ids": [str(n) for n in option_ids],
        }
        return self._push({"poll_answer": answer})

    def push_callback(self, user_id: int, message: EmulatedMessage, data: str) -> int:
        self.last_callback_id = f"cq{next(self._update_ids)}"
        query = {
            "id": self.last_callback_id,
            "from": self._user(user_id, "User", None),
            "chat_instance": f"ci{user_id}",
            "message": message.as_api(self.bot_user),
            "data": data,
        }
        return self._push({"callback_query": query})

    def press(self, user_id: int, label: str) -> int:
        for message in reversed(list(self.chats.get(user_id, {}).values())):
            for text, data in message.buttons():
                if text == label:
                    return self.push_callback(user_id, message, data)
        raise LookupError(f"no button {label!r} in chat {user_id}")

    def _push(self, body: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        self.updates.append({"update_id": update_id, **body})
        self._new_update.set()
        return update_id

    def chat(self, chat_id: int) -> list[EmulatedMessage]:
        return list(self.chats.get(chat_id, {}).values())

    async def wait_for(self, predicate: Any, timeout: float = 10.0) -> None:
        """Wait until `predicate()` holds, re-checked after every request the bot makes."""
        async with asyncio.timeout(timeout), self._changed:
            await self._changed.wait_for(predicate)

    # --- the bot's side ------------------------------------------------------------------

    async def _stats(self, request: web.Request) -> web.Response:
        return web.json_response(self.stats.as_dict())

    async def _outage(self, request: web.Request) -> web.Response:
        """Telegram away, for outage tests and benches: `mode` 502 (every call answers Bad
        Gateway), hang (no answer until the client gives up), refuse (the port closes for
        `seconds`, then opens again), off."""
        mode = request.query.get("mode", "off")
        if mode == "refuse":
            seconds = float(request.query.get("seconds", "5"))
            asyncio.get_running_loop().create_task(self.refuse_for(seconds))
        else:
            self.outage = None if mode == "off" else mode
        return web.json_response({"ok": True, "mode": mode})

    async def refuse_for(self, seconds: float) -> None:
        """Close the listening port (connections refused), then open it again."""
        site = self._site
        if site is None or self._runner is None:
            return
        host, port = site._host, site._port  # type: ignore[attr-defined]
        if port == 0:
            port = int(self.base_url.rsplit(":", 1)[1])
        self.outage = "refuse"
        await site.stop()
        await asyncio.sleep(seconds)
        self._site = web.TCPSite(self._runner, host, port)
        await self._site.start()
        self.outage = None

    def _check_limits(self, chat_id: int) -> None:
        """Count and refuse a send that breaks Telegram's limits."""
        if self.limits is None:
            return
        now = time.monotonic()
        window = self._sent_times
        while window and window[0] <= now - 1.0:
            window.popleft()
        over = len(window) >= self.limits.per_second
        if chat_id < 0:
            group = self._group_times.setdefault(chat_id, deque())
            while group and group[0] <= now - 60.0:
                group.popleft()
            over = over or len(group) >= self.limits.group_per_minute
        else:
            last = self._chat_last.get(chat_id)
            over = over or (last is not None and now - last < self.limits.per_chat_interval)
        if over:
            self.stats.violations += 1
            raise ApiError(429, "Too Many Requests: retry after 1", 1)
        window.append(now)
        if chat_id < 0:
            self._group_times[chat_id].append(now)
        else:
            self._chat_last[chat_id] = now

    async def _handle(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        method = request.match_info["method"]
        if token != self.token:
            return self._error(ApiError(401, "Unauthorized"))
        if self.outage is not None:
            self.stats.requests_during_outage += 1
            if self.outage == "hang":
                await asyncio.sleep(3600)  # the client's timeout ends it
            if self.outage == "refuse" and request.transport is not None:
                request.transport.close()  # a connection kept alive from before is cut too
            return self._error(ApiError(502, "Bad Gateway"))
        params = await self._params(request)
        self.calls.append((method, params))
        handler = getattr(self, f"api_{method.lower()}", None)
        try:
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            result = await handler(params)
        except ApiError as exc:
            return self._error(exc)
        finally:
            async with self._changed:
                self._changed.notify_all()
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            return dict(await request.json())
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            if isinstance(value, str) and value[:1] in "[{":
                try:
                    params[key] = json.loads(value)
                    continue
                except ValueError:
                    pass
            params[key] = value
        return params

    @staticmethod
    def _error(exc: ApiError) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": exc.code, "description": exc.description}
        if exc.retry_after is not None:
            body["parameters"] = {"retry_after": exc.retry_after}
        return web.json_response(body, status=exc.code)

    def _check_chat(self, params: dict[str, Any]) -> int:
        try:
            chat_id = int(params["chat_id"])
        except (KeyError, ValueError):
            raise ApiError(400, "Bad Request: chat not found") from None
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat_id

    @staticmethod
    def _markup(params: dict[str, Any]) -> dict[str, Any] | None:
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        if markup:
            for row in markup.get("inline_keyboard", []):
                for button in row:
                    data = button.get("callback_data")
                    if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA:
                        raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                    if "web_app" in button:
                        if int(params.get("chat_id") or 0) < 0:  # private chats only
                            raise ApiError(400, "Bad Request: BUTTON_TYPE_INVALID")
                        check_web_app_url(button["web_app"].get("url"))
        return markup or None

    async def api_getme(self, params: dict[str, Any]) -> dict[str, Any]:
        return self.bot_user

    async def api_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook_url:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = int(params.get("offset") or 0)
        wait = min(float(params.get("timeout") or 0), 50.0)
        # Confirm everything before the offset, as Telegram does.
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates and wait:
            self._new_update.clear()
            try:
                async with asyncio.timeout(wait):
                    await self._new_update.wait()
            except TimeoutError:
                pass
        limit = int(params.get("limit") or 100)
        return self.updates[:limit]

    async def api_deletewebhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url = None
        if params.get("drop_pending_updates") in (True, "true"):
            self.updates.clear()
        return True

    async def api_setwebhook(self, params: dict[str, Any]) -> bool:
        self.webhook_url = params.get("url") or None
        self.webhook_secret = params.get("secret_token") or None
        return True

    async def api_setmycommands(self, params: dict[str, Any]) -> bool:
        scope = params.get("scope") or {"type": "default"}
        key = (json.dumps(scope, sort_keys=True), params.get("language_code") or "")
        self.commands[key] = list(params.get("commands") or [])
        return True

    async def api_deletemycommands(self, params: dict[str, Any]) -> bool:
        scope = params.get("scope") or {"type": "default"}
        self.commands.pop(
            (json.dumps(scope, sort_keys=True), params.get("language_code") or ""), None
        )
        return True

    async def api_setchatmenubutton(self, params: dict[str, Any]) -> bool:
        button = params.get("menu_button") or {"type": "default"}
        if isinstance(button, str):
            button = json.loads(button)
        kind = button.get("type")
        if kind not in ("default", "commands", "web_app"):
            raise ApiError(400, "Bad Request: can't parse menu button: unknown type")
        if kind == "web_app":
            if not str(button.get("text") or "").strip():
                raise ApiError(400, "Bad Request: menu button text is empty")
            check_web_app_url((button.get("web_app") or {}).get("url"))
        chat_id = int(params["chat_id"]) if params.get("chat_id") not in (None, "") else None
        if chat_id is not None and chat_id < 0:
            raise ApiError(400, "Bad Request: chat not found")  # a private chat's button only
        if kind == "default" and chat_id is not None:
            self.menu_buttons.pop(chat_id, None)
        else:
            self.menu_buttons[chat_id] = button
        return True

    async def api_getchatmenubutton(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"]) if params.get("chat_id") not in (None, "") else None
        return self.menu_button_of(chat_id)

    def menu_button_of(self, chat_id: int | None) -> dict[str, Any]:
        """What Telegram shows this chat: its own button, else the default one."""
        return self.menu_buttons.get(chat_id) or self.menu_buttons.get(None) or {"type": "commands"}

    async def _admit(self, params: dict[str, Any]) -> int:
        """What every send goes through: the chat, injected faults, the limits, the latency."""
        # Limits count requests as they arrive; the answer then takes a round trip.
        self.stats.requests += 1
        chat_id = self._check_chat(params)
        fault = self.faults.pick(self.stats.requests)
        if fault is None:
            try:
                self._check_limits(chat_id)
            except ApiError as refusal:
                fault = refusal
        elif fault.code == 429:
            self.stats.injected_429 += 1
        else:
            self.stats.injected_5xx += 1
        if self.latency:
            await asyncio.sleep(self.latency)
        if fault is not None:
            raise fault
        return chat_id

    def _deliver(self, message: EmulatedMessage) -> dict[str, Any]:
        if self.keep_messages:
            self.chats.setdefault(message.chat_id, {})[message.message_id] = message
            self.history.setdefault(message.chat_id, []).append(message)
        now = time.monotonic()
        self.stats.delivered += 1
        self.stats.per_chat[message.chat_id] += 1
        self.stats.first_at = self.stats.first_at or now
        self.stats.last_at = now
        self.stats.times.append(now)
        return message.as_api(self.bot_user)

    @staticmethod
    def _text(params: dict[str, Any], key: str = "text") -> tuple[str, str]:
        text = str(params.get(key) or "")
        mode = params.get("parse_mode")
        error = message_text_error(text, mode) if key == "text" or text else None
        if error:
            raise ApiError(
                400, error.replace("message text", "caption") if key != "text" else error
            )
        return visible_text(text, mode), text

    async def api_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = await self._admit(params)
        text, html = self._text(params)
        message = EmulatedMessage(
            next(self._message_ids), chat_id, text, html, self._markup(params)
        )
        return self._deliver(message)

    async def _send_file(self, params: dict[str, Any], kind: str) -> dict[str, Any]:
        chat_id = await self._admit(params)
        text, html = self._text(params, "caption")
        stored = self._file(params, kind)
        message = EmulatedMessage(
            next(self._message_ids), chat_id, text, html, self._markup(params), kind=kind
        )
        message.file = stored
        return self._deliver(message)

    async def api_sendphoto(self, params: dict[str, Any]) -> dict[str, Any]:
        return await self._send_file(params, "photo")

    async def api_senddocument(self, params: dict[str, Any]) -> dict[str, Any]:
        return await self._send_file(params, "document")

    def _file(self, params: dict[str, Any], kind: str) -> StoredFile:
        """An upload (multipart, `attach://name` or the part itself) or a known file_id."""
        value = params.get(kind)
        if isinstance(value, str) and value.startswith("attach://"):
            value = params.get(value.removeprefix("attach://"))
        if isinstance(value, str):
            known = self.files.get(value)
            if known is None:
                raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
            return known
        if not isinstance(value, FileField):
            raise ApiError(400, f"Bad Request: there is no {kind} in the request")
        content = value.file.read()
        if not content:
            raise ApiError(400, "Bad Request: file must be non-empty")
        number = next(self._file_ids)
        stored = StoredFile(
            f"emu-{kind}-{number}",
            f"u{number}",
            value.filename or f"{kind}-{number}",
            content,
            value.content_type or "application/octet-stream",
        )
        self.files[stored.file_id] = stored
        return stored

    async def api_sendpoll(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = await self._admit(params)
        question = str(params.get("question") or "")
        options = [
            option if isinstance(option, str) else str(option.get("text", ""))
            for option in params.get("options") or []
        ]
        if not 1 <= len(question) <= 300:
            raise ApiError(400, "Bad Request: poll question length must not exceed 300")
        if not 2 <= len(options) <= 12:
            raise ApiError(400, "Bad Request: poll must have 2-12 options")
        if any(not 1 <= len(option) <= 100 for option in options):
            raise ApiError(400, "Bad Request: poll options length must not exceed 100")
        poll = {
            "id": str(next(self._poll_ids)),
            "question": question,
            "options": [
                {"text": option, "voter_count": 0, "persistent_id": str(n)}
                for n, option in enumerate(options)
            ],
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": params.get("is_anonymous") not in (False, "false", "False"),
            "type": "regular",
            "allows_multiple_answers": params.get("allows_multiple_answers") in (True, "true"),
            "allows_revoting": True,
            "members_only": False,
        }
        message = EmulatedMessage(
            next(self._message_ids), chat_id, question, question, self._markup(params), kind="poll"
        )
        message.poll = poll
        return self._deliver(message)

    async def api_stoppoll(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._check_chat(params)
        message = self._find(chat_id, params)
        if message.poll is None:
            raise ApiError(400, "Bad Request: message with poll to stop not found")
        if message.poll["is_closed"]:
            raise ApiError(400, "Bad Request: poll has already been closed")
        message.poll["is_closed"] = True
        return message.poll

    async def api_sendchataction(self, params: dict[str, Any]) -> bool:
        chat_id = self._check_chat(params)
        self.actions[chat_id] = (str(params.get("action") or "typing"), time.monotonic())
        return True

    async def api_deletemessage(self, params: dict[str, Any]) -> bool:
        chat_id = self._check_chat(params)
        message = self.chats.get(chat_id, {}).pop(int(params.get("message_id") or 0), None)
        if message is None:
            raise ApiError(400, "Bad Request: message to delete not found")
        self.history[chat_id] = [m for m in self.history.get(chat_id, []) if m is not message]
        return True

    async def api_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._check_chat(params)
        message = self._find(chat_id, params)
        text = str(params.get("text", ""))
        mode = params.get("parse_mode")
        error = message_text_error(text, mode)
        if error:
            raise ApiError(400, error)
        markup = self._markup(params)
        if message.html == text and message.reply_markup == markup:
            raise ApiError(400, "Bad Request: message is not modified")
        message.text, message.html, message.reply_markup = visible_text(text, mode), text, markup
        return message.as_api(self.bot_user)

    async def api_editmessagereplymarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = self._check_chat(params)
        message = self._find(chat_id, params)
        markup = self._markup(params)
        if message.reply_markup == markup:
            raise ApiError(400, "Bad Request: message is not modified")
        message.reply_markup = markup
        return message.as_api(self.bot_user)

    async def api_answercallbackquery(self, params: dict[str, Any]) -> bool:
        self.callback_answers[str(params.get("callback_query_id"))] = params
        return True

    def _find(self, chat_id: int, params: dict[str, Any]) -> EmulatedMessage:
        message = self.chats.get(chat_id, {}).get(int(params.get("message_id") or 0))
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        return message
