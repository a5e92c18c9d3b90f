"""The classes the thirty-third fresh-eyes reading of offline drafts found, each tried on its own shape.

Outreach: a verb typed with a capital ("Become IBCLC…"), "Your GDC talk" mid-sentence, "20 or 30 minutes call".
Prepare: "Dana: was going to send me…". Summaries: "her: said…", "me: worry that…", a lone "no!", stops inside
brackets, an emoji that ends a sentence, "send thank you today", "jt", "he said call him", "2 wk", a label that is no
owner ("Want:"). Feedback: "I mean that", "I have to do something", "I catch it", a happy outcome, a praise's proof
kept in its sentence, "just need him to…", "I want keep her". Received: "I was SO tired", "which felt humiliating",
"it feels like".
"""

from __future__ import annotations

from coach.tasks import get_task
from coach.tasks._phrasing import Person
from coach.tasks._reframe import read, users_own_apart
from coach.tasks.base import Style
from coach.tasks.outreach_phrasing import Voice, ask_sentence, goal_sentence, why_sentence
from coach.tasks.prepare import _Plan
from coach.tasks.session_notes import parse_notes
from coach.tasks.summary import next_meeting_sentence
from coach.writing import expand_shorthand, name_case


def test_outreach_says_capital_verbs_pronouns_and_ranges_as_sentences() -> None:
    voice = Voice("formal", "email")
    assert goal_sentence("Become IBCLC lactation consultant", voice) == (
        "I am hoping to become an IBCLC lactation consultant.")
    why = why_sentence("Your GDC talk on systems changed how I think", Voice("warm", "email"))
    assert "because your GDC talk" in why
    assert "a 20- or 30-minute call" in ask_sentence("20 or 30 minutes call when is good for you", voice)


def test_an_open_item_they_meant_to_do_is_said_as_such() -> None:
    plan = _Plan({"mentor_name": "Capt. Dana Whitfield", "goals": "x", "progress": "",
                  "open_items": "- Dana: was going to send me her old notes (not received yet)"})
    assert plan.open_items == ["You were going to send me your old notes (not received yet)"]


def test_summary_labels_answers_brackets_and_emoji() -> None:
    parsed = parse_notes("me: worry that accounting project looks \"not real data analyst\"\n"
                         "her: no! domain knowledge is the advantage\n"
                         "- offered to share their checklist (she sent it already in chat!! v useful)",
                         "Olena Kovalenko")
    assert parsed.takeaways[0].startswith("I worry that")
    assert any(t.startswith("no! domain knowledge") or "no! domain" in t for t in parsed.takeaways)
    assert any(a.task.endswith("(she sent it already in chat!! v useful)") for a in parsed.actions)
    emoji = parse_notes("not just what tech i used 😅 he's gonna send me his old resume", "jt")
    assert [(a.owner, a.task) for a in emoji.actions] == [("JT", "Send me his old resume")]
    assert emoji.takeaways == ["not just what tech i used"]


def test_notes_about_this_email_names_in_initials_and_labels_that_own_nothing() -> None:
    parsed = parse_notes("send thank you today, mention I'll share how our migration goes\n"
                         "Want: say yes to the Tuesday session", "Rosa Delgado")
    assert parsed.actions == []  # "Want:" is no person, so no task of a "Want"
    assert parsed.takeaways == ["Want: say yes to the Tuesday session"]  # and nothing about this very email
    assert name_case("jt") == "JT" and name_case("dr fenwick") == "Dr Fenwick"
    assert next_meeting_sentence("next wk sometime, he said call him", "warm") == (
        "Looking forward to seeing you next week sometime (you said to call you).")
    assert expand_shorthand("Sat morning, 2 wk") == "Saturday morning, 2 weeks"
    assert expand_shorthand("a 2 week course") == "a 2 week course"


def test_feedback_keeps_the_users_own_words_and_the_praises_story_out_of_the_impact() -> None:
    band = read("his time is perfect and i mean that. but he has been late to 5 of the last 6 rehearsals and we pay "
                "for the room by the hour. just need him to either show up on time or tell us early",
                Person("Jonah", ""), "give")
    assert not any("mean that" in i for i in band.impacts)
    assert band.requests or band.messages
    tech = read("she is fast, customers like her. But two times last week she told patient about dosage. One time she "
                "told old man he can take his pill with grapefruit juice. I catch it because I was nearby. I want keep "
                "her", Person("Huong", ""), "give")
    assert all("grapefruit" not in s for s in tech.strengths) and not any("catch it" in i for i in tech.impacts)
    assert tech.messages == []
    salon = read("her balayage was great and the client cried happy tears. she's been late 4 times",
                 Person("Kayla", ""), "give")
    assert not any("happy tears" in i for i in salon.impacts)


def test_received_accounts_keep_tiredness_humiliation_and_it_feels_apart() -> None:
    kept, _own = users_own_apart("She said I give too much story. I was SO tired and honestly I cried in the car. And "
                                "she said it in the hallway where the CNA could hear, which felt humiliating. She said "
                                "my upselling is the lowest. I was honestly shocked. But upselling I don't like, it "
                                "feels like pushing people.")
    assert "tired" not in kept and "humiliating" not in kept and "pushing people" not in kept
    assert "too much story" in kept and "upselling is the lowest" in kept


def test_a_full_summary_with_an_owner_less_label_lists_no_owner_called_want() -> None:
    body = get_task("summary").compose({"mentor_name": "Rosa Delgado", "my_name": "Sam", "kind": "full",
                                        "notes": "- she'll send me 2 charts\nwant: say yes to the tuesday gig"},
                                       [], Style()).body
    assert "**Want:**" not in body
