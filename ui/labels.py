"""The words the interface uses for the domain's values (dates are written by
``dates``, the annual report's state and verdict by ``report_labels``)."""

from __future__ import annotations

from isv_dialogue.meetings import Gap, GapKind
from isv_dialogue.model import (AgreementStatus, Assessment, Dossier, MeetingKind,
                                MeetingStatus, Presence)
from isv_dialogue.questionnaires import Content, label

from .i18n import LANGUAGE, tr


def kind_label(kind: MeetingKind) -> str:
    return {MeetingKind.DIALOGUE: tr("Dialooggesprek"),
            MeetingKind.ANNUAL_REVIEW: tr("Bespreking jaarrapportage"),
            MeetingKind.SIGNAL: tr("Bespreking signaal")}[kind]


def status_label(status: MeetingStatus) -> str:
    return tr("Definitief") if status is MeetingStatus.FINAL else tr("Concept")


def assessment_label(assessment: Assessment | None) -> str:
    return {None: tr("Nog geen oordeel"), Assessment.SUFFICIENT: tr("Voldoende"),
            Assessment.NEEDS_IMPROVEMENT: tr("Verbetering nodig"),
            Assessment.INSUFFICIENT: tr("Onvoldoende")}[assessment]


def presence_label(presence: Presence | None) -> str:
    return {None: tr("Nog niet bekeken"), Presence.PRESENT: tr("Aanwezig"),
            Presence.PARTLY: tr("Gedeeltelijk"), Presence.MISSING: tr("Ontbreekt")}[presence]


def agreement_status_label(status: AgreementStatus) -> str:
    return {AgreementStatus.OPEN: tr("Open"), AgreementStatus.DONE: tr("Afgerond"),
            AgreementStatus.CANCELLED: tr("Vervallen")}[status]


def gap_sentence(gap: Gap, dossier: Dossier, content: Content) -> str:
    """One line for the review page, naming the point or agreement concerned."""
    subject = _gap_subject(gap, dossier, content)
    return {
        GapKind.NO_BUYER: tr("Niemand ingevuld namens de opdrachtgever."),
        GapKind.NO_SUPPLIER: tr("Niemand ingevuld namens de leverancier."),
        GapKind.NO_TOPICS: tr("Er is geen onderwerp gekozen."),
        GapKind.POINT_NOT_DISCUSSED: tr("Niet besproken: {subject}", subject=subject),
        GapKind.POINT_NOT_ASSESSED: tr("Besproken maar niet beoordeeld: {subject}", subject=subject),
        GapKind.AGREEMENT_NO_TEXT: tr("Een nieuwe afspraak heeft nog geen omschrijving."),
        GapKind.AGREEMENT_NO_OWNER: tr("Afspraak zonder eigenaar: {subject}", subject=subject),
        GapKind.AGREEMENT_NO_DUE: tr("Afspraak zonder datum: {subject}", subject=subject),
        GapKind.AGREEMENT_NOT_REVIEWED: tr("Eerdere afspraak niet nagelopen: {subject}",
                                           subject=subject),
        GapKind.REPORT_PART_UNCHECKED: tr("Jaarrapportage niet nagekeken op: {subject}",
                                          subject=subject),
        GapKind.NO_VERDICT: tr("Nog geen oordeel over de redelijke inspanning."),
        GapKind.SIGNAL_NOT_DISCUSSED: tr("Signaal niet besproken: {subject}", subject=subject),
    }[gap.kind]


def _gap_subject(gap: Gap, dossier: Dossier, content: Content) -> str:
    if gap.kind in (GapKind.POINT_NOT_DISCUSSED, GapKind.POINT_NOT_ASSESSED,
                    GapKind.REPORT_PART_UNCHECKED):
        for questionnaire in (content.dialogue, content.annual_review):
            topic = questionnaire.topic(gap.topic)
            item = questionnaire.item(gap.ref)
            if item is not None and (topic is not None or not gap.topic):
                where = f"{topic.title.get(LANGUAGE)} — " if topic else ""
                return where + item.text.get(LANGUAGE)
    agreement = next((a for a in dossier.agreements if a.id == gap.ref), None)
    if agreement is not None:
        return _clip(agreement.text) or tr("(zonder omschrijving)")
    signal = next((s for s in dossier.signals if s.id == gap.ref), None)
    if signal is not None:
        return _clip(signal.description)
    return gap.ref


def chain_label(content: Content, position: str) -> str:
    return label(content.signals.chain_positions, position, LANGUAGE)


def _clip(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
