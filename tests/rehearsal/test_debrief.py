"""Validation of a model's debrief: scores in range, evidence that really is the user's words, repairs."""

from __future__ import annotations

from typing import Any

from coach.rehearsal.debrief import find_quote, parse_json, validate_debrief
from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.rubric import NOT_SHOWN
from coach.rehearsal.scenarios import get_scenario
from coach.rehearsal.scoring import Debrief, score_offline

TURNS = [
    "Thanks for making time. I wanted to talk about how often we meet.",
    "Of our last four sessions, three were moved. I’d like a steadier rhythm.",
    "Could we try every other Tuesday? Let's check in at the end of next month.",
]


def offline() -> Debrief:
    detector = MoveDetector(None)
    return score_offline(get_scenario("frequent-cancels"), TURNS, [detector.detect(t) for t in TURNS])


def answer(**criteria: dict[str, Any]) -> dict[str, Any]:
    return {
        "criteria": [{"id": cid.replace("_", "-"), **entry} for cid, entry in criteria.items()],
        "strongest": "Could we try every other Tuesday?",
        "weakest": TURNS[1],
        "better_line": "I'd like us to find a rhythm that works for both of us.",
    }


def test_the_models_wording_is_kept_but_scores_are_the_shared_rubrics() -> None:
    fallback = offline()
    raw = answer(
        clear_opening={"score": 2, "evidence": "I wanted to talk about how often we meet.", "hint": "Say why."}
    )
    debrief = validate_debrief(raw, TURNS, fallback)
    opening = debrief.criteria[0]
    shared = fallback.criteria[0]
    assert (opening.id, opening.score, opening.evidence) == ("clear-opening", shared.score, shared.evidence)
    assert shared.score != 2 and any("shared rubric" in r for r in debrief.repairs)  # one scoring, either engine
    assert opening.hint.startswith("Say why.") and opening.hint.endswith("[1]")  # the card citation is kept
    assert debrief.strongest == fallback.strongest
    assert debrief.weakest == fallback.weakest


def test_out_of_range_or_unreadable_scores_are_rescored_offline() -> None:
    fallback = offline()
    for bad in (4, -1, "high", 2.5, True, None):
        raw = answer(clear_opening={"score": bad, "evidence": "I wanted to talk about how often we meet."})
        debrief = validate_debrief(raw, TURNS, fallback)
        assert debrief.criteria[0] == fallback.criteria[0], bad
        assert any("clear-opening" in r and "0-3" in r for r in debrief.repairs)
    as_text = answer(clear_opening={"score": " 3", "evidence": "I wanted to talk about how often we meet."})
    read = validate_debrief(as_text, TURNS, fallback)
    assert not any("0-3" in r for r in read.repairs)  # " 3" is read as a number


def test_invented_evidence_is_rescored_and_near_quotes_are_repaired_to_the_exact_words() -> None:
    fallback = offline()
    invented = answer(specific_observation={"score": 3, "evidence": "You cancelled nine times in May."})
    debrief = validate_debrief(invented, TURNS, fallback)
    assert debrief.criteria[1] == fallback.criteria[1]
    near = answer(i_statements={"score": 2, "evidence": "“i'd  LIKE a steadier rhythm…”"})
    checked = validate_debrief(near, TURNS, fallback)
    assert any("exact words" in r for r in checked.repairs)
    assert checked.criteria[2].evidence in TURNS[1]


def test_a_positive_score_without_evidence_is_rescored_but_a_zero_is_accepted() -> None:
    fallback = offline()
    unsupported = validate_debrief(answer(invites_perspective={"score": 2, "evidence": "none"}), TURNS, fallback)
    assert unsupported.criteria[3] == fallback.criteria[3]
    zero = validate_debrief(answer(invites_perspective={"score": 0, "evidence": "N/A"}), TURNS, fallback)
    assert (zero.criteria[3].score, zero.criteria[3].evidence) == (0, NOT_SHOWN)


def test_anything_that_is_not_the_json_asked_for_is_scored_offline() -> None:
    fallback = offline()
    for raw in (None, [], {"criteria": "all good"}, {"scores": []}):
        debrief = validate_debrief(raw, TURNS, fallback)
        assert debrief.criteria == fallback.criteria and debrief.repairs


def test_total_and_sources_are_computed_by_code() -> None:
    raw = answer(clear_opening={"score": 0, "evidence": "not shown"})
    raw["total"] = 99
    raw["sources"] = [{"id": "made-up-card"}]
    debrief = validate_debrief(raw, TURNS, offline())
    assert debrief.total == sum(c.score for c in debrief.criteria) < 99
    assert "made-up-card" not in {s.id for s in debrief.sources}


def test_strongest_and_better_line_must_be_tied_to_real_turns() -> None:
    fallback = offline()
    raw = answer()
    raw["strongest"] = "Something eloquent I never said."
    raw["weakest"] = "Also never said."
    debrief = validate_debrief(raw, TURNS, fallback)
    assert debrief.strongest == fallback.strongest
    assert (debrief.better_line, debrief.weakest) == (fallback.better_line, fallback.weakest)


def test_json_is_found_inside_a_chatty_fenced_answer() -> None:
    assert parse_json('Sure!\n```json\n{"criteria": []}\n```\nHope that helps.') == {"criteria": []}
    assert parse_json("no json here") is None
    assert parse_json("{broken") is None


def test_find_quote() -> None:
    assert find_quote("three were moved", TURNS) == "three were moved"
    assert find_quote("THREE   WERE moved.", TURNS) == "three were moved."
    assert find_quote("I'd like a steadier", TURNS) == "I’d like a steadier"
    assert find_quote("seven were moved", TURNS) is None
    assert find_quote("  ", TURNS) is None


def test_debrief_prompt_fits_the_budget_for_a_long_rehearsal() -> None:
    from coach.rehearsal.debrief import debrief_prompt
    from coach.tokens import count_tokens

    transcript = [("partner", "Hello there.")]
    for i in range(60):
        transcript += [
            ("user", f"Turn {i}: I wanted to say quite a lot about our sessions, " * 3),
            ("partner", "Go on. " * 20),
        ]
    system, user = debrief_prompt(get_scenario("frequent-cancels"), transcript, budget=3000)
    assert count_tokens(system) + count_tokens(user) <= 3000
    assert "User turn 60: Turn 59" in user  # every user turn keeps its opening words
    _, short_user = debrief_prompt(get_scenario("frequent-cancels"), transcript[:3], budget=3000)
    assert "Mentor: Go on." in short_user  # nothing is cut when it fits
