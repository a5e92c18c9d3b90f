"""Classes left open by session 79 and found by blind reviews 109: each test names its class and quotes the draft
text that was wrong. Inputs are phrased apart from the reviews' own."""

from __future__ import annotations

from coach.tasks.registry import get_task
from tests.tasks.support import drafted


def test_outreach_says_the_first_of_facts_set_apart_in_their_context() -> None:
    # session 79 leftover: "CFO at Harbourline Shipping; previously audit partner" was left out whole for its ";"
    fields = {"mentor_name": "Ms. Adeyemi", "why_them": "your panel on port logistics finance",
              "goal": "move into treasury", "ask": "a 20-minute call next month", "my_name": "Kemi"}
    for context in ("Group treasurer at Baltic Tankers; previously a bank credit analyst",
                    "Group treasurer at Baltic Tankers. Before that, a bank credit analyst.",
                    "Group treasurer at Baltic Tankers - ex bank credit analyst"):
        body, _ = drafted("outreach", {**fields, "mentor_context": context})
        assert "group treasurer at Baltic Tankers is exactly what" in body, body
        assert "credit analyst" not in body, body


def test_summary_next_week_call_is_the_meeting_said_as_its_time() -> None:
    # session 79 left "next wk call" as "Looking forward to seeing you next week call."
    for line, said in (("next wk call", "seeing you next week."),
                       ("next wk call same time", "seeing you next week, same time."),
                       ("next month mtg, same time", "seeing you next month, same time.")):
        notes = f"went through the tender pricing\nI will redo the margins by Fri\n{line}"
        body, _ = drafted("summary", {"mentor_name": "Birgit", "notes": notes})
        assert said in body and "call." not in body, body
        assert "Next week" not in body.split("**What I'm taking away**")[-1].split("Looking forward")[0], body


def test_an_arrow_after_a_condition_gives_the_result_its_subject() -> None:
    # session 79 leftover: "if we wait … -> lose more time" became "If we wait …: lose more time."
    body, _ = drafted("summary", {"mentor_name": "Birgit", "next_meeting": "Monday 14 Dec",
                                  "notes": "if we delay the site survey -> lose the spring window\n"
                                           "when I skip the toolbox talk -> miss hazards\nI will book the survey"})
    assert "if we delay the site survey, we lose the spring window" in body.lower(), body
    assert "When I skip the toolbox talk, I miss hazards" in body, body
    body, _ = drafted("prepare", {"goals": "plan the survey season", "meeting_minutes": "20",
                                  "challenges": "if we delay the site survey -> lose the spring window"})
    assert "If we delay the site survey, we lose the spring window" in body and ": lose" not in body, body


def test_received_feedback_never_asks_what_good_looks_like_when_they_said_it() -> None:
    # review 108 f3/f4: the questions asked for what the person had already said they wanted
    body, failed = drafted("feedback", {
        "direction": "received", "person_name": "Ilse, the charge nurse",
        "when_it_happened": "after Sunday's late shift",
        "feedback": "She said my ward rounds run long and I repeat the obs twice. She wants me to read them once "
                    "and keep each bed under 2 minutes."})
    assert "What would doing this well look like" not in body and "clarifying_questions" not in failed, (body, failed)
    body, _ = drafted("feedback", {"direction": "received", "person_name": "Ilse",
                                   "feedback": "She said my ward rounds run long and the obs get repeated."})
    assert "What would doing this well look like" in body, body


def test_review_109_their_role_typed_with_is_is_said_as_what_they_do() -> None:
    # 109 o1/o6: "is heading pricing team…" and "is the head wine buyer for…" were left out whole
    fields = {"mentor_name": "Ms. Wanjiru", "why_them": "your talk on reinsurance pricing", "goal": "move into pricing",
              "ask": "a 20-minute call next month", "my_name": "Otieno"}
    body, _ = drafted("outreach", {**fields, "mentor_context": "is heading the pricing team at Jubilee Re and also "
                                                               "examiner for the actuarial society"})
    assert "Since you head the pricing team at Jubilee Re," in body and "examiner" not in body, body
    body, _ = drafted("outreach", {**fields, "mentor_context": "is the chief buyer for a group of 9 hotels"})
    assert "as the chief buyer for a group of 9 hotels is exactly" in body, body
    body, _ = drafted("outreach", {**fields, "mentor_context": "partner at Deloitte"})
    assert "Since you partner" not in body and "as a partner at Deloitte" in body, body


def test_review_109_prepare_says_a_challenge_as_it_is_and_asks_a_decision_as_a_question() -> None:
    # 109 p7: "running 10 min late…" became "I want to run 10 min late…"; "decide if I do the…course" became
    # "Whether I do the…: …"; p8: "Crunch at work…so I have…" became "I crunch at work…"; "Understand how one
    # becomes…" was pasted before "what would you do in my place?"; its 30 minutes gave no time to Q3 and Q4
    body, _ = drafted("prepare", {
        "mentor_name": "Tove", "meeting_minutes": "30",
        "goals": "decide if I take the hearing-aid audiology module\nunderstand how one becomes clinic lead, what "
                 "is expected",
        "challenges": "finishing 15 min late every clinic bc the booking slots too short\nRota at work before the "
                      "audit so I have almost no time for study",
        "open_items": "to send her my case log"})
    assert "I want to finish 15 min late" not in body and "I've been finishing 15 min late" in body, body
    assert "Should I take the hearing-aid audiology module? What would you do in my place?" in body, body
    assert "Could you help me understand how one becomes clinic lead, and what is expected?" in body, body
    assert "I rota" not in body and "Rota at work before the audit so I have almost no time for study." in body, body
    assert "**Anything else on my list**" in body and "I said I'd send you my case log" in body, body


def test_review_109_feedback_received_keeps_what_it_refers_to_and_names_a_mood_label() -> None:
    # 109 f12: "my uncertainty is good but I don't communicate it" gave "You don't communicate it."; f13: "they think
    # im moody" was restated as "They think you're moody."; f11/f12: the effect was asked for though it was told
    body, _ = drafted("feedback", {
        "direction": "received", "person_name": "Kalinda",
        "feedback": "she said my risk maps are good but I don't explain them, the site managers do not understand "
                    "what to do. also the crew think im moody"})
    assert "You don't explain them." not in body and "but you don't explain them" in body, body
    assert "moody." not in body.split("### What might be true")[0] and '"moody"' in body, body
    assert "What effect did it have" not in body, body


def test_review_109_feedback_given_says_praise_of_the_role_to_them() -> None:
    # 109 f16: "Resident is technically good" was kept as "What's working: Resident is technically good."
    body, _ = drafted("feedback", {"direction": "give", "person_name": "Dr. Obi, first-year registrar",
                                   "feedback": "Registrar is careful with notes but he books follow-ups too late"})
    assert "You are careful with notes." in body and "Registrar is" not in body, body


def test_review_109_summary_reads_shorthand_arrows_opinions_and_initials_for_the_mentor() -> None:
    # 109 s17: "-> shows range" was a second colon, "min £350" raw; s18: "M thinks I can lead it" was thanked as an
    # offer with "it" leaning on nothing, "(M: …)" left in M's own email; s20: "excl." split a task in two, "-> AO
    # sending examples" was the user's, "- ran out of time" left raw
    body, _ = drafted("summary", {"mentor_name": "Mateus", "next_meeting": "Monday 14 Dec", "notes": (
        "menu: lead w/ the tasting plates not the mains -> shows range\n"
        "pricing: P says min £45 a head for private dining\n"
        "supper club - M thinks I can run it from spring\n"
        "plating: less garnish (M: guests remember 1 flavour not 5)\n"
        "me: recost menu excl. drinks by Fri\n"
        "suppliers: go local first -> M sending contacts next wk\n"
        "?? ask abt the lease clause - ran out of time")})
    assert "the mains; it shows range" in body and "at least £45" in body, body
    assert "saying you think I can run the supper club from spring" in body and "offering to let me" not in body, body
    assert "(as you said, guests remember 1 flavour not 5)" in body, body
    assert "**Me:** Recost menu excluding drinks (by Friday)" in body, body
    assert "**Mateus:** Send contacts (suppliers: go local first; next week)" in body, body
    assert "ran out of time" not in body and "Ask about the lease clause (no time today)" in body, body


def test_review_109_an_ask_with_a_clause_of_its_own_after_a_comma_is_two_sentences() -> None:
    # 109 o3: "Would you be open to 3 questions by email, you can answer when you have the time?"; o4: the passing
    # one_specific_ask check's hint told the user to avoid the "pick your brain" it had passed
    body, _ = drafted("outreach", {
        "mentor_name": "Dr. Ilves", "why_them": "your lecture on peat restoration",
        "goal": "move into restoration work",
        "ask": "2 questions by email, you can reply whenever it suits you", "channel": "linkedin_message"})
    assert "2 questions by email? You can reply whenever it suits you." in body, body
    task = get_task("outreach")
    values = task.validate({"mentor_name": "Jess", "why_them": "your fine line work", "goal": "open my own studio",
                            "ask": "could I buy you a coffee and pick your brain for half an hour", "channel": "chat"})
    ask_check = next(c for c in task.check("Hi Jess! Could I buy you a coffee and pick your brain for half an hour?",
                                           None, values) if c.name == "one_specific_ask")
    assert ask_check.passed and "avoid" not in ask_check.hint, ask_check


def test_review_110_shorthand_and_frames_never_garble_the_users_words() -> None:
    # 110 o4: "saw ur lettering" became "I saw you're lettering"; p9: "fret slot spacing keeps coming out…" became "I
    # fret slot spacing…"; p7: "figure out if I want to go into paeds" became "Whether I want to go into paeds: what
    # would you do in my place?"; s18: "Dr. Tan Wei Ling" greeted "Dr. Ling"
    body, _ = drafted("outreach", {"mentor_name": "Bryn", "why_them": "saw ur carving on the lychgate at st johns",
                                   "goal": "get better at letter cutting", "ask": "could I watch you for an hour",
                                   "channel": "chat", "tone": "casual"})
    assert "your carving" in body and "you're carving" not in body, body
    body, _ = drafted("prepare", {"mentor_name": "Sol", "meeting_minutes": "20",
                                  "goals": "figure out if I want to go into restoration\nprice my first commission",
                                  "challenges": "nut slot depth keeps coming out too shallow"})
    assert "How could I work out whether I want to go into restoration?" in body, body
    assert "Nut slot depth keeps coming out too shallow." in body and "I nut" not in body, body
    body, _ = drafted("summary", {"mentor_name": "Dr. Ong Mei Xin", "next_meeting": "Friday 18 Dec",
                                  "notes": "me send revised ch3 by next Fri\ncolour work too muddy"})
    assert "Hi Dr. Ong Mei Xin," in body, body


def test_review_110_feedback_keeps_the_point_of_an_absolute_and_the_thing_a_label_was_said_of() -> None:
    # 110 f12: "I make always the same structure" lost "always" and its point; f13: "too slow on the lifts" was asked
    # as "too slow"; f15: "very talent in stone setting" was no strength and "I want he understand … but not to make
    # him afraid" became the request; f16: "notes are thorough" was said bare
    body, _ = drafted("feedback", {"direction": "received", "person_name": "Odile",
                                   "feedback": "she said I pick always the same base notes with vanilla"})
    assert "You tend to pick the same base notes with vanilla." in body, body
    body, _ = drafted("feedback", {"direction": "received", "person_name": "Dave",
                                   "feedback": "too slow on the scaffold. radio calls not clear."})
    assert 'When you said "too slow on the scaffold"' in body, body
    body, _ = drafted("feedback", {"direction": "received", "person_name": "Gaz",
                                   "feedback": "said im too slow on bathroom jobs, other lads finish in a day"})
    assert 'When you said "too slow on bathroom jobs"' in body, body  # the place whole, never "on bathroom"
    body, _ = drafted("feedback", {
        "direction": "give", "person_name": "Levon",
        "feedback": "My trainee is very talent in engraving but he leaves the safe open at night. I want he "
                    "understand this is serious but not to make him afraid",
        "behaviour": "left the safe open after closing twice this week"})
    assert "You are very talented in engraving." in body and "afraid" not in body, body
    body, _ = drafted("feedback", {"direction": "give", "person_name": "Dr. Amy Lowe, registrar",
                                   "feedback": "plans are clear but she runs 20 min over with new patients"})
    assert "Your plans are clear." in body, body
