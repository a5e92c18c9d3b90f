"""Classes found by blind review 99 and the shipped samples: each test names its class and quotes the draft text that
was wrong. Inputs are phrased apart from the review's own."""

from __future__ import annotations

from functools import partial
from typing import Any

from coach.grammar import agreement_errors
from coach.tasks.ask import _opening, _Unit, _voiced_examples
from coach.tasks.session_notes import is_title_line, parse_action, parse_notes
from coach.writing import expand_shorthand
from tests.tasks.support import answer_on_the_index, drafted

_draft = partial(drafted, with_subject=True)


def test_sample_ask_reverse_keeps_the_cards_example_when_it_is_the_askers_case(retriever: Any) -> None:
    # sample ask-reverse: "The short answer: Agree a clear focus [1]." (its "such as using AI tools…" cut away from
    # one asked to reverse-mentor a CEO on AI tools)
    body, _ = answer_on_the_index(retriever, "I'm 24 and my director wants me to reverse-mentor her on AI tools. "
                                             "Where do I begin?")
    assert body.startswith("The short answer: Agree a clear focus, such as using AI tools for research [1]."), body


def test_review_97_asking_to_meet_more_often_never_opens_on_the_start_of_a_mentorship(retriever: Any) -> None:
    # 97 a21 leftover: "The short answer: At the start, meet more often, perhaps every two weeks…" to one who already
    # meets their mentor
    body, _ = answer_on_the_index(retriever, "how can i ask her to meet more often without looking desperate")
    opening = body.split("\n")[0]
    assert "At the start" not in opening and "more often" in opening, opening
    # asked at the start, the stage is theirs
    body, _ = answer_on_the_index(retriever, "how often should we meet now that we are just starting out?")
    assert body.startswith("The short answer: At the start, meet more often"), body.split("\n")[0]


def test_review_99_ask_opens_on_no_bare_it_says_your_meetings_and_offers_no_mentors_line(retriever: Any) -> None:
    # 99 a21: "To make our meetings more useful, raise it early in a meeting…" and, to a mentee, the mentor's reply
    # "Thanks for telling me. Let's change it…" as their example
    body, _ = answer_on_the_index(retriever, (
        "my mentor is a senior geologist, we meet every month but the meetings are just me reading out my progress "
        "and she says fine. how do i make our meetings more useful?"))
    opening = body.split("\n")[0]
    assert "To make our" not in opening and "useful, raise it" not in opening, opening
    assert "Thanks for telling me. Let's change it" not in body
    lead = _Unit(text="Bring one question you want their view on", number=1, position=0, pitfall=False, score=1.0)
    assert _opening("how do i make our meetings more useful?", lead, set()).startswith(
        "To make your meetings more useful, bring one question")
    card = ("## Say it well\n\nStronger: \"Could we spend part of each session on one problem?\"\n\n"
            "A mentor hearing this kind of feedback:\n\nStronger: \"Thanks for telling me. Let's change it.\"")
    assert _voiced_examples(card) == [("Could we spend part of each session on one problem?", ""),
                                      ("Thanks for telling me. Let's change it.", "mentor")]


def test_review_99_a_first_line_of_where_how_and_how_long_is_the_title() -> None:
    # 99 s16, s18, s20: "met at his studio in Piraeus 2h", "tea w/ okada-san, very kind" and "hospital clown
    # supervision, zoom 1h" were a takeaway and the thanks
    for line in ("met at her workshop in Leith 90 min", "pottery supervision, teams 45 min",
                 "coffee w/ tanaka-san, so kind", "lunch w/ Ade, lovely"):
        assert is_title_line(line), line
    for line in ("debrief after every shift, 10 min", "met in the lobby he said my deck is too long"):
        assert not is_title_line(line), line


def test_review_99_summary_files_promises_in_the_present_and_after_a_topic_as_actions() -> None:
    # 99 s20: "D sends me the article…" and "I talk to coordinator Ana about…" were takeaways; s16: "foundry: K will
    # intro me to Giorgos" a takeaway; s17: "me+SH - visit one job together maybe 12/1" was "Both of us: - visit…
    # maybe (12/1)"
    def owned(line: str, mentor: str = "Dorota Wiśniewska") -> tuple[str, str, str | None] | None:
        item = parse_action(line, mentor, "Lena", False)
        return (item.owner, item.task, item.due) if item else None

    assert owned("D sends me the checklist from the guild") == ("Dorota", "Send me the checklist from the guild", None)
    assert owned("she sends me the link") == ("Dorota", "Send me the link", None)
    assert owned("she gives me tips") is None  # what happened in the session
    assert owned("I talk to my manager Piotr about fewer night shifts") == (
        "Me", "Talk to my manager Piotr about fewer night shifts", None)
    assert owned("I ask her about the fees") is None
    assert owned("kilns: D will intro me to Marek at the supplier") == (
        "Dorota", "Intro me to Marek at the supplier", None)
    assert owned("me+DW - visit the trade fair together maybe 14/2") == (
        "Both of us", "Visit the trade fair together", "maybe 14/2")


def test_review_99_summary_next_talk_advice_apart_and_shorthand_with_a_stop() -> None:
    # 99 s17: "we talk again in 2 wks" was "**Me:** We talk again…", and "i should supervise + talk to client" was
    # split off advice as "**Me:** Supervise and talk to client"; s18: "fill the assoc. application" was
    # "fill the association" and "Application"
    parsed = parse_notes("call 30 min\ncrew: i should not carry the boxes myself anymore, i am the lead, i should "
                         "direct + check the van\nactions:\nme - order new straps\nwe talk again in 3 wks",
                         "Mr. Nasser", "Sami")
    assert [a.task for a in parsed.actions] == ["Order new straps"]
    assert any("i should direct and check the van" in t.lower() for t in parsed.takeaways), parsed.takeaways
    assert parsed.next_meeting and "talk again in 3 wks" in parsed.next_meeting
    assert expand_shorthand("fill the assoc. application b4 friday") == "fill the association application before "\
                                                                        "Friday"
    body, _ = _draft("summary", {"mentor_name": "Mr. Nasser", "kind": "full", "my_name": "Sami", "notes": (
        "- pricing by volume not hours\nwe talk again in 3 wks")})
    assert "we'll talk again in 3 weeks" in body, body


def test_review_99_summary_greets_a_swahili_title_and_files_an_offer_after_a_topic_as_theirs() -> None:
    # 99 s19: "Hi Bi.," (the title as her name); s16: "Foundry: you will introduce me to Giorgos…" was a takeaway
    body, _ = _draft("summary", {"mentor_name": "Bi. Amina", "kind": "thanks", "my_name": "Zawadi",
                                 "notes": "- she showed me how to file the late forms\n- me: read the new act"})
    assert "Hi Bi. Amina," in body and "Hi Bi.," not in body, body
    body, _ = _draft("summary", {"mentor_name": "Nikos Pappas", "kind": "full", "my_name": "Eleni", "notes": (
        "oak vs walnut for the chapel doors: N says go oak, walnut too soft for the damp\n"
        "- pricing: never quote under 3k\n- suppliers: N will intro me to Yannis at the sawmill")})
    assert "- **Nikos:** Introduce me to Yannis at the sawmill" in body, body


def test_review_99_prepare_asks_the_mentor_for_advice_and_a_decision_as_a_question() -> None:
    # 99 p09: "What would you focus on first to learn to do hot tyring by myself?"; p08: "Whether I should quit my
    # day job at the bank: what would you do in my place?"; sample prepare-first-meeting: "In my position, how would
    # you get better at estimating projects?"
    body, _ = _draft("prepare", {"mentor_name": "Mr Lloyd", "meeting_minutes": "30", "goals": (
        "shoe my first horse by myself\nget better at quoting jobs\nfigure out if i should quit the yard job")})
    assert "What should I focus on first to shoe my first horse by myself?" in body, body
    assert "Should I quit the yard job? What would you do in my place?" in body, body
    assert "Where would you suggest I start if I want to get better at quoting jobs?" in body, body
    assert "In my position" not in body and "Whether I should" not in body


def test_review_99_prepare_keeps_a_doubt_with_whom_it_is_about_and_their_tasks_as_promises() -> None:
    # 99 p06: "not sure how to say no to her" (her: the team lead on the line before) vanished; p08: "she ask Tunde
    # about a guest spot" was "You ask Tunde…"; p07: "my first lang is Frisian" was "my first Lang"; p06: "ask Hr.
    # Weber" was "Ask HR. Weber"
    body, _ = _draft("prepare", {"mentor_name": "Dr. Vos", "meeting_minutes": "45", "goals": "finish the grant draft",
                                 "challenges": "my head of unit (Mrs. Jansen) wants me on the audit in March\nnot "
                                               "sure how to refuse her",
                                 "open_items": "she ask Pieter about the lab slot;ask Hr. Bakker about the "
                                               "travel budget"})
    assert "wants me on the audit in March, and I'm not sure how to refuse her." in body, body
    assert "You said you'd ask Pieter about the lab slot" in body, body
    assert "Ask Hr. Bakker about the travel budget" in body, body
    assert expand_shorthand("my first lang is Basque") == "my first language is Basque"
    assert expand_shorthand("Dr. Lang said so") == "Dr. Lang said so"


def test_review_99_outreach_closes_a_dashed_aside_and_reads_a_symbol_in_a_name() -> None:
    # 99 o02: "Your post on safety culture… - especially the toolbox talk in Tagalog idea really stuck with me."
    # (the dash left open); o04: reads_well failed "…calibration with Z->ee events is the method…" ("events is")
    body, _ = _draft("outreach", {
        "mentor_name": "Chef Ama Owusu", "why_them": "your video on fermenting kenkey - esp the bit about the "
        "second soak - we tried it and the sourness came right", "goal": "open my own chop bar",
        "ask": "can i send u 2 questions about scaling up?", "channel": "linkedin_note", "tone": "casual"})
    # (since review 105, what in the thing is said after it: "…really stuck with me — especially the bit…")
    assert "really stuck with me — especially the bit about the second soak. We tried it" in body, body
    assert agreement_errors("I read your paper on calibration with Z->ee events is the method I use, and it "
                            "helped me.") == []
    assert agreement_errors("The results is wrong.") == ["results is"]


def test_review_99_feedback_keeps_the_users_worry_to_themselves_and_a_judgement_with_its_thing() -> None:
    # 99 fg12: "You are good guy, hardworking, don't want to demotivate." said to Rahul; fr15: "Your proofs are
    # correct." then "Unreadable.", and "…, and that referee 2 rejected paper…"
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Kofi - night porter",
                                  "behaviour": "left the fire door propped open twice this week",
                                  "feedback": "he is good guy, reliable, dont want to discourage"})
    working = next(line for line in body.splitlines() if line.startswith("**What's working:**"))
    assert "You are a good guy, reliable." in working and "discourage" not in working, working
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Dr. Haddad", "feedback": (
        "she say my reports are accurate but confusing, that I skip the context, and that the board sent one back "
        "because of this")})
    assert "- Your reports are confusing." in body and "- Your reports are accurate." in body, body
    assert "- Confusing." not in body and "and that the board" not in body, body


def test_review_99_a_verdict_beside_the_effect_is_its_own_sentence() -> None:
    # 99 fg11: "As a result, the actors are waiting, on a film set this is a big deal, and the 1st AD noticed it."
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Ines (my trainee)", "feedback": (
        "she is great with clients but she is always arriving at the salon just on time or 10 min late, and clients "
        "are waiting. in a salon this is a big deal, the owner noticed it")})
    impact = next(line for line in body.splitlines() if line.startswith("**Impact:**"))
    assert "waiting, in a salon" not in impact and "In a salon this is a big deal." in impact, impact


def test_review_99_ask_never_opens_on_the_way_out_for_one_who_wants_to_keep_the_mentor(retriever: Any) -> None:
    # 99 a23: "…he writes my reference letters, I don't want to lose the relationship… How do I even start that
    # conversation?" opened "give them a graceful way out by asking whether now is the wrong time…"; a22: a DM on
    # Instagram to someone met once got the card on asking in person
    body, _ = answer_on_the_index(retriever, (
        "my old supervisor answers my emails after a month, sometimes never, and he promised to read my grant and "
        "didn't. he writes my reference letters so i don't want to lose him. should i tell him i'm disappointed? "
        "how do i even start that conversation?"))
    assert "graceful way out" not in body.split("\n")[0], body.split("\n")[0]
    body, found = answer_on_the_index(retriever, (
        "How do I ask someone to mentor me if I met her only once? She is a chef I worked one event for. Is it "
        "strange to message her on Instagram?"))
    assert found[0].id == "first-outreach-message", [g.id for g in found]


def test_review_100_outreach_says_was_to_them_as_were() -> None:
    # 100 o04: "Since you teach construction project management at ITU and be site director for…"
    body, _ = _draft("outreach", {
        "mentor_name": "Prof. Aydın", "mentor_context": "teaches structural design at METU and was chief engineer "
        "for the Bosphorus ferry terminal", "why_them": "your lecture on timber joints at the IStructE evening",
        "goal": "move into design work", "ask": "Could we have a 20-minute call in January?", "channel": "email",
        "tone": "formal", "my_name": "Deniz"})
    assert "and were chief engineer for the Bosphorus ferry terminal" in body, body


def test_review_100_feedback_says_him_and_she_to_the_person_in_the_effect_and_the_question() -> None:
    # 100 fg12: "one customer now calls him at night directly", said to Brian; fr14: "Which moments were you thinking
    # of when you told me this after she watched the 1st rough cut…?", asked of Sarah
    body, _ = _draft("feedback", {"direction": "give", "person_name": "Tariq (apprentice)",
                                  "behaviour": "gave clients his own mobile number for call-backs",
                                  "impact": "one client now texts him on Sundays and nothing is logged",
                                  "feedback": "Tariq gives out his own number. He means well."})
    assert "one client now texts you on Sundays" in body, body
    body, _ = _draft("feedback", {"direction": "received", "person_name": "Maya (series editor)", "feedback": (
        "the pilot is 'clever but cold' - she said she didn't care about anyone until episode 2"),
                                  "context": "notes call", "when_it_happened": "after she read the pilot, 3 March"})
    assert "she read the pilot" not in body and "after you read the pilot" in body, body


def test_review_100_summary_reads_a_writers_shorthand_lower_case_initials_and_a_counted_aside() -> None:
    # 100 s16: "my Ms Is 'quiet on the page'", "Keiko needs to want sth", "Cb: send me her own query letter" left
    # under takeaways, and "(1 page!!)" dropped from "rewrite ch2 + synopsis (1 page!!) by 15/1"
    body, _ = _draft("summary", {"mentor_name": "Dana Kerr", "kind": "full", "my_name": "Aiko", "notes": (
        "- DK says my ms is too slow in the middle -> cut chapter 7, the villain needs sth to lose\n"
        "- me: rewrite the opening + pitch (2 pages!!) by 20/1\n- dk: send me her pitch from 2020 as an example")})
    assert "my manuscript is too slow" in body and "something to lose" in body and "Ms" not in body, body
    assert "**Dana:** Send me your pitch from 2020 as an example" in body, body
    assert "(2 pages; by 20/1)" in body, body
    # ("me" is never the initials of Maria Evans, in lower case or not)
    item = parse_action("me: visit the site", "Maria Evans", "Tom", False)
    assert item is not None and item.owner == "Me"


def test_review_100_ask_never_frames_one_questions_step_under_the_others_goal(retriever: Any) -> None:
    # 100 a23: "Should I end with Mr. Chen? How do I start with the new one?" got "To start with the new one, decide
    # what you want next: a full stop, occasional catch-ups…", the ending card's step
    body, _ = answer_on_the_index(retriever, (
        "my first mentor retired to Portugal, we still call but it's mostly about family now. HR gave me a new "
        "mentor and I feel guilty. Should I end things with Mrs. Costa? How do I start with the new one?"))
    assert not body.startswith("To start with the new one"), body.split("\n")[0]


def test_review_101_a_salutation_without_its_comma_and_initials_with_a_particle() -> None:
    # 101 o05: "I am writing because sir your decision summary…"; s16: "**FdV:** Send me the style guide v4", to
    # Femke de Vries
    body, _ = _draft("outreach", {"mentor_name": "Mrs. Kulkarni", "why_them": "madam your ruling on the pension "
                                  "transfer case was used in our induction", "goal": "write clearer decisions",
                                  "ask": "May I send you 2 questions by email?", "channel": "email", "tone": "formal",
                                  "my_name": "Anil"})
    assert "because madam" not in body and "because your ruling on the pension transfer case" in body, body
    body, _ = _draft("summary", {"mentor_name": "Joost van Dijk", "kind": "full", "my_name": "Mia", "notes": (
        "- JvD: check every source twice\n- AI: JvD to send me the editing checklist")})
    assert "**Joost:** Send me the editing checklist" in body and "JvD:" not in body, body
