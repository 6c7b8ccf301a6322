"""Anonymous tallies: the counts a forgotten person leaves behind, by actor type and governorate.

Statistics, meeting answers and poll results add these to what they count from people's rows,
so totals stay right after a /forget while nothing links them to anyone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any, NamedTuple

from sqlalchemy import Select, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AnonymousTally


class TallyKey(NamedTuple):
    subject: str
    ref: int
    question: int = 0
    value: str = ""
    actor_type_id: int = 0
    governorate_id: int = 0


async def add_tallies(session: AsyncSession, counts: Counter[TallyKey]) -> None:
    """Add to the tallies inside the caller's transaction (two forgets at once add up)."""
    if not counts:
        return
    insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
    rows = [key._asdict() | {"count": count} for key, count in counts.items()]
    statement = insert(AnonymousTally).values(rows)
    statement = statement.on_conflict_do_update(
        index_elements=list(TallyKey._fields),
        set_={"count": AnonymousTally.count + statement.excluded.count},
    )
    await session.execute(statement)


async def tallied(
    session: AsyncSession, subject: str, refs: Iterable[int] | Select[Any]
) -> list[AnonymousTally]:
    """The tallies of one subject for these meetings or polls (ids, or a query of ids)."""
    ids = refs if isinstance(refs, Select) else list(refs)
    rows = await session.scalars(
        select(AnonymousTally).where(AnonymousTally.subject == subject, AnonymousTally.ref.in_(ids))
    )
    return list(rows)


def total(tallies: Iterable[AnonymousTally]) -> int:
    return sum(t.count for t in tallies)
