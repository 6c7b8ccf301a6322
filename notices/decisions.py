"""What a decision looks like in the chat: the voter's card (the question, how to vote, the
close, the turnout and quorum, live results unless hidden, and the buttons for its type), the
one reminder, the counted result the organizer gets at the close, and the outcome with the
result overall, among the person's own actor type and in their own governorate."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from fractions import Fraction
from typing import Any
from zoneinfo import ZoneInfo

from aiogram_i18n.cores import BaseCore
from babel.dates import format_skeleton

from bot.callbacks import (
    DecisionAdminCb,
    DecisionCb,
    FollowupAdminCb,
    MeetingAdminCb,
    ResultsChartCb,
)
from bot.i18n import CLDR_LOCALES, LRI, PDI, RTL_LOCALES, Html, long_moment
from storage.models import Decision, DecisionKind, DecisionStatus
from storage.services.decision_counts import (
    AVAILABILITY,
    CONSENT,
    PROPOSAL,
    SCORES,
    DotResult,
    Outcome,
    RankedResult,
    Result,
    ScoreResult,
    TimeResult,
    count_decision,
    quorum,
)
from storage.services.decisions import OPTIONS_MAX, MyVote, Tally, Voter, option_count
from storage.services.taxonomy import Taxonomy
from storage.services.telegram_text import split_html

MARKS = {"yes": "✅", "maybe": "❔", "no": "✖️"}
BUTTON_LABEL_MAX = 40


def candidate_time(decision: Decision, option: int, tz: ZoneInfo) -> datetime:
    return datetime.fromisoformat(decision.options[option]).replace(tzinfo=UTC).astimezone(tz)


def option_text(decision: Decision, option: int, locale: str, tz: ZoneInfo) -> str:
    """An option as the reader sees it: a time poll's candidate in their language and zone."""
    if decision.kind == DecisionKind.TIME:
        return long_moment(candidate_time(decision, option, tz), locale)
    return decision.options[option]


def short_option(decision: Decision, option: int, locale: str, tz: ZoneInfo) -> str:
    """For a button: "Sun 20 Dec · 10:00", or the option cut to fit."""
    if decision.kind == DecisionKind.TIME:
        moment = candidate_time(decision, option, tz)
        day = format_skeleton("MMMEd", moment, locale=CLDR_LOCALES.get(locale, locale))
        clock = f"{LRI}{moment:%H:%M}{PDI}" if locale in RTL_LOCALES else f"{moment:%H:%M}"
        return f"{day} · {clock}"
    text = decision.options[option]
    return text if len(text) <= BUTTON_LABEL_MAX else text[: BUTTON_LABEL_MAX - 1] + "…"


def mean_text(mean: Fraction | None) -> str:
    return "—" if mean is None else f"{float(mean):.1f}"


# --- the voter's card --------------------------------------------------------------------


def card_text(
    core: BaseCore,
    decision: Decision,
    locale: str,
    tz: ZoneInfo,
    mine: MyVote | None = None,
    live: Result | None = None,
    meeting_title: str | None = None,
) -> str:
    lines = [core.get("decision-head", locale, kind=decision.kind)]
    if meeting_title:
        lines.append(core.get("decision-for-meeting", locale, title=meeting_title))
    lines += ["", core.get("decision-question-line", locale, text=decision.text), ""]
    if decision.kind in (DecisionKind.SCORE, DecisionKind.RANKED, DecisionKind.DOTS):
        lines += [
            core.get("decision-option-line", locale, n=n + 1, option=option)
            for n, option in enumerate(decision.options)
        ]
        lines.append("")
    if decision.native:
        lines.append(core.get("decision-how-native", locale, kind=decision.kind))
    else:
        lines.append(core.get("decision-how", locale, kind=decision.kind, dots=decision.dots))
    when = long_moment(decision.close_at.astimezone(tz), locale)
    lines.append(core.get("decision-closes", locale, when=when))
    voters = mine.voters if mine else 0
    lines.append(
        core.get("decision-turnout", locale, voters=voters, audience=decision.audience_size)
    )
    if decision.quorum_percent:
        share = Fraction(decision.quorum_percent, 100)
        needed = quorum(voters, decision.audience_size, share).needed
        lines.append(core.get("decision-quorum-needed", locale, needed=needed))
    if mine is not None and mine.ballot not in (None, [], {}):
        lines += ["", your_vote(core, decision, mine, locale, tz)]
    if live is not None and mine is not None and mine.voters:
        if decision.hide_results:
            lines.append(core.get("decision-hidden", locale))
        else:
            lines += ["", core.get("decision-so-far", locale)]
            lines += result_lines(core, decision, live, locale, tz, full=False)
    return Html("\n".join(lines))


def your_vote(core: BaseCore, decision: Decision, mine: MyVote, locale: str, tz: ZoneInfo) -> str:
    ballot = mine.ballot
    if isinstance(ballot, str):
        line = core.get("decision-your-vote", locale, choice=answer_name(core, ballot, locale))
        if mine.reason:
            line += "\n" + core.get("decision-your-reason", locale, reason=mine.reason)
        return line
    if decision.kind == DecisionKind.RANKED and isinstance(ballot, list):
        order = core.get("common-list-separator", locale).join(
            f"{n}. {decision.options[o]}" for n, o in enumerate(ballot, start=1)
        )
        return core.get("decision-your-order", locale, order=order)
    if decision.kind == DecisionKind.DOTS and isinstance(ballot, dict):
        used = sum(int(v) for v in ballot.values())
        return core.get("decision-dots-left", locale, left=decision.dots - used, dots=decision.dots)
    if isinstance(ballot, dict):
        return core.get("decision-marked", locale, count=len(ballot), total=option_count(decision))
    return ""


def answer_name(core: BaseCore, answer: str, locale: str) -> str:
    return str(core.get("decision-answer", locale, answer=answer))


def card_markup(
    core: BaseCore, decision: Decision, locale: str, tz: ZoneInfo, ballot: object = None
) -> dict[str, Any]:
    def button(text: str, action: str, option: int = 0, value: str = "") -> dict[str, str]:
        data = DecisionCb(decision_id=decision.id, action=action, option=option, value=value)
        return {"text": text, "callback_data": data.pack()}

    def marked(label: str, chosen: bool) -> str:
        return f"• {label} •" if chosen else label

    rows: list[list[dict[str, str]]] = []
    kind = decision.kind
    if decision.native:  # the poll below the card is where people vote
        return {"inline_keyboard": rows}
    if kind in (DecisionKind.PROPOSAL, DecisionKind.CONSENT):
        answers = PROPOSAL if kind == DecisionKind.PROPOSAL else CONSENT
        buttons = [
            button(
                marked(core.get("btn-decision-answer", locale, answer=a), ballot == a),
                "choose",
                value=a,
            )
            for a in answers
        ]
        rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    elif kind == DecisionKind.TIME:
        marks = ballot if isinstance(ballot, dict) else {}
        for n in range(option_count(decision)):
            now = str(marks.get(str(n), ""))
            label = f"{MARKS.get(now, '▫️')} {short_option(decision, n, locale, tz)}"
            following = AVAILABILITY[(AVAILABILITY.index(now) + 1) % 3] if now else "yes"
            rows.append([button(label, "mark", n, following)])
    elif kind == DecisionKind.SCORE:
        scores = ballot if isinstance(ballot, dict) else {}
        for n in range(option_count(decision)):
            given = scores.get(str(n))
            rows.append([button(f"{n + 1}. {short_option(decision, n, locale, tz)}", "noop", n)])
            rows.append([button(marked(str(s), given == s), "score", n, str(s)) for s in SCORES])
    elif kind == DecisionKind.RANKED:
        order = [int(o) for o in ballot] if isinstance(ballot, list) else []
        for n in range(option_count(decision)):
            place = f"{order.index(n) + 1} · " if n in order else ""
            rows.append([button(f"{place}{short_option(decision, n, locale, tz)}", "rank", n)])
        if order:
            rows.append([button(core.get("btn-decision-reset", locale), "reset")])
    elif kind == DecisionKind.DOTS:
        spread = ballot if isinstance(ballot, dict) else {}
        for n in range(option_count(decision)):
            have = int(spread.get(str(n), 0))
            label = f"{short_option(decision, n, locale, tz)} ({have})"
            rows.append(
                [button("−", "dot", n, "-"), button(label, "noop", n), button("+", "dot", n, "+")]
            )
    if decision.open_options and option_count(decision) < OPTIONS_MAX:
        rows.append([button(core.get("btn-decision-add", locale), "add")])
    return {"inline_keyboard": rows}


def card_payloads(core: BaseCore, tz: ZoneInfo, meeting_title: str | None = None) -> Any:
    """The card as the outbox sends it to each person of the audience."""

    def render(decision: Decision, locale: str) -> list[dict[str, Any]]:
        text = card_text(core, decision, locale, tz, meeting_title=meeting_title)
        if decision.native:
            return [{"method": "sendMessage", "text": text}, native_poll(core, decision, locale)]
        markup = card_markup(core, decision, locale, tz)
        return [{"method": "sendMessage", "text": text, "reply_markup": markup}]

    return render


def native_poll(core: BaseCore, decision: Decision, locale: str) -> dict[str, Any]:
    """A proposal or consent as a Telegram poll: named votes (the bot records each), a vote
    may change until the close, results hidden until then if the organizer chose so."""
    answers = PROPOSAL if decision.kind == DecisionKind.PROPOSAL else CONSENT
    question = " ".join(decision.text.split())
    return {
        "method": "sendPoll",
        "question": question if len(question) <= 300 else question[:299] + "…",
        "options": [str(core.get("btn-decision-answer", locale, answer=a)) for a in answers],
        "allows_revoting": True,
        "hide_results_until_closes": decision.hide_results or None,
    }


def reminder_payloads(core: BaseCore, tz: ZoneInfo) -> Any:
    """The one reminder: a line, and the card again to vote from (older cards still work)."""

    def render(decision: Decision, locale: str) -> list[dict[str, Any]]:
        when = long_moment(decision.close_at.astimezone(tz), locale)
        return [
            {"method": "sendMessage", "text": core.get("decision-reminder", locale, when=when)},
            *card_payloads(core, tz)(decision, locale),
        ]

    return render


# --- results -----------------------------------------------------------------------------


def result_lines(
    core: BaseCore, decision: Decision, result: Result, locale: str, tz: ZoneInfo, full: bool = True
) -> list[str]:
    if isinstance(result, Outcome):
        counts = core.get("common-list-separator", locale).join(
            core.get("decision-tally", locale, answer=answer_name(core, a, locale), count=n)
            for a, n in result.counts.items()
        )
        lines = [counts]
        if full:
            lines.insert(0, core.get("decision-result", locale, result=result.outcome))
            if decision.quorum_percent:
                lines.append(
                    core.get(
                        "decision-quorum",
                        locale,
                        voters=result.quorum.voters,
                        needed=result.quorum.needed,
                        reached="yes" if result.quorum.reached else "no",
                    )
                )
        return lines
    if isinstance(result, TimeResult):
        lines = []
        if full:
            lines = [
                core.get(
                    "decision-time-line", locale, when=short_option(decision, n, locale, tz),
                    yes=c["yes"], maybe=c["maybe"], no=c["no"],
                )
                for n, c in enumerate(result.counts)
            ]  # fmt: skip
        if result.best is None:
            lines.append(core.get("decision-time-none", locale))
        else:
            best = result.counts[result.best]
            lines.append(
                core.get(
                    "decision-time-best",
                    locale,
                    when=option_text(decision, result.best, locale, tz),
                    yes=best["yes"],
                    maybe=best["maybe"],
                )
            )
        return lines
    if isinstance(result, ScoreResult):
        shown = result.order if full else result.order[:1]
        return [
            core.get(
                "decision-score-line", locale, option=decision.options[n],
                mean=mean_text(result.means[n]), count=sum(result.distribution[n].values()),
            )
            for n in shown
        ]  # fmt: skip
    if isinstance(result, RankedResult):
        if result.winner is None:
            lines = [core.get("decision-ranked-none", locale)]
        else:
            option = decision.options[result.winner]
            lines = [core.get("decision-ranked-winner", locale, option=option)]
        if full:
            for number, round_ in enumerate(result.rounds, start=1):
                votes = core.get("common-list-separator", locale).join(
                    core.get("decision-tally", locale, answer=decision.options[o], count=n)
                    for o, n in sorted(round_.votes.items(), key=lambda item: (-item[1], item[0]))
                )
                lines.append(core.get("decision-round", locale, n=number, votes=votes))
                if round_.exhausted:
                    lines.append(core.get("decision-exhausted", locale, count=round_.exhausted))
                if round_.eliminated is not None:
                    lines.append(
                        core.get(
                            "decision-dropped", locale, option=decision.options[round_.eliminated]
                        )
                    )
        return lines
    if isinstance(result, DotResult):
        shown = result.order if full else result.order[:1]
        return [
            core.get(
                "decision-dots-line", locale, option=decision.options[n], dots=result.dots[n],
                people=result.voters[n],
            )
            for n in shown
        ]  # fmt: skip
    return []


def live_result(decision: Decision, ballots: Sequence[object]) -> Result:
    return count_decision(
        decision.kind, ballots, option_count(decision), dots=decision.dots,
        audience=decision.audience_size, quorum_percent=decision.quorum_percent,
    )  # fmt: skip


def segment_lines(
    core: BaseCore, taxonomy: Taxonomy, tally: Tally, voter: Voter, locale: str, tz: ZoneInfo
) -> list[str]:
    """The result among the person's own actor type and in each of their governorates, beside
    the overall one; a group of fewer than five voters says so instead."""
    decision = tally.decision
    lines = []
    groups: list[tuple[str, dict[int, Result | None], int]] = []
    if voter.actor_type_id is not None:
        groups.append(("type", tally.by_actor_type, voter.actor_type_id))
    groups += [("place", tally.by_governorate, g) for g in voter.governorates]
    for dimension, results, term_id in groups:
        term = (
            taxonomy.actor_type(term_id) if dimension == "type" else taxonomy.governorate(term_id)
        )
        if term is None:
            continue
        name = term.name(locale)
        result = results.get(term_id)
        if result is None:  # too few voted there (or nobody): nothing is shown
            lines.append(
                core.get("decision-segment-hidden", locale, dimension=dimension, name=name)
            )
            continue
        headline = core.get("common-list-separator", locale).join(
            result_lines(core, decision, result, locale, tz, full=False)
        )
        lines.append(
            core.get("decision-segment", locale, dimension=dimension, name=name, result=headline)
        )
    return lines


def reason_lines(core: BaseCore, tally: Tally, locale: str, organizers: bool) -> list[str]:
    lines = []
    for reason in tally.reasons:
        if not (reason.public or organizers):
            continue
        answer = answer_name(core, reason.answer, locale)
        if organizers and reason.name:
            lines.append(
                core.get("decision-reason-named-line", locale, answer=answer, name=reason.name,
                         reason=reason.text)
            )  # fmt: skip
        else:
            lines.append(
                core.get("decision-reason-line", locale, answer=answer, reason=reason.text)
            )
    return lines


def results_payloads(core: BaseCore, taxonomy: Taxonomy, tz: ZoneInfo) -> Any:
    """The outcome and the result, cut for one person of the audience."""

    def render(tally: Tally, voter: Voter, locale: str) -> list[dict[str, Any]]:
        decision = tally.decision
        lines = [
            core.get("decision-outcome-head", locale, text=decision.text),
            "",
            core.get("decision-outcome", locale, outcome=decision.outcome or ""),
            "",
            core.get(
                "decision-voted", locale, voters=tally.voters, audience=decision.audience_size
            ),
            *result_lines(core, decision, tally.overall, locale, tz),
        ]
        mine = segment_lines(core, taxonomy, tally, voter, locale, tz)
        if mine:
            lines += ["", core.get("decision-like-you", locale), *mine]
        reasons = reason_lines(core, tally, locale, organizers=False)
        if reasons:
            lines += ["", core.get("decision-reasons", locale), *reasons]
        parts = split_html(Html("\n".join(lines)))
        payloads: list[dict[str, Any]] = [{"method": "sendMessage", "text": p} for p in parts]
        if _shares(decision, tally.overall) is not None and tally.voters:
            chart = ResultsChartCb(kind="decision", ref=decision.id).pack()
            button = {"text": core.get("btn-results-chart", locale), "callback_data": chart}
            payloads[-1]["reply_markup"] = {"inline_keyboard": [[button]]}
        return payloads

    return render


def organizer_text(
    core: BaseCore, taxonomy: Taxonomy, tally: Tally, locale: str, tz: ZoneInfo
) -> str:
    """What an organizer reads: the result, by actor type and governorate (small groups
    hidden here too), the reasons, and who voted how when votes are named."""
    decision = tally.decision
    lines = [
        core.get("decision-admin-head", locale, kind=decision.kind, status=decision.status),
        core.get("decision-question-line", locale, text=decision.text),
        "",
        core.get("decision-voted", locale, voters=tally.voters, audience=decision.audience_size),
    ]
    if tally.voters:
        lines += result_lines(core, decision, tally.overall, locale, tz)
    for dimension, results in (("type", tally.by_actor_type), ("place", tally.by_governorate)):
        for term_id, result in results.items():
            term = (
                taxonomy.actor_type(term_id)
                if dimension == "type"
                else taxonomy.governorate(term_id)
            )
            if term is None:
                continue
            if result is None:
                lines.append(
                    core.get(
                        "decision-segment-hidden", locale, dimension=dimension,
                        name=term.name(locale),
                    )
                )  # fmt: skip
                continue
            headline = core.get("common-list-separator", locale).join(
                result_lines(core, decision, result, locale, tz, full=False)
            )
            lines.append(
                core.get(
                    "decision-segment", locale, dimension=dimension, name=term.name(locale),
                    result=headline,
                )
            )  # fmt: skip
    reasons = reason_lines(core, tally, locale, organizers=True)
    if reasons:
        lines += ["", core.get("decision-reasons", locale), *reasons]
    if tally.named_votes:
        lines += ["", core.get("decision-named-votes", locale)]
        for name, ballot in tally.named_votes:
            shown = answer_name(core, ballot, locale) if isinstance(ballot, str) else "✓"
            lines.append(core.get("decision-named-vote-line", locale, name=name, vote=shown))
    if decision.outcome:
        lines += ["", core.get("decision-outcome", locale, outcome=decision.outcome)]
    return Html("\n".join(lines))


def admin_markup(core: BaseCore, decision: Decision, locale: str, result: Result) -> dict[str, Any]:
    """Refresh, close or outcome as the status allows; a time poll's best time as a meeting;
    a passed proposal or consent as a tracked item."""
    best_time = isinstance(result, TimeResult) and result.best is not None
    passed = isinstance(result, Outcome) and result.outcome == "passed"

    def button(key: str, action: str) -> dict[str, str]:
        data = DecisionAdminCb(action=action, decision_id=decision.id)
        return {"text": core.get(key, locale), "callback_data": data.pack()}

    rows = [[button("btn-decision-refresh", "show")]]
    if decision.status == DecisionStatus.OPEN:
        rows.append([button("btn-decision-close", "close")])
    if decision.status == DecisionStatus.CLOSED:
        rows.append([button("btn-decision-outcome", "outcome")])
    # These open the meetings' and the tracker's own dialogs.
    if decision.status != DecisionStatus.OPEN and decision.kind == DecisionKind.TIME and best_time:
        data = MeetingAdminCb(action="fromdecision", value=str(decision.id)).pack()
        rows.append([{"text": core.get("btn-decision-meeting", locale), "callback_data": data}])
    if decision.status == DecisionStatus.ANNOUNCED and passed and decision.followup_item_id is None:
        data = FollowupAdminCb(action="decision", value=decision.id).pack()
        rows.append([{"text": core.get("btn-decision-track", locale), "callback_data": data}])
    return {"inline_keyboard": rows}


def closed_payloads(core: BaseCore, taxonomy: Taxonomy, tz: ZoneInfo) -> Any:
    """At the close, to the organizer who asked: the result, and the button to write the
    outcome."""

    def render(tally: Tally, locale: str) -> list[dict[str, Any]]:
        text = Html(
            core.get("decision-closed-now", locale)
            + "\n\n"
            + organizer_text(core, taxonomy, tally, locale, tz)
        )
        parts = split_html(text)
        payloads: list[dict[str, Any]] = [{"method": "sendMessage", "text": p} for p in parts]
        payloads[-1]["reply_markup"] = admin_markup(core, tally.decision, locale, tally.overall)
        return payloads

    return render


def _shares(decision: Decision, result: Result) -> list[float] | None:
    """Each option's share (%) in a result, as a chart draws it; None where a chart does not
    say it better than the text (a score's averages)."""
    if isinstance(result, Outcome):
        values = list(result.counts.values())
    elif isinstance(result, TimeResult):
        values = [c["yes"] for c in result.counts]
    elif isinstance(result, DotResult):
        values = list(result.dots)
    elif isinstance(result, RankedResult) and result.rounds:
        first = result.rounds[0].votes  # first preferences
        values = [first.get(n, 0) for n in range(option_count(decision))]
    else:
        return None
    total = sum(values) or 1
    return [100 * v / total for v in values]


def chart_labels(core: BaseCore, decision: Decision, locale: str, tz: ZoneInfo) -> list[str]:
    if decision.kind == DecisionKind.PROPOSAL:
        return [answer_name(core, a, locale) for a in PROPOSAL]
    if decision.kind == DecisionKind.CONSENT:
        return [answer_name(core, a, locale) for a in CONSENT]
    return [short_option(decision, n, locale, tz) for n in range(option_count(decision))]


def decision_chart_panels(
    core: BaseCore, taxonomy: Taxonomy, tally: Tally, voter: Voter, locale: str, tz: ZoneInfo
) -> list[tuple[str, list[str], list[tuple[str, list[float]]]]]:
    """Everyone beside the person's actor type and governorates (groups too small to show
    left out); empty when a chart would not read better than the text."""
    decision = tally.decision
    everyone = _shares(decision, tally.overall)
    if everyone is None or not tally.voters:
        return []
    series = [(str(core.get("results-chart-everyone", locale)), everyone)]
    wanted = []
    if voter.actor_type_id is not None:
        wanted.append(
            (taxonomy.actor_type(voter.actor_type_id), tally.by_actor_type.get(voter.actor_type_id))
        )
    wanted += [(taxonomy.governorate(g), tally.by_governorate.get(g)) for g in voter.governorates]
    for term, result in wanted:
        shares = _shares(decision, result) if result is not None else None
        if term is not None and shares is not None:
            series.append((term.name(locale), shares))
    question = decision.text.split("\n", 1)[0][:120]
    return [(question, chart_labels(core, decision, locale, tz), series)]
