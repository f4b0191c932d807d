"""Realistic data at three sizes, borrowed from the demo dossier.

* ``small``:  one supplier with two meetings (the demo's kick-off and dialogue);
* ``decade``: one supplier with ten years of history: 40 meetings of which 10
  annual-report reviews, 30 signals with their escalation steps, 200 agreements,
  and long answers (every answer and note is the demo's text four times over);
* ``folder``: 200 suppliers of five years each (20 meetings, 5 reviews, 15
  signals, 100 agreements), as a buyer with a full portfolio would have.

Each year of history is one demo dossier dated a year later, with fresh ids,
so the text, the questionnaire ids and the cross-references stay real.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date
from pathlib import Path

from isv_dialogue.demo import build_demo
from isv_dialogue.dossier import check_references
from isv_dialogue.folder import DataFolder
from isv_dialogue.model import Dossier, MeetingStatus, new_id
from isv_dialogue.questionnaires import Content

LONG = 4  # how many times the demo's answers are repeated in a long dossier


def _lengthen(text: str, times: int) -> str:
    return "\n\n".join([text] * times) if text else text


def _long_answers(dossier: Dossier, times: int) -> None:
    for meeting in dossier.meetings:
        for answer in meeting.answers.values():
            answer.supplier_answer = _lengthen(answer.supplier_answer, times)
        for notes in meeting.topic_notes.values():
            notes.notes = _lengthen(notes.notes, times)
            notes.internal_notes = _lengthen(notes.internal_notes, times)
        meeting.notes = _lengthen(meeting.notes, times)


def history(content: Content, years: int, today: date, *, long: int = 1,
            name: str | None = None, draft_last: bool = True) -> Dossier:
    """``years`` years of meetings with one supplier: per year 4 meetings (one of
    them an annual-report review), 3 signals and 20 agreements."""
    first = build_demo(content, today)
    supplier = replace(first.supplier, id=new_id(), name=name or first.supplier.name)
    dossier = Dossier(supplier=supplier)
    for back in range(years - 1, -1, -1):
        year = build_demo(content, today.replace(year=today.year - back, day=min(today.day, 28)))
        if long > 1:
            _long_answers(year, long)
        extra_signal = copy.deepcopy(year.signals[0])
        extra_signal.id = new_id()
        for step in extra_signal.steps:
            step.id = new_id()
        extra_agreements = copy.deepcopy(year.agreements)
        for agreement in extra_agreements:
            agreement.id = new_id()
        dossier.meetings += year.meetings
        dossier.signals += year.signals + [extra_signal]
        dossier.agreements += year.agreements + extra_agreements
    if draft_last:  # the newest meeting is the one being typed in
        latest = dossier.meetings_newest_first()[0]
        latest.status, latest.finalised_at = MeetingStatus.DRAFT, None
    check_references(dossier, "benchmark")
    return dossier


def small(content: Content, today: date) -> Dossier:
    demo = build_demo(content, today)
    kept = demo.meetings[:2]
    ids = {m.id for m in kept}
    dossier = Dossier(supplier=demo.supplier, meetings=kept,
                      agreements=[a for a in demo.agreements if a.made_in in ids],
                      signals=demo.signals[:1])
    for agreement in dossier.agreements:
        agreement.updates = [u for u in agreement.updates if u.meeting_id in ids]
    for meeting in kept:
        meeting.signal_discussions = {k: v for k, v in meeting.signal_discussions.items()
                                      if k in {s.id for s in dossier.signals}}
    latest = dossier.meetings_newest_first()[0]  # the one being typed in
    latest.status, latest.finalised_at = MeetingStatus.DRAFT, None
    check_references(dossier, "benchmark")
    return dossier


def decade(content: Content, today: date) -> Dossier:
    return history(content, 10, today, long=LONG)


def write(folder: DataFolder, dossier: Dossier) -> Path:
    with folder.create(dossier.supplier) as file:
        file.replace_all(dossier)
    return folder.path_for(dossier.supplier.id)


NAMES = ("Brinkhorst", "Van Dijk", "Çalışkan", "Meghna", "Noorderlicht", "Stenen Brug",
         "Zuidkust", "Hollands Graan", "Polder", "Kantoorgroep")


def fill_folder(folder: DataFolder, content: Content, today: date, suppliers: int = 200,
                years: int = 5) -> None:
    """``suppliers`` suppliers of ``years`` years each. One dossier is built and
    written under new ids and names, so 200 files take seconds, not minutes."""
    template = history(content, years, today)
    for n in range(suppliers):
        dossier = copy.deepcopy(template)
        dossier.supplier.id = new_id()
        dossier.supplier.name = f"{NAMES[n % len(NAMES)]} {n + 1:03d} B.V."
        write(folder, dossier)
