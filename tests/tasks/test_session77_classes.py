"""Classes found by blind review 102: each test names its class and quotes the draft text that was wrong. Inputs are
phrased apart from the review's own."""

from __future__ import annotations

from functools import partial

from coach.faithfulness import cut_facts
from coach.tasks.session_notes import parse_notes
from coach.writing import capitalise_names, expand_shorthand
from tests.tasks.support import drafted

_draft = partial(drafted, with_subject=True)


def test_review_102_a_verb_before_whom_they_train_is_what_they_do_never_their_role() -> None:
    # 102 o04: "Your experience as a train orientation and mobility specialists at Western Michigan University"
    body, _ = _draft("outreach", {
        "mentor_name": "Dr. Ama Mensah", "mentor_context": "coach junior sign language interpreters at Gallaudet",
        "why_them": "I read your paper on interpreting for deaf-blind clients", "goal": "to teach interpreting",
        "ask": "could we have a 20 minute call in March?", "channel": "email", "tone": "warm", "my_name": "Min"})
    assert "Since you coach junior sign language interpreters at Gallaudet" in body, body
    assert "as a coach" not in body


def test_review_102_a_count_after_a_comma_is_no_outcome_and_a_counted_thing_is_no_name() -> None:
    # 102 p06: "I did 2 practice Sims - passed 1, which failed 1 (…)" and "(sat)" left raw
    body, _ = _draft("prepare", {
        "mentor_name": "Ines", "goals": "pass the flight nurse exam", "meeting_minutes": 30,
        "progress": "did 3 mock sims, passed 2, failed 1\nshadowed the night crew for one shift (sun)"})
    assert ", which failed" not in body and "Sims" not in body, body
    assert "(Sunday)" in body
    assert capitalise_names("ran 2 practice sims in leicester") == "ran 2 practice sims in Leicester"
    assert expand_shorthand("lost ~€200 of stock") == "lost about €200 of stock"


def test_review_102_the_users_own_initials_leave_the_task() -> None:
    # 102 s17: "**Me:** JvD draft materiality matrix (by 12/3)", by Jeroen van Dijk
    notes = parse_notes("actions:\nMdB draft the audit plan by 14/2\n- MB: call the supplier\nAK intro me to Sam",
                        "Dr. Anna Kowal", "Marit de Boer")
    tasks = [(a.owner, a.task) for a in notes.actions]
    assert ("Me", "Draft the audit plan") in tasks and ("Me", "Call the supplier") in tasks, tasks
    assert not any("MdB" in task or "MB" in task for _, task in tasks)


def test_review_102_a_lesson_label_and_the_next_outing_are_not_takeaways() -> None:
    # 102 s20: "- Learned: always park the truck upstream…" and "- Next ride along Thursday at 10pm." as takeaways
    notes = parse_notes("learned: always chock the wheels on a slope\nnext site visit fri 9am", "Gary", "Karim")
    assert notes.takeaways == ["Always chock the wheels on a slope"], notes.takeaways
    assert notes.next_meeting


def test_review_102_thanks_keep_the_step_with_its_figure_and_a_contrast() -> None:
    # 102 s16: only "your point that customers won't leave for 50c", its price step ("raise shirts from $3.50 to
    # $4") gone; 102 s18: "how you check alignment with the table", its "not the gauge" gone
    body, _ = _draft("summary", {"mentor_name": "Mr. Okafor", "kind": "thanks", "notes": (
        "rent: raise the stall fee from 20 to 25 - he says traders won't leave over 5 pounds")})
    assert "raise the stall fee from 20 to 25" in body and "traders won't leave over 5 pounds" in body, body
    body, _ = _draft("summary", {"mentor_name": "Franca", "kind": "thanks", "notes": (
        "she showed me how she checks the weld with a gauge, not by eye")})
    assert "how you check the weld with a gauge, not by eye" in body, body


def test_review_102_a_point_led_by_a_thing_and_its_number_is_no_advice() -> None:
    # 102 s17: "especially for your advice to scope 3 is where they will push back"
    body, _ = _draft("summary", {"mentor_name": "Dr. Ruth Bell", "kind": "thanks", "notes": (
        "RB: phase 2 is where the budget will slip, start with the two riskiest tasks")})
    assert "your advice to phase 2" not in body and "phase 2 is where the budget will slip" in body, body
    assert expand_shorthand("the steering cttee") == "the steering committee"


def test_review_102_what_it_cost_typed_without_a_subject_is_the_effect() -> None:
    # 102 f12: "wasted material ~€300 and a night of rework for Mia" was read as "you wasted…" and dropped
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Ola (apprentice)",
        "feedback": "Ola mixes the plaster without measuring the water. twice this week a whole wall cracked. "
                    "wasted 2 bags and a day of rework for Tom.",
        "behaviour": "mixed the plaster without measuring the water", "request": "measure the water every time"})
    assert "and that wasted 2 bags and a day of rework for Tom" in body, body


def test_review_102_faithful_reads_a_dash_as_the_end_of_a_clause() -> None:
    # 102 o05: "cut mid-phrase: 'is what i learned with'" for a whole clause before " - my first driver used it"
    fact = "your grading system is what i learned with - my first coach used it"
    text = "Your grading system is what I learned with. My first coach used it."
    assert cut_facts(text, [fact]) == []
    assert cut_facts("I loved your talk on growing teams from 3.", ["your talk on growing teams from 3 to 30"])


def test_review_103_their_view_is_never_praise() -> None:
    # 103 f12: "**What's working:** You think it's fine because the robot does it anyway, and you are one of my best
    # guys."
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Dana",
        "feedback": "dana skips the pressure test on the valves when we're busy, she thinks its fine because the "
                    "sensor checks it anyway. she is one of my best fitters",
        "behaviour": "skipped the pressure test on the valves", "request": "do the pressure test every time"})
    assert "think it's fine" not in body.split("**What's working:**")[-1], body
    assert "one of my best fitters" in body


def test_review_103_what_a_point_leaves_out_goes_on_with_it() -> None:
    # 103 f15: "but never about the numbers (streams, ticket sales, engagement)" was dropped as an absolute
    body, _ = _draft("feedback", {
        "direction": "received", "person_name": "Tom, my editor",
        "feedback": "he said I write good openings but I end badly - I summarise the story, but never about what "
                    "comes next (dates, votes, budgets)."})
    assert "but not about what comes next (dates, votes, budgets)" in body, body


def test_review_103_initials_marked_as_them_are_the_mentor_and_a_spoken_tail_goes() -> None:
    # 103 s16: "**GP:** Send me your old Wellcome app as example" for "GP (him) to send me his old Wellcome app";
    # 103 s19: "…, and your advice to check the vehicle value though."
    notes = parse_notes("actions:\nAK (her) to send me her old grant form\nme - rewrite aims", "Dr. Kovacs", "Eli")
    assert [a.owner for a in notes.actions] == ["Dr. Kovacs", "Me"], notes.actions
    body, _ = _draft("summary", {"mentor_name": "Fiona", "kind": "thanks", "notes": (
        "F says the smaller loan is probably better here bc the rate is fixed - check the fees tho")})
    assert "check the fees though" not in body and "check the fees" in body, body


def test_review_104_a_chat_is_signed_and_a_how_to_goal_is_learned() -> None:
    # 104 o03, o05 (and 102 o03): "Wanjiru", "Omar" and "Ronan" went unsaid in a first chat to a stranger; "I'm
    # working towards how to handle angry tenants…"
    body, _ = _draft("outreach", {
        "mentor_name": "Ms. Banda", "why_them": "my aunt Grace worked with you at the co-op",
        "goal": "how to run a dairy co-op without losing the small farmers", "ask": "can i call you for 20 mins on "
        "saturday?", "channel": "chat", "tone": "warm", "my_name": "Chikondi"})
    assert body.rstrip().endswith("– Chikondi"), body
    assert "I'm hoping to learn how to run a dairy co-op" in body and "working towards how" not in body, body


def test_review_104_feedback_reads_a_hedge_an_ago_and_what_it_already_did() -> None:
    # 104 f12: "**What's working:** You are a retired engineer and kind of proud.", "On 2 weeks ago and again
    # yesterday." and "already chipped one vertebra of the hadrosaur" dropped as no effect
    body, _ = _draft("feedback", {
        "direction": "give", "person_name": "Rui (volunteer)", "when_it_happened": "3 days ago and again today",
        "feedback": "he sands the frames too hard and already scratched two of the gilded edges. I need him to go "
                    "gentler but he is a retired carpenter and kind of stubborn",
        "behaviour": "sanded the gilded frames with coarse paper", "request": "use the fine paper on gilded edges"})
    assert "kind of stubborn" not in body and "On 3 days ago" not in body, body
    assert "**Situation:** 3 days ago and again today." in body
    assert "**Impact:** As a result, you've already scratched two of the gilded edges." in body


def test_review_104_the_next_sessions_topic_is_never_thanked_and_a_quote_is_no_task() -> None:
    # 104 s20: "One thing that really stuck with me: next time talk about teaching statement."; 104 s19:
    # "**Sanne:** 'light the actor not the set'"
    body, _ = _draft("summary", {"mentor_name": "Prof. Ode", "kind": "full", "notes": (
        "we talk about grants. she say: apply to the small fund first.\nnext time talk about my CV\n"
        "- she: 'write for the tired reviewer'\n- me send draft by friday")})
    assert "stuck with me: next time" not in body.lower(), body
    notes = parse_notes("- she: 'write for the tired reviewer'\n- me send draft by friday", "Prof. Ode", "Ama")
    assert [a.task for a in notes.actions] == ["Send draft"], notes.actions


def test_review_104_how_it_was_said_is_no_point_and_a_plural_takes_are() -> None:
    # 104 f15: "- He shouted a bit honestly." listed as one of Dave's points; 104 s18: "Wedding rings is best margin"
    body, _ = _draft("feedback", {
        "direction": "received", "person_name": "the site foreman (Ray)",
        "feedback": "ray said my tiling is neat but i dont tell him when i will finish so he cant plan the "
                    "plumbers. he yelled a bit tbh"})
    assert "yelled" not in body.split("### What might be true")[0], body
    notes = parse_notes("gold chains = best margin\nglass = fragile", "Mr. Hart", "Ana")
    assert notes.takeaways[:2] == ["gold chains are best margin", "glass is fragile"], notes.takeaways
