"""The classes the thirtieth fresh-eyes reading of offline drafts found, each tried on its own shape.

Summaries: a first line giving the session and its length, a "Re:" heading, "-> me:", "me: to…", "SA also
offered to…", "I" in the notes of a mentor called Ines, "felt rly good", "2 w numbers", a deadline sentence
after its topic, the next meeting's arranger after a question mark, scraps in the takeaways, more takeaways
kept before they are cut.
"""

from __future__ import annotations

from coach.tasks import get_task
from coach.tasks.base import Style
from coach.tasks.reading import task_lines
from coach.tasks.session_notes import ME, is_title_line, note_lines, parse_notes
from coach.tasks.summary import next_meeting_sentence, to_mentor
from coach.writing import expand_shorthand


def test_a_first_line_with_the_sessions_length_is_a_title_and_re_is_a_heading() -> None:
    assert is_title_line("call w priya (20 min)")
    assert is_title_line("Meeting with Carmen (C.), 45 min, in her pharmacy after closing")
    assert is_title_line("call 30min")
    parsed = parse_notes("Re: first solo hearing next month\n- SA will share the skeleton argument", "Sam Achterberg")
    assert [a.task for a in parsed.actions] == ["Share the skeleton argument"] and parsed.takeaways == []
    assert task_lines("Re: first solo hearing next month\nside note: her talk is 3 Oct, should go") == []


def test_owners_after_an_arrow_a_to_and_an_also_are_read() -> None:
    parsed = parse_notes("-> me: pick 12 ink works\n- Me: to prepare list of costs\n"
                         "- SA also offered to sit in the gallery -> they'll confirm by Fri", "Sam Achterberg")
    assert [(a.owner, a.task.split(" ")[0]) for a in parsed.actions] == [(ME, "Pick"), (ME, "Prepare"), ("Sam", "Sit")]


def test_the_users_i_is_never_the_initial_of_a_mentor_whose_name_starts_with_it() -> None:
    said = to_mentor("send me her artist statement so I can see length/tone", "Ines Bauer", objects_are_others=True)
    assert "so I can see" in said
    assert to_mentor("C. say the licence process is slow", "Carmen Ruiz").startswith("You said the licence")


def test_felt_rly_good_is_how_it_felt_and_w_after_a_number_is_with() -> None:
    assert "rly" not in " ".join(note_lines("- she'll refer me\nfelt rly good tbh"))
    assert expand_shorthand("make it 2 w numbers") == "make it 2 with numbers"


def test_a_deadline_goes_with_its_topic_and_the_arranger_after_a_question_mark() -> None:
    parsed = parse_notes("- the residency in Lisbon - IB thinks apply even though I'm not ready. deadline nov 1",
                         "Ines Bauer")
    assert parsed.actions == [] and parsed.takeaways[0].endswith("deadline nov 1")
    assert next_meeting_sentence("maybe in 2 weeks? she'll message", "warm") == (
        "Looking forward to our next session, maybe in 2 weeks (you said you'd message).")


def test_scraps_leave_the_takeaways_and_more_of_what_was_said_stays() -> None:
    notes = ("- he said get 2 yrs on the tools first\n- vans: lease not buy\n- insurance: min 2mil\n"
             "- pricing: quote per job\n- she said keep 3 months costs saved\n- she thinks feb is too soon\n"
             "- easier said than done lol\n- also: she recomm\n- maybe")
    body = get_task("summary").compose({"mentor_name": "Bev", "notes": notes, "kind": "full", "my_name": "Connor"},
                                       [], Style()).body
    assert "3 months costs saved" in body and "Feb is too soon" in body
    assert "Easier said" not in body and "recomm." not in body and "- Maybe." not in body


def test_an_offer_to_buy_a_coffee_and_a_request_without_its_question_mark_are_asks() -> None:
    from coach.checks import count_asks

    assert count_asks("I could buy you a coffee sometime or tag along on one of your tours.") == 1
    assert count_asks("If it is possible, can you kindly give me some advice on how I prepare for OSCE.") == 1
    assert count_asks("I can send the files tomorrow.") == 0
    assert count_asks("Would you have 30 minutes for coffee some time in November? I can come to County Hall.") == 1


def test_a_stop_inside_brackets_ends_no_sentence() -> None:
    from coach.checks import sentences
    from coach.grammar import lowercase_starts

    text = "Use the distribuidor (Cofares?) daily delivery. Next one. I did it (see J. Ecol.). Done!"
    assert sentences(text) == ["Use the distribuidor (Cofares?) daily delivery.", "Next one.",
                               "I did it (see J. Ecol.).", "Done!"]
    assert lowercase_starts(text) == []
