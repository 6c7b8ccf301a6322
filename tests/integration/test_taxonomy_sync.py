from pathlib import Path

from sqlalchemy import func, select

from bot.config import DEFAULT_TAXONOMY
from storage.database import Database
from storage.models import Organization, Sector
from storage.services.taxonomy import load_snapshot, read_taxonomy_file, sync_taxonomy


async def test_sync_is_idempotent_and_deactivates_removed_terms(
    db: Database, tmp_path: Path
) -> None:
    data = read_taxonomy_file(DEFAULT_TAXONOMY)
    async with db.write() as session:
        added = await sync_taxonomy(session, data)
    assert added == {
        "actor_types": 0, "sectors": 0, "governorates": 0, "pillars": 0, "organizations": 0
    }  # fmt: skip

    # Another mechanism's file: seven sectors, one renamed.
    text = DEFAULT_TAXONOMY.read_text(encoding="utf-8")
    text = text.replace('code = "climate_change"', 'code = "climate"').replace(
        '"Climate change"', '"Climate and environment"'
    )
    path = tmp_path / "other.toml"
    path.write_text(text, encoding="utf-8")
    async with db.write() as session:
        added = await sync_taxonomy(session, read_taxonomy_file(path))
    assert added["sectors"] == 1
    async with db.read() as session:
        snapshot = await load_snapshot(session)
        inactive = await session.scalar(select(Sector).where(Sector.code == "climate_change"))
        orgs = await session.scalar(select(func.count()).select_from(Organization))
    assert [s.code for s in snapshot.sectors][-1] == "climate"
    assert snapshot.sectors[-1].name("en") == "Climate and environment"
    assert inactive is not None and inactive.active is False
    assert orgs == len(data.organizations)
    assert [p.code for p in snapshot.pillars] == [
        "participation", "protection", "prevention", "relief_recovery"
    ]  # fmt: skip
