"""Issue 9, "Rehearsal that listens": one test per class of problem, with the lines quoted in the issue.

All of these use the real detector (MiniLM plus the learned classifier), as a user meets it.
"""

from __future__ import annotations

import pytest

from coach.rehearsal.llm_partner import LLMPartner
from coach.rehearsal.moves import MoveDetector, load_moves
from coach.rehearsal.partner import INTENT_DIRECTIONS, ScriptedPartner, proposal_specifics
from coach.rehearsal.rubric import NOT_SHOWN
from coach.rehearsal.scenarios import get_persona, get_scenario
from coach.rehearsal.scoring import poor_quotes
from coach.rehearsal.session import RehearsalSession

from .conftest import OFFLINE, play, script_lines


def replies(session: RehearsalSession) -> list[str]:
    return [t.text for t in session.transcript if t.role == "partner"]


def bank(scenario: str, persona: str, stage: str, tone: str) -> tuple[str, ...]:
    return get_scenario(scenario).lines(persona, stage, tone, "medium")  # type: ignore[arg-type]


# ---------------------------------------------------------------- the partner answers what was said


def test_no_concession_before_the_issue_is_named(detector: MoveDetector) -> None:
    session = play(detector, "frequent-cancels", "busy", ["I wanted to talk about our sessions and how they're going."])
    assert session.reactions[-1].intent == "invite"
    assert replies(session)[-1] != "Fair. That's on me. What would work better?"
    assert replies(session)[-1] not in bank("frequent-cancels", "busy", "reaction", "soften")


def test_the_mentee_does_not_thank_for_feedback_that_was_not_given(detector: MoveDetector) -> None:
    session = play(
        detector, "give-critical-feedback", "warm", ["I'd like to give you some feedback on the last two reports."]
    )
    assert "Thank you for telling me straight" not in replies(session)[-1]
    assert session.reactions[-1].intent == "invite"


def test_a_question_about_their_side_gets_their_side(detector: MoveDetector) -> None:
    lines = [
        "In the last two client reports the totals didn't match the source data.",
        "What happened on your side with those two reports?",
    ]
    session = play(detector, "give-critical-feedback", "warm", lines)
    assert session.reactions[-1].intent == "answer"
    assert replies(session)[-1] in get_scenario("give-critical-feedback").their_side
    assert replies(session)[-1] != "Could you show me how you'd check it?"


def test_a_counter_offer_only_answers_a_proposal(detector: MoveDetector) -> None:
    lines = [
        "I wanted to talk about our sessions.",
        "Of our last four sessions, three were moved on the day.",
        "I've been finding it hard to keep momentum on my promotion case.",
        "That makes sense, the reorg sounds like it has taken over your calendar.",
    ]
    session = play(detector, "frequent-cancels", "busy", lines)
    counters = set(get_scenario("frequent-cancels").counter)
    assert not counters & set(replies(session))
    assert "Mornings are better. Before nine, nobody books me." not in replies(session)


@pytest.mark.parametrize("persona", ["busy", "warm", "skeptical", "defensive"])
def test_a_concrete_offer_gets_a_concrete_answer(detector: MoveDetector, persona: str) -> None:
    lines = [
        "Of our last four sessions, three were moved on the day.",
        "20 minutes every three weeks, or questions by email?",
    ]
    session = play(detector, "frequent-cancels", persona, lines)
    reaction = session.reactions[-1]
    assert "concrete-proposal" in reaction.positive
    assert reaction.intent in ("accept", "counter")
    persona_data = get_persona(persona)
    cold = {line for lines in persona_data.cold.values() for line in lines}
    assert replies(session)[-1] not in cold
    assert "I don't follow" not in replies(session)[-1]
    hint = session.hint()
    assert "vague" not in hint


def test_accepting_says_back_the_proposals_details_not_the_users_sentence() -> None:
    # Said back whole, a proposal kept the user's typos and pronouns only they can use ("after it me decide…")
    assert proposal_specifics("Could we try a 30-minute call every other Tuesday morning?") == (
        "30 minutes, every other Tuesday morning"
    )
    assert proposal_specifics("I'll send my draft by thursday.") == "by Thursday"
    assert proposal_specifics("So my idea: we make the session on 14th the last formal one") == "on the 14th"
    assert proposal_specifics("how about every 2 weeks, 30 min, and you tell me by the day before?") == (
        "every 2 weeks, 30 minutes"
    )
    assert proposal_specifics("by Wednesday 5pm you drop 2 bullet points in our doc") == (
        "by Wednesday 5pm, 2 bullet points"
    )
    assert proposal_specifics("could we each time look at one thing I build, like my notebook?") is None
    assert proposal_specifics("we march on and may try it") is None  # verbs, not months


def test_an_acceptance_is_said_once_and_fits_a_proposal_with_or_without_details(detector: MoveDetector) -> None:
    scenario, persona = get_scenario("change-cadence"), get_persona("warm")
    partner = ScriptedPartner(scenario, persona, "easy")
    first = partner._accepting("Could we meet every other Monday?")
    assert first and all("Every other Monday" in line or "every other Monday" in line for line in first)
    partner.state.used.add(first[0])
    again = partner._accepting("Could we meet every other Friday?")
    assert again and all(partner.state.template_of[line] != partner.state.template_of[first[0]] for line in again)
    plain = partner._accepting("could we each time look at one thing I build?")
    assert plain and not any("{specifics}" in line for line in plain)


def test_no_line_is_said_twice_even_when_the_user_repeats_themselves(detector: MoveDetector) -> None:
    for persona in ("busy", "defensive"):
        session = play(detector, "change-cadence", persona, ["Okay."] * 6 + ["You always cancel."] * 6)
        said = replies(session)
        assert len(said) == len(set(said)), said


def test_the_defensive_mentor_holds_out_before_giving_in(detector: MoveDetector) -> None:
    lines = [
        "I've noticed I'm losing momentum on my promotion plan.",
        "I can see why that was frustrating, the reorg has been a lot.",
        "Thanks for explaining, I really appreciate you being honest.",
    ]
    medium = play(detector, "frequent-cancels", "defensive", lines)
    intents = [r.intent for r in medium.reactions]
    assert intents[0] == "hold-out"  # not won over by the first polite line
    assert "concede" in intents[1:]
    hard = play(detector, "frequent-cancels", "defensive", lines, "hard")
    assert "concede" not in [r.intent for r in hard.reactions]  # harder: holds out longer
    easy = play(detector, "frequent-cancels", "defensive", lines, "easy")
    assert [r.intent for r in easy.reactions].index("concede") < intents.index("concede")


# ---------------------------------------------------------------- the debrief credits skill fairly


SKILLED = {
    "I go into my promotion prep without the input I was counting on.": "i-statement",
    "Let's check at the end of next month whether it's working for both of us.": "follow-up",
    "What happened on your side with those two reports?": "asks-their-view",
    "I've noticed I'm losing momentum on my promotion plan.": "i-statement",
}


@pytest.mark.parametrize(("line", "move"), SKILLED.items())
def test_skilled_lines_are_credited(detector: MoveDetector, line: str, move: str) -> None:
    assert move in {m.move for m in detector.detect(line)}
    session = play(detector, "frequent-cancels", "warm", [line])
    credited = [c for c in session.debrief().criteria if move in _criterion_moves(session, c.id)]
    assert credited and all(c.score > 0 and c.evidence == line for c in credited)


def _criterion_moves(session: RehearsalSession, criterion_id: str) -> tuple[str, ...]:
    return next(c.moves for c in session.scenario.criteria() if c.id == criterion_id)


def test_giving_up_earns_no_follow_up_credit(detector: MoveDetector) -> None:
    session = play(detector, "frequent-cancels", "warm", ["Fine, let's just see how it goes I guess."])
    assert "giving-up" in {m.move for m in session.detections[0]}
    assert session.debrief().score_of("agrees-follow-up") == 0


def test_a_poor_line_is_never_the_strongest_or_evidence(detector: MoveDetector) -> None:
    for scenario in ("frequent-cancels", "give-critical-feedback", "change-cadence"):
        session = play(detector, scenario, "warm", script_lines(scenario, "poor"))
        debrief = session.debrief()
        poor = poor_quotes(session.detections)
        assert debrief.strongest not in poor
        assert all(c.evidence not in poor for c in debrief.criteria)
    worst = "The client is furious and it makes me look terrible."
    session = play(detector, "give-critical-feedback", "warm", [worst, "Hi, how are you?"])
    assert session.debrief().strongest in (NOT_SHOWN,)


def test_the_better_line_is_built_for_the_weakest_turn_from_the_users_own_words(detector: MoveDetector) -> None:
    lines = [
        "Of our last four sessions, three were moved on the day.",
        "You always cancel on me and it's honestly really unprofessional.",
    ]
    session = play(detector, "frequent-cancels", "warm", lines)
    debrief = session.debrief()
    assert debrief.weakest == lines[1]
    assert lines[0] in debrief.better_line  # their own observation, not a canned line
    assert debrief.better_line not in lines


def test_a_line_the_guidance_recommends_is_never_rewritten(detector: MoveDetector) -> None:
    recommended = "If now isn't a good time for you to mentor, that's totally fine."
    lines = ["I'd like to ask whether you'd consider mentoring me.", recommended]
    session = play(detector, "ask-to-mentor", "warm", lines)
    assert not [m for m in session.detections[1] if m.polarity == "negative"]
    assert session.debrief().weakest != recommended


def test_rubrics_and_hints_are_per_role_and_scenario(detector: MoveDetector) -> None:
    mentor = get_scenario("give-critical-feedback")
    mentee = get_scenario("change-cadence")
    assert "respectful-grateful" not in mentor.rubric
    assert "respectful-grateful" in mentee.rubric
    assert mentor.rubric_kind != mentee.rubric_kind != get_scenario("end-mentorship").rubric_kind
    session = play(detector, "give-critical-feedback", "warm", ["Hi Riley."])
    hints = [session.hint() for _ in range(1)] + [c.hint for c in session.debrief().criteria]
    hints += [mentor.hint_for(c) for c in mentor.criteria()]
    assert not [h for h in hints if "quarter has been packed" in h or "your quarter" in h]


def test_hints_appear_where_they_were_asked_for(detector: MoveDetector) -> None:
    session = play(detector, "change-cadence", "warm", ["I'd like to talk about how often we meet."])
    hint = session.hint()
    session.respond("I've been finding it hard to prepare every week.")
    timeline = session.timeline()
    roles = [t.role for t in timeline]
    assert roles == ["partner", "user", "partner", "hint", "user", "partner"]
    assert timeline[3].text == hint
    assert [t["role"] for t in session.to_json()["transcript"]].index("hint") == 3
    markdown = session.to_markdown()
    assert markdown.index(hint[:30]) < markdown.index("I've been finding it hard")


# ---------------------------------------------------------------- one scoring for both engines


def test_the_llm_partner_is_told_what_the_offline_partner_answers(detector: MoveDetector) -> None:
    session = play(detector, "frequent-cancels", "busy", ["I wanted to talk about our sessions."])
    reaction = session.reactions[-1]
    partner = LLMPartner(object(), OFFLINE, session.scenario, session.persona, "medium")
    direction = partner.direction(reaction)
    assert INTENT_DIRECTIONS["invite"] in direction
    assert "Do not concede" in direction
    assert set(load_moves().specs) >= set(reaction.positive)
