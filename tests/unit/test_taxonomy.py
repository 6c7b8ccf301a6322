from pathlib import Path

import pytest

from bot.config import DEFAULT_TAXONOMY
from storage.services.taxonomy import TaxonomyFileError, read_taxonomy_file


def test_the_report_taxonomy() -> None:
    data = read_taxonomy_file(DEFAULT_TAXONOMY)
    assert [s["code"] for s in data.sectors] == [
        "protection",
        "participation",
        "prevention",
        "recovery",
        "legislation",
        "awareness",
        "empowerment",
        "climate_change",
    ]
    assert [a["code"] for a in data.actor_types] == [
        "local_ngo",
        "national_institution",
        "international",
    ]
    regions = [g["region"] for g in data.governorates]
    assert regions.count("federal") == 15 and regions.count("kurdistan") == 4
    assert [lang["code"] for lang in data.languages] == ["en", "ar", "ckb"]


def test_a_term_without_all_three_names_is_refused(tmp_path: Path) -> None:
    broken = DEFAULT_TAXONOMY.read_text(encoding="utf-8").replace(
        'names = { en = "Protection", ar = "الحماية", ckb = "پاراستن" }',
        'names = { en = "Protection", ar = "الحماية" }',
    )
    path = tmp_path / "broken.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(TaxonomyFileError, match="protection"):
        read_taxonomy_file(path)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyFileError, match="not found"):
        read_taxonomy_file(tmp_path / "nope.toml")
