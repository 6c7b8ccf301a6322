"""Polls: each question's results, overall and by actor type and governorate. A segment where
fewer than five people answered is not shown (storage.services.segments)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from console.screen import Screen, data_table, esc, field, option, row
from notices.polls import option_label, question_html, question_text, template_of
from storage.models import Poll
from storage.services.polls import PollService, QuestionResult
from storage.services.segments import visible_segments
from storage.services.taxonomy import Term


def poll_title(screen: Screen, poll: Poll) -> str:
    if template_of(poll) == "own":
        return esc(question_text(screen.core, poll.questions[0], screen.locale)[:60])
    return screen.t(f"btn-poll-tpl-{template_of(poll)}")


async def render(screen: Screen, polls: PollService, query: Mapping[str, str]) -> str:
    recent = await polls.recent()
    if not recent:
        return screen.section(screen.t("console-nav-polls"), f"<p>{screen.t('poll-none')}</p>")
    wanted = query.get("id", "")
    poll_id = int(wanted) if wanted.isdigit() and int(wanted) in {p.id for p in recent} else None
    poll_id = poll_id or recent[0].id
    choices = "".join(option(p.id, poll_title(screen, p), p.id == poll_id) for p in recent)
    picker = (
        f'<form class="filters" data-view="polls">'
        f"{field(screen.t('console-pick-poll'), 'id', choices)}</form>"
    )
    poll, results, answered, sent = await polls.results(poll_id)
    header = screen.t(
        "poll-results-header", title=poll_title(screen, poll), answered=answered, sent=sent,
        status=poll.status,
    )  # fmt: skip
    summary = f'{picker}<p class="text">{header}</p>'
    blocks = [screen.section(screen.t("console-nav-polls"), summary)]
    for spec, result in zip(poll.questions, results, strict=True):
        blocks.append(_question(screen, spec, result))
    return "".join(blocks)


def _question(screen: Screen, spec: dict[str, Any], result: QuestionResult) -> str:
    heading = question_html(screen.core, spec, screen.locale)
    if result.kind == "text":
        body = f"<p>{screen.t('poll-texts-count', count=len(result.texts))}</p>"
        return screen.section(heading, body)
    options = list(spec["options"])
    labels = [esc(option_label(screen.taxonomy, spec, o, screen.locale)) for o in options]
    total = sum(result.counts.values())
    overall = "".join(
        f'<tr><th scope="row">{label}</th><td class="num">{result.counts[option]}</td>'
        f'<td><meter min="0" max="{max(total, 1)}" value="{result.counts[option]}"></meter></td>'
        "</tr>"
        for option, label in zip(options, labels, strict=True)
    )
    body = f'<table class="figure">{overall}</table>'
    for key, terms, segments in (
        ("poll-by-actor-type", screen.taxonomy.actor_types, result.by_actor_type),
        ("poll-by-governorate", screen.taxonomy.governorates, result.by_governorate),
    ):
        body += _segments(screen, key, terms, segments, options, labels)
    return screen.section(heading, body, data_block="question")


def _segments(
    screen: Screen,
    key: str,
    terms: Sequence[Term],
    segments: Mapping[int | None, Counter[str]],
    options: list[str],
    labels: list[str],
) -> str:
    shown = visible_segments({k: v for k, v in segments.items() if k is not None})
    if not shown:
        return ""
    head = "".join(f"<th>{label}</th>" for label in labels)
    rows = []
    for term in terms:
        if term.id not in shown:
            continue
        counts = shown[term.id]
        if counts is None:
            too_few = screen.t("console-too-few")
            cells = f'<td colspan="{len(options)}" class="muted">{too_few}</td>'
        else:
            cells = "".join(f'<td class="num">{counts[option]}</td>' for option in options)
        rows.append(row(esc(term.name(screen.locale)), cells))
    return f"<h3>{screen.t(key)}</h3>" + data_table(head, rows)
