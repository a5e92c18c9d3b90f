"""Classes from blind rehearsal review r39 (1 of 14 sensible on 71dddc5). Lines are phrased apart from the review's
own."""

from __future__ import annotations

from coach.rehearsal.moves import MoveDetector
from coach.rehearsal.scenarios import build_custom_persona, build_custom_scenario

from .conftest import moves_in, play


def test_review_r39_thanks_a_de_escalation_an_owned_apology_and_a_cost_are_not_poor(detector: MoveDetector) -> None:
    # r39 r4: "That is because of you." (credit) read as blame; r5: "I'm not trying to lecture." as blame and "OK,
    # you're right, sorry." as giving up; r12: "i plan weddings, i move my whole day for this" as sarcasm; r8: "you
    # said nobody could tell what I was asking for" (their words said back) as blame; r10: "I thought you will say
    # no, because… you always do it yourself" as blame and an absolute
    found = moves_in(detector, "I finally ran the night shift on my own last week. That's all thanks to you.")
    assert "blame" not in found and "gratitude" in found
    assert "blame" not in moves_in(detector, "I'm not trying to blame you. What would help you keep Fridays free?")
    assert "giving-up" not in moves_in(detector, "Okay, you're right, I'm sorry. I know the launch was heavy.")
    found = moves_in(detector, "i run a bakery, i rearrange my whole week for these calls")
    assert "sarcasm" not in found and "i-statement" in found
    found = moves_in(detector, "So you said nobody could follow my main point. Which part lost them?")
    assert "blame" not in found and "acknowledgement" in found
    found = moves_in(detector, "Really? I thought you would say no, since you always run it yourself.")
    assert not found & {"blame", "absolutes"}


def test_review_r39_the_audience_blamed_and_a_motive_doubted_are_poor(detector: MoveDetector) -> None:
    # r39 r8: "So the presentation was fine, the problem was the audience." and "the room was full of people checking
    # phones… I don't know what more I could do" went unread; r9: "I start to wonder if you even want this" too
    assert "blame" in moves_in(detector, "So my pitch was fine, the real problem was the clients.")
    assert "blame" in moves_in(detector, "Half of them were on their phones the whole time.")
    assert "blame" in moves_in(detector, "I don't know what else I could have done.")
    assert "blame" in moves_in(detector, "Sometimes I doubt whether you even care about this.")


def test_review_r39_something_new_after_the_yes_is_answered_and_the_next_line_heard(detector: MoveDetector) -> None:
    # r39 r2: "…honestly sometimes it felt like homework every week lol, I never have time to do the reading" after
    # the yes got "Good. That's settled, then." and the end; the follow-up line after it was never heard
    lines = [
        "hi, quick one, weekly calls are a lot for me right now with the harvest",
        "it's not you, the calls are good. but we start picking next week and I'm in the vineyard till dark. could we "
        "do every two weeks?",
        "great, thanks. honestly the weekly reading felt like a lot too, I never get through it",
        "so we start after the next call? and check in a month if it works"]
    session = play(detector, "change-cadence", "busy", lines)
    assert session.user_turns == lines


def test_review_r39_the_partner_never_asks_for_what_it_was_told(detector: MoveDetector) -> None:
    # r39 r3: "You haven't told me what you'd do instead." after "For this I need the instructor rating, not MBA";
    # r9: "…It's been bugging me too." then "I didn't know it bothered you."; r10: "My only hesitation… think it
    # through" after its yes, and "Sure. Talk soon." to a question after the yes
    session = play(detector, "disagree-advice", "skeptical", [
        "Honestly the MBA is a waste for me. Everybody who does it learns buzzwords.",
        "It's a fact. I'm a lab manager, nobody here cares about MBAs, they care about accreditation.",
        "Simple: I want to run the lab in two years. For that I need the quality lead course, not an MBA.",
        "I just told you. The quality course. You never listen.",
        "Sorry, that was rude. Why do you think the MBA matters so much for me?"], "hard")
    assert not any("what you'd do instead" in line for line in session.partner_turns), session.partner_turns
    session = play(detector, "unprepared-mentee", "warm", [
        "Hi Sam. Today I want to talk about preparation. Again no draft of the chapter we agreed.",
        "This is the third time. In May no outline, last time no notes, today no draft.",
        "Honestly I start to wonder if you even want this.",
        "Sorry, that was unfair. What is getting in the way between sessions?"], "easy")
    said = " ".join(session.partner_turns)
    assert not ("bugging me too" in said and "didn't know it bothered you" in said), session.partner_turns
    scenario = build_custom_scenario("I'm a junior sound engineer. I want to ask my mentor, the head of audio, to let "
                                     "me mix the Friday live show, which she has always mixed herself.")
    curt = build_custom_persona("Curt and data-driven, answers questions with questions, protective of the show")
    session = play(detector, scenario, curt, [  # type: ignore[arg-type]
        "Hi Ana, thanks. I want to ask you something about the Friday live show.",
        "I would like to mix it myself, once a month to start. I've mixed the rehearsals since March.",
        "Really? I thought you would say no.",
        "My proposal is what I said: I mix the first Friday, you stand beside me, and you take over if it goes wrong.",
        "Of course. What would you need to see from me to feel safe about it?"])
    after_yes = session.partner_turns[3:]
    assert not any("hesitation" in line or "think it through" in line for line in after_yes), after_yes
    assert "Talk soon" not in session.partner_turns[-1], session.partner_turns


def test_review_r39_a_rewrite_keeps_none_of_a_blaming_turn_and_no_line_has_blanks(detector: MoveDetector) -> None:
    # r39 r8: the rewrite of "Well, the room was full of people checking phones. I said the reserve price three times.
    # I don't know what more I could do." opened "I said the reserve price three times."; r11: the line to add was
    # "On [the day], [exactly what happened]."
    session = play(detector, "receive-criticism", "skeptical", [
        "Well, half the room was on their phones. I showed the budget slide twice. I don't know what more I could do.",
        "But ok, you said nobody knew what I wanted. What exactly did you expect me to ask for?",
        "OK. Next time I put the ask on the first slide. Can I send you the new deck on Wednesday?"])
    debrief = session.debrief()
    assert "budget slide twice" not in debrief.better_line, debrief.better_line
    scenario = build_custom_scenario("I'm a climbing instructor. I want to ask my mentor, who owns the gym, to write "
                                     "me a reference for a guiding course, even though I'd leave next season.")
    session = play(detector, scenario, "skeptical", [  # type: ignore[arg-type]
        "Nothing's wrong. I'd like to ask you for a reference for the guiding course, and I wanted to tell you in "
        "person because I'd leave next season.",
        "You've trained me for three years and I'm grateful. Would you be willing to vouch for me?",
        "Thank you. I'll send you my draft points by Friday, and maybe we go through them next Tuesday?"], "hard")
    assert "[" not in session.debrief().better_line


def test_review_r39_a_reason_with_a_date_is_no_proposal_and_a_time_to_look_again_is_a_follow_up(
        detector: MoveDetector) -> None:
    # r39 r14: "…our new show opens in Bristol in March." got "In March? Yes, that works for me."; "could we look at it
    # again next autumn, after the tour?" scored 0 as a follow-up; "What I'd like to do instead is the six-week…
    # course" was not the proposal's evidence
    found = moves_in(detector, "But the course would take me away from harvest twice, and our new label launches in "
                               "May.")
    assert "concrete-proposal" not in found
    assert "follow-up" in moves_in(detector, "And could we talk about it again next spring, after the season?")
    assert "concrete-proposal" in moves_in(detector, "What I'd like to do instead is the costing course in June.")


def test_review_r40_plain_plans_reassurance_and_questions_are_not_poor(detector: MoveDetector) -> None:
    # r40: "…each time so we use the time well." and "If you must cancel, tell me by Monday." read as sarcasm, "Let's
    # fix it together." and "I just said it." as giving up, "I'm not saying you are bad." and "I wasn't being
    # sarcastic, honestly." as blame, "Is it hard to pull the recordings, or something else?" as vagueness
    lines = ["I'd bring two questions each week so we use the time well.", "If you have to cancel, text me by Sunday.",
             "Let's sort it out together.", "I already said it.", "I'm not saying you're lazy.",
             "I wasn't being rude, honestly.", "Is it hard to find the time, or something else?",
             "I'd really like to hear them.", "Not because you did anything wrong.",
             "Maybe you know someone who restores clocks."]
    for line in lines:
        assert not moves_in(detector, line) & {"sarcasm", "giving-up", "blame", "vagueness"}, line
    assert "asks-their-view" in moves_in(detector, "Is it hard to find the time, or something else?")
    assert "concrete-proposal" in moves_in(detector, "If you have to cancel, text me by Sunday.")


def test_review_r40_the_ask_named_is_a_proposal_and_never_asked_for_again(detector: MoveDetector) -> None:
    # r40 r7: "Ok. The ask: for next sessions, can we talk about the training of birds…?" read as no proposal, then
    # "Fair. What would make them useful for you?" and "Right. What do you need from me?" asked for it again
    assert "concrete-proposal" in moves_in(detector, "Ok. The ask: for the next sessions, can we work on my glazes?")
    assert "concrete-proposal" in moves_in(detector, "Or introduce me to somebody who knows kilns.")
    session = play(detector, "not-working", "busy", [
        "This mentorship is useless. Nothing you tell me works with my kiln.",
        "I am saying plainly. It is not useful. You talk about marketing, always websites. I need help with glazes.",
        "Whatever. Forget it then.",
        "Ok. The ask: for the next sessions, can we work on my glazes, not the marketing?",
        "I just told you. Glazes. Or introduce me to somebody who knows them."])
    later = session.partner_turns[4:]
    assert not any("What would make them useful" in line or "What do you need from me" in line for line in later), later


def test_review_r40_counts_costs_plans_for_tomorrow_and_a_jab_are_read(detector: MoveDetector) -> None:
    # r40: "six of them already pulled through the leather" and "it's two years and forty grand" scored 0 as
    # specifics; "Tomorrow morning we re-do the six buttons…" and "Eight o'clock tomorrow." 0 as a next step; "could
    # you give me ten minutes on it Monday?" 0 as a follow-up; "Then who? The trench fills itself?" went unread
    assert "specific-observation" in moves_in(detector, "four of them already cracked in the kiln.")
    assert "specific-observation" in moves_in(detector, "It's three years and twenty grand, I can't do that.")
    assert "concrete-proposal" in moves_in(detector, "Tomorrow morning we redo the joints, I show you the jig.")
    assert "concrete-proposal" in moves_in(detector, "Nine o'clock tomorrow.")
    assert "follow-up" in moves_in(detector, "I'll redo it tonight - could you give me five minutes on it Friday?")
    assert "sarcasm" in moves_in(detector, "Then who? The report writes itself?")


def test_review_r41_compliments_thanks_deference_and_logistics_are_not_poor(detector: MoveDetector) -> None:
    # r41: "You'd spot things I can't." and "…, that is why I got the job" read as blame, "Lovely, diolch. I'll bring…"
    # and "I finish my shift at 4 most days…" as sarcasm, "your advice always comes from good place" as an absolute,
    # "…you and I spend ten minutes the day before…" and "You know your own prep better than I do." as blame
    lines = ["You'd notice things I can't.", "The way you made me rehearse the pitch, that is why I passed.",
             "Lovely, merci. I'll bring the samples too.", "I finish my shift at 5, I can come to you.",
             "I know, and your advice always comes from a good place.",
             "Here's my idea: you and I spend five minutes before each shift on the checklist.",
             "You know your own routine better than I do."]
    for line in lines:
        assert not moves_in(detector, line) & {"sarcasm", "blame", "absolutes"}, line
    assert "gratitude" in moves_in(detector, "The way you made me rehearse the pitch, that is why I passed.")
    assert "i-statement" in moves_in(detector, "i booked a sitter each time")
