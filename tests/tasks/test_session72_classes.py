"""Classes from blind reviews 88 (17 of 24 sendable on 7355a8b) and 89 (12 of 24 on 5e8d87b): each test names its
class and quotes the draft text that was wrong. Inputs are phrased apart from the reviews' own."""

from __future__ import annotations

from functools import partial
from typing import Any

from coach.checks import has_bounded_ask
from coach.grammar import dangling_ends
from coach.tasks import get_task
from coach.tasks.ask import NOT_COVERED_WITH_MENTOR, describes_conduct
from coach.tasks.base import Style
from coach.writing import greeting_name
from tests.tasks.support import answer_on_the_index, drafted, shipped_card

_draft = partial(drafted, with_subject=True)


def _give(feedback: str, person: str = "Dara", **fields: object) -> str:
    body, _ = _draft("feedback", {"direction": "give", "person_name": person, "feedback": feedback, **fields})
    return body


def _answer(question: str, *cards: str) -> tuple[str, list[str]]:
    task = get_task("ask")
    values = task.validate({"question": question})
    body = task.compose(values, [shipped_card(c) for c in cards], Style()).body
    return body, [check.name for check in task.check(body, None, values) if not check.passed]


def test_praise_before_but_and_a_wish_with_its_condition_are_said_as_given() -> None:
    # review 88 g2: "You have great ideas … but in the planning meeting you talk over the guests bookers" under
    # "What's working", and "Could you lead segments?", a request the mentor never made
    body = _give("dara has sharp ideas for the podcast but in the edit meeting she talks over the producers. i want "
                 "her to host episodes but she need to bring the team with her")
    assert "**What's working:** You have sharp ideas for the podcast." in body
    assert "in the edit meeting you talk over the producers" in body
    assert "Could you host episodes?" not in body
    assert "I want you to host episodes, but you need to bring the team with you." in body


def test_a_phrasal_verb_goal_is_a_plan_never_im() -> None:
    # review 88 p4: "I'm calm down the transition time after recess, its chaos."
    body, _ = _draft("prepare", {"mentor_name": "Ines", "meeting_minutes": 20,
                                 "goals": "calm down the lunch queue at the canteen"})
    assert "I'm calm down" not in body and "to calm down the lunch queue at the canteen" in body


def test_a_vietnamese_respect_and_a_remark_on_the_mentors_manner() -> None:
    # review 88 s1: "Hi Anh," for "Anh Tuấn", and "You were v serious." sent to him as a takeaway
    assert greeting_name("Anh Tuấn", formal=False) == "Anh Tuấn"
    assert greeting_name("Anh Nguyen", formal=False) == "Anh"  # Anh, of the Nguyen family
    body, _ = _draft("summary", {"mentor_name": "Anh Khoa", "kind": "full", "notes": (
        "- ladders: tie off at the top every time!! he was v serious\n- me: book the ladder course")})
    assert "Hi Anh Khoa," in body
    assert "serious" not in body and "Ladders: tie off at the top every time." in body


def test_a_thanks_note_names_the_task_typed_as_mine_and_keeps_a_quotes_comma() -> None:
    # review 88 s4: "Next, I'm going to check my gloves, too thin and get the cut-resistant ones." over "me: learn
    # the 5 knots…", and "'if the rope sings — you move'" for "'if the rope sings, you move'"
    body, _ = _draft("summary", {"mentor_name": "Captain Ruiz", "kind": "thanks", "notes": (
        "RZ: 'if the line creaks, you step back'\ncheck my boots, soles worn, get new ones\n"
        "me: learn the radio calls by heart before next trip")})
    assert "Next, I'm going to learn the radio calls by heart before next trip." in body
    assert "'if the line creaks, you step back'" in body


def test_a_put_down_in_a_question_is_pointed_to_support_and_its_mentoring_side_answered() -> None:
    # review 88 a3: a sexist joke and "should i report first?" opened "To end it politely or should you report first,
    # at the end of each session, turn the advice into…", from the card on reporting back
    question = ("my mentor made a racist joke about immigrants at the depot. how do i end it politely or should i "
                "report first?")
    assert describes_conduct(question)
    body, failed = _answer(question, "end-a-mentorship-gracefully", "act-on-advice-and-report-progress")
    assert "HR" in body and "write down the date" in body and "Whether to report is your decision" in body
    assert "To end it politely, " in body and "report first," not in body
    assert not failed
    assert not describes_conduct("my mentor keeps joking about my spreadsheets")  # no one put down


def test_asking_for_a_reference_letter_is_not_covered() -> None:
    # review 88 a4: "To ask your mentor for a reference letter, book the meetings yourself…"
    task = get_task("ask")
    values = task.validate({"question": "how do i ask my mentor for a letter of recommendation? deadline is march"})
    reply = task.scope_reply(values, [shipped_card("own-your-development")])
    assert reply is not None and reply.body == NOT_COVERED_WITH_MENTOR


def test_a_judgment_after_praise_keeps_its_thing() -> None:
    # review 88 r1: "fast but too risky" restated as a bare "- Too risky."
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Mr. Lund, my manager", "feedback": (
        "he said my quotes are quick but too risky, two jobs lost money")})
    assert "- Too risky." not in body and "- Your quotes are too risky" in body


def test_outreach_keeps_a_typed_article_and_counts_tagging_along_as_bounded() -> None:
    # review 89 o2: "I'm hoping to get an onto a PhD in bioarch."; o3: time_boxed failed "Could I tag along on one job?"
    body, _ = _draft("outreach", {"mentor_name": "Dr Ama Owusu", "mentor_context": "runs the coral lab",
                                  "why_them": "your talk on reef surveys at the marine conference",
                                  "goal": "get onto a masters in marine biology", "ask": "could i ask 2 questions?",
                                  "channel": "email", "my_name": "Kofi"})
    assert "get an onto" not in body and "get onto a masters in marine biology" in body
    assert has_bounded_ask("Could I tag along on one job?") and has_bounded_ask("could i ride along with you one shift")


def test_the_mentor_is_you_when_a_colleague_named_before_is_him() -> None:
    # review 89 o5: "My colleague Sipho did her volunteer training last year and said she taught him…", to Mrs. Mokoena
    body, _ = _draft("outreach", {"mentor_name": "Ms. Adaeze Obi", "mentor_context": "runs a hospice choir",
                                  "why_them": "my colleague Tunde joined her choir workshop and said she taught him "
                                              "how to breathe through the long notes",
                                  "goal": "start a choir at my care home", "ask": "a 20 min call in june?",
                                  "channel": "email", "my_name": "Bola"})
    assert "joined your choir workshop and said you taught him" in body


def test_prepare_asks_her_view_as_theirs_lists_a_lost_challenge_and_owns_the_users_tasks() -> None:
    # review 89 p1: "- Get her view on whether to bid…" in the agenda sent to her; p2: a challenge dropped without a
    # word, and "You send me contact of the Cooper"; p4: "Read the ABTT guidance you mentioned" with no owner
    body, _ = _draft("prepare", {
        "mentor_name": "Signora Marta Bruni", "meeting_minutes": 20,
        "goals": "pass my sommelier exam by june\nstop rushing the decanting\nget her view on whether to open a bar",
        "challenges": "no money for the course, shifts till 1am and market on sunday\ntasting notes too short",
        "open_items": "Marta send me contact of the cooper for the barrels\nread the book she mentioned"})
    assert "- Your view on whether to open a bar" in body
    assert "You said you'd send me contact of the cooper for the barrels" in body and "Cooper" not in body
    assert "I said I'd read the book you mentioned" in body
    listed = body.split("## If there's time")[1] if "## If there's time" in body else ""
    assert "shifts till 1am" in listed or "shifts till 1am" in body.split("## Questions to ask")[1]


def test_give_reads_how_often_then_their_deed_a_count_and_a_risk_beside_a_typed_effect() -> None:
    # review 89 g2: "I've noticed that you [what you saw …]" though "3 times this month she skipped the checklist…
    # and 2 rooms had no towels" was typed, and "I don't want her to cry like last time" as an impact; g3: "one day
    # its going to wreck his lungs" dropped beside a typed effect
    body = _give("dara is a great porter. but 2 times this week she skipped the handover sheet when she was rushed "
                 "and 3 beds had no linen when the patient arrived. i dont want her to cry like last time",
                 when_it_happened="2 times this week")
    assert "2 times this week you skipped the handover sheet when you were rushed" in body
    assert "As a result, 3 beds had no linen when the patient arrived." in body and "cry" not in body
    body = _give("leaves the guard off the grinder. one day its going to cost him a finger", person="Kofi",
                 behaviour="ran the grinder with the guard off", impact="sparks hit the bench next to Ana")
    assert "My worry is that one day it's going to cost you a finger." in body


def test_received_keeps_what_the_pace_was_about_and_drops_a_bare_told() -> None:
    # review 89 r1: "too slow with passing instruments" lost its "with passing instruments"; r3: "- He also told you
    # are very good in first aid."
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Dr. Ines Roy", "feedback": (
        "She said I am too slow with loading the trays and that I must check the labels twice. He also told I am "
        "very good with the children")})
    assert "Your pace when loading the trays." in body
    assert "told you are" not in body and "- You are very good with the children." in body


def test_summary_and_greeting_keep_the_mentors_initial_and_respect() -> None:
    # review 89 s2: "**Me:** Send S the lab results…" to Søren; s4: "Hi Rahul," for "Rahul Mehta ji"
    body, _ = _draft("summary", {"mentor_name": "Tomas", "kind": "full", "notes": (
        "- T says label every keg\n- me - send T the yeast counts from friday")})
    assert "Send you the yeast counts" in body
    assert greeting_name("Rahul Mehta ji", formal=False) == "Mehta ji"
    assert greeting_name("Sharma ji", formal=False) == "Sharma ji"


def test_reads_well_passes_a_clause_that_ends_on_its_preposition() -> None:
    # review 89 a2: "cut off mid-phrase" on "…ask a narrow question about the part you're least sure of [1]."
    assert not dangling_ends("Ask a narrow question about the part you're least sure of [1].")
    assert not dangling_ends("Name the piece of work you are most proud of.")
    assert dangling_ends("I am sure of.")


def test_what_should_i_do_opens_on_the_cards_first_steps(retriever: Any) -> None:
    # review 89 a4: "The short answer: Give them a graceful way out…", the cancellations card's last resort
    body, _ = answer_on_the_index(retriever, "my mentor moved our call four times, always last minute. he is very "
                                             "senior and i am scared to say anything. what should i do?")
    assert "graceful way out" not in body.split("\n")[0]


def test_a_mentors_question_is_answered_from_the_card_for_mentors(retriever: Any) -> None:
    # review 89 a3: "I've been mentoring a junior …; how do I get him to take ownership?" answered from a mentee's card
    # ("Mentors, in turn, should welcome this kind of upward feedback")
    question = ("I've been mentoring a new apprentice for 3 months. She's polite but never brings anything to our "
                "meetings and waits for me to talk. How do I get her to own the sessions?")
    assert get_task("ask").audience_for({"question": question}) == "mentor"
    body, found = answer_on_the_index(retriever, question)
    assert "upward feedback" not in body and "support-an-unprepared-mentee" in {g.id for g in found}


def test_review_87_leftovers_a_taken_back_task_initials_of_a_title_and_a_passed_on_complaint() -> None:
    # review 87 s5: "get SIBO... no, the DGCA-style license…" filed "Get SIBO" as a task, "BB:" (Bapak Budi) kept as
    # an owner, and "BB: insurance for drone, he will send…" said "You said insurance for drone."; r3: "pax
    # complained i was too slow in business class…" lost what the pace was about
    body, _ = _draft("summary", {"mentor_name": "Bu Sari Wulandari", "kind": "full", "notes": (
        "- buy the MX-2... no, the license comes first, she say must have before any contract\n"
        "- BS: camera insurance, she will send name of her agent\n"
        "- BS will ask if i can join the Bandung survey")})
    assert "MX-2" not in body and "before any contract" in body
    assert "**Bu Sari:** Send name of your agent (camera insurance)" in body
    assert "**Bu Sari:** Ask if I can join the Bandung survey" in body and "said camera insurance" not in body
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Ms. Lee, purser", "feedback": (
        "pax complained i was too slow in economy drinks service. she said i must follow the cart sequence")})
    assert "- Your pace in economy drinks service." in body


def test_review_90_names_the_japanese_order_and_spanish_surnames() -> None:
    # review 90 o4: "Dear Professor Haruki," for "Professor Yoshida Haruki"; o3: "Dear Dra. Ortega," for "Dra. Lucía
    # Fernández Ortega" (her mother's surname)
    assert greeting_name("Professor Tanaka Hiroshi", formal=True) == "Professor Tanaka"
    assert greeting_name("Dra. Carmen Ruiz Díaz", formal=True) == "Dra. Ruiz"
    assert greeting_name("Dr. Mary Ann Smith", formal=True) == "Dr. Smith"


def test_review_90_outreach_keeps_an_alternative_and_a_dashed_aside_whole() -> None:
    # review 90 o3: "…one morning, or if you prefer. I could send you 2 cases…" and one_specific_ask "found 0"; o4:
    # "The dialogues in Osaka dialect — showed me…"
    body, failed = _draft("outreach", {
        "mentor_name": "Dr. Ines Vidal", "mentor_context": "runs a sleep clinic",
        "why_them": "your talk on shift work — the part on night nurses — showed me what to measure",
        "goal": "set up a sleep service at my hospital", "channel": "email", "tone": "formal", "my_name": "Ana",
        "ask": "I would like to know if I can visit your clinic one morning, or if you prefer, I could send you 2 "
               "questions by email"})
    assert "one morning. Or, if you prefer, I could send you 2 questions by email." in body
    assert "your talk on shift work — the part on night nurses — showed me what to measure" in body
    assert "one_specific_ask" not in failed


def test_review_90_prepare_asks_how_they_do_it_and_keeps_the_users_corrections_and_commas() -> None:
    # review 90 p1: "What's your advice on how she handles farmers…?", "I did 11 calvings 2 sections…"; p2: "Also
    # first home visit alone, and I went ok."; p4: the HCPC portfolio kept though corrected to the IBMS one
    body, _ = _draft("prepare", {
        "mentor_name": "Orla", "meeting_minutes": 45,
        "goals": "sit the RCVS exam... actually it's the BVA exam, want to pass by June\nask her abt how she handles "
                 "clients who shout",
        "progress": "did 9 lambings since last time, 3 on my own!!\nfirst night shift alone, went ok",
        "challenges": "no sleep"})
    assert "How do you handle clients who shout?" in body
    assert "9 lambings, 3 on my own" in body and "and I went ok" not in body
    assert "RCVS" not in body and "the BVA exam, want to pass by June" in body


def test_review_90_give_keeps_others_deeds_and_the_users_offer_and_worry_apart() -> None:
    # review 90 g1: a criticism after "but" under "What's working", "May not survive"; g2: "I've also noticed that you
    # rang again…" (the customer); g3: "You've told me they not come back" (the girls), "…, and I handle it." as the
    # impact, and "you are new only 2 months" from a private aside
    body = _give("Dara works hard and the stalls look great, but twice this week she left the till open.",
                 impact="the float was short and may not be found")
    assert "What's working:** You work hard, and the stalls look great." in body and "may not be found" in body
    assert "twice this week you left the till open" in body.split("**What's working")[0]
    body = _give("she puts callers on hold for 10 min, yesterday a customer hung up and rang again and complained to "
                 "my manager. I don't want to make her feel bad, she is new only 3 weeks")
    assert "As a result, yesterday a customer hung up and rang again and complained to my manager." in body
    assert "rang again. I've" not in body and "new only 3 weeks" not in body
    body = _give("when the kids come after school she tell them to be quiet in front of everybody, last week 2 boys "
                 "left and said they not come back. I want she speak to them private, or tell me and I handle it.")
    assert "last week 2 boys left and said they not come back" in body and "You've told me" not in body
    assert "or tell me and I handle it?" in body


def test_review_90_received_keeps_the_users_sting_and_who_thinks_what() -> None:
    # review 90 r1: "You spent 3 nights on those details." as a point; r2: "The customers: you accept their story…";
    # r3: "You free pour too heavy: it's you."
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Sam, head chef", "feedback": (
        "sam said I am too soft with the suppliers, I accept their prices without checking. also i plate too slow, "
        "the pass was backed up twice last week and he thinks its me. honestly stung a bit, i stayed till 1am")})
    assert "With the suppliers: you accept their prices without checking." in body
    assert "and he thinks it's you" in body and "stayed till 1am" not in body.split("### What might")[0]


def test_review_90_summary_reads_a_topic_before_their_task_or_their_advice() -> None:
    # review 90 s1: "**Me:** My audit on VTE prophylaxis: you'll look at the draft (by Friday)"; s5: "**Me:**
    # Restructure consultation - you: tell the managers…", the mentor's advice
    body, _ = _draft("summary", {"mentor_name": "Ruth Olsen", "kind": "full", "notes": (
        "- my grant draft: she'll look at the budget by fri\n"
        "- rota change - RO: tell the team the why before the what\n- me: book the room")})
    assert "**Ruth:** Look at the budget (my grant draft; by Friday)" in body
    assert "**Me:** Rota change" not in body and "tell the team the why before the what" in body


def test_review_90_a_mentor_whose_mentee_never_asks_gets_the_card_on_trust(retriever: Any) -> None:
    # review 90 a3: a sergeant whose probationer always says "no sarge, all good" got the card on not handing out
    # answers ("Picture yourself a year into each option…")
    body, found = answer_on_the_index(retriever, (
        "I've been asked to mentor a new trainee. She never speaks up and when I ask if she has questions she always "
        "says 'all good'. Then I find out later she was unsure. How do I get her to tell me when she doesn't get "
        "something?"))
    assert "build-trust-and-confidentiality" in {g.id for g in found} and "good Tuesday" not in body
