"""What a poll sends: the introduction, each question with its buttons (or one native Telegram
poll), and the reminder. Used by the poll dialog and by the scheduler's poll sweep."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiogram_i18n.cores import BaseCore

from bot.callbacks import PollCb, ResultsChartCb
from bot.i18n import Html, reading_chain
from storage.models import Poll
from storage.services.polls import (
    TEMPLATES,
    QuestionResult,
)
from storage.services.segments import visible_segments
from storage.services.taxonomy import Taxonomy, Term
from storage.services.telegram_text import split_html
from storage.services.text import in_reading_order

RenderResults = Callable[..., list[dict[str, Any]]]


def template_of(poll: Poll) -> str:
    # Polls made before templates had names were all meeting feedback.
    return poll.template if poll.template in TEMPLATES else "feedback"


def in_language(values: dict[str, Any], chain: Sequence[str]) -> Any:
    """The organizer's text in the reader's language, else in her next language written (the
    taxonomy file's reading order)."""
    return in_reading_order(values, chain)


def question_text(core: BaseCore, spec: dict[str, Any], locale: str) -> str:
    """Plain text: what a native poll shows, and what charts and CSV headers use."""
    if "text" in spec:
        return str(in_language(spec["text"], reading_chain(core, locale)))
    return html.unescape(core.get(f"poll-q-{spec['key']}", locale))


def question_html(core: BaseCore, spec: dict[str, Any], locale: str) -> str:
    if "text" in spec:  # the organizer's words are text, never markup
        return html.escape(str(in_language(spec["text"], reading_chain(core, locale))))
    return core.get(f"poll-q-{spec['key']}", locale)


def option_label(taxonomy: Taxonomy, spec: dict[str, Any], option: str, locale: str) -> str:
    if "labels" in spec:
        labels = in_language(spec["labels"], taxonomy.chain(locale))
        return str(labels[int(option)])
    if spec["kind"] == "scale":
        return option
    sector = next((s for s in taxonomy.sectors if s.code == option), None)
    return sector.name(locale) if sector else option


def question_markup(
    core: BaseCore, taxonomy: Taxonomy, poll: Poll, index: int, locale: str, chosen: str | None
) -> dict[str, Any]:
    spec = poll.questions[index]
    if spec["kind"] == "text":
        button = {
            "text": core.get("btn-poll-write", locale),
            "callback_data": PollCb(poll_id=poll.id, question=index, option=-1).pack(),
        }
        return {"inline_keyboard": [[button]]}
    buttons = []
    for n, option in enumerate(spec["options"]):
        label = option_label(taxonomy, spec, option, locale)
        if option == chosen:
            label = f"• {label} •"
        buttons.append(
            {
                "text": label,
                "callback_data": PollCb(poll_id=poll.id, question=index, option=n).pack(),
            }
        )
    width = 5 if spec["kind"] == "scale" else 2 if "labels" not in spec else 1
    return {"inline_keyboard": [buttons[i : i + width] for i in range(0, len(buttons), width)]}


def poll_messages(
    core: BaseCore, taxonomy: Taxonomy
) -> Callable[[Poll, str], list[dict[str, Any]]]:
    def render(poll: Poll, locale: str) -> list[dict[str, Any]]:
        intro = "poll-intro" if poll.meeting_id is not None else "poll-intro-standalone"
        payloads: list[dict[str, Any]] = [
            {"method": "sendMessage", "text": core.get(intro, locale)}
        ]
        if poll.native:
            spec = poll.questions[0]
            payloads.append(
                {
                    "method": "sendPoll",
                    "question": question_text(core, spec, locale),
                    "options": [option_label(taxonomy, spec, o, locale) for o in spec["options"]],
                }
            )
            return payloads
        for index, spec in enumerate(poll.questions):
            payloads.append(
                {
                    "method": "sendMessage",
                    "text": question_html(core, spec, locale),
                    "reply_markup": question_markup(core, taxonomy, poll, index, locale, None),
                }
            )
        return payloads

    return render


def poll_reminder(core: BaseCore) -> Callable[[Poll, str], list[dict[str, Any]]]:
    def render(poll: Poll, locale: str) -> list[dict[str, Any]]:
        key = "poll-reminder" if poll.meeting_id is not None else "poll-reminder-standalone"
        return [{"method": "sendMessage", "text": core.get(key, locale)}]

    return render


# --- results ---------------------------------------------------------------------------------


def title_of(core: BaseCore, poll: Poll, locale: str) -> str:
    if template_of(poll) == "own":
        return question_text(core, poll.questions[0], locale)[:60]
    return str(core.get(f"btn-poll-tpl-{template_of(poll)}", locale))


def _names(core: BaseCore, terms: Sequence[Term], locale: str) -> str:
    return str(core.get("common-list-separator", locale)).join(t.name(locale) for t in terms)


def _headline(
    core: BaseCore, taxonomy: Taxonomy, spec: dict[str, Any], counts: Counter[str], locale: str
) -> dict[str, Any]:
    """A group's result in a few words: the average of a scale, the top option of a choice."""
    votes = sum(counts.values())
    if spec["kind"] == "scale":
        mean = sum(int(v) * c for v, c in counts.items()) / votes
        return {"mean": round(mean, 1), "count": votes}
    top, count = counts.most_common(1)[0]
    return {"option": option_label(taxonomy, spec, top, locale), "count": count, "total": votes}


def _group_line(
    core: BaseCore, taxonomy: Taxonomy, spec: dict[str, Any], term: Term, counts: Counter[str],
    locale: str,
) -> str:  # fmt: skip
    found = _headline(core, taxonomy, spec, counts, locale)
    if "mean" in found:
        return str(core.get("poll-mean-line", locale, type=term.name(locale), **found))
    return str(core.get("poll-top-line", locale, place=term.name(locale), **found))


def _breakdowns(
    core: BaseCore, taxonomy: Taxonomy, spec: dict[str, Any], result: QuestionResult, locale: str
) -> list[str]:
    """Every actor type and governorate (for organizers); a group where fewer than five
    answered is not shown, and when only one is hidden the next smallest goes with it."""
    lines: list[str] = []
    for heading, terms, counts in (
        ("poll-by-actor-type", taxonomy.actor_types, result.by_actor_type),
        ("poll-by-governorate", taxonomy.governorates, result.by_governorate),
    ):
        shown = visible_segments({t.id: counts[t.id] for t in terms if counts.get(t.id)})
        groups = [(t, shown[t.id]) for t in terms if shown.get(t.id) is not None]
        hidden = [t for t in terms if t.id in shown and shown[t.id] is None]
        if groups or hidden:
            lines.append(str(core.get(heading, locale)))
            lines += [_group_line(core, taxonomy, spec, t, c, locale) for t, c in groups if c]
        if hidden:
            lines.append(str(core.get("poll-too-few", locale, groups=_names(core, hidden, locale))))
    return lines


def _own_groups(
    core: BaseCore, taxonomy: Taxonomy, spec: dict[str, Any], result: QuestionResult,
    person: Segments, locale: str,
) -> list[str]:  # fmt: skip
    """The person's own actor type and governorates, beside the overall result."""
    lines = []
    wanted: list[tuple[str, Term | None, dict[Any, Counter[str]], Sequence[Term], int]] = []
    if person.actor_type_id is not None:
        wanted.append(
            ("type", taxonomy.actor_type(person.actor_type_id), result.by_actor_type,
             taxonomy.actor_types, person.actor_type_id)
        )  # fmt: skip
    wanted += [
        ("place", taxonomy.governorate(g), result.by_governorate, taxonomy.governorates, g)
        for g in person.governorates
    ]
    for dimension, term, counts, terms, term_id in wanted:
        if term is None:
            continue
        shown = visible_segments({t.id: counts[t.id] for t in terms if counts.get(t.id)})
        mine = shown.get(term_id)
        if not mine:
            lines.append(
                str(core.get("poll-segment-hidden", locale, dimension=dimension,
                             name=term.name(locale)))
            )  # fmt: skip
            continue
        found = _headline(core, taxonomy, spec, mine, locale)
        key = "poll-segment-mean" if "mean" in found else "poll-segment-top"
        lines.append(
            str(core.get(key, locale, dimension=dimension, name=term.name(locale), **found))
        )
    return lines


@dataclass(frozen=True, slots=True)
class Segments:
    """Whose cut of the results: a person's actor type and governorates."""

    actor_type_id: int | None
    governorates: tuple[int, ...]


def results_text(
    core: BaseCore,
    taxonomy: Taxonomy,
    poll: Poll,
    results: Sequence[QuestionResult],
    answered: int,
    sent: int,
    locale: str,
    *,
    include_texts: bool,
    person: Segments | None = None,
) -> str:
    """The results: for organizers every group; for a person who took part, their own groups
    beside the overall result (free texts only counted)."""
    lines = [
        core.get(
            "poll-results-header", locale, title=title_of(core, poll, locale), answered=answered,
            sent=sent, status=poll.status,
        )
    ]  # fmt: skip
    for spec, result in zip(poll.questions, results, strict=True):
        lines += ["", question_html(core, spec, locale)]
        if result.kind == "text":
            if include_texts:
                found = [core.get("poll-text-line", locale, text=t) for t in result.texts]
                lines += found or ["—"]
            else:
                lines.append(core.get("poll-texts-count", locale, count=len(result.texts)))
            continue
        total = sum(result.counts.values()) or 1
        for option in spec["options"]:
            count = result.counts[option]
            lines.append(
                core.get(
                    "poll-option-line", locale, option=option_label(taxonomy, spec, option, locale),
                    count=count, percent=round(100 * count / total),
                )
            )  # fmt: skip
        if person is None:
            lines += _breakdowns(core, taxonomy, spec, result, locale)
        else:
            lines += _own_groups(core, taxonomy, spec, result, person, locale)
    return Html("\n".join(lines))


def organizer_results(
    core: BaseCore, taxonomy: Taxonomy, poll: Poll, results: Sequence[QuestionResult],
    answered: int, sent: int, locale: str, include_texts: bool,
) -> str:  # fmt: skip
    return results_text(
        core, taxonomy, poll, results, answered, sent, locale, include_texts=include_texts
    )


def results_for_person(core: BaseCore, taxonomy: Taxonomy) -> RenderResults:
    """What each person who took part gets when the poll closes: thanks, the overall result and
    their own groups', and a button for the same as a chart."""

    def render(
        poll: Poll, results: Sequence[QuestionResult], answered: int, sent: int,
        actor_type_id: int | None, governorates: tuple[int, ...], locale: str,
    ) -> list[dict[str, Any]]:  # fmt: skip
        person = Segments(actor_type_id, governorates)
        text = Html(
            core.get("poll-results-for-you", locale)
            + "\n\n"
            + results_text(
                core, taxonomy, poll, results, answered, sent, locale, include_texts=False,
                person=person,
            )
        )  # fmt: skip
        parts = split_html(text)
        payloads: list[dict[str, Any]] = [{"method": "sendMessage", "text": p} for p in parts]
        if any(r.kind != "text" and r.counts for r in results):
            chart = ResultsChartCb(kind="poll", ref=poll.id).pack()
            button = {"text": core.get("btn-results-chart", locale), "callback_data": chart}
            payloads[-1]["reply_markup"] = {"inline_keyboard": [[button]]}
        return payloads

    return render


def chart_panels(
    core: BaseCore, taxonomy: Taxonomy, poll: Poll, results: Sequence[QuestionResult],
    person: Segments, locale: str,
) -> list[tuple[str, list[str], list[tuple[str, list[float]]]]]:  # fmt: skip
    """Per question with answers: each option's share among everyone, the person's actor type
    and governorates (a group too small to show is left out)."""
    panels = []
    for spec, result in zip(poll.questions, results, strict=True):
        if result.kind == "text" or not result.counts:
            continue
        groups: list[tuple[str, Counter[str]]] = [
            (str(core.get("results-chart-everyone", locale)), result.counts)
        ]
        wanted: list[tuple[Term | None, dict[Any, Counter[str]], Sequence[Term], int]] = []
        if person.actor_type_id is not None:
            wanted.append(
                (taxonomy.actor_type(person.actor_type_id), result.by_actor_type,
                 taxonomy.actor_types, person.actor_type_id)
            )  # fmt: skip
        wanted += [
            (taxonomy.governorate(g), result.by_governorate, taxonomy.governorates, g)
            for g in person.governorates
        ]
        for term, counts, terms, term_id in wanted:
            shown = visible_segments({t.id: counts[t.id] for t in terms if counts.get(t.id)})
            if term is not None and shown.get(term_id):
                groups.append((term.name(locale), shown[term_id]))  # type: ignore[arg-type]
        options = list(spec["options"])
        series = [
            (name, [100 * counts[o] / (sum(counts.values()) or 1) for o in options])
            for name, counts in groups
        ]
        labels = [option_label(taxonomy, spec, o, locale) for o in options]
        panels.append((question_text(core, spec, locale), labels, series))
    return panels
