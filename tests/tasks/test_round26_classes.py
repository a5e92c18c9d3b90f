"""The classes the twenty-sixth fresh-eyes reading of offline drafts found, each tried on its own shape.

The user's side inside received feedback ("but i only explain…", "which is probably true…"), a bare day
typed as when; an offer, a need to know and how often the user heard of it in feedback to give; initials
that speak ("CO thinks"), advice after the mentor's label, a topic before "- me to"; an ask typed "if you
are open to"; a short sentence that belongs to the one before.
"""

from __future__ import annotations

from coach.grammar import has_main_verb
from coach.tasks import get_task
from coach.tasks._phrasing import about_me, parse_person, with_pronoun
from coach.tasks._reframe import read, users_own_apart
from coach.tasks.base import Style
from coach.tasks.outreach_phrasing import Voice, ask_sentence
from coach.tasks.prepare import _items
from coach.tasks.session_notes import parse_notes
from coach.tasks.summary import next_meeting_sentence, to_mentor
from coach.writing import initials_used_for, to_you

# -- feedback received ---------------------------------------------------------------------------------


def test_the_users_defence_and_comment_inside_a_report_are_theirs() -> None:
    said, own = users_own_apart("also he say i talk back when he tell me do something different way, but i only "
                                "explain why i do like this. which is probably true but I hate that he said it")
    assert "talk back" in said and "only explain" not in said and "probably true" not in said
    assert own == ["but I only explain why I do like this.", "which is probably true but I hate that he said it"]
    # a criticism that goes on after "but I" is still what was said
    said, own = users_own_apart("She said my lessons are well planned but I lose the class in transitions.")
    assert "lose the class" in said and own == []


def test_a_label_with_its_proof_after_a_comma_keeps_the_proof() -> None:
    reading = read("boss say me i am too slow on bathroom jobs, other guy finish in 3 days i take 5",
                   parse_person("Steve (my boss)"), "received")
    assert reading.labels == ["too slow"] and reading.behaviours == ["other guy finish in 3 days you take 5"]


def test_a_bare_day_is_not_asked_about_but_an_event_or_a_stretch_is() -> None:
    task = get_task("feedback")

    def questions(when: str) -> str:
        values = {"direction": "received", "feedback": "She said my handovers miss key facts.",
                  "when_it_happened": when}
        return task.compose(values, [], Style()).body

    assert "What did you see on Monday" not in questions("Monday")
    assert "Could you point me to a specific moment" in questions("yesterday afternoon")
    assert "What did you see on Tuesday period 3 that I should watch for?" in questions("Tuesday period 3")
    assert "What did you see last sprint that I should watch for?" in questions("last sprint")


# -- feedback given ------------------------------------------------------------------------------------


def test_an_offer_a_need_to_know_and_how_often_it_was_heard_go_where_they_belong() -> None:
    chloe = read("Chloe is 4 months qualified, lovely with patients, but her handovers are missing key stuff. Tuesday "
                 "she didn't hand over the potassium, day staff only found out at 10am. I want her to use the SBAR "
                 "sheet every time and I'm happy to do a couple of handovers alongside her.",
                 parse_person("Chloe"), "give")
    assert chloe.offers == ["I'm happy to do a couple of handovers alongside her"]
    assert chloe.strengths == ["you are lovely with patients"]
    assert any("day staff only found out at 10am" in i for i in chloe.impacts)
    wei = read("the work when it comes is excellent. I am not angry but I need to know early when things slip",
               parse_person("Dr. Li Wei"), "give")
    assert wei.requests == ["let me know early when things slip"] and not wei.impacts
    jamal = read("he yelled at Priya in front of the pass, she was in tears. this is the 3rd time i've heard about "
                 "something like this", with_pronoun(parse_person("Jamal"), "jamal is great but he snaps at Priya"),
                 "give")
    assert jamal.impacts == ["she was in tears"] and jamal.own


def test_the_offer_is_said_with_the_request() -> None:
    values = {"direction": "give", "person_name": "Chloe", "when_it_happened": "Tuesday night",
              "feedback": "her handovers are missing key stuff. I want her to use the SBAR sheet every time and I'm "
                          "happy to do a couple of handovers alongside her."}
    body = get_task("feedback").compose(values, [], Style()).body
    assert "Could you use the SBAR sheet every time? I'm happy to do a couple of handovers alongside you." in body


# -- outreach ------------------------------------------------------------------------------------------


def test_an_ask_typed_if_you_are_open_and_a_count_sent_to_her() -> None:
    voice = Voice("formal", "linkedin_note")
    assert ask_sentence("if she is open to have a short online call, maybe 20 minutes", voice, "Dr. Amara Okafor") == (
        "Would you be open to have a short online call, maybe 20 minutes?")
    assert ask_sentence("could I send her 3 questions by email", voice, "Priya Raman") == (
        "Could I send you 3 questions by email?")
    assert to_you("Padraig said he is sound and helps young lads", "Mr. Declan Murphy") == (
        "Padraig said you are sound and help young lads")
    assert has_main_verb("your talk at UX Brighton 2023 made me cry a bit")


# -- prepare -------------------------------------------------------------------------------------------


def test_a_short_sentence_goes_with_the_one_before_and_the_missing_subject_is_right() -> None:
    assert _items("Older guys dont listen to me. Im 24.") == ["Older guys dont listen to me. Im 24"]
    assert _items("ran night shift alone. no accidents. picks up 8%") == [
        "ran night shift alone. No accidents. Picks up 8%"]
    assert _items("Older guys dont listen to me. I am the youngest lead here.") == [
        "Older guys dont listen to me", "I am the youngest lead here"]
    assert about_me("been covering the care plans for 6 residents") == (
        "I've been covering the care plans for 6 residents.")
    assert about_me("too many files, 5 on the go") == "Too many files, 5 on the go."


# -- summary -------------------------------------------------------------------------------------------


def test_initials_that_speak_advice_after_a_label_and_a_topic_before_me_to() -> None:
    assert initials_used_for("CO thinks the lit review is too descriptive", "Prof. Okonkwo") == {"CO"}
    assert initials_used_for("HR said the form is late", "Mr. Rahman") == set()
    notes = ("Ruth: don't lead with the will, lead with what he wants\nS: TMS experience matters more than cert\n"
             "funding extension - me to email graduate school re: the form\n"
             "- volunteer at the clinic on saturdays (CARECEN)")
    ruth = parse_notes(notes, "Ruth", "Tom")
    assert "Ruth said don't lead with the will, lead with what he wants" in ruth.takeaways
    assert [(a.owner, a.task) for a in ruth.actions] == [("Me", "Email graduate school re: the form")]
    assert not any(a.owner == "CARECEN" for a in ruth.actions)  # an organisation in capitals is no owner
    sandra = parse_notes("S: TMS experience matters more than cert", "Sandra", "Lee")
    assert sandra.takeaways == ["S said TMS experience matters more than cert"] and not sandra.actions


def test_a_verdict_without_its_verb_and_a_month_alone() -> None:
    assert to_mentor("his story about his own secondment in 2012 very helpful", "Dr. Al-Sayed") == (
        "Your story about your own secondment in 2012 was very helpful")
    assert next_meeting_sentence("March", "warm") == "Looking forward to our next session in March."


def test_days_bound_an_ask_and_an_answered_question_is_the_task() -> None:
    from coach.checks import has_bounded_ask

    assert has_bounded_ask("Could I stage 2 days in your kitchen?")
    parsed = parse_notes("- me: practice stairs? G says ask Dave at work if i can do the next cut string", "Gary",
                         "Kyle")
    assert [(a.owner, a.task) for a in parsed.actions] == [("Me", "Ask Dave at work if i can do the next cut string")]
    # someone else the user names, giving advice: what they said
    assert parse_notes("Ruth: don't lead with the will", "Aaron Patel", "Sam").takeaways == [
        "Ruth said don't lead with the will"]


def test_the_mentor_mid_line_their_background_and_what_they_said_to_set_aside() -> None:
    from coach.tasks.summary import thanks_candidates

    coach = parse_notes("- player (K) cut from state team - M: give her a leadership role\n"
                        "- M to send his plan template", "Coach Mike", "Jo")
    kept = [t.replace("\u02b0", "") for t in coach.takeaways]  # (the mark that keeps "her" someone else's)
    assert "player (K) cut from state team - Mike said give her a leadership role" in kept
    assert parse_notes("AK = 15 yrs revenue mgmt, Marriott then Jumeirah\n- my goal: analyst", "Mr. Ahmed Khan",
                       "R").takeaways == ["my goal: analyst"]
    nurse = parse_notes("Dr P advice: do 10 calcs a day on the app\nNMC revalidation stuff - not relevant yet she said "
                        "ignore for now", "Dr. Patel", "Aisha")
    assert to_mentor(thanks_candidates(nurse, "Dr. Patel")[0], "Dr. Patel").startswith("You said to do 10 calcs a day")
    assert not any("NMC" in t for t in thanks_candidates(nurse, "Dr. Patel"))
    # a bullet that starts with the mentor's label is their task, not what they said
    assert parse_notes("- Hannah: send study notes", "Hannah", "Sam").actions[0].owner == "Hannah"


def test_round27_owner_label_wins_nouns_keep_no_i_quotes_are_no_praise() -> None:
    notes = "me: soil samples for the 3 back fields, ring teagasc advisor (Declan)"
    assert parse_notes(notes, "Mary", "Sean").actions[0].owner == "Me"
    assert about_me("shrink still high. Staff turnover") == "Shrink still high. Staff turnover."
    assert about_me("med round I can do with supervision now") == "Med round I can do with supervision now."
    assert about_me("not sure where I fit after the reorg") == "I'm not sure where I fit after the reorg."
    chef = read("he is talented but rolls his eyes and says 'its fine chef' when I correct him", parse_person("Dev"),
                "give")
    assert not any("fine chef" in s for s in chef.strengths)


# -- found by the twenty-seventh reading ------------------------------------------------------------


def test_round27_cost_request_in_their_words_why_it_matters_and_how_often() -> None:
    from coach.checks import has_bounded_ask
    from coach.grammar import dangling_ends

    mei = read("Mei's drafts come in the night before our meetings so i can't read them properly, happened the last 3 "
               "times. i want drafts 48 hours before, otherwise we just reschedule", parse_person("Mei Lin"), "give")
    assert mei.impacts == ["I can't read them properly"] and mei.own == ["happened the last 3 times"]
    assert mei.messages == ["I want drafts 48 hours before, otherwise we just reschedule"]
    tom = read("tom not doing walkaround checks b4 leaving yard. seen it twice on cctv. its a legal thing (DVSA) + "
               "safety. needs to do them every time and log on app", parse_person("Tom"), "give")
    assert tom.impacts == ["it's a legal thing (DVSA) and safety"]
    assert tom.requests == ["do them every time and log on app"]
    assert has_bounded_ask("Might I ask if you'd be open to a short video call?")
    # a whole portfolio is no small ask (tests/tasks/test_normalising.py holds the same)
    assert not has_bounded_ask("Would you be willing to look at my portfolio and tell me what's missing?")
    assert not dangling_ends("You've done the switch to once a day milking, which is what I'm thinking of.")
    julien = read("my art director say my concepts is 'safe', he want more risk. i not sure if it is my english",
                  parse_person("Julien"), "received")
    assert julien.behaviours == ["your concepts are 'safe'", "he wants more risk"]
    assert julien.own == ["I not sure if it is my English"]
