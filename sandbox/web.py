"""The chat page: a small JSON API over the emulator's chats, and one HTML page that renders
them as Telegram would (formatting, inline keyboards, photos, documents, native polls, right to
left for Arabic and Sorani).

It drives the admin's chat, so it guards itself: served on 127.0.0.1 unless told otherwise, every
path under a random key made at each start (printed on the console), and requests whose `Host`
is not this page or whose `Origin` is another site refused (a page elsewhere cannot post to it,
and DNS rebinding finds a wrong Host)."""

from __future__ import annotations

import asyncio
import json
import mimetypes
import secrets
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

from bot.app import App
from bot.console import CONSOLE_PATH
from emulator.server import BotApiEmulator, EmulatedMessage
from emulator.web_app import launch_address, signed_launch_data
from sandbox.users import USERS

PAGE = Path(__file__).with_name("page.html")
# The colours Telegram's light theme hands a Mini App.
SANDBOX_THEME = {
    "bg_color": "#ffffff",
    "text_color": "#000000",
    "hint_color": "#707579",
    "link_color": "#3390ec",
    "button_color": "#3390ec",
    "button_text_color": "#ffffff",
    "secondary_bg_color": "#f4f4f5",
}
RTL = frozenset({"ar", "ckb"})
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "[::1]"})
WILDCARD_HOSTS = frozenset({"0.0.0.0", "::", ""})


class SandboxPage:
    def __init__(
        self,
        emulator: BotApiEmulator,
        app: App,
        load_demo: Callable[[App], Awaitable[str]],
        console: web.Application | None = None,
    ) -> None:
        self.emulator = emulator
        self.app = app
        self.load_demo = load_demo
        self.console = console  # the organizers' Mini App, opened from the chat page
        self._runner: web.AppRunner | None = None
        self._callbacks: dict[int, list[str]] = {}  # user -> callback query ids not yet shown
        self._demo_lock = asyncio.Lock()
        self.key = secrets.token_urlsafe(18)
        self._allowed_hosts: frozenset[str] = frozenset()
        self._any_host = False

    def application(self) -> web.Application:
        application = web.Application(
            client_max_size=20 * 1024**2,  # Telegram's bot limit
            middlewares=[self._guard],
        )
        at = f"/{self.key}"
        application.router.add_get(at, self._to_page)
        application.router.add_get(f"{at}/", self.page)
        application.router.add_get(f"{at}/api/users", self.users)
        application.router.add_get(f"{at}/api/chat/{{user}}", self.chat)
        application.router.add_post(f"{at}/api/send", self.send)
        application.router.add_post(f"{at}/api/press", self.press)
        application.router.add_post(f"{at}/api/vote", self.vote)
        application.router.add_post(f"{at}/api/upload", self.upload)
        application.router.add_post(f"{at}/api/demo", self.demo)
        application.router.add_get(f"{at}/files/{{file_id}}", self.file)
        application.router.add_post(f"{at}/api/webapp", self.web_app)
        if self.console is not None:
            application.add_subapp(f"{at}{CONSOLE_PATH}", self.console)
        return application

    async def start(self, host: str, port: int) -> str:
        """Serve the page; returns its address, key included."""
        self._runner = web.AppRunner(self.application(), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._any_host = host in WILDCARD_HOSTS
        names = {host, *LOOPBACK_NAMES} - WILDCARD_HOSTS
        self._allowed_hosts = frozenset(f"{name}:{bound}" for name in names)
        shown = "127.0.0.1" if self._any_host else host
        return f"http://{shown}:{bound}/{self.key}"

    @web.middleware
    async def _guard(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        host = request.headers.get("Host", "")
        if not self._any_host and host not in self._allowed_hosts:
            raise web.HTTPForbidden(text="wrong Host")
        origin = request.headers.get("Origin")
        if request.method not in ("GET", "HEAD") and origin is not None:
            if urlsplit(origin).netloc != host:
                raise web.HTTPForbidden(text="another site may not use the sandbox")
        if request.headers.get("Sec-Fetch-Site") == "cross-site":
            raise web.HTTPForbidden(text="another site may not use the sandbox")
        return await handler(request)

    async def _to_page(self, request: web.Request) -> web.Response:
        raise web.HTTPFound(f"/{self.key}/")

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # --- pages ----------------------------------------------------------------------------

    async def page(self, request: web.Request) -> web.Response:
        return web.Response(text=PAGE.read_text(encoding="utf-8"), content_type="text/html")

    async def users(self, request: web.Request) -> web.Response:
        listed = []
        for user in USERS:
            person = await self.app.people.by_telegram_id(user.telegram_id)
            locale = (person.locale if person else None) or user.locale
            listed.append(
                {
                    "id": user.telegram_id,
                    "name": user.name,
                    "role": user.role,
                    "locale": locale,
                    "status": person.status if person else "new",
                    "organization": user.organization or "",
                }
            )
        return web.json_response({"users": listed})

    async def chat(self, request: web.Request) -> web.Response:
        user_id = self._user(request.match_info["user"])
        person = await self.app.people.by_telegram_id(user_id)
        locale = person.locale if person and person.locale else None
        messages = [self._message(m) for m in self.emulator.history.get(user_id, [])]
        alerts = []
        pending = self._callbacks.get(user_id, [])
        for query_id in list(pending):
            answer = self.emulator.callback_answers.get(query_id)
            if answer is not None:
                pending.remove(query_id)
                if answer.get("text"):
                    alerts.append(
                        {
                            "text": answer["text"],
                            "alert": answer.get("show_alert") in (True, "true"),
                        }
                    )
        action = self.emulator.actions.get(user_id)
        if action is not None and time.monotonic() - action[1] > 5:  # Telegram shows it 5 s
            action = None
        return web.json_response(
            {
                "messages": messages,
                "alerts": alerts,
                "rtl": locale in RTL,
                "action": action[0] if action else None,
                "commands": self._commands(user_id, locale),
                "menu_button": self.emulator.menu_button_of(user_id),
            }
        )

    def _commands(self, user_id: int, locale: str | None) -> list[dict[str, str]]:
        """The menu Telegram would show this person: their own, else the default one."""
        own = json.dumps({"type": "chat", "chat_id": user_id}, sort_keys=True)
        default = json.dumps({"type": "default"}, sort_keys=True)
        language = {"ckb": "ku"}.get(locale or "", locale or "")
        for key in ((own, ""), (default, language), (default, "")):
            if key in self.emulator.commands:
                return self.emulator.commands[key]
        return []

    def _message(self, message: EmulatedMessage) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "id": message.message_id,
            "outgoing": message.outgoing,
            "kind": message.kind,
            "html": message.html,
            "text": message.text,
            "buttons": (message.reply_markup or {}).get("inline_keyboard", []),
            # A reply keyboard: buttons that send their text, as Telegram shows under the input.
            "reply_keyboard": (message.reply_markup or {}).get("keyboard", []),
        }
        if message.file is not None:
            payload["file"] = {"url": f"files/{message.file.file_id}", "name": message.file.name}
        if message.poll is not None:
            payload["poll"] = message.poll
        return payload

    # --- what the person does -------------------------------------------------------------

    @staticmethod
    def _user(value: Any) -> int:
        try:
            user_id = int(value)
        except (TypeError, ValueError):
            raise web.HTTPBadRequest(text="unknown user") from None
        if user_id not in {user.telegram_id for user in USERS}:
            raise web.HTTPBadRequest(text="unknown user")
        return user_id

    async def web_app(self, request: web.Request) -> web.Response:
        """The address Telegram would open for this person's press on a Mini App button: the
        console's, with launch data signed by the sandbox's token. Only the console's own
        address is signed (the page never signs for another site)."""
        body = await request.json()
        user_id = self._user(body.get("user"))
        if urlsplit(str(body.get("url") or "")).path != f"/{self.key}{CONSOLE_PATH}":
            raise web.HTTPBadRequest(text="not this sandbox's Mini App")
        name, username = self._named(user_id)
        person = await self.app.people.by_telegram_id(user_id)
        user = next(u for u in USERS if u.telegram_id == user_id)
        locale = (person.locale if person else None) or user.locale
        signed = signed_launch_data(
            self.emulator.token,
            {
                "id": user_id,
                "first_name": name,
                "username": username,
                "language_code": {"ckb": "ku"}.get(locale, locale),
            },
        )
        address = launch_address(CONSOLE_PATH.lstrip("/"), signed, SANDBOX_THEME)
        return web.json_response({"address": address})

    def _named(self, user_id: int) -> tuple[str, str]:
        user = next(u for u in USERS if u.telegram_id == user_id)
        return user.name, user.username

    async def send(self, request: web.Request) -> web.Response:
        body = await request.json()
        user_id = self._user(body.get("user"))
        text = str(body.get("text") or "").strip()
        if not text:
            raise web.HTTPBadRequest(text="empty message")
        name, username = self._named(user_id)
        self.emulator.push_text(user_id, text[:4096], first_name=name, username=username)
        return web.json_response({"ok": True})

    async def press(self, request: web.Request) -> web.Response:
        body = await request.json()
        user_id = self._user(body.get("user"))
        message = self.emulator.chats.get(user_id, {}).get(int(body.get("message") or 0))
        if message is None:
            raise web.HTTPNotFound(text="message not found")
        self.emulator.push_callback(user_id, message, str(body.get("data") or ""))
        self._callbacks.setdefault(user_id, []).append(self.emulator.last_callback_id)
        return web.json_response({"ok": True})

    async def vote(self, request: web.Request) -> web.Response:
        body = await request.json()
        user_id = self._user(body.get("user"))
        message = self.emulator.chats.get(user_id, {}).get(int(body.get("message") or 0))
        if message is None or message.poll is None:
            raise web.HTTPNotFound(text="poll not found")
        options = [int(option) for option in body.get("options") or []]
        try:
            self.emulator.push_vote(user_id, message, options)
        except LookupError:
            raise web.HTTPConflict(text="the poll is closed") from None
        return web.json_response({"ok": True})

    async def upload(self, request: web.Request) -> web.Response:
        """The person sends a document (multipart: user, file), as from Telegram's paperclip."""
        form = await request.post()
        user_id = self._user(form.get("user"))
        upload = form.get("file")
        if not isinstance(upload, web.FileField):
            raise web.HTTPBadRequest(text="no file")
        content = upload.file.read()
        if not content:
            raise web.HTTPBadRequest(text="empty file")
        name, _ = self._named(user_id)
        self.emulator.push_document(
            user_id,
            upload.filename or "document",
            content,
            upload.content_type or "application/octet-stream",
            first_name=name,
        )
        return web.json_response({"ok": True})

    async def demo(self, request: web.Request) -> web.Response:
        async with self._demo_lock:
            summary = await self.load_demo(self.app)
        return web.json_response({"summary": summary})

    async def file(self, request: web.Request) -> web.Response:
        stored = self.emulator.files.get(request.match_info["file_id"])
        if stored is None:
            raise web.HTTPNotFound()
        inline = stored.mime_type.startswith("image/") or stored.name.endswith((".html", ".csv"))
        disposition = "inline" if inline else "attachment"
        return web.Response(
            body=stored.content,
            content_type=mimetypes.guess_type(stored.name)[0] or stored.mime_type,
            headers={"Content-Disposition": f'{disposition}; filename="{stored.name}"'},
        )
