"""Where Tansiq finds what it ships and keeps what it writes.

Shipped files (catalogues, the taxonomy, the migrations) are package data, found through
importlib.resources: the same from a source checkout and from an installed wheel. What it writes
(SQLite databases, backups) and reads as configuration (.env) lives where the operator says
(TANSIQ_DATA_DIR, TANSIQ_ENV_FILE), never where the process happens to start:

- from a source checkout: <checkout>/data and <checkout>/.env (what `make run` always did);
- installed: $XDG_DATA_HOME/tansiq (~/.local/share/tansiq), and .env inside it.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

_PACKAGE_PARENT = Path(__file__).resolve().parent.parent
# A source checkout (also `pip install -e .`): the project's files sit beside the packages.
SOURCE_CHECKOUT: Path | None = (
    _PACKAGE_PARENT if (_PACKAGE_PARENT / "pyproject.toml").is_file() else None
)


def shipped(package: str) -> Path:
    """The folder of a package's data files (installed wheels unpack to real files)."""
    return Path(str(resources.files(package)))


LOCALES_DIR = shipped("locales")
TAXONOMY_DIR = shipped("taxonomy")
DEFAULT_TAXONOMY = TAXONOMY_DIR / "wps-iraq.toml"
MIGRATIONS_DIR = shipped("storage.migrations")


def data_dir() -> Path:
    configured = os.environ.get("TANSIQ_DATA_DIR", "").strip()
    if configured:
        return Path(configured).expanduser().resolve()
    if SOURCE_CHECKOUT is not None:
        return SOURCE_CHECKOUT / "data"
    base = os.environ.get("XDG_DATA_HOME", "").strip() or str(Path.home() / ".local" / "share")
    return Path(base).expanduser().resolve() / "tansiq"


def env_file() -> Path:
    configured = os.environ.get("TANSIQ_ENV_FILE", "").strip()
    if configured:
        return Path(configured).expanduser().resolve()
    if SOURCE_CHECKOUT is not None:
        return SOURCE_CHECKOUT / ".env"
    return data_dir() / ".env"


def sqlite_url(name: str) -> str:
    return f"sqlite+aiosqlite:///{data_dir() / name}"
