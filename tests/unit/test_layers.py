"""The import-linter contracts cover every feature: a new handler package or module is part of
the "independent features" contract (it was once left out for two features)."""

from __future__ import annotations

import tomllib

from tests.conftest import PROJECT_ROOT


def test_every_feature_handler_is_in_the_independence_contract() -> None:
    config = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(
        c
        for c in config["tool"]["importlinter"]["contracts"]
        if c["type"] == "independence" and "handlers.activities" in c["modules"]
    )
    folder = PROJECT_ROOT / "handlers"
    features = {
        f"handlers.{path.stem}"
        for path in folder.iterdir()
        if (path.suffix == ".py" and path.stem != "__init__")
        or (path.is_dir() and (path / "__init__.py").exists() and path.name != "common")
    }
    assert features == set(contract["modules"])
