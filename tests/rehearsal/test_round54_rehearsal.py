"""Rehearsal classes found in review 52 (session 52): each test names the class, not the example."""

from __future__ import annotations

import pytest

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import proposal_specifics, says_what_about
from coach.rehearsal.scenarios import list_scenarios
from coach.rehearsal.scoring import opening_turn

from .conftest import moves_in, play

PERSONAS = ["warm", "busy", "skeptical", "defensive"]
DIFFICULTIES = ["easy", "medium", "hard"]
HOSTILE_THEN_TERMS = [
    "Oh look, you actually showed up today.",
    "You cancel literally every time, Jordan.",
    "Fine. Every other Tuesday at 8am, 30 minutes. Take it or leave it.",
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("difficulty", DIFFICULTIES)
def test_terms_put_as_an_ultimatum_are_never_agreed_to(detector: MoveDetector, persona: str, difficulty: str) -> None:
    # every persona at every difficulty said yes to this, as it left nothing to counter
    session = play(detector, "frequent-cancels", persona, HOSTILE_THEN_TERMS, difficulty)
    last = session.partner.reactions[-1]
    assert last.intent == "rebuff", last
    reply = session.transcript[-1].text
    assert "8am" not in reply and "Tuesday" not in reply, reply


def test_the_same_terms_put_calmly_are_agreed_to(detector: MoveDetector) -> None:
    session = play(detector, "frequent-cancels", "warm", [
        "Of our last four sessions, three were moved on the day.",
        "Could we do every other Tuesday at 8am, 30 minutes?",
    ], "easy")
    assert session.partner.reactions[-1].intent == "accept"


def test_a_turn_with_a_poor_move_lends_none_of_its_sentences_to_the_strongest_moment(
        detector: MoveDetector) -> None:
    session = play(detector, "frequent-cancels", "busy", HOSTILE_THEN_TERMS, "easy")
    debrief = session.debrief()
    assert "Tuesday" not in debrief.strongest


@pytest.mark.parametrize(("statement", "names"), [
    ("I've been feeling a bit stuck lately.", False),
    ("I feel a bit lost to be honest", False),
    ("I'm worried.", False),
    ("I'm losing momentum on my promotion plan.", True),
    ("I feel frustrated when sessions get moved on the day.", True),
])
def test_a_mood_alone_names_no_issue(statement: str, names: bool) -> None:
    assert says_what_about(statement) is names


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_partner_never_concedes_to_a_mood(detector: MoveDetector, persona: str) -> None:
    session = play(detector, "frequent-cancels", persona,
                   ["Hi Jordan.", "I've been feeling a bit stuck lately."], "easy")
    assert session.partner.reactions[-1].intent not in ("concede", "engage", "hold-out")
    assert not session.partner.issue_named


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_greeting_that_asks_after_them_is_answered(detector: MoveDetector, persona: str) -> None:
    session = play(detector, "frequent-cancels", persona,
                   ["Hi Jordan! How have you been? I heard the reorg has been intense."])
    assert session.partner.reactions[-1].intent == "answer-first"


@pytest.mark.parametrize("persona", ["warm", "skeptical"])
def test_asking_for_a_minute_is_invited_never_questioned(detector: MoveDetector, persona: str) -> None:
    session = play(detector, "give-critical-feedback", persona, ["Hi Riley, got a minute?"])
    # (a greeting alone is answered in kind since review r9: "greeted" invites the point as "invite" does)
    assert session.partner.reactions[-1].intent in ("invite", "greeted")
    assert "?" in session.transcript[-1].text and "Meaning what" not in session.transcript[-1].text


@pytest.mark.parametrize("persona", ["warm", "busy"])
def test_an_open_question_about_what_would_help_is_no_proposal_to_say_yes_to(
        detector: MoveDetector, persona: str) -> None:
    session = play(detector, "unprepared-mentee", persona, [
        "The last three times, the agenda didn't arrive before we met.",
        "What would make it easier for you to send something beforehand?",
    ])
    assert session.partner.reactions[-1].intent != "accept"
    assert "let's do that" not in session.transcript[-1].text.lower()


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_plan_for_next_time_is_no_follow_up_that_ends_the_talk(detector: MoveDetector, persona: str) -> None:
    session = play(detector, "receive-criticism", persona, [
        "Thanks, Morgan. That's hard to hear, but it's fair.",
        "I'll put the recommendation on the first slide next time and cut the background to five minutes.",
    ], "hard")
    assert not session.ended
    assert "follow-up" not in moves_in(detector, "Next time I'll lead with the recommendation and cut the rest.")


def test_owning_a_fix_to_their_own_work_is_agreed_to_without_saying_it_back_as_a_schedule(
        detector: MoveDetector) -> None:
    session = play(detector, "receive-criticism", "warm", [
        "Thanks, Morgan. That's fair.",
        "I'll put the recommendation on the first slide next time and cut the background to five minutes.",
    ])
    assert session.partner.reactions[-1].intent == "accept"
    assert "?" not in session.transcript[-1].text


@pytest.mark.parametrize(("proposal", "said_back", "never"), [
    ("Could we try a 30-minute call every other Tuesday morning instead of the monthly hour?",
     "30 minutes, every other Tuesday morning", "monthly"),
    ("i think once a month would be more realistic for me right now, maybe the first monday of each month?",
     "once a month, the first Monday of each month", None),
    ("Could we move from the weekly call to every two weeks?", "every two weeks", "weekly"),
])
def test_what_a_proposal_replaces_is_never_said_back_and_what_it_proposes_is_whole(
        proposal: str, said_back: str, never: str | None) -> None:
    specifics = proposal_specifics(proposal) or ""
    assert specifics.lower() == said_back.lower()
    assert never is None or never not in specifics.lower()


def test_a_counter_never_asks_for_an_update_offered_in_between(detector: MoveDetector) -> None:
    scenario = next(s for s in list_scenarios() if s.id == "change-cadence")
    asks = [line for line in scenario.counter if "short message" in line]
    assert asks and all(
        scenario.already_offered(line, ["Could we go every three weeks, with a quick Slack update in between?"])
        for line in asks)
    assert not any("fortnightly" in line.lower() for line in scenario.counter)  # never misstates what was proposed


def test_asked_again_after_its_counter_the_partner_gives_no_second_counter(detector: MoveDetector) -> None:
    session = play(detector, "change-cadence", "skeptical", [
        "Hi Sam, can we talk about our meeting rhythm?",
        "Last month I cancelled twice and came unprepared once.",
        "Could we go every three weeks, with a quick Slack update in between?",
        "What do you think, would that work from your side?",
        "Let's try it until the end of April and review then.",
    ], "hard")
    intents = [r.intent for r in session.partner.reactions]
    assert intents.count("counter") <= 1, intents
    assert intents[-1] == "resolve", intents


@pytest.mark.parametrize(("line", "shown", "absent"), [
    ("Hi Jordan, thanks for the call.", {"gratitude"}, {"sarcasm"}),
    ("Thanks so much for the feedback, that's really helpful.", {"gratitude"}, {"sarcasm"}),
    ("You helped me a lot with the CV, so thanks for that.", {"gratitude"}, {"sarcasm"}),
    ("The client's lead emailed me on Friday about the totals, so thanks for that.", {"sarcasm"}, {"gratitude"}),
    ("You need to be more careful with numbers, honestly.", {"blame"}, set()),
    ("I'd need you to be around whenever I get stuck, basically all the time.", {"absolutes"}, set()),
    ("I don't know, things just aren't great and I guess it's kind of whatever now.", set(), {"absolutes"}),
    ("What would make it easier for you to send something beforehand?", {"asks-their-view"}, {"concrete-proposal"}),
])
def test_moves_read_what_the_line_does(detector: MoveDetector, line: str, shown: set[str], absent: set[str]) -> None:
    found = moves_in(detector, line)
    assert shown <= found and not absent & found, (line, found)


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("scenario", "lines"), [
    ("give-critical-feedback", ["I want to talk about the client reports.",
                                "In the last two weekly reports, the totals didn't match the source data."]),
    ("unprepared-mentee", ["I wanted to talk about how we use our sessions.",
                           "For our last three sessions, the agenda didn't arrive before we met."]),
    ("disagree-advice", ["I want to talk through your MBA advice.",
                         "I priced two programmes: about £30,000 each and twenty hours a week for two years."]),
])
def test_an_issue_named_with_specifics_is_never_called_a_generalisation(
        detector: MoveDetector, persona: str, scenario: str, lines: list[str]) -> None:
    session = play(detector, scenario, persona, lines, "hard")
    reply = session.transcript[-1].text.lower()
    for word in ("generalisation", "exaggeration", "strong reaction", "quite a claim", "sweeping", "be specific"):
        assert word not in reply, reply


@pytest.mark.parametrize("persona", PERSONAS)
def test_once_the_issue_is_named_the_partner_never_asks_what_it_is(detector: MoveDetector, persona: str) -> None:
    session = play(detector, "not-working", persona, [
        "Could I send you my questions the night before each session from now on?",
        "Lately we've run out of time before I get to my team-lead questions, two sessions in a row.",
        "I'm worried I'm not getting any closer to leading a team.",
    ], "hard")
    for turn in session.transcript[3:]:
        assert "what's not working" not in turn.text.lower() and "what's the issue" not in turn.text.lower()


def test_giving_up_is_answered_as_giving_up_whatever_words_it_used(detector: MoveDetector) -> None:
    session = play(detector, "end-mentorship", "skeptical", [
        "Dana, I wanted to talk about wrapping up our mentorship.", "Whatever, it's done now."])
    assert "think about" not in session.transcript[-1].text.lower()


def test_a_difficulty_said_plainly_names_the_issue_and_a_bare_change_is_pinned_down(detector: MoveDetector) -> None:
    session = play(detector, "change-cadence", "defensive", [
        "I just can't do Mondays every week anymore, it's impossible.", "Can we just meet less?"], "hard")
    assert session.partner.issue_named
    assert session.partner.reactions[-1].intent == "pin-down"


def test_every_scenario_has_hold_out_lines_for_every_persona() -> None:
    for scenario in list_scenarios():
        assert set(PERSONAS) <= set(scenario.hold_outs), scenario.id


@pytest.mark.parametrize(("turns", "first"), [
    (["Hi Sam! How are you doing?", "Sounds exhausting. Have you got a bit of energy left for today?",
      "I wanted to talk about how we set up our sessions."], 2),
    (["Hello Jordan, thank you for take time today.", "I want speak about our meetings."], 1),
    (["Thanks for making time today, Jordan. I wanted to talk about how our sessions have been going."], 0),
    (["Hi.", "Hello?"], 0),
])
def test_the_opening_is_judged_at_the_first_turn_that_is_not_small_talk(turns: list[str], first: int) -> None:
    assert opening_turn(turns) == first


def test_small_talk_first_neither_costs_the_opening_nor_is_the_strongest_moment(detector: MoveDetector) -> None:
    session = play(detector, "unprepared-mentee", "warm", [
        "Hi Sam! How are you doing? How's the on-call week been?",
        "I wanted to talk about how we set up our sessions, so they help more with your promotion.",
        "The last three times, the agenda didn't arrive before we met.",
    ])
    debrief = session.debrief()
    opening = next(c for c in debrief.criteria if c.id == "clear-opening")
    assert opening.score == 3, opening
    assert "How are you" not in debrief.strongest


def test_a_criterions_evidence_is_a_line_that_mainly_shows_it(detector: MoveDetector) -> None:
    # the I-statement's evidence was "That makes sense, I'd miss our conversations too.", an acknowledgement first
    session = play(detector, "end-mentorship", "warm", [
        "I wanted to talk about wrapping up our formal mentorship, Dana, and say thank you properly.",
        "I feel I've reached what we set out to do, and I'd like to find a mentor in my new specialism.",
        "How do you feel about bringing it to a close?",
        "That makes sense, I'd miss our conversations too.",
    ])
    evidence = {c.id: c.evidence for c in session.debrief().criteria}
    assert evidence["i-statements"].startswith("I feel I've reached what we set out to do")
    assert evidence["listens-acknowledges"].startswith("That makes sense")


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("line", [
    "Here's the deal: either you help me find a strategy project at work next quarter, or I think we're done here.",
    "Agenda by 5pm the day before or I cancel the session. No exceptions.",
])
def test_an_ultimatum_is_rebuffed_whatever_moves_were_found_in_it(
        detector: MoveDetector, persona: str, line: str) -> None:
    scenario = "disagree-advice" if "strategy" in line else "unprepared-mentee"
    opener = ("It's £30k and 20 hours a week for two years." if scenario == "disagree-advice"
              else "For our last three sessions, the agenda didn't arrive the day before.")
    session = play(detector, scenario, persona, [opener, line])
    assert session.partner.reactions[-1].intent == "rebuff", session.partner.reactions[-1]


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_question_about_the_matter_is_answered_never_taken_for_small_talk(
        detector: MoveDetector, persona: str) -> None:
    session = play(detector, "give-critical-feedback", persona,
                   ["Riley, what on earth happened with the client reports? This is embarrassing."])
    assert session.partner.reactions[-1].intent != "answer-first"
    assert "Thanks for asking" not in session.transcript[-1].text


def test_a_jab_beside_a_fact_is_answered_as_a_jab(detector: MoveDetector) -> None:
    session = play(detector, "give-critical-feedback", "warm", [
        "I want to talk about the client reports.",
        "The totals were wrong twice. Twice! Do you even check your work?"])
    assert session.partner.reactions[-1].intent == "push-back"


@pytest.mark.parametrize(("line", "shown", "absent"), [
    ("You're one of the most capable people on the team.", set(), {"blame"}),
    ("what is happening on your side? you have too much work?", {"asks-their-view"}, {"blame"}),
    ("I'd come with an agenda every time and keep us to time.", {"concrete-proposal"}, {"absolutes"}),
    ("We agreed you'd send an agenda and an update the day before.", set(), {"concrete-proposal"}),
    ("Sam, let me guess, no agenda again?", {"sarcasm"}, set()),
    ("If it still isn't working after two sessions, shall we agree to end it on good terms?", {"follow-up"}, set()),
])
def test_review_53_lines_are_read_as_what_they_do(
        detector: MoveDetector, line: str, shown: set[str], absent: set[str]) -> None:
    found = moves_in(detector, line)
    assert shown <= found and not absent & found, (line, found)
