"""Rehearsal classes from blind review r31 (4 of 14 runs sensible on e94b85f) mended in session 71: each test names
the class and quotes its line. Lines are phrased apart from the labelled training lines and the review's scripts."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.partner import question_kind
from coach.rehearsal.scenarios import build_custom_scenario

from .conftest import moves_in, play


def test_a_name_called_is_blame_and_never_the_strongest_moment(detector: MoveDetector) -> None:
    # r31 r5: "…keep the sessions you book or admit you're too selfish to mentor anyone." was the strongest moment
    line = "Here's the deal: show up when you say you will, or admit you're too proud to mentor a junior."
    assert "blame" in moves_in(detector, line) and "purpose-statement" not in moves_in(detector, line)
    session = play(detector, "frequent-cancels", "busy", ["Hi Sam.", line], "hard")
    assert line not in session.debrief().strongest


def test_polite_lines_in_a_second_language_are_no_poor_moves(detector: MoveDetector) -> None:
    # r31 r2: "Yes or no is fine haha." was giving up; r11: "…please tell me honestly, I understand." was blame; r13:
    # "…that is my fault also." and r14: "Thanks for sticking around after the brew day, Theo." were sarcasm
    assert "giving-up" not in moves_in(detector, "so we look again in May? yes or no is fine!")
    assert "blame" not in moves_in(detector, "If it's too early for you, please tell me honestly, I understand.")
    assert "sarcasm" not in moves_in(detector, "Ok, maybe I did not explain it well, that is my fault too.")
    assert "sarcasm" not in moves_in(detector, "Thanks for staying late after the market, Ines.")
    assert "sarcasm" in moves_in(detector, "Sure, don't strain yourself.")


def test_thanks_with_a_shrug_is_giving_up(detector: MoveDetector) -> None:
    # r31 r12: "Thanks anyway, I guess." scored 3/3 "ended on good terms"
    found = moves_in(detector, "Okay. Thank you anyway, I suppose.")
    assert "giving-up" in found and "gratitude" not in found


def test_skills_shown_in_plain_or_second_language_words_are_credited(detector: MoveDetector) -> None:
    # r31 r4: "When we started two years ago, I couldn't dress a block…" and r6: "But for me is important you
    # understand what happen." earned no I-statement; r6: "in the plan you sent to the client on Friday, the north
    # corner was 2 metres wrong" no specific observation; r6: "thank you for say it honest" and r13: "I am hearing
    # you, you said you are swamped" no listening; r10: "The main reason is the field rotation." was listening
    assert "i-statement" in moves_in(detector, "When we first met I couldn't price a job without calling you.")
    assert "i-statement" in moves_in(detector, "For me it is very important you check the levels.")
    assert "specific-observation" in moves_in(detector, "In the quote you sent to the builder on Monday, the roof "
                                                        "area was 12 square metres short.")
    assert "acknowledgement" in moves_in(detector, "Ok, thanks for tell me so honest.")
    assert "acknowledgement" in moves_in(detector, "Okay, I am hearing you, you said the week was crazy.")
    assert "acknowledgement" not in moves_in(detector, "The main reason is the safety course.")


def test_a_mentor_described_by_their_work_plays_the_mentors_side() -> None:
    # r31 r10: "I am a senior cartographer mentoring a junior cartographer, Nadia…" gave a partner labelled "Mentor"
    scenario = build_custom_scenario("I am a head baker mentoring a new apprentice, Tom, and I have to tell him no.")
    assert scenario.partner_role == "mentee"
    assert build_custom_scenario("I want to ask my mentor, Tom, for more time.").partner_role == "mentor"


def test_what_they_still_had_in_mind_is_answered(detector: MoveDetector) -> None:
    # r31 r4: "What things did you have in mind that we hadn't got to yet?" got "…I'm proud of the move you made.";
    # r29 r4: "What did you still have in mind for us to work on?" went unanswered
    assert question_kind("What did you still want us to work on?") == "what-left"
    session = play(detector, "end-mentorship", "defensive", [
        "Thanks for making time, Ruth. I'd like to talk about wrapping up our mentoring at the end of June, because I "
        "think it's done what we set out to do.",
        "When we first met I couldn't run a site meeting on my own. Now I run three a week.",
        "That's fair. What did you have in mind that we haven't got to yet?"])
    last = session.partner_turns[-1]
    assert "the move you made" not in last and "felt it too" not in last, session.partner_turns


def test_a_check_by_month_and_a_yes_or_no_request_are_answered(detector: MoveDetector) -> None:
    # r31 r2: "…until the sampling season finish, in October, and then we see again…?" got a line about sessions
    # with something in them; r11: "So... is it possible for you?" got "I didn't see it from your side at the time"
    session = play(detector, "change-cadence", "busy", [
        "Hi Sam, quick thing. Weekly is too much for me now, I am in the lab most evenings this term.",
        "Maybe every two weeks? Thursday after lunch.",
        "Great. So we try like this until the exams finish, in June, and then we see again?"])
    assert "June" in session.partner_turns[-1], session.partner_turns
    scenario = build_custom_scenario("I'm a junior vet nurse and I want to ask my mentor, Dr. Shah, for a reference "
                                     "letter, though we have only met three times.")
    session = play(detector, scenario, "warm", [
        "Hi Dr. Shah, thank you for meeting. I'd like to ask you for a reference letter for the surgical nursing "
        "course.", "So... is it possible for you?"])
    assert "from your side at the time" not in session.partner_turns[-1], session.partner_turns


def test_review_r30_leftovers_a_guess_at_pressure_and_the_users_own_habit(detector: MoveDetector) -> None:
    # r30 r10: "Were you under time pressure?" got "Honestly, I hadn't thought about how it affects everyone else.";
    # r2: "i never cancel, only i have not so much to say each week" was an absolute, and "for you is ok or you prefer
    # keep weekly?" got "I'd noticed you cancelling…", a story the user never told
    assert question_kind("Sorry, I didn't mean it sharply. Were you under a lot of pressure?") == "in-the-way"
    assert "absolutes" not in moves_in(detector, "no no, is not you! i never miss, only i have little to say each week")
    session = play(detector, "change-cadence", "busy", [
        "hi Sam, the lab is very busy now and each week i come with nothing new. i think every two weeks is better",
        "how you see it? for you is ok or you prefer keep weekly?"])
    assert "cancelling" not in session.partner_turns[-1], session.partner_turns


def test_review_r32_poor_and_polite_lines_are_told_apart(detector: MoveDetector) -> None:
    # r32 r12: "Anyway, thanks I guess." scored 3/3 for respect; r9: "…, or is that too much to ask?" was credited as a
    # proposal; r5: "Super, so Monday 9 am we fix it." was sarcasm; r8: "I know, and I'm glad you did." and r13:
    # "yeah, and for you it was perfect, i see that." were sarcasm; r3: "That's your plan for me." was an
    # I-statement; r4: "there's probably always more" was an absolute
    assert "giving-up" in moves_in(detector, "Well. Anyway, thank you I suppose.")
    found = moves_in(detector, "Could you at least read it before Friday, or is that too much to ask?")
    assert "sarcasm" in found and "concrete-proposal" not in found
    assert "sarcasm" not in moves_in(detector, "Perfect, so Tuesday 8 am we start it.")
    assert "sarcasm" not in moves_in(detector, "I know, and I'm really glad you said it.")
    assert "sarcasm" not in moves_in(detector, "ok, and for you it worked well, i understand that.")
    assert "i-statement" not in moves_in(detector, "So that's your plan for me.")
    assert "absolutes" not in moves_in(detector, "Fair, and there's always more to learn.")


def test_review_r32_no_time_is_agreed_that_was_never_proposed(detector: MoveDetector) -> None:
    # r32 r11: "Today I would like to ask you one favour…" got "Today. Fine, that works."; r4: "I'd like to use today
    # to talk about…" read "today" as a term; a letter by a date got "…works. Send the invite."
    scenario = build_custom_scenario("I'm a junior nurse and I want to ask my mentor, Dr. Berg, for a reference "
                                     "letter.")
    session = play(detector, scenario, "busy", [
        "Excuse me, Dr. Berg. Today I would like to ask you one favour, about the ICU course.",
        "Could you write a reference letter for me? Is it possible for you to write it by the 20th?"])
    assert not session.partner_turns[1].startswith("Today"), session.partner_turns
    assert "invite" not in session.partner_turns[-1], session.partner_turns
    assert question_kind("What would you have wanted us to work on next?") == "what-left"


def test_review_r32_a_plan_of_ones_own_is_a_proposal_and_no_count_is_invented(detector: MoveDetector) -> None:
    # r32 r13: "what do you think about, instead, i do the type design course in Reading next year, one year only,
    # and we check in every month…?" was no proposal; r12: "I'd been telling myself it was just one or two." (no count)
    found = moves_in(detector, "what you think about, instead, i do the welding course in Aveiro next year, and we "
                               "talk every month how is going?")
    assert "concrete-proposal" in found
    from coach.rehearsal.scenarios import get_scenario
    banks = get_scenario("frequent-cancels").banks.values()
    lines = [line for bank in banks for tier in bank.values() for line in tier]
    assert not any("one or two" in line for line in lines)


def test_review_r33_thanks_a_sneer_at_oneself_a_question_heard_back_and_a_threat(detector: MoveDetector) -> None:
    # r33 r7: "Super, thanks Tom." was sarcasm; r8: "Yeah yeah, I'm the problem, as always." an I-statement; r11: "I
    # don't want to be extra burden, is it fine?" giving up; r13: "I hear that it feels unfair, and you said…" blame;
    # r5: "…, or there's no point and you're wasting my time." the strongest moment, as a proposal
    assert "sarcasm" not in moves_in(detector, "Great, thanks Anna.")
    found = moves_in(detector, "Yeah yeah, I'm the bad guy, as usual.")
    assert "sarcasm" in found and "i-statement" not in found
    assert "giving-up" not in moves_in(detector, "I don't want to be a burden for you, is it okay?")
    assert "blame" not in moves_in(detector, "I hear that it felt rushed, and you said it wasn't only your call.")
    found = moves_in(detector, "Keep the slots you book, or there's no point in any of this.")
    assert "blame" in found and "concrete-proposal" not in found


def test_a_better_line_never_mixes_blanks_to_fill_with_the_users_own_words(detector: MoveDetector) -> None:
    # r33 r11: "On [the day], [exactly what happened]. On labour ward I am doing ok now…"
    scenario = build_custom_scenario("I'm a junior midwife and I want to ask my mentor, Grace, if I can shadow her "
                                     "home births.")
    session = play(detector, scenario, "warm", [
        "Hi Grace, thank you for the time. I'd like to ask if I can come with you to home births for one month.",
        "On the ward I am doing fine now, but I have never seen a home birth.",
        "You always say yes to everyone anyway, so it's probably fine."], "easy")
    better = session.debrief().better_line
    assert "[" not in better or "On the ward" not in better, better
