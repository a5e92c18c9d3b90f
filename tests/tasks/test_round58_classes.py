"""Classes found in review 58's drafts (32 new messy inputs): each test names its class."""

from __future__ import annotations

from functools import partial

from coach.tasks._phrasing import about_me, parse_person
from coach.tasks.session_notes import parse_notes
from coach.writing import expand_shorthand, greeting_name
from tests.tasks.support import drafted

_draft = partial(drafted, form_style=False)


def _parsed(notes: str, mentor: str) -> tuple[list[tuple[str, str]], list[str]]:
    parsed = parse_notes(notes, mentor, "Sam")
    return [(a.owner, a.task) for a in parsed.actions], list(parsed.takeaways)


def _give(**fields: str) -> str:
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Sam", **fields})
    return body


# -- feedback --------------------------------------------------------------------------------------------


def test_a_request_typed_as_the_users_own_question_or_wish_is_never_doubled() -> None:
    asked = _give(feedback="you interrupted four times before I reached the results slide",
                  request="could we agree that questions wait until after the results slide")
    assert "Could we agree that questions wait until after the results slide?" in asked
    assert "Could you could" not in asked
    wished = _give(feedback="the load-in ran late", request="would love u to write up the labelling system")
    assert "Could you write up the labelling system?" in wished and "would love" not in wished


def test_a_standard_asked_with_always_is_a_request_not_an_absolute() -> None:
    body, failed = _draft("feedback", {
        "direction": "give", "person_name": "Chloe",
        "feedback": "in the handover this morning you gave the pain scores from memory and they were wrong",
        "request": "always read obs + scores straight from the chart during handover"})
    assert "Could you always read obs and scores straight from the chart during handover?" in body
    assert "no_absolutes" not in failed


def test_praise_with_a_request_is_praise_then_the_ask() -> None:
    body = _give(feedback="great job on the festival load-in!! you had the whole stage rigged 40 min early and the "
                          "lighting desk labelled so the night crew could pick it up w/o calling anyone",
                 behaviour="rigged stage early, labelled lighting desk",
                 request="would love u to write up the labelling system so we can use it at every venue")
    assert body.startswith("Sam, I want to tell you about something you did well.")
    assert "You had the whole stage rigged 40 min early" in body and "rigged stage early, labelled" not in body
    assert body.rstrip().endswith("Could you write up the labelling system so we can use it at every venue?")


def test_the_users_own_side_in_received_feedback_is_never_what_they_said() -> None:
    body, _ = _draft("feedback", {
        "direction": "received", "person_name": "",
        "feedback": "apprentice told the foreman I 'never explain anything just shout measurements'. foreman passed "
                    "it on to me. im a joiner 25 yrs. i dont think i shout but maybe i do rush"})
    said = body.split("### What might be true")[0]
    assert "never explain anything" in said
    assert "joiner" not in said and "passed it on" not in said
    gutted, _ = _draft("feedback", {
        "direction": "received", "person_name": "Nadia",
        "feedback": "she said the logo concepts 'feel generic'. i spent 3 weeks on those. feel gutted tbh"})
    said = gutted.split("### What might be true")[0]
    assert "3 weeks" not in said and "gutted" not in said.lower()
    assert 'You also wrote your side: "I spent 3 weeks on those."' in gutted


def test_a_feeling_before_the_users_facts_leaves_the_facts_as_their_side() -> None:
    body, _ = _draft("feedback", {
        "direction": "received", "person_name": "Ms. Harrington",
        "feedback": "My manager told me I am 'too quiet in meetings'. I was shocked because I prepare a lot and I "
                    "write very detailed notes after each meeting."})
    assert 'your side: "I prepare a lot and I write very detailed notes after each meeting."' in body


# -- prepare ---------------------------------------------------------------------------------------------


def test_notes_keep_their_subject_and_lose_a_leading_and() -> None:
    assert about_me("need 2 more adult volunteers w/ background checks") == (
        "I need 2 more adult volunteers with background checks.")
    assert about_me("and my crevasse rescue cert expires in nov") == "My crevasse rescue cert expires in Nov."
    assert about_me("abstract drafted but over word limit (380/250)") == (
        "Abstract drafted but over word limit (380/250).")
    assert about_me("blind tasted 40 wines with the study group") == "I blind tasted 40 wines with the study group."


def test_the_mentors_initial_in_the_update_is_said_to_them() -> None:
    body, _ = _draft("prepare", {"mentor_name": "Bernadette", "goals": "get my application in",
                                 "progress": "shadowed B's rota meeting twice", "meeting_minutes": "30"})
    assert "shadowed your rota meeting twice" in body


def test_a_given_name_in_two_words_is_kept_whole() -> None:
    assert parse_person("Ana Lucía").address == "Ana Lucía"
    assert greeting_name("José Luis", formal=False) == "José Luis"
    assert parse_person("Maria Lopez").address == "Maria"


# -- summary ---------------------------------------------------------------------------------------------


def test_an_owners_errand_after_a_comma_is_theirs() -> None:
    actions, _ = _parsed("Also: me - practice whiteboard challenge, H to send me 3 practice prompts", "Hiroshi")
    assert ("Me", "Practice whiteboard challenge") in actions and ("Hiroshi", "Send me 3 practice prompts") in actions


def test_what_the_user_is_supposed_to_do_or_marked_as_theirs_is_their_task() -> None:
    actions, _ = _parsed("I'm supposed to redo the 2 case studies and send them by 20th", "Hiroshi")
    assert actions == [("Me", "Redo the 2 case studies and send them by 20th")]
    actions, _ = _parsed("Ethics: need to start the application now b/c it takes 3 months — my job.", "Prof. Aliyu")
    assert actions == [("Me", "Start the application now b/c it takes 3 months")]


def test_only_agreeing_to_think_about_it_is_no_commitment() -> None:
    actions, takeaways = _parsed("Also he wants me to present at the dept seminar in April; I said I'd think about it.",
                                 "Prof. Aliyu")
    assert actions == [] and takeaways[0].startswith("he wants me to present")


def test_a_topic_before_the_mentors_promise_leaves_the_promise() -> None:
    actions, _ = _parsed("- contracts -> she'll send her template (the one w/ the kill fee clause)", "Claire")
    assert actions == [("Claire", "Send her template (the one w/ the kill fee clause)")]
    actions, _ = _parsed("NPQ draft: she'll read by next fri", "Gloria")
    assert actions and actions[0][1].startswith("Read the NPQ draft")


def test_a_title_and_initial_label_is_the_mentor() -> None:
    _, takeaways = _parsed("Prof A: aims 2 and 3 overlap, merge them.", "Prof. Aliyu")
    assert takeaways == ["Aliyu said aims 2 and 3 overlap, merge them"]


def test_an_initials_stop_before_a_new_lower_case_point_ends_the_sentence() -> None:
    actions, takeaways = _parsed("me to draft 1 pager by fri and send to R. also chatted re: public speaking - R "
                                 "suggested lightning talk at the summit", "Rachel")
    assert actions == [("Me", "Draft 1 pager and send to R")]
    assert any("lightning talk" in t for t in takeaways)


def test_a_note_about_how_the_meeting_went_is_not_news_and_the_main_thing_leads() -> None:
    _, takeaways = _parsed("short one today she was in a rush. main thing: dont sign the lease on the 2nd unit yet",
                           "Dolores")
    assert takeaways == ["dont sign the lease on the 2nd unit yet"]


def test_a_chain_of_steps_stays_one_thing() -> None:
    assert expand_shorthand("cut to problem->process->outcome") == "cut to problem→process→outcome"
    _, takeaways = _parsed("H: case studies too long, cut to problem->process->outcome", "Hiroshi")
    assert takeaways and takeaways[0].endswith("problem→process→outcome")


def test_the_next_meeting_is_said_to_the_mentor_and_a_yes_keeps_its_subject() -> None:
    body, failed = _draft("summary", {"mentor_name": "Hiroshi", "my_name": "Nadia", "kind": "full",
                                      "notes": "he'll forward my CV to a friend", "next_meeting": "after he gets back"})
    assert "after you get back" in body and "next_meeting" not in failed
    _, takeaways = _parsed("she asked if I'd be up for assisting on her shoot in june - said yes!!", "Claire")
    assert takeaways[0].endswith("in june and I said yes")


def test_since_before_a_length_of_time_is_said_with_have_been_where_the_verb_allows() -> None:
    assert expand_shorthand("I am working nights since 3 years.") == "I've been working nights for 3 years."
    assert expand_shorthand("I am midwife since 9 years in São Paulo") == "I've been a midwife for 9 years in São Paulo"
    assert expand_shorthand("I learn Python in evenings since one year.") == (
        "I've been learning Python in evenings for one year.")
    assert expand_shorthand("Luca is my right hand since 5 years") == "Luca has been my right hand for 5 years"
    assert expand_shorthand("I have been here since 2 years ago") == "I have been here since 2 years ago"


def test_a_goal_typed_with_a_doubt_is_still_a_goal_and_an_alternative_ask_is_its_own_sentence() -> None:
    body, _ = _draft("outreach", {
        "mentor_name": "Prof. Liesbeth van der Berg",
        "why_them": "I have read your monograph on Carolingian scriptoria",
        "goal": "understand what makes a postdoc application stand out, and whether I should reframe my project or "
                "not??",
        "ask": "Could we have a short call (20–30 min) before the ERC deadline; or if you prefer, I could send you my "
               "project summary (2 pages) for brief comments", "channel": "email", "tone": "formal",
        "my_name": "Aoife"})
    assert "hoping to understand what makes a postdoc application stand out" in body and "??" not in body
    assert "before the ERC deadline? Or, if you prefer, I could send you my project summary" in body


def test_how_often_goes_with_the_behaviour_not_the_impact() -> None:
    body = _give(person_name="Liam", feedback="ur late again. 3rd time this month. i cant keep covering the till")
    assert "you're late again, the 3rd time this month." in body
    assert "As a result, I can't keep covering the till." in body
