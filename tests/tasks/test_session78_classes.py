"""Classes found by blind review 105: each test names its class and quotes the draft text that was wrong. Inputs are
phrased apart from the review's own."""

from __future__ import annotations

from coach.checks import find_absolutes, sentences
from coach.tasks.session_notes import hedged, is_title_line, parse_notes
from coach.writing import expand_shorthand
from tests.tasks.support import drafted


def test_review_105_a_habit_asked_for_is_no_absolute() -> None:
    # 105 f10: no_absolutes failed "I want you to keep the speed but confirm the address back every time."
    assert find_absolutes("I want you to keep the pace but read the order back every time.") == []
    assert find_absolutes("I'd like him to check the seals every time.") == []
    assert find_absolutes("I want you to know you always cut me off.") == ["always"]


def test_review_105_how_the_user_hopes_to_say_it_and_who_they_are_stay_out_of_the_script() -> None:
    # 105 f11: "Request: … It without making you defensive."; f12: "I've noticed that you are my mentee (box office
    # assistant, 6 months)", "you just tops up", "…that you it's not about blame", "What's working: Great with
    # customers."
    body, _ = drafted("feedback", {
        "direction": "give", "person_name": "Tomasz, my apprentice",
        "feedback": "Tomasz did a neat job on the skirting but he skips the dust sheets. I want to say it without "
                    "making him defensive, he is older than me",
        "behaviour": "left the client's sofa uncovered while sanding", "impact": "the client complained",
        "request": "put the dust sheets down before any sanding"})
    assert "without making" not in body, body
    body, _ = drafted("feedback", {
        "direction": "give", "person_name": "Mirela",
        "feedback": "Mirela is my apprentice (bakery, 4 months). Great with regulars but she just tops up the till "
                    "from her own purse when it's short and doesnt note it. I need her to log it instead, its not "
                    "about blame"})
    assert "you are my apprentice" not in body and "you it's" not in body and "tops up" not in body, body
    assert "You're great with regulars." in body
    assert "It's not about blame." in body


def test_review_105_a_remark_quoted_whole_keeps_who_said_it() -> None:
    # 105 f13: "If it happen again you will move you to the back machines'." and "- 'your stitching is fast."
    body, _ = drafted("feedback", {
        "direction": "received", "person_name": "Omar, shift lead",
        "feedback": "my shift lead Omar said 'your welds are clean but you dont log the gas changes, and if it "
                    "happens again i will put you on the night rota'"})
    assert "you will put you" not in body and "'your welds" not in body and "rota'" not in body, body
    assert "Your welds are clean." in body
    # 105 f15: "- At your review Mr. Liang said your calibration records are…"
    body, _ = drafted("feedback", {
        "direction": "received", "person_name": "Ms. Ortiz, my manager",
        "feedback": "at my appraisal my manager Ms. Ortiz said my test reports are 'accurate but too long', and "
                    "that I need to speak up more in stand-ups"})
    assert "said your test reports" not in body and "Your test reports are 'accurate but too long'." in body, body


def test_review_105_summary_lines_in_their_right_place() -> None:
    # 105 s18: "Incontro with you (audio description, RAI)." as a takeaway, "**Me:** Rewrite episode" split at "ep.",
    # "**Me:** You also said my timing is good…", and "(I wrote 'you are sad'…)" about a character
    assert is_title_line("riunione with Paola (subtitling, Mediaset)")
    assert sentences("redo ep. 4 scenes 2-5 with her notes") == ["redo ep. 4 scenes 2-5 with her notes"]
    notes = parse_notes("to do:\n- redo ep. 4 scenes 2-5 with her notes -> send by fri\n"
                        "she also said my pacing is good, tone too formal\nnext time check on the pilot results",
                        "Paola Bruni", "Chiara")
    assert [a.task for a in notes.actions] == ["Redo ep. 4 scenes 2-5 with her notes: send"], notes.actions
    assert "she also said my pacing is good, tone too formal" in notes.takeaways
    body, _ = drafted("summary", {
        "mentor_name": "Paola Bruni", "kind": "full", "my_name": "Chiara",
        "notes": "- show what is SEEN (I wrote 'he is angry' - better 'he slams the door')\n- to do: redo ep. 4"})
    assert "'he is angry'" in body and "'you are angry'" not in body, body
    # 105 s17: "**Me:** KS (me) finish the SD-FI config…" and "send you (by Wednesday)"
    notes = parse_notes("- AI: KS (me) finish the config in sandbox by next wk\n- AI: KS prepare 1 slide, send RS by "
                        "Wed", "Ravi Shankar", "Kiran S.")
    assert notes.actions[0].task.startswith("Finish the config"), notes.actions
    body, _ = drafted("summary", {"mentor_name": "Ravi Shankar", "kind": "full", "my_name": "Kiran S.",
                                  "notes": "- AI: KS (me) finish the config by next wk\n- AI: KS prepare 1 slide, "
                                           "send RS by Wed"})
    assert "KS (me)" not in body and "send it to you (by Wednesday)" in body, body
    # 105 s16: "**Me:** Next time check on trial results"
    body, _ = drafted("summary", {"mentor_name": "Joost", "kind": "full", "my_name": "Sanne", "next_meeting": "12/12",
                                  "notes": "- me: send J the data\nnext time check on trial results"})
    assert "**Me:** Next time" not in body and "trial results" in body, body


def test_review_105_an_honorific_stays_with_the_name_and_a_tentative_date_leaves_the_task_firm() -> None:
    # 105 s19: "Hi Ato," and "**Ato:**" for Ato Dawit; task_lines_in_actions failed "- Me: Organise farmer meeting
    # with kebele chair - maybe early Jan"
    body, failed = drafted("summary", {
        "mentor_name": "Ato Girma", "kind": "full", "my_name": "Meron",
        "notes": "- do the numbers first\n- me: book the hall w/ the chair - maybe early feb\n- AG: share the report"})
    assert "Hi Ato Girma," in body and "**Ato Girma:**" in body, body
    assert "task_lines_in_actions" not in failed, failed
    assert not hedged("book the hall with the chair - maybe early Feb")


def test_review_105_thanks_named_in_the_notes_is_no_takeaway_and_dm_is_capitalised() -> None:
    # 105 s20: "One thing that really stuck with me: thanks you for the 2 hours on the phone."
    body, _ = drafted("summary", {"mentor_name": "Lars", "kind": "thanks", "my_name": "Erik",
                                  "notes": "thanks Lars for the hour on the phone!!\n- quote a rush fee for anything "
                                           "under 3 wks\n- me: add the fee to the template"})
    assert "thanks you" not in body and "stuck with me: thanks" not in body, body
    # 105 o05: "over dm" left in a note to someone
    assert expand_shorthand("could I ask 2 qs over dm?") == "could I ask 2 questions over DM?"


def test_review_105_what_in_the_thing_after_a_dash_is_said_with_it() -> None:
    # 105 o05: "I'm reaching out because your co-write on 'Saudade de Ontem' - the way the bridge flips the chorus
    # line - I've listened like 50 times."
    body, _ = drafted("outreach", {
        "mentor_name": "Ines", "why_them": "your remix of 'Lua Cheia' - the way the bass drops out before the hook - "
                                           "i've played it like 30 times",
        "goal": "mixing", "ask": "could i ask you 2 quick qs over dm?", "channel": "linkedin_note", "tone": "casual",
        "my_name": "Rui"})
    assert "Your remix of 'Lua Cheia' really stuck with me — the way the bass drops out before the hook. " in body, body
    assert "because your remix" not in body and "over DM" in body


def test_review_106_feedback_given_keeps_worries_and_rules_out_of_what_was_noticed() -> None:
    # 106 f11: "I've also noticed that I'm worried you'll burn out. I've also noticed that you it's in the policy too"
    body, _ = drafted("feedback", {
        "direction": "give", "person_name": "Dele",
        "feedback": "Dele is very careful but he skips the stretch break after the long shift, and i'm worried he'll "
                    "hurt his back. I want him to take the 10 min break after every long shift, its in the handbook "
                    "too"})
    assert "noticed that I'm worried" not in body and "you it's" not in body, body
    assert "I don't want you to hurt your back." in body and "It's in the handbook too." in body


def test_review_106_feedback_received_reads_a_manner_and_praise_for_what_they_are() -> None:
    # 106 f15: "- The state of with fare dodgers." and "Passengers don't complain about you which is rare." listed
    # among his criticisms
    body, _ = drafted("feedback", {
        "direction": "received", "person_name": "Petra my supervisor",
        "feedback": "she said i am too blunt with new patients, i skip the small talk. but she also said patients "
                    "never complain about me which is rare"})
    assert "The state of" not in body and "How you deal with new patients." in body, body
    assert "Petra also said:\n- Patients never complain about you which is rare." in body


def test_review_106_prepare_says_a_state_and_a_gap_whole_and_the_mentors_title_is_them() -> None:
    # 106 p06: "I still slow at cover tests…"; p07: "I want to don't know how to answer…" and "Prof to share your old
    # interview questions"
    body, _ = drafted("prepare", {
        "mentor_name": "Prof. Okafor", "goals": "pass the fellowship interview", "meeting_minutes": 30,
        "challenges": "still slow at writing discharge letters\ndont know how to answer the 'teaching' questions, i "
                      "blank",
        "open_items": "Prof to share his old slides; me to send draft by Fri"})
    assert "I'm still slow at writing discharge letters." in body, body
    assert "I don't know how to answer the 'teaching' questions. I blank." in body
    assert "You said you'd share your old slides" in body and "Prof to" not in body


def test_review_106_summary_keeps_conditions_and_capitals_and_splits_what_they_need_from_me() -> None:
    # 106 s18: "(w/o identifiers!!)" dropped, "pt" left raw, and "RS will write LOR, needs my CV + draft stmt by 12/15"
    # filed as her task with the user's deadline; s16: "MSC Ana" was "MSc Ana"
    body, failed = drafted("summary", {
        "mentor_name": "Dr. Ana Ruiz", "kind": "full", "my_name": "Selam",
        "notes": "- pt: my essay too long, needs 1 real pt story (w/o identifiers!!)\n"
                 "- AR will write the reference, needs my CV + draft essay by 12/15"})
    assert "(without identifiers)" in body and "patient story" in body and "Point:" in body, body
    assert "**Me:** Send you my CV and draft essay (by 12/15)" in body
    assert "task_lines_in_actions" not in failed, failed
    assert expand_shorthand("late cargo on MSC Ana, doing an msc") == "late cargo on MSC Ana, doing an MSc"
