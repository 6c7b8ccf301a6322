"""Counting decisions: each type's rule, with the cases that go wrong in real counts: ties,
blocks, exhausted ballots, a quorum not reached, ballots that break the rules."""

from __future__ import annotations

from fractions import Fraction

import pytest

from storage.services.decision_counts import (
    BallotRefused,
    count_consent,
    count_dots,
    count_proposal,
    count_ranked,
    count_scores,
    count_time_poll,
    quorum,
)


def test_a_proposal_passes_with_more_agrees_and_any_block_stops_it() -> None:
    passed = count_proposal(["agree"] * 3 + ["disagree"] * 2 + ["abstain"], audience=10)
    assert passed.outcome == "passed" and passed.counts["abstain"] == 1
    assert count_proposal(["agree"] * 9 + ["block"], audience=10).outcome == "blocked"
    assert count_proposal(["agree", "disagree"], audience=2).outcome == "rejected"  # a tie
    assert count_proposal(["abstain"], audience=1).outcome == "rejected"  # nobody agreed


def test_a_quorum_not_reached_decides_nothing() -> None:
    # 10 in the audience, a third must vote: 4 voters (3.33 rounded up).
    assert quorum(3, 10, Fraction(1, 3)).needed == 4
    short = count_proposal(["agree"] * 3, audience=10, share=Fraction(1, 3))
    assert short.outcome == "no_quorum" and not short.quorum.reached
    enough = count_proposal(["agree"] * 4, audience=10, share=Fraction(1, 3))
    assert enough.outcome == "passed" and enough.quorum.reached
    assert count_consent(["consent"], audience=4, share=0.5).outcome == "no_quorum"
    assert count_proposal([], audience=0).outcome == "rejected"  # no quorum asked: a count
    with pytest.raises(ValueError):
        quorum(1, 2, 1.5)


def test_one_objection_stops_a_consent() -> None:
    assert count_consent(["consent"] * 5, audience=5).outcome == "passed"
    assert count_consent(["consent"] * 4 + ["objection"], audience=5).outcome == "objected"


def test_ballots_that_break_the_rules_are_refused() -> None:
    with pytest.raises(BallotRefused):
        count_proposal(["maybe"], audience=1)
    with pytest.raises(BallotRefused):
        count_time_poll([["yes"]], candidates=2)
    with pytest.raises(BallotRefused):
        count_scores([{0: 6}], options=1)
    with pytest.raises(BallotRefused):
        count_ranked([[0, 0]], options=2)
    with pytest.raises(BallotRefused):
        count_ranked([[2]], options=2)
    with pytest.raises(BallotRefused):
        count_dots([{0: 2, 1: 2}], options=2, per_voter=3)


def test_the_best_time_has_most_yes_then_maybe_then_comes_first() -> None:
    result = count_time_poll(
        [["yes", "yes", "no"], ["maybe", "yes", "yes"], ["no", "maybe", "yes"]], candidates=3
    )
    assert [c["yes"] for c in result.counts] == [1, 2, 2]
    assert result.best == 1  # two yes and a maybe, against two yes and a no
    tie = count_time_poll([["yes", "yes"]], candidates=2)
    assert tie.best == 0  # level: the earlier time
    assert count_time_poll([["no", "no"]], candidates=2).best is None


def test_scores_give_means_and_distributions() -> None:
    result = count_scores([{0: 5, 1: 3}, {0: 4, 1: 3}, {1: 3}], options=3)
    assert result.means == [Fraction(9, 2), Fraction(3), None]
    assert result.distribution[1][3] == 3
    assert result.order == [0, 1, 2]  # nobody scored the third: last


def test_ranked_choice_drops_the_last_and_transfers_until_a_majority() -> None:
    # 0: A, 1: B, 2: C. A leads the first round without a majority; C is dropped and its
    # ballots go to B, which then wins.
    ballots = [[0]] * 4 + [[1, 0]] * 3 + [[2, 1]] * 2
    result = count_ranked(ballots, options=3)
    assert [r.votes for r in result.rounds] == [{0: 4, 1: 3, 2: 2}, {0: 4, 1: 5}]
    assert result.rounds[0].eliminated == 2 and result.winner == 1


def test_exhausted_ballots_stop_counting() -> None:
    # The C voters ranked nobody else: dropped C leaves them exhausted, and A's 4 of the 7
    # ballots still counting is a majority.
    ballots = [[0]] * 4 + [[1]] * 3 + [[2]] * 2
    result = count_ranked(ballots, options=3)
    assert result.rounds[1].exhausted == 2 and result.winner == 0


def test_ranked_ties_are_broken_by_earlier_rounds_then_by_order() -> None:
    # Round 1: A 6, B 3, C 2, D 1: D goes, its ballot to C. Round 2: A 6, B 3, C 3: B and C
    # tie last; C had fewer in round 1, so C goes, two of its ballots to B and one to A.
    ballots = [[0]] * 6 + [[1]] * 3 + [[2, 1]] * 2 + [[3, 2, 0]]
    result = count_ranked(ballots, options=4)
    assert [r.eliminated for r in result.rounds] == [3, 2, None]
    assert result.rounds[1].votes == {0: 6, 1: 3, 2: 3}
    assert result.rounds[2].votes == {0: 7, 1: 5} and result.winner == 0
    # Level in every round: the option offered later goes first.
    level = count_ranked([[0]] * 2 + [[1]] + [[2]] + [[3]] * 2, options=4)
    assert level.rounds[0].eliminated == 2
    # All level at the end, nothing can break it: no winner.
    assert level.winner is None
    assert count_ranked([[0, 1], [1, 0]], options=2).winner is None
    assert count_ranked([], options=3).winner is None


def test_the_advisory_committees_3_2_1_ranking_is_a_ranked_choice() -> None:
    # Three topics ranked by five members: topic 2 is the first choice of a majority.
    ballots = [[2, 0, 1], [2, 1, 0], [0, 2, 1], [2, 0, 1], [1, 0, 2]]
    assert count_ranked(ballots, options=3).winner == 2


def test_dots_are_totalled_per_option() -> None:
    result = count_dots([{0: 3}, {0: 1, 2: 2}, {1: 1, 2: 1}], options=3, per_voter=3)
    assert result.dots == [4, 1, 3] and result.voters == [2, 1, 2]
    assert result.order == [0, 2, 1]
