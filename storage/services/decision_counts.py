"""Counting decisions (issue 25): pure functions from ballots to a result, one per type, with no
database and no Telegram, so every rule (ties, blocks, exhausted ballots, a quorum not reached)
is tested on its own.

Types, as decision tools define them:
- proposal: agree / abstain / disagree / block; any block stops it, else it passes with more
  agrees than disagrees;
- consent: consent / objection; one objection stops it;
- time poll: yes / maybe / no for each candidate time; the best has the most yes, then maybe;
- score: each option 1 to 5; mean and distribution;
- ranked choice: each voter orders the options; instant run-off, rounds kept;
- dot vote: each voter spreads a fixed number of dots over the options.

A quorum is a share of the audience that must have voted for any outcome to stand."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

PROPOSAL = ("agree", "abstain", "disagree", "block")
CONSENT = ("consent", "objection")
AVAILABILITY = ("yes", "maybe", "no")
SCORES = (1, 2, 3, 4, 5)


class BallotRefused(ValueError):
    """A ballot the type does not take (unknown answer, score out of range, too many dots)."""


@dataclass(frozen=True)
class Quorum:
    voters: int
    audience: int
    share: Fraction  # of the audience that must vote; 0 for none

    @property
    def needed(self) -> int:
        """How many voters the share asks for (rounded up)."""
        return -(-self.share.numerator * self.audience // self.share.denominator)

    @property
    def reached(self) -> bool:
        return self.voters >= self.needed


def quorum(voters: int, audience: int, share: Fraction | float = 0) -> Quorum:
    share = Fraction(share).limit_denominator(1000)
    if not 0 <= share <= 1:
        raise ValueError("a quorum is a share of the audience, 0 to 1")
    return Quorum(voters, audience, share)


# --- proposal and consent ----------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    counts: Counter[str]
    quorum: Quorum
    outcome: str  # passed | rejected | blocked | objected | no_quorum


def count_proposal(ballots: Sequence[str], audience: int, share: Fraction | float = 0) -> Outcome:
    counts = _tally(ballots, PROPOSAL)
    reached = quorum(len(ballots), audience, share)
    if not reached.reached:
        return Outcome(counts, reached, "no_quorum")
    if counts["block"]:
        return Outcome(counts, reached, "blocked")
    passed = counts["agree"] > counts["disagree"]
    return Outcome(counts, reached, "passed" if passed else "rejected")


def count_consent(ballots: Sequence[str], audience: int, share: Fraction | float = 0) -> Outcome:
    counts = _tally(ballots, CONSENT)
    reached = quorum(len(ballots), audience, share)
    if not reached.reached:
        return Outcome(counts, reached, "no_quorum")
    return Outcome(counts, reached, "objected" if counts["objection"] else "passed")


def _tally(ballots: Sequence[str], allowed: Sequence[str]) -> Counter[str]:
    counts: Counter[str] = Counter({answer: 0 for answer in allowed})
    for ballot in ballots:
        if ballot not in allowed:
            raise BallotRefused(ballot)
        counts[ballot] += 1
    return counts


# --- time poll ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TimeResult:
    counts: list[Counter[str]]  # per candidate, in the order offered
    best: int | None  # the candidate's index; None when nobody can come to any


def count_time_poll(ballots: Sequence[Sequence[str]], candidates: int) -> TimeResult:
    """Each ballot answers every candidate. The best has the most yes, then the most maybe;
    a tie goes to the earlier candidate (the order offered, earliest first)."""
    counts = [Counter({answer: 0 for answer in AVAILABILITY}) for _ in range(candidates)]
    for ballot in ballots:
        if len(ballot) != candidates:
            raise BallotRefused("one answer per candidate")
        for n, answer in enumerate(ballot):
            if answer not in AVAILABILITY:
                raise BallotRefused(answer)
            counts[n][answer] += 1
    ranked = sorted(range(candidates), key=lambda n: (-counts[n]["yes"], -counts[n]["maybe"], n))
    best = (
        ranked[0] if ranked and (counts[ranked[0]]["yes"] or counts[ranked[0]]["maybe"]) else None
    )
    return TimeResult(counts, best)


# --- score -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScoreResult:
    distribution: list[Counter[int]]  # per option: how many gave each score
    means: list[Fraction | None]  # None: nobody scored it
    order: list[int]  # options, best mean first; ties keep the order offered


def count_scores(ballots: Sequence[Mapping[int, int]], options: int) -> ScoreResult:
    """A ballot scores some or all options (option index -> 1..5)."""
    distribution = [Counter({score: 0 for score in SCORES}) for _ in range(options)]
    for ballot in ballots:
        for option, score in ballot.items():
            if not 0 <= option < options or score not in SCORES:
                raise BallotRefused(f"{option}:{score}")
            distribution[option][score] += 1
    means: list[Fraction | None] = []
    for counts in distribution:
        total = sum(counts.values())
        means.append(
            Fraction(sum(score * n for score, n in counts.items()), total) if total else None
        )
    order = sorted(range(options), key=lambda n: (means[n] is None, -(means[n] or 0), n))
    return ScoreResult(distribution, means, order)


# --- ranked choice -----------------------------------------------------------------------


@dataclass(frozen=True)
class Round:
    votes: dict[int, int]  # continuing option -> ballots counting for it this round
    exhausted: int  # ballots with no continuing option left
    eliminated: int | None  # the option dropped after this round


@dataclass(frozen=True)
class RankedResult:
    rounds: list[Round] = field(default_factory=list)
    winner: int | None = None  # None: no ballots, or a tie no rule separates


def count_ranked(ballots: Sequence[Sequence[int]], options: int) -> RankedResult:
    """Instant run-off. Each round every ballot counts for its highest continuing option;
    an option with more than half of the ballots still counting wins. Otherwise the option
    with the fewest is dropped: a tie there goes against the one with fewer votes in the
    earlier rounds (latest first), then against the one offered later. A ballot whose
    options are all dropped is exhausted and counts no more."""
    for ballot in ballots:
        if len(set(ballot)) != len(ballot) or any(not 0 <= o < options for o in ballot):
            raise BallotRefused("each option once, and only the options offered")
    continuing = set(range(options))
    rounds: list[Round] = []
    while continuing:
        votes = {option: 0 for option in continuing}
        exhausted = 0
        for ballot in ballots:
            choice = next((option for option in ballot if option in continuing), None)
            if choice is None:
                exhausted += 1
            else:
                votes[choice] += 1
        counting = sum(votes.values())
        if counting == 0:
            rounds.append(Round(votes, exhausted, None))
            return RankedResult(rounds, None)
        leader = max(votes.values())
        leaders = [option for option, n in votes.items() if n == leader]
        if 2 * leader > counting or len(continuing) == 1:
            rounds.append(Round(votes, exhausted, None))
            return RankedResult(rounds, leaders[0] if len(leaders) == 1 else None)
        if len(leaders) == len(continuing):  # all level: no one can be dropped fairly
            rounds.append(Round(votes, exhausted, None))
            return RankedResult(rounds, None)
        dropped = _to_drop(votes, rounds)
        rounds.append(Round(votes, exhausted, dropped))
        continuing.discard(dropped)
    return RankedResult(rounds, None)


def _to_drop(votes: dict[int, int], earlier: list[Round]) -> int:
    fewest = min(votes.values())
    tied = [option for option, n in votes.items() if n == fewest]
    for past in reversed(earlier):  # the latest earlier round first
        if len(tied) == 1:
            break
        least = min(past.votes.get(option, 0) for option in tied)
        tied = [option for option in tied if past.votes.get(option, 0) == least]
    return max(tied)  # still level: the one offered later


# --- dot vote ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DotResult:
    dots: list[int]  # per option
    voters: list[int]  # per option: how many people put a dot on it
    order: list[int]  # most dots first; ties keep the order offered


def count_dots(ballots: Sequence[Mapping[int, int]], options: int, per_voter: int) -> DotResult:
    dots = [0] * options
    voters = [0] * options
    for ballot in ballots:
        if sum(ballot.values()) > per_voter or any(n < 0 for n in ballot.values()):
            raise BallotRefused(f"at most {per_voter} dots")
        for option, n in ballot.items():
            if not 0 <= option < options:
                raise BallotRefused(str(option))
            dots[option] += n
            voters[option] += 1 if n else 0
    order = sorted(range(options), key=lambda n: (-dots[n], n))
    return DotResult(dots, voters, order)


# --- one decision, whatever its type -----------------------------------------------------

KINDS = ("proposal", "consent", "time", "score", "ranked", "dots")
NEEDS_REASON = frozenset({"disagree", "block", "objection"})
Result = Outcome | TimeResult | ScoreResult | RankedResult | DotResult


def count_decision(
    kind: str,
    ballots: Sequence[object],
    options: int,
    *,
    dots: int = 0,
    audience: int = 0,
    quorum_percent: int = 0,
) -> Result:
    """The result of stored ballots (as `next_ballot` builds them) for a decision's type."""
    share = Fraction(quorum_percent, 100)
    if kind == "proposal":
        return count_proposal([str(b) for b in ballots], audience, share)
    if kind == "consent":
        return count_consent([str(b) for b in ballots], audience, share)
    if kind == "time":  # a candidate left unanswered counts as "no"
        full = [[_as_map(b).get(n, "no") for n in range(options)] for b in ballots]
        return count_time_poll(full, options)  # type: ignore[arg-type]
    if kind == "score":
        return count_scores([_as_map(b) for b in ballots], options)  # type: ignore[misc]
    if kind == "ranked":
        return count_ranked([list(b) for b in ballots], options)  # type: ignore[call-overload]
    if kind == "dots":
        return count_dots([_as_map(b) for b in ballots], options, dots)  # type: ignore[misc]
    raise BallotRefused(kind)


def _as_map(ballot: object) -> dict[int, object]:
    """JSON keeps a mapping's keys as strings: option indexes come back as ints."""
    if not isinstance(ballot, Mapping):
        raise BallotRefused("a mapping of options")
    return {int(key): value for key, value in ballot.items()}


def next_ballot(
    kind: str, ballot: object, action: str, option: int, value: str, *, options: int, dots: int
) -> object:
    """A voter's ballot after one press; BallotRefused if the press does not fit the type.

    proposal, consent: action "choose", value the answer;
    time: "mark", option and value yes / maybe / no;
    score: "score", option and value 1..5;
    ranked: "rank" appends the option; "reset" empties the order;
    dots: "dot" with value "+" or "-" on an option."""
    if kind in ("proposal", "consent"):
        allowed = PROPOSAL if kind == "proposal" else CONSENT
        if action != "choose" or value not in allowed:
            raise BallotRefused(value)
        return value
    if kind != "ranked" and not 0 <= option < options:
        raise BallotRefused(str(option))
    if kind == "time":
        if action != "mark" or value not in AVAILABILITY:
            raise BallotRefused(value)
        return {**_stored(ballot), str(option): value}
    if kind == "score":
        if action != "score" or not value.isdigit() or int(value) not in SCORES:
            raise BallotRefused(value)
        return {**_stored(ballot), str(option): int(value)}
    if kind == "ranked":
        order = [int(o) for o in ballot] if isinstance(ballot, list) else []
        if action == "reset":
            return []
        if action != "rank" or not 0 <= option < options or option in order:
            raise BallotRefused(str(option))
        return [*order, option]
    if kind == "dots":
        spread = {k: int(v) for k, v in _stored(ballot).items()}
        if action != "dot" or value not in ("+", "-"):
            raise BallotRefused(value)
        now = spread.get(str(option), 0) + (1 if value == "+" else -1)
        if now < 0 or (value == "+" and sum(spread.values()) >= dots):
            raise BallotRefused("no dots left" if value == "+" else "none to take")
        spread[str(option)] = now
        return {k: v for k, v in spread.items() if v}
    raise BallotRefused(kind)


def _stored(ballot: object) -> dict[str, object]:
    return dict(ballot) if isinstance(ballot, Mapping) else {}
