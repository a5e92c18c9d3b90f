"""Classes from blind rehearsal reviews r33 (4 of 14 sensible on 7355a8b) and r34 (3 of 14 on 5e8d87b). Lines are
phrased apart from the reviews' own."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector, small_talk_only
from coach.rehearsal.partner import fill_specifics, proposal_specifics, question_kind
from coach.rehearsal.rubric import load_rubric
from coach.rehearsal.scoring import shown_alone

from .conftest import moves_in, play


def test_review_r33_plain_follow_ups_a_rule_to_agree_and_a_dismissed_i_statement(detector: MoveDetector) -> None:
    # r33 r4: "…send you an update each quarter…" scored 0/3 as a follow-up; r10: "we sit down on the first of
    # February to decide together" too; r6: "So, you agree with colour test every time?" read as absolutes; r12:
    # "I'm a quantity surveyor, not really the business school type, but it doesn't matter." credited as an I-statement
    assert "follow-up" in moves_in(detector, "After that I'd like to send you a short update every month.")
    assert "follow-up" in moves_in(detector, "Then we meet on the 3rd of March to decide together.")
    assert "absolutes" not in moves_in(detector, "So you agree with the double check every time?")
    i_statements = load_rubric()["i-statements"]
    assert not shown_alone(i_statements, ["I'm a welder, not really the office type, but it doesn't matter."])
    assert shown_alone(i_statements, ["I'm a welder, and the night shifts leave me no time to study."])


def test_review_r33_a_told_story_gets_no_model_line_from_the_scenarios_own(detector: MoveDetector) -> None:
    # r33 r3: a tug deckhand disagreeing about a master's licence was offered "The programmes I found cost about
    # £30,000…" and "…the MBA…", words of the scenario's story they never used
    session = play(detector, "disagree-advice", "skeptical", [
        "You never listen. Every pilot learns on the water, nobody ever learned it from a classroom course.",
        "I just told you. You always do this, every time I disagree it's only a feeling to you.",
        "Whatever. You're always right, obviously. Forget I said anything."], "hard")
    debrief = session.debrief()
    assert "MBA" not in debrief.better_line and "£30,000" not in debrief.better_line, debrief.better_line


def test_review_r33_a_time_said_back_mid_sentence_is_lower_case() -> None:
    # r33 r7: "Fine, After two meetings. Let's see if it works."
    assert fill_specifics("Fine, {specifics}. Let's see if it works.", "After two meetings").startswith(
        "Fine, after two meetings.")
    assert fill_specifics("Fine, {specifics}. Let's see if it works.", "Tuesdays at 8") == (
        "Fine, Tuesdays at 8. Let's see if it works.")


def test_review_r34_greetings_thanks_and_asking_after_them_are_small_talk(detector: MoveDetector) -> None:
    # r34 r10: "hey Priya, thanks for grabbing a coffee w me, i know ur slammed" got "Okay. Flattered."; r11 "Hola
    # Rosa! …" and r14 "Oi Jordan, tudo bem? …" got "Of course. Tell me more."
    assert small_talk_only("hey Sam, thanks for grabbing a coffee w me, i know ur swamped")
    assert small_talk_only("Hola Ana! Thank you for take my call, I know you are very busy with the harvest.")
    session = play(detector, "frequent-cancels", "warm", ["Oi Lucas, tudo bem? Thank you for the call, finally we "
                                                          "can talk haha"])
    assert "Tell me more" not in session.partner_turns[-1] and "Thanks for asking" in session.partner_turns[-1]
    session = play(detector, "ask-to-mentor", "busy", ["hey Sam, thanks for grabbing a coffee w me, i know ur "
                                                       "swamped"])
    assert "Flattered" not in session.partner_turns[-1]


def test_review_r34_a_choice_and_what_to_bring_are_answered(detector: MoveDetector) -> None:
    # r34 r11: "For you, how is it better? Calls or messages?" and r14 "…shorter sessions or other day?" got lines
    # about not seeing the user's side; r10: "anything u want me to bring to the first one?" got "From my side…"
    assert question_kind("What is more easy for you now, longer calls or other day?") == "choice"
    session = play(detector, "frequent-cancels", "warm", [
        "Hi Jordan, I wanted to talk about our sessions. Three of the last four were moved on the day, and I feel a "
        "bit lost before my exam.",
        "I understand it's a heavy time. For you, what is easier, shorter sessions or another day?"])
    assert session.partner_turns[-1].startswith("Shorter sessions"), session.partner_turns[-1]
    assert question_kind("would you prefer mornings or evenings?") == "when-works"


def test_review_r34_details_said_back_are_the_ones_proposed() -> None:
    # r34 r12: "until the clinic is open in May" said back "in May"; r11: "…every Friday at 8…, and I send you photos
    # … on Thursday night" said back "20 minutes every Friday, on Thursday?"; r3: "feedback on the last two weekly
    # reports" taken for a rhythm offered
    assert proposal_specifics("Can we meet every second Tuesday, one hour, until the shop is open in June?") == (
        "every second Tuesday, 1 hour, until June")
    assert proposal_specifics("One call of 20 minutes every Monday at 7 in the morning, and I send you the figures "
                              "on Sunday night.") == "20 minutes every Monday at 7"
    assert proposal_specifics("I'll send my notes by friday.") == "by Friday"
    assert proposal_specifics("I'd like to talk about the last two monthly reports you sent.") is None


def test_review_r34_a_check_is_said_back_by_the_clause_that_looks_again(detector: MoveDetector) -> None:
    # r34 r1: "Let's try it until the cellos ship at the end of March, and I'll put a review in … for the first
    # Monday of April" got "At the end of March, then."; r13: "After the next review, can we talk ten minutes about
    # how it went?" got "From my side, …"
    session = play(detector, "change-cadence", "warm", [
        "Hi Sam, I'd like to talk about how often we meet. The weekly hour is hard for me with the orders right now.",
        "Could we meet every other Monday instead, same time?",
        "Thank you. Let's try it until the boats are delivered at the end of June, and I'll put a review in our "
        "diaries for the first Monday of July to see if it's working."], "easy")
    assert "first Monday of July" in session.partner_turns[-1], session.partner_turns[-1]


def test_review_r34_a_detailed_plan_is_never_pinned_down_and_no_decision_is_conceded(detector: MoveDetector) -> None:
    # r34 r5: "…lead the supplier project next quarter and take the twelve-week course…" got "And what would that
    # actually involve?"; r8: "If that's your decision, fine." before anything was decided
    session = play(detector, "disagree-advice", "defensive", [
        "Chris, I'd like to talk through your advice about the MBA, because I see it a bit differently.",
        "I looked at three programmes: they cost about £30,000 and need twenty hours a week for two years.",
        "What I'd propose is that I lead the warehouse project next quarter and take the ten-week evening course, and "
        "you introduce me to two people in strategy."], "hard")
    assert "actually involve" not in session.partner_turns[-1]
    session = play(detector, "end-mentorship", "skeptical", [
        "So, um, I don't know, things have been kind of different lately.",
        "I mean, it's just, stuff. I don't really know what we'd even talk about anymore."], "hard")
    assert "your decision" not in session.partner_turns[-1] and "your call" not in session.partner_turns[-1]


def test_review_r34_poor_and_skilled_lines_are_told_apart(detector: MoveDetector) -> None:
    # r34 r14: a plan with its figures read as sarcasm; r7: a sneer at their being busy unread; r6: "…, or I stop
    # coming" a proposal; r9: "…because leadership never reads the route data, so I had to…" an observation and an
    # I-statement, "Can we just move on…" no move; r8: "Nothing changed really." thanks; r3: "I was worried, because…"
    # listening; r10: "anything u want me to bring…?" a proposal, and "ur talk … really stuck w me" no move at all
    assert "sarcasm" not in moves_in(detector, "Ok, so my idea: 45 minutes every other Thursday at 7h30, before work.")
    assert "sarcasm" in moves_in(detector, "Oh no, I'm sure you're far too busy to send me two lines.")
    found = moves_in(detector, "Next time we start with my questions, or I stop coming.")
    assert "blame" in found and "concrete-proposal" not in found
    found = moves_in(detector, "The intro was long because management never reads the dashboards, so I had to "
                               "explain them first.")
    assert "absolutes" in found and "i-statement" not in found and "specific-observation" not in found
    assert "giving-up" in moves_in(detector, "Nothing is wrong. Can we just move on, I have a rota to finish.")
    assert "gratitude" not in moves_in(detector, "Nothing changed really.")
    assert "acknowledgement" not in moves_in(detector, "I was worried, because your plan was good and the typos "
                                                       "undercut it.")
    assert "concrete-proposal" not in moves_in(detector, "will do. anything u want me to bring to the first one?")
    assert moves_in(detector, "ok so basically, ur talk at the meetup really stuck w me, i do support and i wanna "
                              "make the same move")


def test_review_r34_a_hard_stretch_of_time_is_no_observation(detector: MoveDetector) -> None:
    # r34 r14: "Because the last months was difficult for me." the strongest moment over the counted cancellations
    assert "specific-observation" not in moves_in(detector, "Because the last weeks was difficult for me.")


def test_review_r33_and_r34_a_part_asked_the_floor_handed_over_and_no_comfort_said_back(
        detector: MoveDetector) -> None:
    # r33 r7: "And the field day, is possible?" beside a check got only the check said back; r34 r13: "Please tell me
    # your feedback about Thursday, I am ready." got "Good. I wasn't sure how you'd take that."; r9: the Listens
    # example "So you can hear this is hard." said back the partner's own comfort
    from coach.rehearsal.reflect import acknowledgement_from

    session = play(detector, "not-working", "skeptical", [
        "Hi Tom, I think our mentoring is not really working for me, and I want to talk about it.",
        "I want to learn the fieldwork side, but the last four meetings were mostly about papers.",
        "Proposal: I send you three questions before each meeting, and next month I join you one day at the site?",
        "Thanks Tom. And the site day, is possible? We can check after two meetings if it works."], "easy")
    assert session.partner_turns[-1].startswith("Yes, the site day too."), session.partner_turns[-1]
    session = play(detector, "receive-criticism", "skeptical", [
        "Thank you for your time, Morgan. Please tell me your feedback about the pitch, I am ready."], "easy")
    assert "wasn't sure how you'd take" not in session.partner_turns[-1]
    assert acknowledgement_from(["I can hear this is hard. I'm not attacking you, I promise."]) is None


def test_review_r35_thanks_reassurance_a_put_down_and_a_plain_follow_up(detector: MoveDetector) -> None:
    # r35 r5: "…and now I run it alone two days every week, this is really because of you." read as blame, "No no,
    # you did nothing wrong!" as sarcasm; r9: "What would help is you acting like a grown-up for once." credited as
    # asking their view; r11: "…after the shoot we sit 20 minutes and you tell me honestly how it was, ok?" no follow-up
    assert "blame" not in moves_in(detector, "Two years ago I was scared of night shifts, and now I run them alone, "
                                             "this is really because of you.")
    assert "sarcasm" not in moves_in(detector, "No no, you did nothing wrong!")
    found = moves_in(detector, "What would help is you behaving like an adult for once.")
    assert "blame" in found and "asks-their-view" not in found
    assert "follow-up" in moves_in(detector, "And after the wedding we sit ten minutes and you tell me honestly how "
                                             "it went, ok?")


def test_review_r35_a_filler_is_not_said_back_and_a_first_ask_is_no_change_to_test(detector: MoveDetector) -> None:
    # r35 r14: "So you're only trying to help, me know."; r3: "30 min every month, for 6 months. Alright, that's a
    # testable change." to a first ask for mentoring
    from coach.rehearsal.reflect import acknowledgement_from

    assert acknowledgement_from(["Oh. I'm only trying to help, you know."]) == "So you're only trying to help."
    session = play(detector, "ask-to-mentor", "skeptical", [
        "Hi Priya, I'm a stonemason and your talk on lime mortar changed how I work. Would you be my mentor?",
        "What I was thinking: one call of 30 min every month, for 6 months. Is that ok for you?"])
    assert "testable change" not in session.partner_turns[-1], session.partner_turns[-1]
