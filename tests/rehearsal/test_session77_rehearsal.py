"""Classes from blind rehearsal reviews r46 (0 of 14 sensible on 9d6c53e) and r47. Lines are phrased apart from the
reviews' own, except where a test holds the review's line itself to the move it showed."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.reflect import acknowledgement_from, said_back

from .conftest import moves_in, play


def test_review_r46_skilled_lines_are_credited(detector: MoveDetector) -> None:
    # r46: "Specific observation 0/3, not shown" beside r6's, r7's and r2's observations, "Listens 0/3" beside a
    # reflection, and no open question found in "What do you mean the ask was buried?" (the review's own lines)
    for line in ("On Tuesday you wrote him that the zirconia crowns would be ready Friday, without checking the "
                 "sintering schedule.",
                 "like the mildew on the north block in June, you tell me a story from your winery in Napa, and I "
                 "leave without a decision.",
                 "we often go to 90 min and then i miss the lab check at 11",
                 "two years out would mean stepping off the post-quantum migration project right when I'm the one "
                 "who knows the key-management design."):
        assert "specific-observation" in moves_in(detector, line), line
    assert "acknowledgement" in moves_in(detector, "Ok, so it comes too late in your week.")
    assert "acknowledgement" in moves_in(detector, "Me too, a little sad.")
    assert "asks-their-view" in moves_in(detector, "What do you mean the ask was buried?")
    assert "asks-their-view" in moves_in(detector, "Where should the ask have been?")
    # and phrased apart
    assert "specific-observation" in moves_in(detector, "On Monday you told the tenant the boiler would be fixed by "
                                                        "Wednesday, without asking the engineer first.")
    assert "asks-their-view" in moves_in(detector, "What do you mean my summary was too thin?")


def test_review_r46_a_goal_with_no_terms_is_no_proposal_to_accept(detector: MoveDetector) -> None:
    # r46 r12: "…three got moved on the day, and I'd like to find a setup that actually holds for both of us." got
    # "Fine. Let's do that." and a later question about Thursdays "Thursday. Fine, that works."
    line = ("Thanks for making the time. Of our last five calls, four got moved on the day, and I'd like to find a "
            "rhythm that works for both of us.")
    found = moves_in(detector, line)
    assert "concrete-proposal" not in found and "specific-observation" in found, found
    session = play(detector, "frequent-cancels", "busy", [line], difficulty="easy")
    assert session.partner.state.reactions[-1].intent != "accept"
    assert "concrete-proposal" in moves_in(detector, "I'd like to find a rhythm that works for both of us: every "
                                                     "other Monday at 8.")


def test_review_r46_a_clarifying_question_on_the_critique_is_answered(detector: MoveDetector) -> None:
    # r46 r8: "What do you mean the ask was buried?" got "What does that mean, exactly? What would you change?" and
    # "Where should the ask have been?" got "Okay… and?"
    session = play(detector, "receive-criticism", "defensive", [
        "I'm not being difficult. Ok, maybe a little. What do you mean the request got lost?",
    ])
    reply = session.partner_turns[-1]
    assert session.partner.state.reactions[-1].intent == "answer", reply
    assert "What does that mean" not in reply and "and?" not in reply, reply


def test_review_r46_saying_back_keeps_the_object_and_the_point_of_the_feedback() -> None:
    # r46 r12: "So you hated moving I every time."; r8: the listening example said back the announcement "So you
    # need to give me some feedback about Thursday, and you'd rather I didn't argue until you've finished."
    assert said_back("I hated moving you every time") == "you hated moving me every time"
    assert said_back("I kept you waiting all morning") == "you kept me waiting all morning"
    assert said_back("I expected you would ask") == "you expected I would ask"
    assert acknowledgement_from([
        "I want to give you some feedback about Monday, and I'd rather you didn't argue until I've finished. The "
        "demo ran fifteen minutes over and the price was buried."]) == (
        "So the demo ran fifteen minutes over and the price was buried.")


def test_review_r47_sincere_lines_are_not_poor_and_poor_ones_are_caught(detector: MoveDetector) -> None:
    # r47: "oh great!! yes I can bring questions." and "I'm glad you noticed too." read as sarcasm, "thats like the
    # fifth time." too; "ok so im just gonna say it.", "Fine. I'll have it to you by the 7th." and "Is it really fine
    # with you?" as giving up; "I only told that to you." as blame; while "brutal quarter, yeah, welcome to my life"
    # and "If they'd stayed awake they'd have seen it." went unflagged
    assert "sarcasm" not in moves_in(detector, "oh wow!! yes I can bring the photos.")
    assert "sarcasm" not in moves_in(detector, "I'm glad you saw it too.")
    assert "sarcasm" not in moves_in(detector, "that's like the fourth time.")
    assert "giving-up" not in moves_in(detector, "ok so I'm just going to say it.")
    assert "giving-up" not in moves_in(detector, "Is it really ok with you?")
    found = moves_in(detector, "Okay. I'll have it to you by the 9th.")
    assert "giving-up" not in found and "follow-up" in found, found
    assert "blame" not in moves_in(detector, "I only told that to you.")
    assert "sarcasm" in moves_in(detector, "long week, yeah, welcome to my world")
    assert "blame" in moves_in(detector, "If they'd paid attention they'd have seen it.")


def test_review_r47_skilled_lines_are_credited(detector: MoveDetector) -> None:
    # r47: follow-up 0/3 beside "I will email you the job description tonight" and "I bring the draft on Tuesday";
    # listening 0/3 beside "You're saying the ask got buried."
    assert "follow-up" in moves_in(detector, "I will send you the price list tonight")
    assert "follow-up" in moves_in(detector, "I bring the plan on Thursday")
    assert "acknowledgement" in moves_in(detector, "You're saying the price came too late.")
    assert "acknowledgement" not in moves_in(detector, "I know the site better than anyone in that office.")


def test_review_r47_the_better_line_never_answers_what_was_not_yet_said(detector: MoveDetector) -> None:
    # r47 r1: instead of the sarcasm-flagged turn 2, "What is not good, the monthly part?", the user's answer to a
    # refusal that came only after it
    session = play(detector, "frequent-cancels", "defensive", [
        "Can we talk about our sessions? Three of the last four were cancelled on the day.",
        "Oh great, so it's my fault now. Brilliant.",
        "What is the hard part for you, the Friday slot?",
        "Could we try Tuesdays at 8, for the next month?",
    ])
    debrief = session.debrief()
    assert "What is the hard part for you" not in debrief.better_line, debrief.better_line


def test_review_r47_a_partner_that_owned_it_answers_yes_or_no_and_never_denies_it(detector: MoveDetector) -> None:
    # r47 r11: after "Yes, that was me…", "Can you promise me that?" got "Okay… and?" and then "That's not quite how I
    # remember it."; "Are you not worried…?" ended the talk with "Good. That's settled, then."
    from coach.rehearsal.partner import _ENDS_ASKING_THEM, _OWNED_IT, _yes_in_kind

    assert _yes_in_kind("So I need to know it stays between us. Can you promise me that?") == "Yes, I can."
    assert _yes_in_kind("Will you tell her?") == "Yes, I will."
    assert _OWNED_IT.search("Yes, that was me. I didn't think it through.")
    assert _ENDS_ASKING_THEM.search("Really? Thank you. Are you not worried I will take it to them?")
    assert not _ENDS_ASKING_THEM.search("Thank you, see you on Tuesday.")


def test_review_r47_a_count_of_days_a_month_is_a_detail_of_the_proposal() -> None:
    # r47 r5: "can we fix one day a month that you dont cancel" got "And what would that actually involve?"
    from coach.rehearsal.partner import _FREQUENCY

    assert _FREQUENCY.search("could we keep two evenings a month for it?")
    assert not _FREQUENCY.search("a day at the depot")


def test_review_r48_counts_repairs_and_dated_plans_are_credited_and_reassurance_is_not_poor(
        detector: MoveDetector) -> None:
    # r48: "This is the fourth time you've cancelled on me." found no move, "two of my three biggest accounts are tied
    # to the agency" no specifics, "Sorry, that was too strong." no listening, "Tomorrow morning, 9, …, I'll go through
    # the tension test with you." no follow-up; "nah you didnt do nothing wrong." read as sarcasm and "Just don't let
    # it happen again." as giving up
    assert "specific-observation" in moves_in(detector, "This is the third time you've moved it on me.")
    assert "specific-observation" in moves_in(detector, "two of my five biggest clients are tied to the studio, not "
                                                        "to me")
    assert "acknowledgement" in moves_in(detector, "Sorry, that came out too harsh.")
    assert "follow-up" in moves_in(detector, "Tomorrow morning, 8, at the bench, I'll go through the checklist with "
                                             "you.")
    assert not {"sarcasm", "giving-up"} & moves_in(detector, "nah you didnt do anything wrong.")
    assert not {"sarcasm", "giving-up"} & moves_in(detector, "Okay. Just don't let that happen again.")


def test_review_r48_the_better_line_never_borrows_a_later_correction(detector: MoveDetector) -> None:
    # r48 r5: instead of the blame, "Thirty minutes is fine, I never said an hour. …", a correction of what the partner
    # said after it
    from coach.rehearsal.scoring import _answers_back

    assert _answers_back("specific-observation", "Thirty minutes is fine, I never said an hour.")
    assert not _answers_back("specific-observation", "In March we met once.")
