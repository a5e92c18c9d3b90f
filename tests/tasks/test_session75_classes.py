"""Classes found by blind reviews 96 and 97: each test names its class and quotes the draft text that was wrong.
Inputs are phrased apart from the reviews' own."""

from __future__ import annotations

from functools import partial
from typing import Any

from tests.tasks.support import answer_on_the_index, drafted

_draft = partial(drafted, with_subject=True)


def test_review_96_prepare_says_our_last_lesson_to_the_mentor_met() -> None:
    # 96 p08: "I played Don Juan excerpt for him last lesson - he said tempo was rushed", said to Mr. Petrov
    body, _ = _draft("prepare", {"mentor_name": "Mrs. Lindqvist", "goals": "pass the grade 8 exam", "progress": (
        "sang the Schubert song for her last lesson - she said my breathing was late")})
    assert "for you last lesson - you said my breathing was late" in body
    # someone of the user's own keeps "she" ("my coach … she said" is not the mentor)
    body, _ = _draft("prepare", {"mentor_name": "Mrs. Lindqvist", "goals": "pass the grade 8 exam", "progress": (
        "my accompanist heard it last lesson - she said my breathing was late")})
    assert "she said my breathing was late" in body


def test_review_96_received_keeps_what_was_seen_after_a_dash_its_subject_and_how_often_advice_holds() -> None:
    # 96 fr14: "my handover… is 'a mess' - i give info in random order" was dropped whole, "Forgot to mention…" had
    # no subject, and "use a structure, like SBAR, every time" lost "every time"
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Ms. Varga", "feedback": (
        "she said my stock count is 'a shambles' - i count the shelves in random order and missed the back room. "
        "she said use the printed checklist, every time")})
    restated = body.split("###")[1]
    assert "Your stock count: you count the shelves in random order" in restated
    assert "- You missed the back room." in restated
    assert "Use the printed checklist, every time." in restated
    assert "shambles" not in restated


def test_review_97_a_story_of_a_mentor_who_keeps_cancelling_is_in_scope(retriever: Any) -> None:
    # 97 a23: "…Graham, said he would mentor me… since then he cancelled 3 times, always last minute…" was refused as
    # off-topic, "in_scope": false, though the refusal itself listed cancellations
    body, found = answer_on_the_index(retriever, (
        "so its a long one. i have been a sign language tutor for 6 years and want to train as an assessor. the "
        "lead assessor, Moira, said she would mentor me, we had a great first coffee in october and she lent me her "
        "old marking guides. since then she cancelled 4 times, always the night before, once after i booked cover "
        "for my class. i like her a lot and she is the only assessor near me. my friend says forget her. what "
        "should i do?"))
    assert "doesn't cover" not in body and "[1]" in body
    body, found = answer_on_the_index(retriever, (
        "long story sorry. i drive forklifts 9 years, my back is bad and i want to move into the planning office. "
        "the planner, Tomasz, said he would mentor me, we had one good meeting in march, he showed me the shift "
        "software. since then he cancelled 3 times, always last minute, one time i already swapped my shift. i "
        "dont want to lose him, he is the only one who knows the system. what do i do?"))
    assert "doesn't cover" not in body
    assert any(g.id == "raise-frequent-cancellations" for g in found[:2]), [g.id for g in found]


def test_review_97_how_to_ask_never_opens_on_a_spliced_stage(retriever: Any) -> None:
    # 97 a21: "To ask him to meet more often without sounding needy, at the start, meet more often…"
    body, _ = answer_on_the_index(retriever, (
        "we meet only every 3 months and i lose the thread in between. how do i ask her to meet more often without "
        "sounding pushy?"))
    first = body.split("\n")[0]
    assert not first.startswith("To ask her"), first


def test_review_97_summary_reads_a_title_and_initial_a_takeaway_label_an_inline_list_and_dotted_initials() -> None:
    # 97 s18: "Mrs K said my case notes are good…" sent to Mrs. Kamau, and "Takeaway: always check…" became
    # "Takeaway said always check…"; s20: "Main takeaways: 1) always log bycatch… 2) stay neutral…" was thanked as
    # "our talk about main takeaways: 1) …", and "TODO C.S.: send me his photo guide" was the user's own task
    body, _ = _draft("summary", {"mentor_name": "Mrs. Amina Diallo", "kind": "full", "notes": (
        "Mrs D said my reports are clear but too long for the board. Takeaway: always lead with the risk rating.\n"
        "Action: me - shorten the Q3 report by Fri.")})
    assert "Mrs D" not in body and "Takeaway said" not in body
    assert "Always lead with the risk rating." in body
    body, _ = _draft("summary", {"mentor_name": "Captain Okoro", "kind": "full", "notes": (
        "Talked about my first month on the bridge. Main takeaways: 1) log every course change the same minute. "
        "2) ask before you alter speed. 3) sleep before night watch.\nTODO me: finish the radar course by 12.02\n"
        "TODO C.O.: send me his old passage plans")})
    assert "1)" not in body and "main takeaways" not in body.lower()
    assert "- Ask before you alter speed." in body
    assert "**Captain Okoro:** Send me your old passage plans" in body


def test_review_97_a_name_in_two_words_is_greeted_whole_and_what_they_did_is_said() -> None:
    # 97 o05: "Mari Carmen" was greeted "Hi Mari,", and "organised the warehouse workers at the Getafe site and got
    # recognition there in 2022" was left out as fitting no sentence
    body, _ = _draft("outreach", {"mentor_name": "Mari Cruz", "channel": "chat", "tone": "warm", "why_them": (
        "a colleague told me you never promise members what you can't deliver"), "mentor_context": (
        "organised the bus drivers at the Leganés depot and won a new contract there in 2021"),
        "goal": "run meetings people trust", "ask": "a 20 min call any evening", "my_name": "Inés"})
    assert body.startswith("Hi Mari Cruz")
    assert "Since you organised the bus drivers at the Leganés depot and won a new contract there in 2021" in body


def test_review_97_an_aside_after_a_dash_a_step_after_not_to_and_the_people_a_label_is_with() -> None:
    # 97 o04: "…how you would judge my logbook — I can fit around your clinics?"; s16: "You said not to volunteer for
    # every committee, pick one."; fr14: "The business: you say 'maybe consider'…" (from "too soft with the business")
    body, _ = _draft("outreach", {"mentor_name": "Dr. Osei", "channel": "email", "tone": "formal", "why_them": (
        "your talk on surgical audit at the regional meeting in May changed how I keep my records"),
        "goal": "pass my final assessment", "ask": "20 minutes online to ask how you would read my audit — I can "
        "fit around your theatre lists", "my_name": "Sami"})
    assert "my audit? I can fit around your theatre lists." in body
    body, _ = _draft("summary", {"mentor_name": "Rosa Lind", "kind": "full", "notes": (
        "- she said dont take every overtime shift, pick two a month\n- I'll update the rota by fri")})
    assert "not to take every overtime shift, but to pick two a month" in body
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Mr. Haas", "feedback": (
        "he said I am too soft with the board, I call every red risk a maybe")})
    assert "- With the board: you call every red risk a maybe." in body


def test_review_98_a_title_naming_minutes_is_no_time_box_and_open_dates_read_once() -> None:
    # 98 p06: "**Main topic: Get my close-up set tight enough for corporate gigs (20 min)** (15 min)" counted 20, so
    # minutes_add_up failed a 45-minute agenda that added up; s19: "Jan, date tbc" was "…our next session, January,
    # date (date to be confirmed)."
    from coach.checks import minutes_in

    assert minutes_in("3. **Main topic: Tighten my opening act (10 min)** (15 min): starting with my question.") == 15
    body, _ = _draft("summary", {"mentor_name": "Mme Roux", "kind": "thanks", "notes": (
        "very helpful on the custody case\nshe'll send me the screening checklist"), "next_meeting": "Feb, date tbc"})
    assert "our next session in February (date to be confirmed)." in body


def test_review_98_summary_spells_shorthand_and_sends_it_to_them_after_an_arrow() -> None:
    # 98 s16: "you said gold shud be min £180"; s20: "(the 19yo winger)" and "…not 3 -> send JO by 5/12" as
    # "…: send you (by 5/12)"
    body, _ = _draft("summary", {"mentor_name": "Mr. Kariuki", "kind": "full", "notes": (
        "- talked about Amos (the 17yo striker) - she said the fee shud be agreed in writing\n"
        "- me redraft the scouting report -> send MK by 3/2\n- MK to check the tournament dates")})
    assert "17-year-old" in body and "shud" not in body
    assert "Redraft the scouting report, and send it to you (by 3/2)" in body


def test_review_98_about_me_where_now_has_its_verb_and_warnings_or_being_new_are_no_strength() -> None:
    # 98 o01: "I trained in Manila and now at a smaller hospital in Leeds."; give 10: "it's the most dangerous thing
    # for a lifeguard" became "You it's the most dangerous thing…" under What's working; 12: "She's new (4 months) and
    # really good with…, dont want to knock her confidence" was said to her whole
    from coach.tasks.outreach_phrasing import about_sentence

    assert about_sentence("a midwife, trained in Accra and now at a birth centre in Bristol") == (
        "I'm a midwife. I trained in Accra and am now at a birth centre in Bristol.")
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Tomi, trainee", "feedback": (
        "tomi keeps leaving the gas on between orders, i know the line is slow at lunch but it's the most dangerous "
        "thing in a kitchen")})
    assert "You it's" not in body and "**What's working:**" not in body
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Aisha", "feedback": (
        "Aisha's audit notes don't say which shelf or which batch. She's new (3 months) and really good with the "
        "store managers, dont want to knock her confidence")})
    assert "You're really good with the store managers" in body
    assert "knock your confidence" not in body and "new (3 months)" not in body


def test_review_98_where_it_was_said_between_dashes_is_left_out_of_the_point() -> None:
    # 98 fr15: "candidate told me - in front of the whole team - that I 'micromanage…'" was restated "- - in front of
    # the whole team - that you 'micromanage…'"
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Ines, the head chef", "feedback": (
        "she told me - in front of the whole brigade - that I plate too slowly on Fridays")})
    restated = body.split("###")[1]
    assert "- -" not in restated and "in front of the whole brigade" not in restated
    assert "plate too slowly on Fridays" in restated
