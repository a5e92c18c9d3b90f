"""Rehearsal classes found in session 40: each test names the class, not the example that showed it."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.rubric import load_rubric

from .conftest import moves_in, play


def test_a_casual_ask_to_be_mentored_is_the_purpose_and_the_partner_answers_it(detector: MoveDetector) -> None:
    # "um hi, i was wondering if you would maybe consider mentoring me?" was no move at all: the partner said
    # "Mm, go on. I'm listening." to the ask, and only reacted to it three turns later
    assert "purpose-statement" in moves_in(detector, "um hi, i was wondering if you would maybe consider mentoring me?")
    session = play(detector, "ask-to-mentor", "warm", ["um hi, i was wondering if you would maybe consider "
                                                       "mentoring me?"])
    assert "listening" not in session.transcript[-1].text.lower() and "go on" not in session.transcript[-1].text


def test_admiration_that_names_their_work_counts_as_why_them_and_is_never_sarcasm(detector: MoveDetector) -> None:
    # "i really liked your talk on growing teams, thats why i thought of you" read as sarcasm and cost points
    line = "i really liked your talk on growing teams, thats why i thought of you"
    assert moves_in(detector, line) & {"sarcasm", "blame"} == set()
    why_them = load_rubric()["specific-observation"].for_kind("asking-for-mentoring")
    assert why_them.counts("gratitude", line)
    assert not why_them.counts("gratitude", "thank you so much, that means a lot")  # thanks alone say no why
    assert not load_rubric()["specific-observation"].counts("gratitude", line)  # only when asking for mentoring
    session = play(detector, "ask-to-mentor", "warm", ["um hi, i was wondering if you would maybe consider "
                                                       "mentoring me?", line])
    scores = {s.id: s for s in session.debrief().criteria}
    assert scores["specific-observation"].score >= 2 and scores["specific-observation"].evidence == line


def test_sincere_reassurance_is_not_blame(detector: MoveDetector) -> None:
    # "honestly you've been a great mentor, this isn't about you." read as blame
    assert "blame" not in moves_in(detector, "honestly you've been a great mentor, this isn't about you.")
    assert "blame" in moves_in(detector, "You never make time for me, it's always about you.")


def test_a_yes_after_the_partners_yes_settles_the_talk(detector: MoveDetector) -> None:
    # after "Once a month. Fine, that I can do.", "yes totally… i'll email you tomorrow" got "What do you need from me?"
    session = play(detector, "ask-to-mentor", "busy", [
        "um i was wondering if you'd maybe be up for mentoring me? like kind of informally",
        "sorry, yeah, the ask is would you mentor me. i loved your talk at the design guild last month",
        "and um, i know you're super busy so it wouldn't need to be much, maybe like a call once a month or so?",
        "yes totally, 30 mins a month is perfect. i'll email you tomorrow with some times",
    ])
    assert (session.settled or session.ended) and session.partner.reactions[-1].intent == "resolve"
    assert "What do you need" not in session.transcript[-1].text


def test_a_line_to_add_is_offered_as_an_example_for_the_users_own_details(detector: MoveDetector) -> None:
    # "next time also try: “In our two conversations your advice on moving from engineering into product…”"
    # read as a line to say, with the scenario's facts, to someone whose path was not that
    from coach.rehearsal.scoring import better_line_advice

    session = play(detector, "ask-to-mentor", "warm", ["um hi, i was wondering if you would maybe consider "
                                                       "mentoring me?", "thank you so much, that means a lot"])
    heading, sentence = better_line_advice(session.debrief(), lambda text: f"“{text}”")
    assert heading == "A line to add." and "a line like this, with your own details:" in sentence
