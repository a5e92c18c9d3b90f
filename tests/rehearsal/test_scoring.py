"""The offline scorer: 0-3 per criterion from detected moves, quoted evidence, strongest moment, better line."""

from __future__ import annotations

from coach.rehearsal.moves import DetectedMove, MoveDetector, load_moves
from coach.rehearsal.rubric import NOT_SHOWN, load_rubric
from coach.rehearsal.scenarios import get_scenario
from coach.rehearsal.scoring import score_criterion, score_offline

SPECS = load_moves().specs


def hit(move: str, quote: str) -> DetectedMove:
    return DetectedMove(move, SPECS[move].polarity, quote, "pattern")


def test_more_evidence_scores_higher_and_poor_moves_cost_points() -> None:
    criterion = load_rubric()["specific-observation"]  # full marks need two separate observations
    one = [[hit("specific-observation", "In March we met once.")]]
    two = [*one, [hit("specific-observation", "Three of four sessions moved.")]]
    assert score_criterion(criterion, []).score == 0
    assert score_criterion(criterion, one).score == 2
    assert score_criterion(criterion, two).score == 3
    undermined = [*two, [hit("absolutes", "You always cancel.")]]
    assert score_criterion(criterion, undermined).score == 2
    worse = [*undermined, [hit("vagueness", "Stuff is off.")]]
    assert score_criterion(criterion, worse).score == 1  # shown, so never below 1


def test_the_opening_only_earns_full_marks_in_the_first_turn() -> None:
    criterion = load_rubric()["clear-opening"]
    early = [[hit("purpose-statement", "I wanted to talk about our sessions.")]]
    late = [[], [hit("purpose-statement", "I wanted to talk about our sessions.")]]
    assert score_criterion(criterion, early).score == 3
    assert score_criterion(criterion, late).score == 1
    apologetic = [[hit("purpose-statement", "I wanted to talk."), hit("over-apologising", "So sorry.")]]
    assert score_criterion(criterion, apologetic).score == 2


def test_evidence_is_the_users_quote_or_not_shown_and_the_hint_cites_a_card() -> None:
    criterion = load_rubric()["i-statements"]
    shown = score_criterion(criterion, [[hit("i-statement", "I need more structure.")]], citation=3)
    assert shown.evidence == "I need more structure." and shown.hint.endswith("[3]")
    missing = score_criterion(criterion, [[hit("gratitude", "Thanks.")]])
    assert (missing.score, missing.evidence, missing.hint) == (0, NOT_SHOWN, criterion.hint)
    countered = score_criterion(criterion, [[hit("blame", "You ruined it.")]])
    assert (countered.score, countered.evidence) == (0, NOT_SHOWN)  # a poor line is never evidence
    tainted = [[hit("i-statement", "I feel you ruined it."), hit("blame", "I feel you ruined it.")]]
    assert score_criterion(criterion, tainted).score == 0  # nor does it earn credit for the good move in it


def test_full_marks_say_what_went_well() -> None:
    criterion = load_rubric()["agrees-follow-up"]
    scored = score_criterion(criterion, [[hit("follow-up", "Let's review it in June.")]])
    assert scored.score == 3 and scored.hint == criterion.well_done


def test_debrief_from_real_turns() -> None:
    turns = [
        "So sorry to bother you, sorry. You always cancel on me.",
        "I wanted to talk about our sessions. In March we met once.",
        "Could we try thirty minutes every other Tuesday? Let's review it at the end of next month.",
    ]
    detector = MoveDetector(None)
    detections = [detector.detect(turn) for turn in turns]
    debrief = score_offline(get_scenario("frequent-cancels"), turns, detections)
    scores = {c.id: c.score for c in debrief.criteria}
    assert scores["clear-opening"] == 1  # the purpose came, but not in the first turn
    assert scores["concrete-next-step"] == 3 and scores["agrees-follow-up"] == 3
    assert scores["invites-perspective"] == 0
    assert debrief.total == sum(scores.values()) and debrief.max_total == 24
    for c in debrief.criteria:
        assert c.evidence == NOT_SHOWN or any(c.evidence in turn for turn in turns)
    assert debrief.weakest == turns[0]
    # Blame is fixed first, with the user's own observation and proposal, not a canned line.
    assert "In March we met once." in debrief.better_line and "every other Tuesday" in debrief.better_line
    assert debrief.strongest not in turns[0] and debrief.strongest != NOT_SHOWN
    assert [s.number for s in debrief.sources] == list(range(1, len(debrief.sources) + 1))
    assert {s.id for s in debrief.sources} <= {card for r in load_rubric().values() for card in r.cards}


def test_no_turns_means_nothing_shown() -> None:
    debrief = score_offline(get_scenario("end-mentorship"), [], [])
    assert debrief.total == 0 and debrief.strongest == NOT_SHOWN and debrief.weakest == NOT_SHOWN
    assert debrief.better_line == get_scenario("end-mentorship").better_parts["purpose"]  # the first missing piece
