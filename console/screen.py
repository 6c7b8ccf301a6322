"""What every view renders with: the reader's catalogues and direction, and small HTML pieces.

Texts from the catalogues are already HTML-safe (the core escapes every variable); anything
else taken from the database goes through `esc`, and text in another script sits in `<bdi>`."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from aiogram_i18n.cores import BaseCore

from bot.config import Settings
from bot.i18n import RTL_LOCALES
from storage.models import Person
from storage.services.actors import Actor
from storage.services.taxonomy import Taxonomy


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


@dataclass(frozen=True)
class Screen:
    core: BaseCore
    locale: str
    actor: Actor
    person: Person | None
    settings: Settings
    taxonomy: Taxonomy

    @property
    def dir(self) -> str:
        return "rtl" if self.locale in RTL_LOCALES else "ltr"

    def t(self, key: str, **variables: Any) -> str:
        return str(self.core.get(key, self.locale, **variables))

    def section(self, heading: str, body: str, **attributes: str) -> str:
        """A block with its own direction: `dir=auto` would flip a paragraph that starts with
        a Latin name or an emoji."""
        extra = "".join(f' {name.replace("_", "-")}="{esc(v)}"' for name, v in attributes.items())
        return (
            f'<section class="block" dir="{self.dir}" lang="{esc(self.locale)}"{extra}>'
            f"<h2>{heading}</h2>{body}</section>"
        )


def bdi(text: object) -> str:
    """User text (a name, a title) kept in its own direction inside the reader's."""
    return f"<bdi>{esc(text)}</bdi>"


def view_link(label: str, view: str, query: str = "") -> str:
    return f'<a href="#" class="go" data-view="{esc(view)}" data-query="{esc(query)}">{label}</a>'


def option(value: object, label: str, chosen: bool = False) -> str:
    return f'<option value="{esc(value)}"{" selected" if chosen else ""}>{label}</option>'


def field(label: str, name: str, options: str) -> str:
    return f'<label>{label}<select name="{esc(name)}">{options}</select></label>'


def row(heading: str, cells: str) -> str:
    return f'<tr><th scope="row">{heading}</th>{cells}</tr>'


def data_table(head: str, rows: list[str], css: str = "data") -> str:
    """A table that scrolls sideways on a narrow phone; the first column names each row."""
    return (
        f'<div class="scroll"><table class="{css}"><thead><tr><th></th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
