"""Fewer filter checks per update, with the same handler chosen.

aiogram tries the routers in order and, in each, every handler's filters in turn, handing each
filter the update's whole context (some sixty entries here, copied at each step). With sixty
routers that was most of an update's time: a member's plain "hello" visited them all. Two
shortcuts, applied once the tree is built (`index_routers`), never change which handler runs:

- a handler is passed over at once when a key its filters require is read false from the
  update itself: the dialog step its state filter names, the prefix of its callback data
  filter, the command of its Command filter (its filters could not all have passed, and they
  are pure: they read the update and the person, so skipping them loses nothing);
- a router is not entered when its own role filter fails (read straight from the person, as
  the filter would), or when no handler in it or below could take the update: none of its
  keys matches and every handler there has one (and no outer middleware is registered there).

Everything else (magic filters, the role filters on entry, the handlers' own checks) runs as
before."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from inspect import isclass
from typing import Any, Literal

from aiogram import Router
from aiogram.dispatcher.event.bases import REJECTED, UNHANDLED, SkipHandler
from aiogram.dispatcher.event.handler import FilterObject, HandlerObject
from aiogram.dispatcher.event.telegram import TelegramEventObserver
from aiogram.enums import ChatType
from aiogram.filters import Command, StateFilter
from aiogram.filters.callback_data import CallbackQueryFilter
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message, TelegramObject

from bot.filters import IsAdmin, IsApproved, IsOrganizer, PrivateChat

# A necessary condition of some filter: read from the event and the update's context.
Gate = Callable[[TelegramObject, dict[str, Any]], bool]
# What a handler's filter requires: one of these callback prefixes, commands or dialog steps.
Key = tuple[Literal["prefix", "command", "state"], frozenset[Any]]
GATES = "tansiq_gates"  # the attribute of a HandlerObject holding its gates

# Role filters on a router, read straight: what their __call__ decides from the same data.
ROLE_GATES: dict[type, Gate] = {
    IsApproved: lambda e, d: (a := d.get("actor")) is not None and (a.approved or a.is_admin),
    IsOrganizer: lambda e, d: (a := d.get("actor")) is not None and a.is_organizer,
    IsAdmin: lambda e, d: (a := d.get("actor")) is not None and a.is_admin,
    PrivateChat: lambda e, d: isinstance(e, Message) and e.chat.type == ChatType.PRIVATE,
}


def command_name(message: Message) -> str | None:
    """ "profile" for "/profile@tansiq_bot Amal"; None for text that is no command."""
    text = message.text or message.caption
    if not text or text[0] != "/":
        return None
    return text.split(maxsplit=1)[0][1:].partition("@")[0]


def _state_names(allowed: Iterable[object]) -> frozenset[str | None] | None:
    names: set[str | None] = set()
    for state in allowed:
        if state == "*" or (isinstance(state, State) and state.state == "*"):
            return None  # any step
        if isinstance(state, str) or state is None:
            names.add(state)
        elif isinstance(state, State):
            names.add(state.state)
        elif isinstance(state, StatesGroup):
            names.update(type(state).__all_states_names__)
        elif isclass(state) and issubclass(state, StatesGroup):
            names.update(state.__all_states_names__)
        else:
            return None  # a kind this module does not know: no key
    return frozenset(names)


def _key_of_filter(check: FilterObject) -> Key | None:
    callback = check.callback
    if isinstance(callback, CallbackQueryFilter):
        data = callback.callback_data
        return ("prefix", frozenset({data.__prefix__})) if data.__separator__ == ":" else None
    if isinstance(callback, Command):
        plain = all(isinstance(c, str) for c in callback.commands)
        if plain and callback.prefix == "/" and not callback.ignore_case:
            return "command", frozenset(callback.commands)
        return None
    if isinstance(callback, (State, StatesGroup)):
        names = _state_names([callback])
    elif isinstance(callback, StateFilter):
        names = _state_names(callback.states)
    else:
        return None
    return ("state", names) if names is not None else None


def _keys_of(handler: HandlerObject) -> list[Key]:
    return [key for check in handler.filters or () if (key := _key_of_filter(check))]


def _gate(key: Key) -> Gate:
    kind, values = key
    if kind == "state":
        return lambda event, data: data.get("raw_state") in values
    if kind == "prefix":
        return lambda event, data: (
            isinstance(event, CallbackQuery)
            and bool(event.data)
            and event.data.partition(":")[0] in values  # type: ignore[union-attr]
        )
    return lambda event, data: isinstance(event, Message) and command_name(event) in values


class IndexedObserver(TelegramEventObserver):
    """aiogram's observer, passing over a handler whose gates are closed before its filters."""

    async def trigger(self, event: TelegramObject, **kwargs: Any) -> Any:
        for handler in self.handlers:
            gates: tuple[Gate, ...] = getattr(handler, GATES, ())
            if gates and not all(gate(event, kwargs) for gate in gates):
                continue
            kwargs["handler"] = handler
            result, data = await handler.check(event, **kwargs)
            if result:
                kwargs.update(data)
                try:
                    wrapped_inner = self.outer_middleware.wrap_middlewares(
                        self._resolve_middlewares(), handler.call
                    )
                    return await wrapped_inner(event, kwargs)
                except SkipHandler:
                    continue
        return UNHANDLED


@dataclass(frozen=True, slots=True)
class Entry:
    """What a router and those below it could handle of one update type."""

    roles: tuple[Gate, ...]  # the router's own filters, read straight (each must pass)
    anything: bool  # some handler below has no key: worth entering whatever the update
    prefixes: frozenset[str]  # else: the callback data prefixes handled below,
    commands: frozenset[str]  # the commands,
    states: frozenset[str | None]  # and the dialog steps

    def may_handle(self, event: TelegramObject, data: dict[str, Any]) -> bool:
        if not all(gate(event, data) for gate in self.roles):
            return False
        if self.anything or (self.states and data.get("raw_state") in self.states):
            return True
        if isinstance(event, CallbackQuery):
            return bool(event.data) and event.data.partition(":")[0] in self.prefixes  # type: ignore[union-attr]
        return isinstance(event, Message) and command_name(event) in self.commands


class IndexedRouter(Router):
    """aiogram's router, not entering a router below that could not handle the update."""

    async def _propagate_event(
        self,
        observer: TelegramEventObserver | None,
        update_type: str,
        event: TelegramObject,
        **kwargs: Any,
    ) -> Any:
        response = UNHANDLED
        if observer:
            result, data = await observer.check_root_filters(event, **kwargs)
            if not result:
                return UNHANDLED
            kwargs.update(data)
            response = await observer.trigger(event, **kwargs)
            if response is REJECTED:  # pragma: no cover - as in aiogram
                return UNHANDLED
            if response is not UNHANDLED:
                return response
        for router in self.sub_routers:
            entries: dict[str, Entry] | None = getattr(router, "entries", None)
            if entries is not None:
                entry = entries.get(update_type)
                if entry is None or not entry.may_handle(event, kwargs):
                    continue
            response = await router.propagate_event(update_type=update_type, event=event, **kwargs)
            if response is not UNHANDLED:
                break
        return response


def _role_gate(check: FilterObject) -> Gate | None:
    return next((g for kind, g in ROLE_GATES.items() if isinstance(check.callback, kind)), None)


def _entries(router: Router) -> dict[str, Entry]:
    """Per update type handled by `router` or below, what could be handled."""
    below = [_entries(child) for child in router.sub_routers]
    entries: dict[str, Entry] = {}
    for name, observer in router.observers.items():
        children = [entry[name] for entry in below if name in entry]
        if not (observer.handlers or observer.outer_middleware or children):
            continue
        anything = bool(observer.outer_middleware) or any(c.anything for c in children)
        found: dict[str, set[Any]] = {"prefix": set(), "command": set(), "state": set()}
        for child in children:
            found["prefix"] |= child.prefixes
            found["command"] |= child.commands
            found["state"] |= child.states
        for handler in observer.handlers:
            keys = _keys_of(handler)
            if not keys:
                anything = True
                continue
            kind, values = min(keys, key=lambda k: ("prefix", "command", "state").index(k[0]))
            found[kind] |= values
        roles = (_role_gate(check) for check in observer._handler.filters or ())
        entries[name] = Entry(
            roles=tuple(gate for gate in roles if gate is not None),
            anything=anything,
            prefixes=frozenset(found["prefix"]),
            commands=frozenset(found["command"]),
            states=frozenset(found["state"]),
        )
    return entries


def index_routers(root: Router) -> Router:
    """Give `root` and every router below it the shortcuts. Call it once all handlers are
    registered and before their filters are wrapped (bot.filters.filters_in_the_loop): a handler
    registered later is tried without gates, and a router included later is always entered."""
    for router in root.chain_tail:
        for observer in router.observers.values():
            if type(observer) is TelegramEventObserver:
                observer.__class__ = IndexedObserver  # same fields: only `trigger` differs
            for handler in observer.handlers:
                setattr(handler, GATES, tuple(_gate(key) for key in _keys_of(handler)))
        if type(router) is Router:
            router.__class__ = IndexedRouter
        router.entries = _entries(router)  # type: ignore[attr-defined]
    return root
