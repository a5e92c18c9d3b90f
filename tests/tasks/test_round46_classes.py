"""Classes found in session 45's second blind round (review 46): each test names the class it holds."""

from __future__ import annotations

from typing import Any

from coach.tasks._phrasing import about_me
from coach.tasks.outreach_phrasing import Voice, ask_sentence, goal_sentence
from coach.tasks.reading import reads_well
from coach.writing import expand_shorthand
from tests.tasks.support import offline_draft


def _draft(job: str, values: dict[str, Any]) -> tuple[str, str, dict[str, bool]]:
    draft, checks = offline_draft(job, values, None)
    return draft.body, draft.rationale, {check.name: check.passed for check in checks}


def test_a_note_to_self_about_how_to_say_it_is_never_said_to_them() -> None:
    # "dont want to crush her confidence she already is v self critical" was "I've also noticed that don't want to
    # crush your confidence…", and "my mentee (junior UX researcher) wrote…" was said to Priya in the third person
    body = _draft("feedback", {"direction": "give", "person_name": "Priya, junior UX researcher",
                               "feedback": "my mentee (junior UX researcher) wrote interview synthesis that was super "
                                           "thorough but she presented it as 40 slides to the PMs and they zoned out. "
                                           "dont want to crush her confidence she already is v self critical"})[0]
    assert "crush" not in body and "self critical" not in body
    assert "**What's working:** You wrote interview synthesis that was super thorough." in body


def test_a_title_typed_in_lower_case_and_inline_numbers_do_not_cut_a_fact() -> None:
    # "3) he'll email prof. Keller in Mannheim…" was "Email prof" plus an orphan "Keller in Mannheim…"
    body = _draft("summary", {"mentor_name": "Dr. Lars Eriksson", "kind": "full", "notes": (
        "topics: 1) chapter 3 is fine. 2) he'll email prof. Keller in Mannheim abt a visiting spot. "
        "3) my todo: redo table 4")})[0]
    assert "- **Dr. Eriksson:** Email prof. Keller in Mannheim about a visiting spot" in body
    assert "- **Me:** Redo table 4" in body and "todo" not in body.lower()


def test_a_remark_in_brackets_and_a_run_of_what_they_did() -> None:
    # "(cost per kg wrong, i mixed up wet vs dry cassava)" was cut at its comma, leaving the bracket open
    notes = ("she helped me a lot w/ the pitch deck, said my unit economics slide was confusing (cost per kg wrong, "
             "i mixed up wet vs dry cassava), told me to go to the LSETF grant info session, and to talk to her cousin")
    body = _draft("summary", {"mentor_name": "Aunty Funmi", "kind": "full", "notes": notes})[0]
    assert "(cost per kg wrong, I mixed up wet vs dry cassava)" in body
    assert "- You helped me a lot with the pitch deck." in body
    assert "- You told me to go to the LSETF grant info session, and to talk to your cousin." in body


def test_what_the_user_took_back_is_left_out_and_a_thing_they_will_give_is_theirs() -> None:
    # "become head waiter-- no wait, become floor manager" was the main topic "Become head waiter-- no wait";
    # "P: book recommendation (…)" was "You said you'd book recommendation"
    assert expand_shorthand("become head waiter-- no wait, become floor manager") == "become floor manager"
    body = _draft("prepare", {"mentor_name": "Pavel", "meeting_minutes": 20,
                              "goals": "become head waiter-- no wait, become floor manager",
                              "open_items": "P: book recommendation (the one abt hospitality)"})[0]
    assert "Main topic: Become a floor manager" in body and "head waiter" not in body
    assert "- Your book recommendation (the one about hospitality)" in body


def test_frames_take_the_users_words_without_doubling_or_splicing() -> None:
    formal = Voice("formal", "email")
    # "I am hoping to want to become procurement manager…"
    assert goal_sentence("want to become procurement manager", formal) == "I am hoping to become a procurement manager."
    assert goal_sentence("i want to do a postdoc in Europe", formal) == "I want to do a postdoc in Europe."
    # "…a 15-minute chat please?"
    assert ask_sentence("15 min chat pls 🙏", Voice("warm", "linkedin_note")) == (
        "Would you be open to a 15-minute chat?")
    # "I'm writing because you did the thing I'm trying to do, and your podcast ep with TechCabal."
    body = _draft("outreach", {"mentor_name": "Kwame Asante", "mentor_context": "founded a fintech startup",
                               "why_them": "you did the thing im trying to do lol, and ur podcast ep w/ TechCabal",
                               "goal": "grow my savings app", "ask": "15 min chat pls", "channel": "linkedin_note",
                               "tone": "warm"})[0]
    assert "because you did the thing I'm trying to do. Your podcast episode with TechCabal really stayed" in body
    # "I also salary would drop about 20%…"
    assert about_me("also salary would drop ~20%") == "Also salary would drop about 20%."


def test_an_emoji_that_is_the_praise_is_said_in_words_and_a_reaction_in_brackets_goes() -> None:
    # "the part abt blade bearings was 🔥" was "the part about blade bearings was."
    assert expand_shorthand("the part abt blade bearings was 🔥") == "the part about blade bearings was brilliant"
    assert expand_shorthand("so tired 😩") == "so tired"
    # "You talk over the subcontractors in meetings sometimes (ouch)." in the neutral restatement
    assert expand_shorthand("i talk over people sometimes (ouch)") == "i talk over people sometimes"
    assert expand_shorthand("the nor-shipping conf") == "the nor-shipping conference"


def test_a_reason_too_thin_to_send_is_left_out_and_the_check_says_so() -> None:
    # "beer good" was sent as "Beer good really stayed with me." and says_why_them passed
    body, rationale, passed = _draft("outreach", {"mentor_name": "Tomás", "mentor_context": "own a brewery",
                                                  "why_them": "beer good", "goal": "open a taproom", "ask": "coffee?",
                                                  "channel": "chat",
                                                  "tone": "casual"})
    assert "beer good" not in body.lower() and not passed["says_why_them"]
    assert '("beer good") is too short' in rationale


def test_a_label_question_replaces_the_generic_moment_question() -> None:
    # "Could you point me to a specific moment…" and 'When you said "too quiet", which moments…' asked the same
    body = _draft("feedback", {"direction": "received", "person_name": "Omar", "feedback": "too quiet in standups"})[0]
    assert "point me to a specific moment" not in body
    # (with where it was said to show since session 80: "too quiet in standups")
    assert 'When you said "too quiet in standups", which moments did you have in mind?' in body


def test_a_last_step_is_joined_and_an_email_without_steps_promises_none() -> None:
    # "Could you close door every time, even if just 1 min, use the strip curtain?"
    body = _draft("feedback", {"direction": "give", "person_name": "Dmitri, warehouse associate",
                               "feedback": "leaves the cold room door open",
                               "request": "close door every time, even if just 1 min, use the strip curtain"})[0]
    assert "close door every time, even if just 1 min, and use the strip curtain?" in body
    # "Thanks for today: takeaways and next steps" over an email with no next steps
    draft, _ = offline_draft("summary", {"mentor_name": "Chen Wei", "kind": "full",
                                         "notes": "talked abt moving into product. he said read inspired"}, None)
    assert draft.subject is not None and "next steps" not in draft.subject
    assert expand_shorthand("4 years in coimbatore") == "4 years in Coimbatore"


def test_reads_well_sees_an_open_bracket_and_a_wish_inside_a_wish() -> None:
    # both passed reads_well in review 46
    assert not reads_well("Thank you for your point that my slide was confusing (cost per kg wrong.").passed
    assert not reads_well("I am hoping to want to become procurement manager.").passed
    assert reads_well("I'd like to plan ahead (with your help).").passed


def test_a_list_items_also_is_left_to_the_list_and_a_word_before_i_is_its_topic() -> None:
    # "also time, i do 50h weeks" was asked as "Also time, I do 50h weeks. What have you seen work…?"
    body = _draft("prepare", {"mentor_name": "Sofia", "meeting_minutes": 30, "goals": "get promoted",
                              "challenges": "also time, i do 50h weeks"})[0]
    assert "Time: I do 50h weeks." in body and "Also time" not in body
    body = _draft("prepare", {"mentor_name": "Sofia", "meeting_minutes": 30, "goals": "get promoted",
                              "challenges": "also want to improve my drafting"})[0]
    assert "Want to improve" not in body


def test_how_the_user_was_after_a_comma_gets_its_i() -> None:
    # "Since we last spoke: Nothing much honestly, was sick 2 weeks."
    body = _draft("prepare", {"mentor_name": "Hiroshi", "meeting_minutes": 10, "goals": "pass the JLPT N1",
                              "progress": "nothing much honestly, was sick 2 wks"})[0]
    assert "Nothing much honestly. I was sick 2 weeks." in body


def test_review_47_a_wish_after_an_emoji_is_the_users_and_her_own_thing_is_hers() -> None:
    # "the client noticed 😬 i want to be encouraging not crush her" was "Impact: As a result, the client noticed
    # I want to be encouraging not crush you."
    body = _draft("feedback", {"direction": "give", "person_name": "Mariana, marketing intern",
                               "when_it_happened": "last 2 weeks",
                               "feedback": "my intern Mariana is doing great on the social media calendar but her "
                                           "captions have lots of typos and the client noticed 😬 i want to be "
                                           "encouraging not crush her"})[0]
    assert "**Impact:** As a result, the client noticed." in body and "crush" not in body
    # "Margit: send her slide template" was "You said you'd send you slide template"
    body = _draft("prepare", {"mentor_name": "Margit Kovács", "meeting_minutes": 30, "goals": "get promoted",
                              "open_items": "Margit: send her slide template from last year"})[0]
    assert "You said you'd send your slide template from last year" in body


def test_review_47_thanks_in_any_language_is_no_takeaway_and_a_floated_time_names_its_meeting() -> None:
    # "One thing that really stuck with me: Gracias." and "You said maybe January." on its own
    body = _draft("summary", {"mentor_name": "Sr. Ibáñez", "kind": "thanks", "next_meeting": "he said maybe january",
                              "notes": "gracias!! he explain me how the port customs clearance work for my olive oil "
                                       "containers. he will check if his broker can take small client like me"})[0]
    assert "Gracias" not in body and "customs clearance" in body
    assert "Looking forward to our next conversation (you said maybe January)." in body


def test_review_47_what_each_owes_the_other_is_an_action_item() -> None:
    # "You owe me: strength pdf, intro to club secretary" was a takeaway and "Me: Owe you: weekly log…" garbled
    body = _draft("summary", {"mentor_name": "Coach Amara", "kind": "full", "notes": (
        "she owes me: strength pdf, intro to club secretary (Mrs Adeyemi). i owe her: weekly log every sun night")})[0]
    assert "- **Coach Amara:** Strength pdf\n- **Coach Amara:** Introduce me to club secretary (Mrs Adeyemi)" in body
    assert "- **Me:** Weekly log every Sunday night" in body and "owe" not in body.lower()
