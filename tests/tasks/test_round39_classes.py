"""Classes found in session 39: each test names the class, not the example that showed it."""

from __future__ import annotations

import re

from coach.tasks import get_task
from coach.tasks.base import Style
from tests.tasks.support import offline_draft


def _passed(job: str, values: dict[str, object], style: Style | None = None) -> tuple[str, dict[str, bool]]:
    draft, checks = offline_draft(job, values, style)
    return draft.body, {check.name: check.passed for check in checks}


def _summary(notes: str, mentor: str = "Ines") -> tuple[str, dict[str, bool]]:
    return _passed("summary", {"mentor_name": mentor, "notes": notes, "kind": "full", "my_name": "Bo",
                               "next_meeting": ""})


def test_dated_advice_is_the_users_task_as_the_instruction_not_as_what_the_mentor_said() -> None:
    # "she said ship it friday" was listed as "**Me:** You said to ship it (Friday)": the mentor's words as a task
    body, checks = _summary("she said ship it friday\nme: fix tests")
    assert "**Me:** Ship it (Friday)" in body
    assert "You said" not in body.split("**Action items**")[1]
    assert "your advice to ship it" in body
    body, _ = _summary("She said I should apply for the lead role by end of month")
    assert "**Me:** Apply for the lead role (by end of month)" in body
    assert all(checks.values()), checks


def test_a_pronoun_in_someone_elses_instruction_is_that_person_not_the_mentor() -> None:
    # "Mark said send him the deck" became "send you the deck", and was thanked as what stuck with the user
    body, _ = _summary("Mark said send him the deck by monday")
    assert "**Me:** Send Mark the deck (by Monday)" in body
    assert "send you the deck" not in body.lower()
    assert "stuck with me" not in body


def test_a_to_do_the_user_labelled_as_their_own_is_not_thanked_as_what_stuck() -> None:
    # notes of "me:" tasks only gave "One thing that really stuck with me: Fix tests."
    body, checks = _summary("me: fix tests\nme: update cv by fri")
    assert "stuck with me" not in body
    assert not checks["specific_thanks"]  # nothing to thank for specifically: the check says so
    body, checks = _summary("apply to 3 labs not 10")  # an unlabelled instruction may be their advice
    assert "stuck with me: apply to 3 labs not 10." in body


def _feedback(values: dict[str, object]) -> tuple[str, dict[str, bool]]:
    return _passed("feedback", values)


def test_a_she_after_someone_else_in_the_behaviour_is_theirs_not_the_person_spoken_to() -> None:
    # "cut off the daughter twice while she was asking about her dad's meds" was said to Jordan as "while you were
    # asking about your dad's meds"
    body, _ = _feedback({
        "direction": "give", "feedback": "needs to stop interrupting families", "person_name": "Jordan, new grad RN",
        "behaviour": "cut off the daughter twice while she was asking about her dad's meds, and answered a question "
                     "she hadn't finished asking",
        "impact": "she got upset and asked to speak to the charge nurse"})
    assert "you cut off the daughter twice while she was asking about her dad's meds" in body
    assert "your dad" not in body and "you were asking" not in body
    body, _ = _feedback({"direction": "give", "feedback": "Sam keeps talking over the client while he is explaining "
                         "his budget", "person_name": "Sam"})
    assert "while he is explaining his budget" in body


def test_a_second_verb_after_then_agrees_with_you() -> None:
    # "you keep saying yes … and then works till 9pm"
    body, _ = _feedback({"direction": "give", "person_name": "Priya", "feedback": "Priya keeps saying yes to every "
                         "request from sales and then works till 9pm and her roadmap work slips"})
    # (what it costs her is its impact: "and then…" with a cost after it)
    assert "**Impact:** As a result, you work till 9pm and your roadmap work slips." in body


def test_received_feedback_keeps_quoted_words_and_leaves_out_how_it_was_said() -> None:
    # "my descriptions just say 'fixes' or 'wip'" became "Fixes' or 'wip."; "she said it nicely but it stung"
    # became the point "It nicely but."
    body, checks = _feedback({
        "direction": "received", "person_name": "Hannah, my eng manager",
        "feedback": "she said my PRs are too big, like 1200+ lines, and my descriptions just say 'fixes' or 'wip'. "
                    "she said it nicely but it stung ngl"})
    assert "- Your descriptions just say 'fixes' or 'wip'." in body
    assert "nicely" not in body.split("### What might be true")[0]
    assert checks["reads_well"]


def test_a_second_reported_point_after_and_that_is_its_own_point() -> None:
    # ", and that if an inspector sees that we fail" stayed glued to the point before it, "and that" and all
    body, _ = _feedback({"direction": "received", "person_name": "Mr. Delgado (foreman)",
                         "feedback": "Foreman told me my bends aren't lined up, and that if an inspector sees that "
                                     "we fail."})
    restated = body.split("### What might be true")[0]
    assert "and that" not in restated
    # in the order said, and the condition typed without its comma reads as one
    assert restated.index("lined up") < restated.index("- If an inspector sees that, we fail.")


def test_notes_a_mentor_reads_say_you_are_for_name_is_and_keep_a_hedge_on_their_promise() -> None:
    body, _ = _summary("Ray's gonna check if he can take me on 2 saturdays in Jan\n"
                       "he'll check if his shop has budget for a bridge position (no promises!!)\n"
                       "I need to update CV to 2 pages -- by end of month\nnext time: mock interview", mentor="Ray")
    assert "**Ray:** Check if you can take me on 2 Saturdays" in body
    assert "Your going" not in body
    assert "(no promises)" in body
    assert "--" not in body
    assert "**Me:** Next time" not in body
    assert "Next time: mock interview." in body.split("**Action items**")[0]
    assert "talk about next time" not in body


def test_their_point_under_a_label_is_thanked_as_their_point() -> None:
    # "her pt: postdoc only makes sense if…" was thanked as "our talk about your pt: …"
    body, _ = _summary("her pt: postdoc only makes sense if i have a clear research question", mentor="Dr. Sofia "
                       "Marchetti")
    assert "your point that postdoc only makes sense if I have a clear research question" in body
    assert "pt:" not in body


def test_the_frames_especially_gives_way_to_the_users_own() -> None:
    body, _ = _summary("Ray said battery work is where the money is going, esp w/ the new utility rebates",
                       mentor="Ray")
    assert body.count("especially") == 1


def test_a_point_after_also_goes_on_with_what_they_said() -> None:
    # "she said my PRs are too big. also I don't ask for help when I'm blocked." lost the second point
    body, _ = _feedback({"direction": "received", "person_name": "Hannah",
                         "feedback": "she said my PRs are too big, like 1200+ lines. also I don't ask for help when "
                                     "I'm blocked. she said it nicely but it stung"})
    restated = body.split("### What might be true")[0]
    assert "- You don't ask for help when you're blocked." in restated
    body, _ = _feedback({"direction": "received", "person_name": "Hannah",
                         "feedback": "she said my PRs are too big. also I was gutted tbh"})
    assert "gutted" not in body.split("### What might be true")[0]


def test_the_person_is_he_or_she_where_the_users_words_say_so_and_they_where_not() -> None:
    # "ask what they've noticed since" of a Hannah the user called "she"; "so they can think" of an Olu whose
    # notes say "his review template"
    body, _ = _feedback({"direction": "received", "person_name": "Hannah", "feedback": "she said my PRs are too big"})
    assert "ask what she's noticed since" in body
    body, _ = _feedback({"direction": "received", "person_name": "Sam", "feedback": "my PRs are too big"})
    assert "ask what they've noticed since" in body
    task = get_task("prepare")
    for open_items, they in (("Olu to send me his review template", "he"), ("", "they")):
        valid = task.validate({"mentor_name": "Olu", "goals": "prepare for my first review as a manager",
                               "meeting_minutes": "20", "open_items": open_items})
        assert f"so {they} can think about the first one" in task.compose(valid, [], Style()).body


def test_the_users_own_open_item_reads_like_the_mentors_beside_it() -> None:
    # "Me: send you the RFC link" sat beside "You said you'd introduce me to Sam"
    task = get_task("prepare")
    valid = task.validate({"mentor_name": "Ines", "goals": "get her take on my promo packet", "meeting_minutes": "30",
                           "open_items": "me: send Ines the RFC link; Ines to intro me to Sam from platform team"})
    body = task.compose(valid, [], Style()).body
    assert "- I said I'd send you the RFC link" in body
    assert "- You said you'd introduce me to Sam from platform team" in body


def test_a_whole_clause_with_a_dashed_aside_and_an_ask_with_whether_fit_their_frames() -> None:
    # "I have greatly admired your talk … -- especially … -- was the first time I saw…" and an ask with no verb:
    # "A 15-minute call to get your honest read on whether my portfolio reads as…"
    body, checks = _passed("outreach", {
        "mentor_name": "Priya Raman", "mentor_context": "lead UX research at a health company",
        "why_them": "your talk at UXPA Boston on recruiting older adults -- especially the part about consent "
                    "forms -- was the first time I saw my old job connect to research",
        "goal": "landing a first UX research role",
        "ask": "a 15-minute call to get your honest read on whether my portfolio reads as 'researcher'",
        "channel": "email", "tone": "formal", "my_name": "Becca"})
    assert "admired your talk" not in body
    assert re.search(r"(?:Would|Could|Can) you[^.?]* a 15-minute call to get your honest read on whether", body)
    assert checks["one_specific_ask"] and checks["reads_well"], checks


def test_prepare_keeps_context_on_its_challenge_asks_discuss_as_a_view_and_no_question_twice() -> None:
    # "…author order for paper 2; i did most of the experiments" was split into the question "I did most of the
    # experiments. How would you approach that?"; "discuss whether…" was "how would you discuss whether…?";
    # and the author-order challenge and goal were asked twice
    body, _ = _passed("prepare", {
        "mentor_name": "Prof. Lindgren", "meeting_minutes": "60",
        "goals": "agree a realistic timeline for chapters 3-4\ndiscuss whether the 2nd paper goes to NeurIPS or a "
                 "journal\nhow to handle co-author disagreement w/ Felix re: author order",
        "challenges": "my funding ends in Aug\nFelix is slow to respond + we disagree on author order for paper 2; "
                      "i did most of the experiments",
        "open_items": "me to draft the NeurIPS abstract; me to rough budget spreadsheet"})
    questions = body.split("## Questions to ask")[1]
    assert "author order for paper 2 (I did most of the experiments)." in questions
    assert "\nI did most of the experiments" not in questions and ". I did most" not in questions
    assert "What's your view on whether the 2nd paper goes to NeurIPS or a journal?" in questions
    assert questions.count("author order") == 1
    assert "- I said I'd draft the NeurIPS abstract" in body
    assert "- Me to rough budget spreadsheet" in body  # not a to-do verb: left as typed


def test_an_answer_comes_from_cards_for_the_askers_side() -> None:
    # a new team lead asking how to give feedback was answered "Send material a few days before you want to
    # discuss it", from the card on asking for feedback
    from coach.tasks.ask import asker_role

    assert asker_role("i'm a new team lead and one of them keeps missing deadlines, how do i give him feedback") == (
        "mentor")
    assert asker_role("how do I ask my mentor for honest feedback?") == "mentee"
    assert asker_role("how often should we meet?") is None


def test_a_time_boxed_ask_that_also_picks_their_brain_is_one_specific_ask() -> None:
    # "mind if i buy u a coffee some morning, 30 min tops, and pick ur brain?" was counted as no ask at all
    task = get_task("outreach")
    values = {"mentor_name": "Big Ray", "mentor_context": "run your own shop", "why_them": "saw ur answer in the "
              "trade group abt pulling permits", "goal": "getting into solar", "channel": "chat", "tone": "casual",
              "ask": "mind if i buy u a coffee some morning, 30 min tops, and pick ur brain?", "my_name": "Jesse"}
    valid = task.validate(values)
    draft = task.compose(valid, [], Style(tone="casual"))
    checks = {check.name: check.passed for check in task.check(draft.body, draft.subject, valid)}
    assert checks["one_specific_ask"], draft.body
    vague = task.validate({**values, "ask": "could i pick your brain sometime?"})
    draft = task.compose(vague, [], Style(tone="casual"))
    assert not {c.name: c.passed for c in task.check(draft.body, draft.subject, vague)}["one_specific_ask"]


def test_the_mentors_task_never_carries_the_users_own_memory() -> None:
    # "**Aaron:** Look at my LinkedIn headline if I remember to send it" went to the mentor as written
    body, _ = _summary("he said cut case study 2\nhe'll look at my linkedin headline if i remember to send it",
                       mentor="Aaron")
    assert "**Aaron:** Look at my LinkedIn headline once I send it" in body
    assert "remember" not in body


def test_a_thank_you_note_promises_nothing_the_notes_do_not_give() -> None:
    # "I'll put what we discussed into practice and let you know how it goes." was added to every note
    # whose notes gave the user no task
    values = {"mentor_name": "Denise", "kind": "thanks", "my_name": "Kayla", "next_meeting": "",
              "notes": "use real stories from 4 West not textbook answers\nshe offered to let me shadow in Jan"}
    task = get_task("summary")
    valid = task.validate(values)
    draft = task.compose(valid, [], Style())
    assert "put what we discussed into practice" not in draft.body
    checks = {check.name: check.passed for check in task.check(draft.body, draft.subject, valid)}
    assert checks["three_lines"], draft.body
    one_line = "Hi Denise,\n\nThank you.\n\nThank you again,\nKayla"
    assert not {c.name: c.passed for c in task.check(one_line, "Thanks", valid)}["three_lines"]
