"""Rehearsal classes found in session 39: each test names the class, not the example that showed it."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import proposal_specifics

from .conftest import play


def test_details_of_how_things_are_now_are_not_said_back_as_the_proposal() -> None:
    # "Weekly is a lot for me…, could we try every other week?" was accepted as "Weekly, every other week."
    assert proposal_specifics("Weekly is a lot for me right now with the launch, could we try every other week?") == (
        "every other week")
    assert proposal_specifics("Could we move from weekly to every other week?") == "every other week"
    assert proposal_specifics("Could we do every other Monday instead of weekly?") == "every other Monday"
    assert proposal_specifics("from Monday I can do 30 min") == "from Monday, 30 minutes"  # a start, not a change


def test_asking_for_time_to_talk_now_is_no_detail_of_a_proposal() -> None:
    # "I have a request, if you have two minutes" drew a counter-offer about specifics nobody gave
    assert proposal_specifics("I have a request, if you have two minutes") is None
    assert proposal_specifics("do you have 5 min? could we meet every other week") == "every other week"


def test_an_hour_is_said_back_as_an_hour() -> None:
    # "every two weeks for an hour" was accepted as "Every two weeks, an hours?"
    assert proposal_specifics("every two weeks for an hour, and i'd send the draft") == "every two weeks, an hour"


def test_a_yes_to_the_partners_own_offer_settles_it_and_closes(detector: MoveDetector) -> None:
    # "yes totally, 30 mins a month is perfect" after "Thirty minutes a month is the most I can do" got
    # "Right. What do you need from me?"
    session = play(detector, "ask-to-mentor", "busy", [
        "um i was wondering if you'd maybe be up for mentoring me? like kind of informally",
        "sorry, yeah, the ask is would you mentor me. i loved your talk at the design guild last month",
        "and um, i know you're super busy so it wouldn't need to be much, maybe like a call once a month or so?",
        "yes totally, 30 mins a month is perfect. i'll email you tomorrow with some times",
    ])
    reactions = session.partner.reactions
    assert reactions[-2].intent in ("counter", "accept")  # its own terms, or a yes to the user's
    assert (session.settled or session.ended) and reactions[-1].intent == "resolve"
    assert "What do you need" not in session.transcript[-1].text


def test_thanks_after_a_yes_close_the_talk_even_with_a_goodbye_and_a_date(detector: MoveDetector) -> None:
    # "awesome thanks so much, honestly that's a relief. see you in two weeks!" reopened a settled talk
    session = play(detector, "change-cadence", "warm", [
        "I wanted to talk about how often we meet. Weekly has become hard for me with the launch.",
        "I'm finding I don't have enough done between sessions, and I feel bad turning up with nothing.",
        "Could we try every other week, 45 minutes, for the next two months?",
        "Thank you so much, honestly that's a relief. See you in two weeks!",
    ])
    assert [r.intent for r in session.partner.reactions][-2:] == ["accept", "resolve"]
    assert session.ended  # the thanks were the closing turn themselves


def test_the_evidence_for_a_criterion_is_the_line_that_shows_it_most_clearly(detector: MoveDetector) -> None:
    # the proposal criterion quoted "maybe we could like focus each session on one piece…?" over the proposal
    # with its details, because that line carried more good moves in all
    session = play(detector, "not-working", "warm", [
        "hi! so this is kinda awkward but i wanted to be honest about how the mentoring's been going for me",
        "i came in wanting help getting ready for the staff engineer promo and i feel like i haven't moved on that",
        "no totally, the stories are fun. maybe we could like focus each session on one piece of the promo packet?",
        "every two weeks for an hour, and i'd send the draft section two days before, for the next two months",
    ])
    proposal = next(c for c in session.debrief().criteria if c.id == "concrete-next-step")
    assert "every two weeks for an hour" in proposal.evidence


def test_the_better_line_reuses_only_clean_lines_of_the_user_each_a_sentence_of_its_own(
        detector: MoveDetector) -> None:
    # "…I arrived with nothing prepared. oh right sorry, um maybe every two weeks?": filler spliced into a model line
    session = play(detector, "change-cadence", "skeptical", [
        "Never mind, it's fine, whatever you think.",
        "oh right sorry, um maybe every two weeks?",
    ])
    debrief = session.debrief()
    assert debrief.weakest != "not shown"
    assert "um maybe" not in debrief.better_line
    sentences = [s for s in debrief.better_line.split(". ") if s]
    assert all(s[:1].isupper() for s in sentences), debrief.better_line


def test_a_request_that_says_when_in_words_is_not_asked_what_it_would_involve(detector: MoveDetector) -> None:
    # "could you re-check every figure … before anything goes to a client, and … message me the same day" got
    # "And what would that actually involve?"
    session = play(detector, "give-critical-feedback", "defensive", [
        "Thanks for flagging it. I want to talk about the client email, and this is about one thing that went wrong.",
        "On Thursday the quarterly report went to the client with last quarter's revenue figures in the table.",
        "It's not all on you, the data feed breaking twice made it harder. Can you walk me through that week?",
        "Thank you for being straight. Going forward, could you re-check every figure against the source before "
        "anything goes to a client, and if the feed breaks, message me the same day?",
    ], "hard")
    assert session.partner.reactions[-1].intent != "pin-down"
    assert "what would that actually involve" not in session.transcript[-1].text.lower()
