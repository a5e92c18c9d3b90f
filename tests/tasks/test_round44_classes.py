"""Classes found in session 43's second blind round (review 44): each test names the class it holds."""

from __future__ import annotations

from typing import Any

import pytest

from coach.tasks.base import FieldError, Style
from coach.tasks.registry import get_task
from coach.writing import expand_shorthand, greeting_name
from tests.tasks.support import offline_draft


def _draft(job: str, values: dict[str, Any], style: Style | None = None) -> tuple[str, str, dict[str, bool]]:
    draft, checks = offline_draft(job, values, style)
    return draft.body, draft.rationale, {check.name: check.passed for check in checks}


def test_a_title_said_with_a_first_name_is_never_taken_for_the_name() -> None:
    # "Pak Hendra" (Indonesian "Mr.") was "Agenda … with Pak"; "Oom Piet" (Afrikaans "Uncle") was "Hi Oom,"
    assert greeting_name("Pak Hendra", formal=False) == "Pak Hendra"
    assert greeting_name("Oom Piet", formal=True) == "Oom Piet"
    assert greeting_name("Bu Sari Wulandari", formal=False) == "Bu Sari"
    body = _draft("prepare", {"mentor_name": "Pak Hendra", "meeting_minutes": 30, "goals": "move into data analysis",
                              "open_items": "me: clean up github readme\nme -> log my hours in the book"})[0]
    assert "Agenda for 30 minutes with Pak Hendra" in body
    assert "I said I'd clean up GitHub readme" in body and "I said I'd log my hours in the book" in body


def test_two_steps_of_the_users_own_are_both_said() -> None:
    # "me: record 1 class, watch back" -> "Next, I'm going to watch back." (the first step cut)
    body = _draft("summary", {"mentor_name": "Meera ji", "kind": "thanks",
                              "notes": "- she'll share her waiver form\n- me: record 1 class, watch back"})[0]
    assert "Next, I'm going to record 1 class and watch back." in body


def test_a_new_thing_is_no_state_and_something_done_to_a_thing_keeps_its_i() -> None:
    # "new mise en place list for garde manger -> cut prep time" -> "I'm new mise en place list…";
    # "ran pass 2x on sat" -> "Ran pass 2x on Sat" beside "I did…"
    body = _draft("prepare", {"mentor_name": "Chef Rui", "meeting_minutes": 30, "goals": "become sous chef",
                              "progress": "new mise en place list for garde manger\nran pass 2x on sat, 140 covers"})[0]
    opening = body.split("## Agenda")[0]
    assert "I'm new" not in opening and "New mise en place list for garde manger" in opening
    assert "I ran pass 2 times on Saturday, 140 covers." in opening


def test_money_as_a_symbol_after_a_worry_and_re_before_a_topic_read_as_words() -> None:
    assert expand_shorthand("no pay 8 wks, worried $$") == "no pay 8 weeks, worried about money"
    assert expand_shorthand("ask bu Sari again re report") == "ask bu Sari again about report"
    assert expand_shorthand("we need to re do it") == "we need to re do it"  # "redo", typed apart


def test_a_note_the_questions_leave_out_is_listed_to_raise_if_there_is_time() -> None:
    # review 44: a 10-minute sheet dropped "ask abt night shift -> how to not be wrecked" and a challenge unsaid;
    # review 74: naming them in the rationale only still left them off the sheet the user brings
    body, rationale, _ = _draft("prepare", {
        "mentor_name": "Siobhan", "meeting_minutes": 10,
        "goals": "get feedback on my care plan writing\nask abt night shift -> how to not be wrecked",
        "challenges": "care plan #3 sent back - 'too vague' ??\nfeel slow at med rounds, like 40 min over"})
    questions, if_time = body.split("## Questions to ask")[1].split("## If there's time")
    assert "night shift" not in questions and "med rounds" not in questions
    assert "- Ask about night shift: how to not be wrecked" in if_time
    assert "- Feel slow at med rounds, like 40 min over" in if_time
    assert "Not on this sheet" not in rationale
    rationale = _draft("prepare", {"mentor_name": "Siobhan", "meeting_minutes": 60,
                                   "goals": "get feedback on my care plan writing"})[1]
    assert "Not on this sheet" not in rationale  # everything fitted


def test_a_mentors_maybe_is_what_they_might_do_and_step_shorthand_is_spelled_out() -> None:
    # review 44: "she'll intro me to Dr. Quispe (emergency clinic) maybe" was listed as Dra. Paredes's action item
    # (and failed the draft's own task_lines_in_actions check); "1st get solid…", "by end of mo" left as typed
    body, _, checks = _draft("summary", {"mentor_name": "Dra. Lucía Paredes", "kind": "full", "notes": (
        "- LP: dont rush into specializing, 1st get solid w/ general practice\n"
        "- she'll intro me to Dr. Quispe (emergency clinic) maybe\n"
        "- me: finish the anesthesia monitoring course by end of mo")})
    assert "- You might introduce me to Dr. Quispe (emergency clinic)." in body
    assert "**Dra. Paredes:**" not in body and checks["task_lines_in_actions"]
    assert "first get solid" in body and "end of month" in body
    assert expand_shorthand("1st year student, 1st round") == "1st year student, 1st round"


def test_a_reply_promises_no_change_the_user_doubts() -> None:
    # review 44: "…but customers give me good score in survey?? i dont understand if i should change" got the reply
    # "I'm going to work on it"
    body, _, checks = _draft("feedback", {"direction": "received", "person_name": "Mostafa, team leader", "feedback": (
        "my team leader tell me in review i am 'too slow on calls, AHT is 9 min but target is 6' and that i 'explain "
        "too much to customer like teacher'. but customers give me good score in survey?? i dont understand if i "
        "should change")})
    reply = body.split("### A reply you could send")[1]
    assert "going to work on it" not in reply and "before I decide what to change" in reply
    assert checks["non_defensive_reply"]


def test_feedback_the_user_was_given_set_to_give_says_to_set_direction() -> None:
    # "boss say to me I am not careful with the tractor…" with Direction "give" put the user's own side
    # ("the fast is because he always say hurry hurry") under "What's working" in a script for the boss
    task = get_task("feedback")
    fields = {"direction": "give", "person_name": "Tomas, farmhand",
              "feedback": "boss say to me I am not careful with the tractor, I drive too fast in the yard. "
                          "the fast is because he always say hurry hurry."}
    with pytest.raises(FieldError) as raised:
        task.validate(fields)
    assert raised.value.field_name == "direction"
    assert '("boss say to me I am not careful with the tractor")' in str(raised.value)
    assert 'set Direction to "received"' in str(raised.value)
    assert task.validate({**fields, "direction": "received"})["direction"] == "received"
    # a mentor's own account that mentions what someone said is still feedback to give
    for given in ("lad's keen, but he's been unclipping on the boards when he thinks I'm not looking.",
                  "my manager told me I should talk to him about it: he keeps missing handovers.",
                  "she keeps missing deadlines. she told me she was tired."):
        assert task.validate({**fields, "feedback": given})["direction"] == "give"
