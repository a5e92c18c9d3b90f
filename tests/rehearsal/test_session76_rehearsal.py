"""Classes from blind rehearsal review r44 (2 of 14 sensible on 8a9fa46). Lines are phrased apart from the review's
own."""

from __future__ import annotations

from coach.rehearsal.moves import DetectedMove, MoveDetector
from coach.rehearsal.scenarios import build_custom_scenario, get_scenario
from coach.rehearsal.scoring import better_line

from .conftest import moves_in, play


def test_review_r44_polite_lines_are_not_poor_and_poor_ones_are_caught(detector: MoveDetector) -> None:
    # r44: "I will not waste your time." read as blame, "Fine. Straight then." as giving up, "Better one day late
    # than wrong.", "Great. And if nothing arrives…, I'll send you a nudge" and "good. so text or email?" as sarcasm,
    # "But I still don't know your reasons." as blame; "…so it's not my fault the time was short" went unflagged,
    # "I'm just bad at presentations" was an I-statement and "The resort people don't know anything…" listening
    assert "blame" not in moves_in(detector, "Thanks again. I won't waste your time, promise.")
    assert "giving-up" not in moves_in(detector, "Okay. Plainly then.")
    assert "sarcasm" not in moves_in(detector, "If the press is backed up, tell me and we delay it. Better a day "
                                               "late than broken.")
    assert "sarcasm" not in moves_in(detector, "Perfect. And if the draft isn't in by Friday, I'll drop you a "
                                               "reminder instead of cancelling.")
    assert "sarcasm" not in moves_in(detector, "ok. so phone or email?")
    assert "blame" not in moves_in(detector, "I appreciate that. But I still don't understand your reasons.")
    assert "sarcasm" not in moves_in(detector, "I already said. Thursdays at 7, and a text if it moves.")
    assert "blame" in moves_in(detector, "The bus was late again, so it's not my fault we ran out of time.")
    assert "giving-up" in moves_in(detector, "honestly I'm just terrible at pitching, I'm a baker not a salesman")
    assert "absolutes" in moves_in(detector, "The council people don't know anything about bakeries.")
    assert "absolutes" not in moves_in(detector, "They don't know anything yet, so I'll walk them through it.")


def test_review_r44_skilled_lines_are_read(detector: MoveDetector) -> None:
    # r44: the topic said after an announcement ("It's about Tuesday's meeting…") and an ask announced without its
    # "to" scored 0 for the opening; "I prefer you tell me than you rush" was no I-statement
    assert "purpose-statement" in moves_in(detector, "There's something I'd like to sort out. It's about Friday's "
                                                     "review with the client.")
    assert "purpose-statement" in moves_in(detector, "I want ask, can we move our calls to the evening?")
    assert "i-statement" in moves_in(detector, "I'd rather you tell me than guess.")


def test_review_r44_a_choice_of_channel_is_answered_and_the_plan_agreed_is_never_countered_again(
        detector: MoveDetector) -> None:
    # r44 r13: "text message is ok, or email better for you?" got "Message is easiest", "good. so text or email?" no
    # answer, and "we start the new way next Thursday?" a new counter, "What about every other week…?", after the
    # plan was agreed
    session = play(detector, "change-cadence", "defensive", [
        "no, not that. I want ask, can we meet every two week instead of every week?",
        "nothing wrong with you. my job change, now I work nights at the depot and Friday morning I am very tired.",
        "ok yes I can send a message. whatsapp is ok, or email better for you?",
        "good. so whatsapp or email?",
        "thank you. we start the new way next Friday?"], "hard")
    replies = session.partner_turns[1:]
    assert "Whatsapp" in replies[2] and "Whatsapp" in replies[3], replies
    assert "every other week" not in replies[4].lower() and "?" not in replies[4], replies


def test_review_r44_a_topic_named_is_heard_and_a_direct_question_answered(detector: MoveDetector) -> None:
    # r44 r11: "It's about Tuesday's meeting with Marc…" got "Could we start with one step…?", a counter to nothing
    # proposed; r14: "Did you tell her?" asked twice got "I'm glad you came to me with it directly"; r7: "And the
    # second mentor for the sales part, you are okay with that?" got "Fair enough."
    credit = build_custom_scenario("My mentor presented my idea for a new shift rota to the ward manager as if it "
                                   "were hers, and I want to raise it calmly.")
    session = play(detector, credit, "defensive", [  # type: ignore[arg-type]
        "It's nothing big, Anna, but there's something I'd like to clear up. It's about Monday's handover with "
        "the ward manager."], "hard")
    assert "step" not in session.partner_turns[1] and "?" not in session.partner_turns[1].split(".")[0], (
        session.partner_turns)
    secret = build_custom_scenario("My mentor told my manager something I said to her in confidence, and I want "
                                   "to ask her to keep our talks private.")
    session = play(detector, secret, "warm", [  # type: ignore[arg-type]
        "Hi Jo. This is a bit awkward, but I want to talk about something from the team meeting.",
        "My manager knew I'd told you I was thinking of leaving. Nobody else knew that.",
        "Did you tell him? I'm not cross, I just want to understand."])
    assert session.partner_turns[-1].startswith(("Yes", "I did")), session.partner_turns
    session = play(detector, "not-working", "skeptical", [
        "Hi Ana. Honestly I want to talk about the mentoring itself, because it isn't working for me right now.",
        "I was hoping for help with finding clients. The craft side I can do, the selling I can't.",
        "In five months we talked about clients once. Could I find a second mentor for the selling, and with you "
        "keep the craft once a month?",
        "And the second mentor for the selling side, you are okay with that?"])
    assert "second mentor for the selling side too" in session.partner_turns[-1], session.partner_turns


def test_review_r44_a_question_about_what_they_saw_is_not_a_third_it_worked_for_me(detector: MoveDetector) -> None:
    # r44 r3: "I did an MBA… It worked for me.", "I only suggested it because it worked for me." and, asked "What
    # did you see in me…?", "…because it's what opened the door for me"
    session = play(detector, "disagree-advice", "defensive", [
        "About the MBA. I didn't sign up. It's always useless for people like me on the shop floor.",
        "Not rubbish, but you never hear what I want. I want the welding inspector ticket, not a classroom.",
        "I know it worked for you. Maybe I said it badly. I want to stay hands-on for the next few years.",
        "I understand. What did you see in me that made you think the MBA was right?"])
    assert "what opened the door for me" not in session.partner_turns[-1], session.partner_turns
    assert "I've seen how you handle people" in session.partner_turns[-1], session.partner_turns


def test_review_r44_the_better_line_never_repeats_what_was_said_before_the_weakest_turn() -> None:
    # r44 r2: the better line for a jab at turn 3 was the request granted at turn 2 ("I want to do every two week
    # instead."); r7, r11: the opening pasted into a later turn's rewrite
    def moves(*found: tuple[str, str, str]) -> list[DetectedMove]:
        return [DetectedMove(move, polarity, quote, "pattern") for move, polarity, quote in found]

    turns = ["I'd like to talk about how often we meet.", "Could we meet every two weeks instead?",
             "Also the meetings are always the same, lol.", "Could I send you one topic the day before?"]
    detections = [
        moves(("purpose-statement", "positive", turns[0])),
        moves(("concrete-proposal", "positive", turns[1])),
        moves(("absolutes", "negative", turns[2])),
        moves(("concrete-proposal", "positive", turns[3])),
    ]
    weakest, rewrite, *_ = better_line(get_scenario("change-cadence"), turns, detections)
    assert weakest == turns[2] and "every two weeks" not in rewrite and "one topic the day before" in rewrite, rewrite


def test_review_r45_repairs_are_not_poor_and_insults_threats_and_retorts_are(detector: MoveDetector) -> None:
    # r45: "'Always' was not fair, I am sorry." read as an absolute, "No, no, your work is good…" and "ha yeah for
    # sure." as sarcasm, "…I think I never told you clearly what I needed." as blame, "Ok. Maybe I don't know." as
    # vagueness; "What is wrong with you?", "…or I tell the chief…", "So what, I should do nothing right?" and a
    # closing "Whatever." went unflagged; "…and I miss them" was no I-statement
    assert "absolutes" not in moves_in(detector, "'Never' was not fair, sorry.")
    assert "sarcasm" not in moves_in(detector, "No, no, your cooking is great, the guests love it.")
    assert "sarcasm" not in moves_in(detector, "haha yes for sure.")
    assert not moves_in(detector, "Fair, and I think I never told you what I really needed.") & {"blame", "absolutes"}
    assert "vagueness" not in moves_in(detector, "Okay. Maybe I don't know.")
    assert "blame" in moves_in(detector, "Seriously, what's wrong with you?")
    assert "blame" in moves_in(detector, "Fix it, or I'll tell the manager you can't work alone.")
    assert "sarcasm" in moves_in(detector, "So what, I should just smile and agree, right?")
    assert "giving-up" in moves_in(detector, "Fine, I'll move the chart to the front. Whatever.")
    assert "i-statement" in moves_in(detector, "the sessions keep getting moved and I miss them")
    # r46 r12: "our last four sessions, three got moved on the day" scored 0 for a specific observation
    assert "specific-observation" in moves_in(detector, "Our last five lessons, two got cancelled on the day.")


def test_review_r45_one_way_to_reach_them_and_a_part_they_agree_to_are_answered(detector: MoveDetector) -> None:
    # r45 r1: "is email the best way to reach you, or should I go through your assistant?" was ignored twice; r5:
    # "And the one-day warning if you cancel, you agree?" got "Okay. Good that we've sorted it."
    session = play(detector, "ask-to-mentor", "warm", [
        "Hello Dr. Ruiz, thank you for making time after your workshop. I'm a beekeeper and I've followed your "
        "varroa research for years.",
        "I'd like to ask you something a bit bold: would you consider mentoring me over the next year, mainly on "
        "moving from keeping hives into running my own field trials?",
        "Oh, thank you! Would a 30-minute call once a month suit you, or is there a format that works better?",
        "Perfect. Before our first call I'll send you a short note on the two trial ideas I'm weighing.",
        "Great. And sorry, is email the best way to reach you?"], "easy")
    assert "Over the next year" in session.partner_turns[2], session.partner_turns
    assert "Email" in session.partner_turns[-1], session.partner_turns
    session = play(detector, "frequent-cancels", "busy", [
        "Hi Sam. I need to talk about our sessions, you moved four of the last five, twice on the day.",
        "I keep losing momentum, and I block the time on set for these.",
        "Could we fix the first Monday of the month, 7pm, 45 minutes, by video? If you must cancel, tell me a day "
        "before.",
        "Thirty minutes every three weeks is fine. And the one-day warning if you cancel, you agree?"], "medium")
    assert "one-day warning" in session.partner_turns[-1].lower(), session.partner_turns


def test_review_r45_an_open_question_of_them_and_which_of_two_they_meant_are_answered(
        detector: MoveDetector) -> None:
    # r45 r9: "What would make it possible for you to bring the sheets, even in an on-call week?" got "Fine. Let's do
    # that."; r14: "was it the length of the background, or that I never said up front…?" got "Go on." twice, and a
    # plan of "slide one" got "put the recommendation on slide two"
    session = play(detector, "unprepared-mentee", "busy", [
        "Hi Ana. Before we start, I want to raise something about how you come to our sessions.",
        "The last three times you came without the notes we agreed on, and today you're late again.",
        "Sorry, that came out harsh. What would make it possible for you to bring the notes, even in a busy week?"],
        "hard")
    assert "Let's do that" not in session.partner_turns[-1], session.partner_turns
    session = play(detector, "receive-criticism", "busy", [
        "Yeah, go for it. I'd rather hear it straight.",
        "Fair. So was it the length of the background, or that I never said the ask up front?",
        "Got it. I'll redo the deck with the ask on slide one and send it to you by Thursday."], "hard")
    assert session.partner_turns[2].startswith("The ask, mostly"), session.partner_turns
    assert "slide two" not in session.partner_turns[3], session.partner_turns
