"""Classes left from blind review 93 and found by blind review 94: each test names its class and quotes the draft
text that was wrong. Inputs are phrased apart from the reviews' own."""

from __future__ import annotations

from functools import partial
from typing import Any

from coach.tasks._reframe import dated_in_the_past
from tests.tasks.support import answer_on_the_index, drafted, offline_draft

_draft = partial(drafted, with_subject=True)


def test_review_93_a_thing_and_its_verdict_is_never_advice_to_do_the_thing() -> None:
    # 93 s1: "NE says scope too big, cut to 1880-1920" was thanked as "your advice to scope too big"
    body, _ = _draft("summary", {"mentor_name": "Ruth Adeyemi", "kind": "full", "notes": (
        "- RA says plan too long, trim it to one page\n- I'll redo the plan by fri")})
    assert "advice to plan" not in body
    assert "trim it to one page" in body


def test_review_93_what_someone_else_said_is_never_the_thanks_and_a_liked_point_leaves_the_task() -> None:
    # 93 s5: "…send me the Hallam reference, especially liked your point about oral histories" as the mentor's task;
    # 93 s2: "One thing that really stuck with me: SM said…", someone else's words
    body, _ = _draft("summary", {"mentor_name": "Omar Haddad", "kind": "full", "notes": (
        "- KT said the grant portal opens in march\n- Omar to send me his old budget template, really liked his "
        "point about costing volunteer time\n- I'll draft the budget by 3/2")})
    thanks = body.split("\n\n")[1]
    assert "KT said" not in thanks
    assert "your point about costing volunteer time" in thanks
    assert "template, really liked" not in body and "**Omar:** Send me your old budget template" in body


def test_review_93_a_note_to_self_about_not_knowing_a_name_is_left_out() -> None:
    # "ask archivist (don't know name) about access" kept its aside in the mentor's email
    body, _ = _draft("summary", {"mentor_name": "Jo Park", "kind": "full", "notes": (
        "- Jo said talk to the site manager (didn't catch her name) about the tour\n- I'll email the site manager "
        "(not sure of name) by monday")})
    assert "name)" not in body and "catch" not in body


def test_review_93_a_past_story_keeps_its_past_and_is_never_a_worry() -> None:
    # 93 fg3: "My worry is that last month we send wrong blend…", a thing that already happened, in the present
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Tomas", "feedback": "he skips the allergen sheet when plating. last week "
        "we serve a nut sauce to a table that asked for none. I want to tell him this can close the kitchen.",
        "behaviour": "plated the specials without reading the allergen sheet",
        "request": "read the sheet before plating each special"})
    assert "last week we served a nut sauce" in body and "we serve " not in body
    assert "My worry is that last week" not in body
    assert dated_in_the_past("last week they send the wrong part") == "last week they sent the wrong part"
    assert dated_in_the_past("last week they could not open it") == "last week they could not open it"


def test_review_94_an_about_me_that_starts_with_the_users_name_and_a_plan_that_moves() -> None:
    # 94 o1/o3: "I'm a Lucía, 2nd year trainee…", "I'm a Jonas, brewer…"; 94 o5: "I'm working towards move offshore
    # and specialise in blade repair." (reads_well passed all three)
    from coach.grammar import reading_problems
    from coach.tasks.outreach_phrasing import about_sentence

    assert about_sentence("Tomás, 2nd year apprentice stonemason at a quarry in Galicia").startswith(
        "I'm Tomás, a 2nd year apprentice stonemason")
    assert about_sentence("Nurse, 10 yrs on ICU").startswith("I'm a nurse")  # a role, never a name
    body, _ = _draft("outreach", {"mentor_name": "Ines", "why_them": "your talk on drystone repair at the show",
                                  "about_me": "Tomás, apprentice stonemason", "goal": "move abroad and restore bridges",
                                  "ask": "a 15 min call", "channel": "email"})
    assert "I'm Tomás, an apprentice stonemason" in body and "I'm hoping to move abroad and restore bridges" in body
    assert reading_problems("I'm a Lucía, 2nd year trainee.") and reading_problems("I'm working towards move abroad.")
    assert not reading_problems("I'm working towards a move abroad. I'm a nurse, 10 years on ICU.")


def test_review_94_a_linkedin_note_names_every_answer_it_left_out() -> None:
    # 94 o5: about-me and the sign-off left out of the note with no notice at all
    draft, _ = offline_draft("outreach", {
        "mentor_name": "Sipho Ndlovu", "why_them": "your post about leading-edge repairs on ropes in 30 knot wind was "
        "honest about the risks, not just marketing, and it is why I want this work", "about_me": "wind turbine tech "
        "from Brazil, 2 yrs onshore maintenance in Ceará", "goal": "move offshore and specialise in blade repair",
        "ask": "10 min call by end of month?", "channel": "linkedin_note", "my_name": "Rafael"})
    assert any('"About me: I\'m…"' in notice for notice in draft.notices)


def test_review_94_prepare_says_what_a_thing_did_and_who_watched() -> None:
    # 94 p8: "I built a demurrage tracker in Excel. I saved approximately 3,200 USD…"; 94 p7: "under his eye" to him
    body, _ = _draft("prepare", {"mentor_name": "Mr. Olsen", "goals": "run the night shift", "progress": (
        "set up a waste tracker in google sheets, cut waste 15% in october\nled two handovers under his supervision"),
        "meeting_minutes": "30"})
    assert "which cut waste 15% in October" in body
    assert "I cut waste" not in body and "under your supervision" in body


def test_review_94_give_leaves_the_users_aim_out_and_a_stretch_of_time_reads() -> None:
    # 94 fg12: "I've also noticed that want to fix it without losing you"; "In the last month, morning classes."
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Dev", "feedback": "he leaves the till open during the evening rush. want "
        "to sort it without upsetting him", "when_it_happened": "the last month, evening shifts",
        "request": "lock the till each time you step away"})
    assert "sort it without" not in body
    assert "Over the last month, in evening shifts." in body


def test_review_94_received_keeps_a_quoted_line_and_a_count_of_its_own() -> None:
    # 94 fr15: "You read the policy at them: 2 complaints this month mention you by name."; a whole quote was lost
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Hana", "feedback": (
        "customers say i rush them, she said 'you talk over the client'. 3 tickets this month mention me by name")})
    assert "You talk over the client" in body
    assert "client: 3 tickets" not in body and "- 3 tickets this month mention you by name." in body


def test_review_94_summary_thanks_a_point_with_what_it_came_from_and_its_advice() -> None:
    # 94 s20: "your point that my injection angle is too steep — watched 2 of my videos."; s16: "your point that …,
    # so keep a log of verification stats for myself."
    body, _ = _draft("summary", {"mentor_name": "Ayla Demir", "kind": "full", "notes": (
        "- she thinks my welds are too cold, looked at 3 of my test plates\n- I'll redo the plates by fri")})
    assert "too cold, after you looked at 3 of my test plates" in body
    body, _ = _draft("summary", {"mentor_name": "Ayla Demir", "kind": "full", "notes": (
        "- AD: the inspector always looks at the root pass first -> grind every root before capping\n"
        "- I'll redo the plates")})
    assert ("your point that the inspector always looks at the root pass first, and your advice to grind every "
            "root") in body


def test_review_94_summary_files_a_promise_after_a_talk_and_keeps_what_was_done() -> None:
    # 94 s18: "discussed moving to docs-as-code - she'll send me her team's style guide" was no action item; "Write
    # the Docs" gave "my API Docs"; 94 s17: "smelling session - 40 raw materials blind, i got 26 right" and "at the
    # lab" were dropped
    body, _ = _draft("summary", {"mentor_name": "Grace Otieno", "kind": "full", "next_meeting": "9 Jan 10:00",
                                 "notes": (
        "tasting session - 12 wines blind, i got 7 right. she says my whites are good\n"
        "talked about pricing the menu - she'll send me her costing sheet\n"
        "I'll fix my docs before the Write the Docs meetup\nnext: 9 Jan 10:00 at the cellar")})
    assert "**Grace:** Send me your costing sheet" in body
    assert "12 wines blind, I got 7 right" in body
    assert "my docs" in body and "at the cellar" in body


def test_review_93_a_malay_title_goes_with_the_given_name() -> None:
    # 93 p4: "Agenda for 30 minutes with Kak", for Kak Aisyah
    from coach.writing import greeting_name

    assert greeting_name("Encik Hafiz", formal=False) == "Encik Hafiz"
    assert greeting_name("Tuan Nguyen", formal=False) == "Tuan"  # a Vietnamese given name, never a title
    body, _ = _draft("prepare", {"mentor_name": "Puan Noraini", "goals": "open my own kedai",
                                 "progress": "talked to 2 suppliers", "meeting_minutes": "30"})
    assert "with Puan Noraini" in body


def test_review_92_a_hungarian_name_is_greeted_by_its_given_name() -> None:
    # 92 o5: "Hi Kovács," for Kovács Anna (family name first)
    from coach.writing import greeting_name

    assert greeting_name("Nagy Péter", formal=False) == "Péter"
    assert greeting_name("Nagy Péter", formal=True) == "Nagy Péter"
    assert greeting_name("Dr. Szabó Eszter", formal=False) == "Dr. Szabó"
    assert greeting_name("Simon Peter", formal=False) == "Simon"  # an English name stays as it was


def test_review_95_outreach_a_long_thing_then_what_the_user_did_and_own_plans() -> None:
    # 95 o3: "…(the one with the onboarding screens) - I literally printed it really stuck with me." (reads_well
    # passed it); o1: "its exactly what I struggle with"; o2: "start own business"
    from coach.grammar import reading_problems

    body, _ = _draft("outreach", {
        "mentor_name": "Ines", "why_them": "ur blog post about pricing hand-thrown mugs for wholesale (the one w the "
        "spreadsheet screenshots) - i literally printed it lol", "goal": "learn throwing big platters and open own "
        "studio", "ask": "a 15 min call", "channel": "chat", "tone": "casual"})
    assert "really stuck with me. I literally printed it." in body
    assert "and open my own studio" in body
    assert reading_problems("Your post about mugs (the one with screenshots) - I literally printed it really stuck "
                            "with me.")
    body, _ = _draft("outreach", {"mentor_name": "Ines", "why_them": "your talk on glazes, its exactly my problem",
                                  "goal": "open a studio", "ask": "a 15 min call"})
    assert "it's exactly my problem" in body


def test_review_95_prepare_a_prefixed_past_the_ngo_and_maths_is() -> None:
    # 95 p8: "Redid the CT calc practice sheets" without its "I"; p9: "the Ngo film"; reads_well failed "My maths is
    # rusty"
    from coach.grammar import reading_problems

    body, _ = _draft("prepare", {"mentor_name": "Claire", "goals": "build a reel", "progress": (
        "redid the colour grade on the ngo short, got paid\nshadowed Ana twice"), "meeting_minutes": "30"})
    assert "I redid the colour grade on the NGO short" in body
    assert not reading_problems("My maths is rusty since school.")


def test_review_95_give_keeps_you_after_a_dash_the_users_want_and_their_wish() -> None:
    # 95 fg12: "you apologize too much in meetings - says sorry…"; fg11: "I want she understand" as "I need you to
    # understand"; fg10: "i want him to keep the standards but coach it calmer" dropped beside the typed request
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Kenji", "feedback": (
        "He interrupts clients in calls - finishes their sentences. I want he understand why it matters")})
    assert "- you finish their sentences" in body and "I want you to understand why it matters" in body
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Sean", "feedback": (
        "he shouts at the juniors in sparring. i want him to keep the standards but coach it calmer"),
        "request": "show the correction one to one"})
    assert "I want you to keep the standards but coach it calmer." in body


def test_review_95_received_keeps_praise_of_two_things_whole() -> None:
    # 95 fr15: "- Your casts." under the points, and "Fittings are technically very good." as the praise
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Dr. Okoro", "feedback": (
        "She said my splints and braces are technically very good but my notes are incomplete")})
    assert "Your splints and braces are technically very good." in body and "- Your splints.\n" not in body


def test_review_95_summary_a_verdict_a_second_verb_a_maybe_and_the_users_own_step() -> None:
    # 95 s16: "your point that aims too broad", "you think … is good option, knows Pieter"; s20: "-> maybe paid work"
    # made "Eid orders:paid work for me" and "You might ask"; s17: "Next, I'm going to try 25 N/cm." over the user's
    # own "i need to re-tension screens before next wk"
    body, _ = _draft("summary", {"mentor_name": "Ingrid Berg", "kind": "full", "notes": (
        "- talked abt my grant app (Wellcome) - IB says aims too broad, cut to 2 aims max\n- I'll redo it by fri")})
    assert "your point that the aims are too broad" in body
    body, _ = _draft("summary", {"mentor_name": "Ingrid Berg", "kind": "full", "notes": (
        "- she'll ask her colleague if he needs a field assistant -> maybe paid work for me!\n- I'll redo ch 2")})
    assert "**Ingrid:** Ask your colleague if he needs a field assistant" in body and ":paid" not in body
    body, _ = _draft("summary", {"mentor_name": "Ingrid Berg", "kind": "full", "notes": (
        "- thanks for the tour\n- career: IB thinks a postdoc in Oslo is good, knows Lars at the institute")})
    assert "and you know Lars at the institute" in body
    body, _ = _draft("summary", {"mentor_name": "Niko", "kind": "thanks", "notes": (
        "he said it's the tension not my squeegee. try 25 N/cm. i need to re-tension screens before next wk")})
    assert "I'm going to re-tension screens before next week." in body


def test_review_95_an_answer_opens_on_the_step_that_does_what_was_asked(retriever: Any) -> None:
    # 95 a22: "How I can raise this with him?" opened "Give them a graceful way out…", the card's last resort
    body, _ = answer_on_the_index(retriever, (
        "my mentor cancelled on me four times since summer, always the same morning. i dont want to seem rude, he "
        "is the head chef and mentors me for free. how do i raise this with him?"))
    assert body.split("\n")[0].split(": ", 1)[-1].lower().startswith("raise it"), body.split("\n")[0]


def test_review_96_owners_after_arrows_a_second_question_a_reason_after_advice_and_own_thanks(retriever: Any) -> None:
    # 96 s19: "actions: me -> set up…; me -> pull…; B -> send me…" was one "Me" line, Bram's task under Me; s17:
    # "your advice to apply in Q2 not now, need 6 more months…"; s20: "thanks for staying late!!" dropped; a22: "To
    # bring this up or should you just find another mentor, give them…"
    body, _ = _draft("summary", {"mentor_name": "Bram", "kind": "full", "notes": (
        "- B says pilot it on one route first\n- actions: me -> draft the form by fri; me -> pull the data for "
        "route 9; B -> send me his template")})
    assert "**Me:** Pull the data for route 9" in body and "**Bram:** Send me your template" in body
    body, _ = _draft("summary", {"mentor_name": "Ada Obi", "kind": "full", "notes": (
        "- AO says apply next spring not now, need 6 more months of leading the team\n- thanks for staying late!!")})
    assert "your advice to apply next spring not now." in body and "Thank you also for staying late." in body
    answer, _ = answer_on_the_index(retriever, (
        "My mentor cancelled our last 3 meetings, always last minute. I dont want to lose him. how do I bring this "
        "up or should i just find another mentor?"))
    first = answer.split("\n")[0]
    assert "or should you" not in first and "raise it" in first.lower(), first
