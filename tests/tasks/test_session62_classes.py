"""Classes from blind review 67 (24 new messy inputs, 9 of 24 sendable on the session-62 start code): each test names
its class and quotes the draft text that was wrong."""

from __future__ import annotations

from functools import partial

from coach.checks import has_bounded_ask
from coach.compose import article_for
from coach.tasks.summary import humanise_when
from coach.writing import expand_shorthand
from tests.tasks.support import drafted

_draft = partial(drafted, with_subject=True)


def test_a_users_own_thanks_too_long_for_a_frame_is_said_whole_in_its_parts() -> None:
    # s6: "cheers for letting me tag along…, learnt more in 1 day…. esp the bit abt flow temps" became only
    # "Thank you for your time today." (specific_thanks failed, rightly)
    body, failed = _draft("summary", {
        "mentor_name": "Dave", "my_name": "Jordan", "kind": "thanks",
        "notes": "cheers for letting me tag along on the heat pump job today, learnt more in 1 day than a month at "
                 "college. esp the bit abt flow temps"})
    assert ("Thank you for letting me tag along on the heat pump job today. I learnt more in 1 day than a month at "
            "college, especially the bit about flow temps.") in body
    assert not failed


def test_the_users_own_plan_in_a_thank_you_is_theirs_never_what_stuck_with_them() -> None:
    # s2: "One thing that really stuck with me: going to practice the codes every night." and the coffee, the CAD
    # screens and the F6 trick the user thanked for were dropped
    body, failed = _draft("summary", {
        "mentor_name": "Gloria", "my_name": "Dwayne", "kind": "thanks",
        "notes": "thx for the coffee n for walking me thru the CAD screens, esp the trick w/ the F6 key. gonna "
                 "practice the codes every night"})
    assert "for the coffee and for walking me through the CAD screens, especially the trick with the F6 key." in body
    assert "I'm going to practice the codes every night." in body
    assert "stuck with me" not in body
    assert not failed


def test_who_confirms_the_next_meeting_is_said_to_them_and_a_short_month_is_spelled_out() -> None:
    # s1: "Looking forward to our next session in mid Dec, PR to confirm." sent to PR herself; s4: "our next session,
    # catch up in the new year (I'll email)."
    body, failed = _draft("summary", {
        "mentor_name": "Dr. Priya Raman", "my_name": "Tasha", "kind": "full", "next_meeting": "mid Dec, PR to confirm",
        "notes": "- PR will forward my CV to Maria (clinic coordinator)\n"
                 "- me: redo lesson plan w/ 3 objectives by 12/1"})
    assert "Looking forward to our next session in mid-December (you said you'd confirm)." in body
    assert "PR to confirm" not in body and not failed
    body, failed = _draft("summary", {
        "mentor_name": "Ms. Catherine Adeyemi-Ross", "my_name": "Owen", "kind": "full",
        "notes": "I send CV + cover note to Tom by next Fri\nnext: catch up in the new year, I'll email"})
    assert "Looking forward to our next session in the new year (I'll email)." in body
    assert humanise_when("Jan 9, 2pm") == "January 9 at 2pm"
    assert humanise_when("early Jan") == "early January"


def test_raw_note_forms_read_as_sentences_in_the_email() -> None:
    # s1: "- Q: how to handle students who argue with grades? A: rubric first…" and "…needed for didactic: start with
    # clinical." (the arrow made a second colon)
    body, _ = _draft("summary", {
        "mentor_name": "Dr. Priya Raman", "my_name": "Tasha", "kind": "full",
        "notes": "- bachelors: NOT needed for clinical instructor at Lakeshore, needed for didactic -> start w/ "
                 "clinical\n"
                 "- Q: how to handle students who argue w/ grades? A: rubric first, always point to rubric\n"
                 "- PR will forward my CV to Maria (clinic coordinator)"})
    assert "- How to handle students who argue with grades? Rubric first, always point to rubric." in body
    assert "needed for didactic, so start with clinical." in body
    assert "Q:" not in body


def test_the_person_a_user_will_ask_keeps_their_own_his_or_her() -> None:
    # s3: "ask Anand (ex-lab, now at Dr Reddy's) abt his path" became "…about your path." to Dr. Klein
    body, _ = _draft("summary", {
        "mentor_name": "Dr. Sarah Klein", "my_name": "Rohan", "kind": "full",
        "notes": "postdoc vs industry - SK says do 1 postdoc max if I want pharma later, ask Anand (ex-lab, now at "
                 "Dr Reddy's) abt his path\nI send revised ch3 by 12/15"})
    assert "ask Anand (ex-lab, now at Dr Reddy's) about his path." in body


def test_advice_the_thanks_only_touches_stays_listed_whole() -> None:
    # s5: the thanks named the aside "security tags budget can come from region", and "move testers near till, tag
    # the high value items" was in the email nowhere
    body, _ = _draft("summary", {
        "mentor_name": "Roberto", "my_name": "Sunita", "kind": "full",
        "notes": "shrinkage cosmetics -> move testers near till, tag the high value items, R says security tags budget "
                 "can come from region\nme: action plan for shrink to R by 5 Dec"})
    assert "move testers near till, tag the high value items" in body


def test_a_job_title_in_shorthand_is_the_title() -> None:
    # s4: "Tom Fielding (senior assoc employment)" became "(senior association employment)"
    assert expand_shorthand("Tom Fielding (senior assoc employment)") == "Tom Fielding (senior associate employment)"


def test_outreach_reads_the_users_sentences_as_sentences() -> None:
    # o3: "I am writing to you because of your 2024 paper … give me many idea, I reproduced…"; o6: "I saw your videos…,
    # explained it way better than my college tutor."; o5: ", also I read your post", "advices how to prepare"
    body, _ = _draft("outreach", {
        "mentor_name": "Prof. Helena Sørensen", "channel": "email", "tone": "formal", "my_name": "Li Wenjun",
        "mentor_context": "leads a group at DTU working on electrochemical CO2 reduction",
        "why_them": "Your 2024 paper in JACS about copper catalyst with ionic liquid layer give me many idea, I "
                    "reproduced the selectivity result in my lab and it work",
        "goal": "find postdoc position in Europe in electrocatalysis",
        "ask": "May I ask if you will have open postdoc position in 2026, and if yes a short video call of 20 "
               "minutes?"})
    assert "because of your 2024 paper" not in body
    assert "give me many idea. I reproduced the selectivity result" in body
    assert "working on electrochemical CO2 reduction" in body
    body, _ = _draft("outreach", {
        "mentor_name": "dave kowal", "channel": "chat", "tone": "casual", "my_name": "Jordan",
        "why_them": "saw ur vids on tiktok abt heat pump sizing, explained it way better than my college tutor",
        "goal": "get into renewables / heat pumps once im qualified",
        "ask": "could i shadow u on one install? ill bring the coffees"})
    assert "and you explained it way better than my college tutor." in body
    body, _ = _draft("outreach", {
        "mentor_name": "Mr. Mark Ellison, regional manager", "channel": "email", "tone": "warm", "my_name": "Agnieszka",
        "why_them": "you visited my store in March and you told me the stockroom is best organised in the region, also "
                    "I read your post about rota planning for small teams and I use it now every week",
        "about_me": "store manager since 4 years, before I was supervisor in a shop in Wrocław",
        "goal": "become area manager in next 2 years",
        "ask": "maybe you can give me some advices how to prepare for area manager interview? even by email is fine"})
    assert "in the region. I also read your post about rota planning" in body
    assert "I've been a store manager for 4 years, and before that I was supervisor" in body
    assert "some advice on how to prepare" in body


def test_you_are_before_how_they_are_and_an_before_an_initialism_with_a_comma() -> None:
    # o1: "No worries at all if your swamped."; "I'm a RDH, 6 years…"
    assert expand_shorthand("no worries at all if ur swamped") == "no worries at all if you're swamped"
    assert article_for("RDH, 6 yrs in a busy family practice") == "an"


def test_shadowing_them_on_one_job_is_a_bounded_ask() -> None:
    # o6: time_boxed failed "Could I shadow you on one install?", a false alarm
    assert has_bounded_ask("Could I shadow you on one install? I'll bring the coffees.")
    assert not has_bounded_ask("Could I shadow you sometime?")


def test_a_stretch_of_time_is_said_once_and_a_behaviour_typed_without_you_is_said_to_them() -> None:
    # f1: "Over the last 2 weeks, I've noticed that you opened late 3 times in 2 weeks."; f2: "I've noticed records only
    # the pocket depths…" and "**Situation:** In your first month."
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Kayla, shift lead", "when_it_happened": "the last 2 weeks",
        "feedback": "Kayla is my best shift lead on the floor. but she opened late 3 times in 2 wks, last sat the "
                    "delivery driver waited 25 min",
        "request": "be in by 7:30 on opening shifts"})
    assert "I've noticed that you opened late 3 times in 2 weeks." in body
    assert "Over the last 2 weeks" not in body
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Marisol, new hygienist", "when_it_happened": "in her first month",
        "feedback": "she dont record the pocket depths complete",
        "behaviour": "records only the pocket depths of 5 mm and deeper in the perio chart",
        "request": "chart all six sites on every tooth"})
    assert "In your first month, I've noticed that you record only the pocket depths of 5 mm and deeper" in body
    assert "**Situation:**" not in body


def test_a_judged_thing_with_no_when_or_where_is_still_a_point() -> None:
    # f6: "dave said my solder joints are messy" was restated "- Your solder joints.", a point that said nothing
    body, _ = _draft("feedback", {
        "direction": "received", "person_name": "Dave", "when_it_happened": "fri",
        "feedback": "dave said my solder joints are messy n i use way too much flux, and that i rush the last job of "
                    "the day. said im good w customers tho"})
    assert "- The state of your solder joints." in body
    assert "- Your solder joints.\n" not in body


def test_a_closing_bracket_with_none_open_reads_badly() -> None:
    # a thanks took "do it proper with invoices)" out of its brackets and reads_well passed it
    from coach.grammar import reading_problems

    assert reading_problems("Thank you, and especially for your advice to do it proper with invoices).")
    assert not reading_problems("Here is my plan: a) call the agency b) send the CV :)")


def test_two_things_to_understand_and_a_reason_are_asked_as_typed() -> None:
    # p4: "What would secondment to employment team actually involve and whether my firm would even allow it because
    # they are short staffed…?"
    body, _ = _draft("prepare", {
        "mentor_name": "Ms. Adeyemi-Ross", "meeting_minutes": "30",
        "goals": "understand what secondment to employment team would actually involve and whether my firm would "
                 "even allow it b/c they are short staffed in lit right now"})
    assert ("Could you help me understand what secondment to employment team would actually involve and whether my "
            "firm would even allow it? They are short staffed in lit right now.") in body
    assert "What would secondment" not in body


def test_the_mentors_task_typed_with_their_name_and_a_bare_verb_is_their_promise() -> None:
    # p5: "Roberto send me last year P&L example" was "You send me last year P&L example"
    body, _ = _draft("prepare", {
        "mentor_name": "Roberto Silva, area manager", "meeting_minutes": "40", "goals": "learn the P&L review",
        "open_items": "Roberto send me last year P&L example; me - finish the shrinkage action plan by next week"})
    assert "- You said you'd send me last year P&L example" in body
    assert "- I said I'd finish the shrinkage action plan by next week" in body


def test_own_reading_an_intro_offer_a_plan_after_thanks_and_what_it_did() -> None:
    # own reading after review 67: "LV will intro me to Prof Hale" is an offer to thank for (a point of several parts
    # then stays listed); "…, gonna set up my rates page this week" after the thanks is the user's next step; "…, it
    # cut callbacks by a third" is joined; "Could you help me understand what…?" is an open question
    from coach.checks import is_open_question

    body, _ = _draft("summary", {
        "mentor_name": "Dr. Lena Vogt", "my_name": "Sam", "kind": "full",
        "notes": "- grant draft: aims too broad -> pick 2\n- LV will intro me to Prof Hale\n- me: rewrite aims by fri"})
    assert "especially for offering to introduce me to Prof Hale." in body
    assert "- Grant draft: aims too broad, so pick 2." in body
    body, failed = _draft("summary", {
        "mentor_name": "Marco", "my_name": "Jess", "kind": "thanks",
        "notes": "cheers for the coffee and the chat about going freelance, gonna set up my rates page this week"})
    assert "especially for the coffee and the chat about going freelance.\n\nNext, I'm going to set up my rates page" \
        in body and not failed
    assert expand_shorthand("I tried the script in my GP surgery, it cut callbacks by a third") == (
        "I tried the script in my GP surgery, and it cut callbacks by a third")
    assert is_open_question("Could you help me understand what the team lead role involves?")
    assert not is_open_question("Could you send me the doc?")


def test_a_favour_in_brackets_is_kept_and_said_to_them() -> None:
    # s4: "read: 'The Trusted Advisor' (she lent me her copy!!)" lost the loan, read as the user's aside
    body, _ = _draft("summary", {"mentor_name": "Ms. Catherine Adeyemi-Ross", "my_name": "Owen", "kind": "full",
                                 "notes": "read: 'The Trusted Advisor' (she lent me her copy!!)\n"
                                          "I send CV to Tom by fri"})
    assert "**Me:** Read 'The Trusted Advisor' (you lent me your copy)" in body


def test_what_the_user_learnt_goes_with_their_thanks_and_their_yes_or_no_keeps_its_capital_i() -> None:
    # own reading: "thank u for the tour of the print shop!! learnt so much about colour matching, esp pantone vs
    # cmyk" lost what was learnt; "should i apply for the ICU fellowship?" was asked "Should i apply…"
    body, failed = _draft("summary", {
        "mentor_name": "Sven", "my_name": "Ali", "kind": "thanks",
        "notes": "thank u for the tour of the print shop!! learnt so much about colour matching, esp pantone vs cmyk"})
    assert ("Thank you for the tour of the print shop. I learnt so much about colour matching, especially pantone vs "
            "cmyk.") in body and not failed
    body, _ = _draft("prepare", {"mentor_name": "Dr. Amal Haddad", "meeting_minutes": "15",
                                 "goals": "should i apply for the ICU fellowship?"})
    assert "Should I apply for the ICU fellowship? What would you do in my place?" in body


def test_reported_praise_and_a_second_thing_thanked_for_are_said_as_such() -> None:
    # own reading: "she liked my questioning" was listed among the points to work on; "thanks for reading my whole
    # thesis chapter, ur comments on the methods section were spot on" ended "…chapter, your comments on the methods
    # section." once the verdict went
    body, _ = _draft("feedback", {
        "direction": "received", "person_name": "Mrs. Patel", "when_it_happened": "observation last tues",
        "feedback": "she said my lesson plans are too ambitious and the kids get lost halfway. she liked my "
                    "questioning"})
    assert "Mrs. Patel also said:\n- She liked your questioning." in body
    body, _ = _draft("summary", {
        "mentor_name": "Beth", "my_name": "Cara", "kind": "thanks",
        "notes": "thanks for reading my whole thesis chapter, ur comments on the methods section were spot on"})
    assert "for reading my whole thesis chapter, and for your comments on the methods section." in body


def test_the_next_step_is_never_cut_inside_its_brackets() -> None:
    # found by the new bracket rule: "LLC paperwork (my son-in-law is a lawyer, ask him)" became "Next, I'm going to
    # ask him)"
    body, failed = _draft("summary", {"mentor_name": "Aaron Patel", "kind": "thanks",
                                      "notes": "she said:\n - price by project, not hourly\nme to do:\n"
                                               " - LLC paperwork (my son-in-law is a lawyer, ask him)"})
    assert "LLC paperwork (my son-in-law is a lawyer, ask him)." in body and "ask him)" not in body.replace(
        "ask him).", "") and not failed


def test_the_users_own_will_in_open_items_is_what_they_said_theyd_do() -> None:
    # p3: "I will send the rate constant table before meeting" was left as typed beside "You said you'd read…"
    body, _ = _draft("prepare", {"mentor_name": "Dr. Klein", "meeting_minutes": "60", "goals": "finish chapter 3",
                                 "open_items": "SK to read Ch.2 comments\nI will send the rate constant table before "
                                               "meeting"})
    assert "- I said I'd send the rate constant table before meeting" in body
