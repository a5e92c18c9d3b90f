"""The classes the thirty-second fresh-eyes reading of offline drafts found, each tried on its own shape.

Summaries: no hedge the user never wrote, "her offers:" and "ME TO DO" headings, "she's sending…", questions to
self, a "she said…" under the user's own heading, "Made me feel better", "10 min.", "Q for myself:", "not
telling anyone", another woman's "her", "she'll email" as the next meeting, "tbd", a last session before the
user's own event. Received feedback: the user's own voice after their first sentence of it, "made me feel",
"hurt me", "but that I'm…". Outreach and prepare: "n≈9000", "dear sir,", "been driving…", "R. Patel", "Mama
Wanjiru", arrows, "+" and "$$" in words, "mis-picks down", "month!! 81 score".
"""

from __future__ import annotations

from coach.tasks import get_task
from coach.tasks._phrasing import shape_of
from coach.tasks._reframe import users_own_apart
from coach.tasks.base import Style
from coach.tasks.outreach_phrasing import Voice, about_sentence, why_sentence
from coach.tasks.session_notes import ME, parse_notes
from coach.tasks.summary import next_meeting_sentence, sign_off
from coach.writing import expand_shorthand, greeting_name


def _summary(notes: str, mentor: str, kind: str = "full", next_meeting: str = "") -> str:
    values = {"mentor_name": mentor, "notes": notes, "kind": kind, "my_name": "Sam", "next_meeting": next_meeting}
    return get_task("summary").compose(values, [], Style()).body


def test_the_mentors_tasks_carry_no_hedge_the_user_never_wrote() -> None:
    body = _summary("- she'll send me her interview prep doc", "Priya S.")
    assert "- **Priya:** Send me your interview prep doc" in body and "convenient" not in body


def test_headings_without_colons_and_her_offers_name_owners() -> None:
    parsed = parse_notes("her offers:\n- intro to her friend Marco\n- send me her interview prep doc\n\n"
                         "ME TO DO\n- email Mark re caseload\n- think about adults vs children, she said don't decide "
                         "in year 1", "Priya S.")
    assert [(a.owner, a.task) for a in parsed.actions] == [
        ("Priya", "Intro to her friend Marco"), ("Priya", "Send me her interview prep doc"),
        (ME, "Email Mark re caseload"), (ME, "Think about adults vs children")]


def test_plans_questions_to_self_and_private_lines() -> None:
    parsed = parse_notes("- she's sending the reflective log examples tonight\n"
                         "- me: should I take the contract role or wait?? she said contract is fine\n"
                         "Q for myself - do i want days eventually?\nresigning in June?? not telling anyone yet",
                         "Bernadette")
    assert [(a.owner, a.task, a.due) for a in parsed.actions] == [
        ("Bernadette", "Send the reflective log examples", "tonight")]
    assert parsed.takeaways == ["should I take the contract role or wait?? she said contract is fine"]


def test_scraps_a_length_and_how_it_felt_leave_the_email() -> None:
    body = _summary("He said 'you can still be decent'. Made me feel better.\n"
                    "- present the results at the ops mtg in Dec. 10 min. nervous.\n- he said still thinking", "Dave")
    assert "Made me feel" not in body and "- 10 min." not in body


def test_her_after_another_woman_is_hers_and_the_mentor_keeps_the_rest() -> None:
    body = _summary("- she said go back to the lady and explain, offer a smaller table. I'll call her Monday.\n"
                    "- talked about my mom being sick. she said 'the job will still be there'", "Linda Carrasco",
                    kind="thanks")
    assert "call her Monday" in body and "your Monday" not in body


def test_next_meetings_typed_as_who_arranges_or_not_set() -> None:
    assert next_meeting_sentence("she'll email", "warm") == (
        "Looking forward to our next conversation (you said you'd email).")
    body = _summary("- she'll send the link", "Bernadette", next_meeting="tbd")
    assert "tbd" not in body and "Looking forward to our next conversation." in body
    lease = _summary("last session before I sign the lease!!!\n- she said hire 1 stylist max", "Dae", kind="thanks")
    assert "stay in touch" not in lease
    assert sign_off("warm", "Lt. (!!) Sam Whitaker", "x").endswith("Lt. Sam Whitaker")


def test_received_accounts_keep_the_users_own_voice_apart() -> None:
    kept, own = users_own_apart(
        "Greg said my work quality is 'never a problem' but that I'm 'not visible enough'. He said I should speak up "
        "more. I get it but like... I fixed the mess in Q1 and nobody noticed?? Also those calls are 25 people. "
        "I'm an introvert. He wants to see a plan by next month. She said it in front of 2 HCAs which made me feel "
        "ashamed. But the way she said it hurt me.")
    assert "introvert" not in kept and "25 people" not in kept and "ashamed" not in kept and "hurt" not in kept
    assert "He wants to see a plan" in kept and "not visible enough" in kept
    assert any("introvert" in sentence for sentence in own)


def test_outreach_fields_read_as_sentences() -> None:
    assert expand_shorthand("birth cohort (n≈9000)") == "birth cohort (n≈9000)"
    assert expand_shorthand("going medic -> MD, the prereqs + money side, 911 + transport, actual $$") == (
        "going medic to MD, the prereqs and money side, 911 and transport, actual money")
    assert expand_shorthand("send before meeting -> did it") == "send before meeting: did it"
    assert expand_shorthand("2 + 2, too $$ for me") == "2 + 2, too expensive for me"
    why = why_sentence("dear sir, your paper on retrofitting was very helpful", Voice("formal", "email"))
    assert "sir" not in why and "your paper on retrofitting" in why
    assert about_sentence("been driving for metro 11 yrs mostly nights").startswith("I've been driving")
    assert greeting_name("R. Patel", False) == "R. Patel"
    assert greeting_name("Mama Wanjiru Kamau - agronomist KALRO", False) == "Mama Wanjiru"


def test_prepare_updates_keep_their_own_shape() -> None:
    assert shape_of("mis-picks down from 3.1% to 1.8%") == "clause"
    agenda = get_task("prepare").compose({
        "mentor_name": "Ms. Reyes", "goals": "pass FAR", "progress": "passed AUD last month!! 81 score",
        "challenges": "", "meeting_minutes": 30, "open_items": ""}, [], Style()).body
    assert "!." not in agenda and "81 score" in agenda

