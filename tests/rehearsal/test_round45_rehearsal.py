"""Rehearsal classes found in review 45: each test names the class, not the example that showed it."""

from __future__ import annotations

from coach.rehearsal.moves import DetectedMove, MoveDetector
from coach.rehearsal.rubric import NOT_SHOWN, load_rubric
from coach.rehearsal.scoring import CriterionScore, Debrief, better_line_advice, score_criterion

from .conftest import moves_in, play

POOR_RECEIVER = [  # review 45, s12: receive-criticism, warm, easy
    "Okay, let's hear it. What did I do wrong this time?",
    "That's not fair. Nobody told me there was a time limit.",
    "You always find something to complain about.",
    "Fine, I'll just make it shorter. Happy now?",
    "Yeah yeah, thanks I guess.",
]
CONTEMPTUOUS_MENTOR = [  # review 45, s11: unprepared-mentee, busy, hard
    "You're unprepared again. Honestly, what is the point of these sessions?",
    "You never do the work. Not once. Do you even care about your career?",
    "That's a pathetic excuse. Everyone is busy.",
    "Just sort it out, I guess.",
    "Forget it. Maybe we should just stop.",
]
SKILLED_CADENCE = [  # review 45, s03: change-cadence, warm, easy
    "Morning! Thanks for meeting. I'd like to talk about how often we meet, if that's alright.",
    "I've really valued our weekly sessions. Over the last month, though, three of our four sessions were mostly me "
    "reporting that nothing had moved, and I'd rather come with something real.",
    "I'd like to propose we move from weekly to every other week, same time on Wednesdays at 4, for an hour instead "
    "of 45 minutes.",
    "What do you think? Does that work on your side, or would a different rhythm suit you better?",
    "Great, thank you. If something urgent comes up in between, I'll send you a short message rather than waiting.",
    "Shall we try it through the end of next month and then check in on whether the new rhythm is working? Thanks so "
    "much, I really appreciate your flexibility.",
]
SKILLED_MOVES = {"asks-their-view", "acknowledgement", "i-statement", "specific-observation", "concrete-proposal",
                 "gratitude", "purpose-statement", "follow-up"}


def test_contempt_and_passive_aggressive_questions_are_never_an_invitation(detector: MoveDetector) -> None:
    # review 45: "what is the point of these sessions?" and "What did I do wrong this time?" were "asking for their
    # side" (Invites 3/3 and the strongest moment), and "That's a pathetic excuse." was nothing at all
    for line in ("Honestly, what is the point of these sessions?", "What did I do wrong this time?",
                 "So what's even the point of meeting?", "Why do I even bother asking?",
                 "Fine, I'll change the slides. Happy now?", "Who do you think you are to tell me that?"):
        found = moves_in(detector, line)
        assert not found & SKILLED_MOVES, (line, found)
    for line in ("That's a pathetic excuse.", "Do you even care about your career?"):
        assert "blame" in moves_in(detector, line), line
    assert "asks-their-view" in moves_in(detector, "What would you have cut first?")  # a real question stays one


def test_a_rejection_worded_like_agreement_is_no_acknowledgement(detector: MoveDetector) -> None:
    # review 45: "That's not fair." was evidence for "Listens and acknowledges"
    for line in ("That's not fair.", "That isn't true.", "That's not really fair, nobody told me."):
        assert "acknowledgement" not in moves_in(detector, line), line
    assert "acknowledgement" in moves_in(detector, "That's fair.")
    assert "acknowledgement" in moves_in(detector, "You're not wrong, I did run over.")


def test_a_poor_line_is_never_the_strongest_moment_or_skilled_evidence(detector: MoveDetector) -> None:
    for scenario, persona, difficulty, lines in (("receive-criticism", "warm", "easy", POOR_RECEIVER),
                                                 ("unprepared-mentee", "busy", "hard", CONTEMPTUOUS_MENTOR)):
        debrief = play(detector, scenario, persona, lines, difficulty).debrief()
        poor = ("wrong this time", "not fair", "the point of", "pathetic", "even care")
        assert not any(p in debrief.strongest for p in poor), debrief.strongest
        for criterion in debrief.criteria:
            assert not any(p in criterion.evidence for p in poor), (criterion.id, criterion.evidence)
        assert not any(p in debrief.better_line for p in poor), debrief.better_line


def test_polite_lines_are_not_flagged_as_poor(detector: MoveDetector) -> None:
    # review 45: each of these cost points in two to four criteria
    polite = {
        "Yes, it's about the client's email, and I'm not here to blame you.": "blame",
        "I don't blame you for the delay at all.": "blame",
        "Great, thank you. If something urgent comes up in between, I'll send you a short message rather than "
        "waiting.": "sarcasm",
        "like only if you have time, no pressure": "blame",
        "ok, go ahead": "giving-up",
        "Sure, go on, I'm listening.": "giving-up",
    }
    negative = {"blame", "sarcasm", "giving-up", "absolutes", "vagueness", "over-apologising"}
    for line in polite:
        assert not moves_in(detector, line) & negative, (line, moves_in(detector, line))
    assert "gratitude" in moves_in(detector, "Great, thank you. If something urgent comes up, I'll message you.")
    # the same words with the sting still in them stay poor
    assert "blame" in moves_in(detector, "I'm not blaming you, but you never reply.")
    assert "sarcasm" in moves_in(detector, "Oh sure, only if you have time, like always.")
    assert "giving-up" in moves_in(detector, "Fine, whatever, forget it.")


def test_a_line_with_two_poor_moves_is_quoted_once_in_a_hint() -> None:
    # review 45: "“Just sort it out, I guess.” came across as vagueness and “Just sort it out, I guess.” as giving up"
    line = "Just sort it out, I guess."
    turns = [[DetectedMove("vagueness", "negative", line, "embedding", 1.0),
              DetectedMove("giving-up", "negative", line, "embedding", 1.0)]]
    hint = score_criterion(load_rubric()["concrete-next-step"], turns).hint
    assert hint.count(line) == 1 and "vagueness and giving up, which cost a point" in hint, hint


def test_a_closing_thanks_with_more_to_say_does_not_end_the_talk(detector: MoveDetector) -> None:
    # review 45, s03: "Great, thank you. If something urgent comes up…" ended the talk as a goodbye, the planned
    # follow-up was never heard, and "Agrees a follow-up" scored 0
    from coach.rehearsal.partner import signs_off

    session = play(detector, "change-cadence", "warm", SKILLED_CADENCE, "easy")
    assert len(session.user_turns) == len(SKILLED_CADENCE), session.user_turns
    assert session.debrief().score_of("agrees-follow-up") > 0
    assert signs_off("Perfect. That's a relief. Thanks so much, see you in two weeks!")
    assert not signs_off(SKILLED_CADENCE[4])


def test_a_debrief_short_of_full_marks_names_the_criteria_and_never_says_no_line_needed_rewriting() -> None:
    # review 45, s01: "No line needed rewriting, and every criterion was shown; the hint under each one below full
    # marks…" beside an I-statements 2/3, with the hints printed above it
    criteria = [CriterionScore("a", "Clear opening", 3, "x", ""), CriterionScore("b", "Speaks for self", 2, "x", "")]
    debrief = Debrief(criteria=criteria, strongest="x", better_line="", weakest=NOT_SHOWN, sources=[])
    heading, sentence = better_line_advice(debrief, str)
    assert heading == "Nothing to rewrite."
    assert "No line needed rewriting" not in sentence and "below" not in sentence.replace("below full marks", "")
    assert "“Speaks for self” scored below full marks" in sentence and "Clear opening" not in sentence, sentence
