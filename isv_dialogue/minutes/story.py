"""What the minutes say: the flowables for one meeting, section by section.

Everything here reads the domain and the questionnaire; how it looks is in
``layout``, the fixed words are in ``strings``. Internal-only material (internal
notes, supplier notes, signal sources and channels) is added only when
``internal`` is true, in one place each, so the supplier edition cannot pick it up
by accident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ..model import (
    Agreement, AgreementStatus, Answer, Dossier, EscalationStep, Meeting, MeetingKind, Participant,
    Side, Signal,
)
from ..questionnaires import Content, Item, Questionnaire, Topic, label
from .. import progress
from . import layout as L
from .layout import BODY_WIDTH, Styles, para, user
from .strings import Words


@dataclass
class Story:
    dossier: Dossier
    meeting: Meeting
    content: Content
    questionnaire: Questionnaire | None
    words: Words
    styles: Styles
    internal: bool
    flow: list[Flowable] = field(default_factory=list)
    section: int = 0
    subsection: int = 0

    # ---------------------------------------------------------------- helpers
    @property
    def lang(self) -> str:
        return self.words.lang

    def add(self, *items: Flowable | None) -> None:
        self.flow.extend(i for i in items if i is not None)

    def h1(self, key: str) -> Paragraph:
        self.section += 1
        self.subsection = 0
        return para(f"{self.section}&#160;&#160;&#160;{self.words(key)}", self.styles.h1)

    def h2_markup(self, markup: str) -> Paragraph:
        self.subsection += 1
        return para(f"{self.section}.{self.subsection}&#160;&#160;&#160;{markup}", self.styles.h2)

    def label_value(self, key: str, value: str, *, typed: bool = True) -> tuple[Flowable, Flowable]:
        s = self.styles
        val = user(value, s.body) if typed else para(value, s.body)
        return (para(self.words(key), s.label), val)

    def text_block(self, heading_key: str | None, text: str) -> list[Flowable]:
        s = self.styles
        out: list[Flowable] = []
        if heading_key:
            out.append(para(self.words(heading_key), s.h3))
        out.append(user(text, s.body))
        return out

    def internal_box(self, text: str, heading_key: str = "internal_note") -> Flowable:
        s = self.styles
        head = para(f"<b>{self.words(heading_key)}</b>", s.box_head)
        return L.boxed([head, user(text, s.box_body)], internal=True)

    # ---------------------------------------------------------------- sections
    def build(self) -> list[Flowable]:
        self.title_block()
        self.participants()
        kind = self.meeting.kind
        if kind is MeetingKind.SIGNAL:
            self.signals(main=True)
            if self.meeting.topics and self.questionnaire is not None:
                self.topics("h.topics")
        elif kind is MeetingKind.ANNUAL_REVIEW:
            self.annual_report()
            self.topics("h.review_topics")
            self.verdict()
        else:
            self.topics("h.topics")
        self.notes()
        self.agreements()
        if kind is not MeetingKind.SIGNAL:
            self.signals(main=False)
        self.next_meeting()
        self.signatures()
        self.history()
        if self.internal:
            self.audit_trail()
        return self.flow

    def title_block(self) -> None:
        s, w, m, sup = self.styles, self.words, self.meeting, self.dossier.supplier
        self.add(
            para(w("subtitle").upper(), s.kicker),
            para(w(f"kind.{m.kind.value}"), s.title),
            para(f"{L.fonts.markup(sup.name)}<font color='#5c5c5c'>&#160;&#160;·&#160;&#160;"
                 f"{w.date(m.date)}</font>", s.subtitle),
        )
        rows = [self.label_value("meta.buyer", m.buyer_organisation)] if m.buyer_organisation else []
        rows.append(self.label_value("meta.supplier", sup.name))
        if sup.contract_reference:
            rows.append(self.label_value("meta.contract", sup.contract_reference))
        if sup.category:
            rows.append(self.label_value("meta.category",
                                         label(self.content.lists.categories, sup.category, self.lang)))
        if sup.covenant:
            rows.append(self.label_value("meta.covenant",
                                         label(self.content.lists.covenants, sup.covenant, self.lang)))
        if sup.contract_start or sup.contract_end:
            rows.append(self.label_value(
                "meta.period", f"{w.date(sup.contract_start)} {w('to')} {w.date(sup.contract_end)}"))
        rows.append(self.label_value("meta.kind", w(f"kindname.{m.kind.value}")))
        rows.append(self.label_value("meta.date", w.date(m.date)))
        if m.location:
            rows.append(self.label_value("meta.location", m.location))
        if self.questionnaire is not None:
            q = self.questionnaire
            rows.append(self.label_value(
                "meta.questionnaire", f"{q.title.get(self.lang)} ({w('meta.version', n=q.version)})"))
        status = (w("status.final", when=w.moment(m.finalised_at)) if m.is_final
                  else w("status.draft"))
        rows.append(self.label_value("meta.status", status))
        rows.append(self.label_value("meta.edition",
                                     w("edition.internal" if self.internal else "edition.supplier")))
        self.add(L.facts(rows))
        if self.internal and sup.notes.strip():
            self.add(L.gap(8), self.internal_box(sup.notes, "supplier_notes"))

    def participants(self) -> None:
        s, w = self.styles, self.words
        self.add(self.h1("h.participants"))
        people = sorted(self.meeting.participants, key=lambda p: p.side is not Side.BUYER)
        if not people:
            self.add(para(w("no_participants"), s.quiet))
            return
        rows: list[list[Flowable]] = [[para(w(k), s.cell_head)
                                       for k in ("col.name", "col.role", "col.side")]]
        for p in people:
            rows.append([user(p.name, s.cell), user(p.role, s.cell),
                         para(w(f"side.{p.side.value}"), s.cell)])
        self.add(L.table(rows, [BODY_WIDTH * 0.38, BODY_WIDTH * 0.37, BODY_WIDTH * 0.25]))

    # ------------------------------------------------------------------ topics
    def topics(self, heading_key: str) -> None:
        s, w, q, m = self.styles, self.words, self.questionnaire, self.meeting
        self.add(self.h1(heading_key))
        if q is None or not m.topics:
            self.add(para(w("no_topics"), s.quiet))
            return
        self.add(para(L.fonts.markup(q.lead.get(self.lang)), s.body))
        noted = False
        for topic in q.topics:  # in the questionnaire's order
            if topic.id in m.topics:
                noted = self.topic(topic, noted) or noted
        self.orphans()

    def _answer(self, item: Item) -> Answer | None:
        a = self.meeting.answers.get(item.id)
        if a is None:
            return None
        if a.discussed or a.supplier_answer.strip() or a.assessment is not None:
            return a
        return None

    def topic(self, topic: Topic, noted: bool) -> bool:
        s, w = self.styles, self.words
        self.add(self.h2_markup(L.fonts.markup(topic.title.get(self.lang))))
        self.add(para(w("questions"), s.h3))
        for item in topic.questions:
            self.item(item, question=True)
        discussed = [p for p in topic.points if self._answer(p) is not None]
        skipped = [p for p in topic.points if self._answer(p) is None]
        self.add(para(w("points"), s.h3))
        for item in discussed:
            self.item(item, question=False)
        wrote_note = False
        if skipped:
            names = "&#160;&#160;·&#160;&#160;".join(L.fonts.markup(p.text.get(self.lang)) for p in skipped)
            text = f"<b>{w('not_discussed')}:</b> {names}"
            if not noted:  # said once, under the first list of points not discussed
                text += f"<br/><i>{w('not_discussed_note')}</i>"
                wrote_note = True
            self.add(para(text, s.quiet))
        notes = self.meeting.topic_notes.get(topic.id)
        if notes is not None:
            if notes.notes.strip():
                self.add(*self.text_block("topic_notes", notes.notes))
            if self.internal and notes.internal_notes.strip():
                self.add(L.gap(4), self.internal_box(notes.internal_notes), L.gap(4))
        return wrote_note

    def item(self, item: Item, *, question: bool) -> None:
        s, w = self.styles, self.words
        answer = self._answer(item)
        text = L.fonts.markup(item.text.get(self.lang))
        if answer is None:
            # A question without an answer: listed, so the reader sees what was on the table.
            self.add(para(text, s.question, ) if question else None)
            return
        head = para(text, s.question_head if question else s.point_head)
        verdict = ""
        if answer.assessment is not None:
            colour = L.ASSESSMENT_COLOURS[answer.assessment.value]
            verdict = (f"<font color='#5c5c5c'>{w('assessment')}:</font> "
                       f"<font color='{colour}'><b>{w('assessment.' + answer.assessment.value)}</b></font>")
        row = Table([[head, para(verdict, s.right)]],
                    colWidths=[BODY_WIDTH - 10 - 62 * mm, 62 * mm], hAlign="RIGHT")
        row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 3),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        row.keepWithNext = 1
        if answer.supplier_answer.strip():
            body = (f"<font color='#5c5c5c'>{w('supplier_said')}:</font> "
                    f"{L.fonts.markup(answer.supplier_answer)}")
            self.add(row, para(body, s.answer))
        else:
            self.add(row, para(w("no_details"), s.no_answer))

    def orphans(self) -> None:
        """Answers to items the questionnaire version no longer has: kept, never lost."""
        q = self.questionnaire
        assert q is not None
        known = {i.id for i in q.required} | {i.id for t in q.topics for i in t.questions + t.points}
        extra = [(k, a) for k, a in self.meeting.answers.items()
                 if k not in known and (a.supplier_answer.strip() or a.assessment is not None)]
        if not extra:
            return
        w = self.words
        s = self.styles
        note = para(w("orphans_note"), L.ParagraphStyle("on", s.quiet, keepWithNext=1))
        self.add(para(w("orphans"), s.h3), note)
        for key, _answer in extra:
            self.item(Item(key, _Same(key)), question=False)  # type: ignore[arg-type]

    # ----------------------------------------------------------- annual review
    def annual_report(self) -> None:
        s, w, m, q = self.styles, self.words, self.meeting, self.questionnaire
        review = m.review
        self.add(self.h1("h.report"))
        if review is not None:
            self.add(L.facts([self.label_value("contract_year", str(review.contract_year))]),
                     L.gap(6))
        if q is not None and q.required:
            if q.required_lead is not None:
                self.add(para(L.fonts.markup(q.required_lead.get(self.lang)), s.body))
            rows: list[list[Flowable]] = [[para(w(k), s.cell_head)
                                           for k in ("col.part", "col.present", "col.comment")]]
            for item in q.required:
                check = review.contents.get(item.id) if review else None
                presence = (w(f"presence.{check.presence.value}") if check and check.presence
                            else w("not_assessed"))
                rows.append([para(L.fonts.markup(item.text.get(self.lang)), s.cell),
                             para(presence, s.cell),
                             user(check.comment if check else "", s.cell)])
            self.add(L.table(rows, [BODY_WIDTH * 0.36, BODY_WIDTH * 0.16, BODY_WIDTH * 0.48]))
        self.commitments()

    def commitments(self) -> None:
        s, w = self.styles, self.words
        review = self.meeting.review
        self.add(self.h2_markup(w("h.commitments")))
        known = {c.id: c for c in self.dossier.supplier.commitments}
        checked = review.commitments if review else {}
        ids = list(known) + [k for k in checked if k not in known]
        if not ids:
            self.add(para(w("no_commitments"), s.quiet))
            return
        rows: list[list[Flowable]] = [[para(w(k), s.cell_head)
                                       for k in ("col.commitment", "col.due", "col.met", "col.comment")]]
        for cid in ids:
            c = known.get(cid)
            check = checked.get(cid)
            met = (w("met.not_due") if check is not None and check.met is None and check.not_due
                   else w("not_assessed") if check is None or check.met is None
                   else w("met.yes") if check.met else w("met.no"))
            rows.append([user(c.text, s.cell) if c else para(w("commitment_gone"), s.cell),
                         para(w.short_date(c.due) if c else w("none"), s.cell),
                         para(met, s.cell),
                         user(check.comment if check else "", s.cell)])
        self.add(L.table(rows, [BODY_WIDTH * 0.36, BODY_WIDTH * 0.14, BODY_WIDTH * 0.14,
                                BODY_WIDTH * 0.36]))

    def verdict(self) -> None:
        s, w = self.styles, self.words
        review = self.meeting.review
        self.add(self.h1("h.verdict"))
        value = (w(f"verdict.{review.verdict.value}") if review and review.verdict
                 else w("verdict.none"))
        self.add(L.facts([(para(w("verdict_question"), s.label), para(f"<b>{value}</b>", s.body))],
                         label_width=80 * mm))
        if review and review.verdict_reasons.strip():
            self.add(*self.text_block("verdict_reasons", review.verdict_reasons))
        if review and review.expectations.strip():
            self.add(*self.text_block("expectations", review.expectations))
        if review is not None:
            self.comparison()

    def comparison(self) -> None:
        """This review against the previous reporting year's (isv_dialogue.progress)."""
        s, w = self.styles, self.words
        parts = self.questionnaire.required if self.questionnaire is not None else ()
        result = progress.compare(self.dossier, self.meeting, [p.id for p in parts])
        self.add(self.h2_markup(w("h.comparison")))
        if result is None:
            self.add(para(w("no_previous_review"), s.quiet))
            return
        before = result.previous
        verdict = (w(f"verdict.{result.previous_verdict.value}") if result.previous_verdict
                   else w("verdict.none"))
        self.add(L.facts([
            (para(w("previous_review"), s.label),
             para(w("previous_review_of", year=result.previous_year, when=w.date(before.date)), s.body)),
            (para(w("previous_verdict"), s.label), para(f"<b>{verdict}</b>", s.body)),
        ], label_width=55 * mm), L.gap(4))
        names = {p.id: p.text.get(self.lang) for p in parts}
        self.add(para(w("contents_changed"), s.h3))
        if result.contents_changed:
            rows: list[list[Flowable]] = [[para(w(k), s.cell_head)
                                           for k in ("col.part", "col.before", "col.now")]]
            for change in result.contents_changed:
                rows.append([para(L.fonts.markup(names.get(change.part_id, change.part_id)), s.cell),
                             para(self._presence(change.before), s.cell),
                             para(self._presence(change.after), s.cell)])
            self.add(L.table(rows, [BODY_WIDTH * 0.52, BODY_WIDTH * 0.24, BODY_WIDTH * 0.24]))
        else:
            self.add(para(w("contents_unchanged"), s.quiet))
        texts = {c.id: c.text for c in self.dossier.supplier.commitments}
        for key, ids in (("newly_met", result.newly_met), ("still_not_met", result.still_not_met)):
            self.add(para(w(key), s.h3))
            if ids:
                for cid in ids:
                    self.add(para(f"\u2022&#160;{L.fonts.markup(texts.get(cid, w('commitment_gone')))}",
                                  s.body))
            else:
                self.add(para(w("none_of_them"), s.quiet))

    def _presence(self, presence) -> str:
        return self.words(f"presence.{presence.value}") if presence else self.words("not_assessed")

    # ------------------------------------------------------------------- notes
    def notes(self) -> None:
        m = self.meeting
        has_notes = bool(m.notes.strip())
        has_internal = self.internal and bool(m.internal_notes.strip())
        if not (has_notes or has_internal):
            return
        self.add(self.h1("h.notes"))
        if has_notes:
            self.add(user(m.notes, self.styles.body))
        if has_internal:
            self.add(L.gap(4), self.internal_box(m.internal_notes))

    # -------------------------------------------------------------- agreements
    def agreements(self) -> None:
        s, w = self.styles, self.words
        self.add(self.h1("h.agreements"))
        new, running = agreements_for(self.dossier, self.meeting)
        if not new and not running:
            self.add(para(w("no_agreements"), s.quiet))
            return
        number = 0
        for key, group in (("agreements.new", new), ("agreements.running", running)):
            if not group:
                continue
            rows: list[list[Flowable]] = [[para(w(k), s.cell_head) for k in
                                           ("col.no", "col.agreement", "col.who", "col.by", "col.status")]]
            for agreement, status, note in group:
                number += 1
                what = L.fonts.markup(agreement.text)
                origin = self.dossier.meeting(agreement.made_in)
                if key == "agreements.running" and origin is not None:
                    what += (f"<br/><font size='7.5' color='#5c5c5c'>"
                             f"{w('agreed_on', when=w.date(origin.date))}</font>")
                if note.strip():
                    what += f"<br/><font color='#5c5c5c'>{L.fonts.markup(note)}</font>"
                rows.append([para(str(number), s.cell), para(what, s.cell),
                             user(agreement.owner, s.cell), para(w.short_date(agreement.due), s.cell),
                             para(w(f"agreement.status.{status.value}"), s.cell)])
            widths = [11 * mm, BODY_WIDTH - 11 * mm - 38 * mm - 24 * mm - 22 * mm, 38 * mm, 24 * mm, 22 * mm]
            self.add(para(w(key), s.h3), L.table(rows, widths))

    # ----------------------------------------------------------------- signals
    def signals(self, *, main: bool) -> None:
        s, w, m = self.styles, self.words, self.meeting
        self.add(self.h1("h.discussed_signals" if main else "h.signals"))
        ordered = sorted(self.dossier.signals, key=lambda x: (x.received, x.id))
        numbered = {sig.id: n for n, sig in enumerate(ordered, start=1)}
        shown = [sig for sig in ordered if sig.id in m.signal_discussions or open_on(sig, m.date)]
        if main:
            discussed = [sig for sig in shown if sig.id in m.signal_discussions]
            if not discussed:
                self.add(para(w("no_discussed_signals"), s.quiet))
            shown = discussed + [sig for sig in shown if sig.id not in m.signal_discussions]
        if not shown:
            if not main:
                self.add(para(w("no_signals"), s.quiet))
            return
        if not main:
            self.add(para(w("signals_intro"), s.body))
        for sig in shown:
            self.signal(sig, numbered[sig.id])

    def signal(self, sig: Signal, number: int) -> None:
        s, w, m = self.styles, self.words, self.meeting
        guide = self.content.signals
        norm = label(guide.norms, sig.norm, self.lang) if sig.norm else ""
        position = label(guide.chain_positions, sig.chain_position, self.lang)
        title = w("signal", n=number)
        if norm:
            title += f" \u2013 {L.fonts.markup(norm)}"
        self.add(self.h2_markup(title))
        rows = [self.label_value("signal.received", w.date(sig.received), typed=False),
                self.label_value("signal.position", position)]
        if norm:
            rows.append(self.label_value("signal.norm", norm))
        if self.internal and sig.channel:
            rows.append(self.label_value("signal.channel", label(guide.channels, sig.channel, self.lang)))
        if self.internal and sig.source.strip():
            rows.append(self.label_value("signal.source", sig.source))
        closed = sig.closed_on is not None and sig.closed_on <= m.date and not sig.is_open
        status = w("signal.closed", when=w.date(sig.closed_on)) if closed else w("signal.open")
        rows.append(self.label_value("signal.status", status, typed=False))
        if closed and sig.outcome:
            rows.append(self.label_value("signal.outcome", label(guide.outcomes, sig.outcome, self.lang)))
        self.add(L.facts(rows), L.gap(3), user(sig.description, s.body))
        expectation = next((c.expectation.get(self.lang) for c in guide.chain_positions
                            if c.id == sig.chain_position), None)
        if expectation:
            self.add(para(f"<i>{w('signal.expectation')}:</i> {L.fonts.markup(expectation)}", s.quiet))
        if closed and sig.outcome_notes.strip():
            self.add(user(sig.outcome_notes, s.body))
        self.signal_steps([st for st in sig.steps if st.date <= m.date])
        talk = m.signal_discussions.get(sig.id)
        if talk is not None:
            if talk.said.strip():
                self.add(*self.text_block("said", talk.said))
            if talk.decided.strip():
                self.add(*self.text_block("decided", talk.decided))

    def signal_steps(self, steps: list[EscalationStep]) -> None:
        """The escalation steps taken by the meeting's date, as a table."""
        s, w = self.styles, self.words
        self.add(para(w("signal.steps"), s.h3))
        if not steps:
            self.add(para(w("signal.no_steps"), s.quiet))
            return
        rows: list[list[Flowable]] = [[para(w(k), s.cell_head) for k in
                                       ("col.date", "col.step", "col.who", "col.reason",
                                        "col.deadline", "col.status")]]
        for st in sorted(steps, key=lambda x: x.date):
            complied = ("complied.none" if st.complied is None
                        else "complied.yes" if st.complied else "complied.no")
            reason = L.fonts.markup(st.reason)
            if st.notes.strip():
                reason += f"<br/><font color='#5c5c5c'>{L.fonts.markup(st.notes)}</font>"
            rows.append([para(w.short_date(st.date), s.cell),
                         user(label(self.content.signals.steps, st.kind, self.lang), s.cell),
                         user(st.who, s.cell), para(reason, s.cell),
                         para(w.short_date(st.deadline) if st.deadline else w("none"), s.cell),
                         para(w(complied), s.cell)])
        widths = [23 * mm, 26 * mm, 25 * mm, 0, 23 * mm, 22 * mm]
        widths[3] = BODY_WIDTH - sum(widths)
        self.add(L.table(rows, widths))

    # ---------------------------------------------------------- end of minutes
    def next_meeting(self) -> None:
        w, m = self.words, self.meeting
        self.add(self.h1("h.next"))
        when = w.date(m.next_meeting) if m.next_meeting else w("next.none")
        self.add(L.facts([self.label_value("next.date", when, typed=False)]))
        if m.next_meeting_notes.strip():
            self.add(*self.text_block("next.notes", m.next_meeting_notes))

    def signatures(self) -> None:
        s, w, m = self.styles, self.words, self.meeting
        heading = self.h1("h.signatures")

        def first(side: Side) -> Participant | None:
            return next((p for p in self.meeting.participants if p.side is side), None)

        cols = []
        for side, key in ((Side.BUYER, "sign.buyer"), (Side.SUPPLIER, "sign.supplier")):
            p = first(side)
            name = L.fonts.markup(p.name) if p else ""
            role = f"<br/><font color='#5c5c5c'>{L.fonts.markup(p.role)}</font>" if p and p.role else ""
            organisation = (m.buyer_organisation if side is Side.BUYER else self.dossier.supplier.name)
            if organisation:  # whose signature: the organisation under the heading
                organisation = f"<br/>{L.fonts.markup(' '.join(organisation[:300].split()))}"
            cols.append([para(f"<b>{w(key)}</b>{organisation}", s.small),
                         para(f"{w('sign.name')}: {name}{role}", s.small),
                         para(f"{w('sign.date')}:", s.small),
                         para("", s.small),
                         para(w("sign.signature"), s.label)])
        gutter = 12 * mm
        half = (BODY_WIDTH - gutter) / 2
        rows = [[a, "", b] for a, b in zip(cols[0], cols[1])]
        t = L.LongTable(rows, colWidths=[half, gutter, half], rowHeights=[None, None, 20, 44, None],
                        hAlign="LEFT", splitInRow=1)
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEBELOW", (0, 3), (0, 3), 0.6, L.GREY), ("LINEBELOW", (2, 3), (2, 3), 0.6, L.GREY),
            ("LINEBELOW", (0, 2), (0, 2), 0.3, L.RULE), ("LINEBELOW", (2, 2), (2, 2), 0.3, L.RULE),
        ]))
        self.add(L.keep(heading, para(w("signatures_intro"), s.body), L.gap(4), t))

    def history(self) -> None:
        s, w, m = self.styles, self.words, self.meeting
        if not m.amendments:
            return
        self.add(self.h1("h.history"), para(w("history_intro"), s.body))
        rows: list[list[Flowable]] = [[para(w(k), s.cell_head)
                                       for k in ("col.when", "col.reason", "col.change")]]
        for a in sorted(m.amendments, key=lambda x: x.at):
            rows.append([para(w.moment(a.at), s.cell), user(a.reason, s.cell), user(a.text, s.cell)])
        self.add(L.table(rows, [40 * mm, 48 * mm, BODY_WIDTH - 88 * mm]))


    def audit_trail(self) -> None:
        """Internal edition only: who recorded this meeting when (the audit trail)."""
        s, w, m = self.styles, self.words, self.meeting
        entries = self.dossier.history(f"meeting:{m.id}")
        if not entries:
            return
        rows: list[list[Flowable]] = [[para(w(k), s.cell_head)
                                       for k in ("col.when", "col.who", "col.what")]]
        for e in entries:
            try:
                what = w(f"audit.{e.action}")
            except KeyError:  # an action of a newer app: shown as stored
                what = e.action
            rows.append([para(w.moment(e.at), s.cell), user(e.user, s.cell), user(what, s.cell)])
        self.add(L.keep(self.h1("h.audit"), para(w("audit_intro"), s.body)),
                 L.table(rows, [40 * mm, 40 * mm, BODY_WIDTH - 80 * mm]))


class _Same:
    """A Text stand-in that is the same in every language (an id without wording)."""

    def __init__(self, value: str):
        self.value = value

    def get(self, lang: str) -> str:
        return self.value


# ------------------------------------------------------------------ the rules
def open_on(signal: Signal, day: date) -> bool:
    """Whether the signal was received and not yet closed on that day."""
    if signal.received > day:
        return False
    if signal.is_open:
        return True
    return signal.closed_on is not None and signal.closed_on > day


def agreements_for(dossier: Dossier, meeting: Meeting
                   ) -> tuple[list[tuple[Agreement, AgreementStatus, str]],
                              list[tuple[Agreement, AgreementStatus, str]]]:
    """The agreements made in this meeting, and those from earlier meetings that were still
    open then or were looked at again in it, each with its status as of this meeting.

    A final meeting takes statuses only from updates recorded in meetings up to it, so its
    minutes do not change when an agreement is closed later; a draft shows the current status.
    """
    order = sorted(dossier.meetings, key=lambda x: (x.date, x.created_at))
    rank = {mt.id: n for n, mt in enumerate(order)}
    here = rank.get(meeting.id, len(order))
    new, running = [], []
    for a in dossier.agreements:
        made = rank.get(a.made_in, -1)
        if made > here:
            continue
        update_here = next((u for u in reversed(a.updates) if u.meeting_id == meeting.id), None)
        earlier = [u for u in a.updates if rank.get(u.meeting_id, len(order)) < here]
        later = [u for u in a.updates if rank.get(u.meeting_id, -1) > here]
        if update_here is not None:
            status, note = update_here.status, update_here.note
        elif earlier:
            status, note = earlier[-1].status, ""
        elif not meeting.is_final and not later:
            status, note = a.status, ""
        else:
            status, note = AgreementStatus.OPEN, ""
        if made == here:
            new.append((a, status, note))
        elif update_here is not None or status is AgreementStatus.OPEN:
            running.append((a, status, note))
    return new, running
