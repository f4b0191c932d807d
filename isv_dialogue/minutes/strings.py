"""Every fixed text of the minutes, in Dutch and English, and the date formats.

The questionnaire wording comes from ``questionnaires/``; only the words of the
document itself live here. Both languages have exactly the same keys (a test checks).
"""

from __future__ import annotations

import datetime as dt

NL: dict[str, str] = {
    "doc_label": "Verslag",
    "kind.dialogue": "Verslag dialooggesprek ISV",
    "kind.annual_review": "Verslag toets jaarrapportage ISV",
    "kind.signal": "Verslag bespreking signalen ISV",
    "kindname.dialogue": "Dialooggesprek",
    "kindname.annual_review": "Toets jaarrapportage",
    "kindname.signal": "Bespreking signalen",
    "subtitle": "Internationale sociale voorwaarden (ISV)",
    "meta.supplier": "Leverancier",
    "meta.contract": "Contractreferentie",
    "meta.category": "Productgroep",
    "meta.covenant": "IMVO-convenant",
    "meta.period": "Looptijd contract",
    "meta.kind": "Soort gesprek",
    "meta.date": "Datum",
    "meta.location": "Locatie",
    "meta.questionnaire": "Leidraad",
    "meta.version": "versie {n}",
    "meta.status": "Status",
    "meta.edition": "Uitgave",
    "status.draft": "Concept",
    "status.final": "Definitief, vastgesteld op {when}",
    "edition.internal": "Intern (volledig verslag)",
    "edition.supplier": "Voor de leverancier",
    "edition.internal_mark": "INTERN \u2013 niet verstrekken aan de leverancier",
    "edition.supplier_mark": "Uitgave voor de leverancier",
    "supplier_notes": "Interne notitie over de leverancier",
    "internal": "Intern",
    "watermark": "CONCEPT",
    "page": "pagina {page} van {pages}",
    "none": "\u2013",
    "to": "tot en met",
    # participants
    "h.participants": "Deelnemers",
    "side.buyer": "Opdrachtgever",
    "side.supplier": "Leverancier",
    "col.name": "Naam",
    "col.role": "Functie",
    "col.side": "Namens",
    "no_participants": "Er zijn geen deelnemers vastgelegd.",
    # topics
    "h.topics": "Besproken onderwerpen",
    "h.review_topics": "Beoordeling van de voortgang",
    "questions": "Vragen",
    "points": "Aandachtspunten",
    "not_discussed": "Niet besproken",
    "not_discussed_note": "Een punt dat niet besproken is, is daarmee niet negatief beoordeeld.",
    "no_details": "Besproken; geen toelichting vastgelegd.",
    "supplier_said": "Leverancier",
    "assessment": "Beoordeling",
    "assessment.sufficient": "Voldoende",
    "assessment.needs_improvement": "Verbetering nodig",
    "assessment.insufficient": "Onvoldoende",
    "topic_notes": "Aantekeningen",
    "internal_note": "Interne aantekening",
    "no_topics": "Er zijn in dit gesprek geen onderwerpen uit de leidraad besproken.",
    "orphans": "Overige vastgelegde punten",
    "orphans_note": "Deze punten staan niet (meer) in de gebruikte versie van de leidraad.",
    # annual review
    "h.report": "Jaarrapportage",
    "contract_year": "Contractjaar",
    "col.part": "Onderdeel",
    "col.present": "Aanwezig",
    "col.comment": "Toelichting",
    "presence.present": "Aanwezig",
    "presence.partly": "Gedeeltelijk",
    "presence.missing": "Ontbreekt",
    "not_assessed": "Niet beoordeeld",
    "h.commitments": "Toezeggingen uit het plan van aanpak",
    "col.commitment": "Toezegging",
    "col.due": "Uiterlijk",
    "col.met": "Nagekomen",
    "met.yes": "Ja",
    "met.no": "Nee",
    "no_commitments": "Er zijn geen toezeggingen uit het plan van aanpak vastgelegd.",
    "commitment_gone": "(toezegging staat niet meer in het dossier)",
    "h.verdict": "Oordeel over de redelijke inspanning",
    "verdict_question": "Heeft de leverancier een redelijke inspanning geleverd?",
    "verdict.yes": "Ja",
    "verdict.partly": "Gedeeltelijk",
    "verdict.no": "Nee",
    "verdict.none": "Nog geen oordeel",
    "verdict_reasons": "Onderbouwing",
    "expectations": "Verwachtingen voor de komende periode",
    # signal meeting
    "h.discussed_signals": "Besproken signalen",
    "said": "Besproken",
    "decided": "Besloten",
    "no_discussed_signals": "Er zijn in dit gesprek geen signalen besproken.",
    # notes
    "h.notes": "Aantekeningen",
    "general_notes": "Algemene aantekeningen",
    "no_notes": "Geen aantekeningen.",
    # agreements
    "h.agreements": "Afspraken",
    "agreements.new": "Nieuwe afspraken uit dit gesprek",
    "agreements.running": "Afspraken uit eerdere gesprekken",
    "no_agreements": "Er zijn geen afspraken.",
    "col.no": "Nr.",
    "col.agreement": "Afspraak",
    "col.who": "Wie",
    "col.by": "Uiterlijk",
    "col.status": "Status",
    "agreement.status.open": "Open",
    "agreement.status.done": "Afgerond",
    "agreement.status.cancelled": "Vervallen",
    "agreed_on": "Afgesproken op {when}",
    # signals
    "h.signals": "Signalen over schending van de normen",
    "signals_intro": "Stand van de signalen die op de datum van dit gesprek openstonden.",
    "no_signals": "Er stonden op de datum van dit gesprek geen signalen open.",
    "signal": "Signaal {n}",
    "signal.received": "Ontvangen",
    "signal.position": "Plaats in de keten",
    "signal.norm": "Norm",
    "signal.channel": "Kanaal",
    "signal.source": "Bron (vertrouwelijk)",
    "signal.expectation": "Wat van de leverancier verwacht wordt",
    "signal.status": "Status",
    "signal.open": "Open",
    "signal.closed": "Afgesloten op {when}",
    "signal.outcome": "Uitkomst",
    "signal.steps": "Ondernomen stappen",
    "signal.no_steps": "Nog geen stappen ondernomen.",
    "col.date": "Datum",
    "col.step": "Stap",
    "col.reason": "Reden",
    "col.deadline": "Termijn",
    "complied.yes": "Nagekomen",
    "complied.no": "Niet nagekomen",
    "complied.none": "\u2013",
    # next meeting, signatures, history
    "h.next": "Volgend gesprek",
    "next.date": "Datum",
    "next.none": "Nog niet gepland",
    "next.notes": "Onderwerpen en voorbereiding",
    "h.signatures": "Ondertekening",
    "signatures_intro": "Voor akkoord met dit verslag:",
    "sign.buyer": "Namens de opdrachtgever",
    "sign.supplier": "Namens de leverancier",
    "sign.name": "Naam",
    "sign.date": "Datum",
    "sign.signature": "Handtekening",
    "h.history": "Wijzigingen na vaststelling",
    "history_intro": "Dit verslag is na vaststelling gecorrigeerd. De correcties staan hieronder; de tekst hierboven is de vastgestelde tekst.",
    "col.when": "Tijdstip",
    "col.change": "Correctie",
}

EN: dict[str, str] = {
    "doc_label": "Minutes",
    "kind.dialogue": "Minutes of the ISV dialogue meeting",
    "kind.annual_review": "Minutes of the ISV annual report review",
    "kind.signal": "Minutes of the ISV signals discussion",
    "kindname.dialogue": "Dialogue meeting",
    "kindname.annual_review": "Annual report review",
    "kindname.signal": "Discussion of signals",
    "subtitle": "International social conditions (ISV)",
    "meta.supplier": "Supplier",
    "meta.contract": "Contract reference",
    "meta.category": "Product group",
    "meta.covenant": "RBC agreement",
    "meta.period": "Contract period",
    "meta.kind": "Type of meeting",
    "meta.date": "Date",
    "meta.location": "Location",
    "meta.questionnaire": "Guidance",
    "meta.version": "version {n}",
    "meta.status": "Status",
    "meta.edition": "Edition",
    "status.draft": "Draft",
    "status.final": "Final, adopted on {when}",
    "edition.internal": "Internal (complete minutes)",
    "edition.supplier": "For the supplier",
    "edition.internal_mark": "INTERNAL \u2013 not to be given to the supplier",
    "edition.supplier_mark": "Supplier edition",
    "supplier_notes": "Internal note on the supplier",
    "internal": "Internal",
    "watermark": "DRAFT",
    "page": "page {page} of {pages}",
    "none": "\u2013",
    "to": "to",
    "h.participants": "Participants",
    "side.buyer": "Contracting authority",
    "side.supplier": "Supplier",
    "col.name": "Name",
    "col.role": "Position",
    "col.side": "On behalf of",
    "no_participants": "No participants were recorded.",
    "h.topics": "Topics discussed",
    "h.review_topics": "Assessment of progress",
    "questions": "Questions",
    "points": "Points of attention",
    "not_discussed": "Not discussed",
    "not_discussed_note": "A point that was not discussed has not thereby been assessed negatively.",
    "no_details": "Discussed; no details recorded.",
    "supplier_said": "Supplier",
    "assessment": "Assessment",
    "assessment.sufficient": "Sufficient",
    "assessment.needs_improvement": "Needs improvement",
    "assessment.insufficient": "Insufficient",
    "topic_notes": "Notes",
    "internal_note": "Internal note",
    "no_topics": "No topics from the guidance were discussed in this meeting.",
    "orphans": "Other recorded points",
    "orphans_note": "These points are not (or no longer) in the version of the guidance used.",
    "h.report": "Annual report",
    "contract_year": "Contract year",
    "col.part": "Part",
    "col.present": "Present",
    "col.comment": "Comment",
    "presence.present": "Present",
    "presence.partly": "Partly",
    "presence.missing": "Missing",
    "not_assessed": "Not assessed",
    "h.commitments": "Commitments from the plan of action",
    "col.commitment": "Commitment",
    "col.due": "Due",
    "col.met": "Met",
    "met.yes": "Yes",
    "met.no": "No",
    "no_commitments": "No commitments from the plan of action were recorded.",
    "commitment_gone": "(commitment no longer in the file)",
    "h.verdict": "Verdict on reasonable effort",
    "verdict_question": "Has the supplier made a reasonable effort?",
    "verdict.yes": "Yes",
    "verdict.partly": "Partly",
    "verdict.no": "No",
    "verdict.none": "No verdict yet",
    "verdict_reasons": "Reasons",
    "expectations": "Expectations for the coming period",
    "h.discussed_signals": "Signals discussed",
    "said": "Discussed",
    "decided": "Decided",
    "no_discussed_signals": "No signals were discussed in this meeting.",
    "h.notes": "Notes",
    "general_notes": "General notes",
    "no_notes": "No notes.",
    "h.agreements": "Agreements",
    "agreements.new": "New agreements made in this meeting",
    "agreements.running": "Agreements from earlier meetings",
    "no_agreements": "There are no agreements.",
    "col.no": "No.",
    "col.agreement": "Agreement",
    "col.who": "Who",
    "col.by": "By",
    "col.status": "Status",
    "agreement.status.open": "Open",
    "agreement.status.done": "Done",
    "agreement.status.cancelled": "Cancelled",
    "agreed_on": "Agreed on {when}",
    "h.signals": "Signals of violations of the standards",
    "signals_intro": "Status of the signals that were open on the date of this meeting.",
    "no_signals": "No signals were open on the date of this meeting.",
    "signal": "Signal {n}",
    "signal.received": "Received",
    "signal.position": "Position in the chain",
    "signal.norm": "Standard",
    "signal.channel": "Channel",
    "signal.source": "Source (confidential)",
    "signal.expectation": "What is expected of the supplier",
    "signal.status": "Status",
    "signal.open": "Open",
    "signal.closed": "Closed on {when}",
    "signal.outcome": "Outcome",
    "signal.steps": "Steps taken",
    "signal.no_steps": "No steps taken yet.",
    "col.date": "Date",
    "col.step": "Step",
    "col.reason": "Reason",
    "col.deadline": "Deadline",
    "complied.yes": "Complied",
    "complied.no": "Not complied",
    "complied.none": "\u2013",
    "h.next": "Next meeting",
    "next.date": "Date",
    "next.none": "Not yet scheduled",
    "next.notes": "Topics and preparation",
    "h.signatures": "Signatures",
    "signatures_intro": "Agreed with these minutes:",
    "sign.buyer": "On behalf of the contracting authority",
    "sign.supplier": "On behalf of the supplier",
    "sign.name": "Name",
    "sign.date": "Date",
    "sign.signature": "Signature",
    "h.history": "Amendments after adoption",
    "history_intro": "These minutes were corrected after adoption. The corrections are listed below; the text above is the text as adopted.",
    "col.when": "Time",
    "col.change": "Correction",
}

STRINGS = {"nl": NL, "en": EN}

_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


class Words:
    """The fixed texts of one language: ``words("page", page=1, pages=3)``."""

    def __init__(self, lang: str):
        self.lang = lang
        self._table = STRINGS[lang]

    def __call__(self, key: str, **values: object) -> str:
        text = self._table[key]
        return text.format(**values) if values else text

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return self._table["none"]
        return f"{value.day} {_MONTHS[self.lang][value.month - 1]} {value.year}"

    def short_date(self, value: dt.date | None) -> str:
        """Compact form for table cells: 12-03-2025 (nl) or 12 Mar 2025 (en)."""
        if value is None:
            return self._table["none"]
        if self.lang == "nl":
            return f"{value.day:02d}-{value.month:02d}-{value.year}"
        return f"{value.day} {_MONTHS['en'][value.month - 1][:3]} {value.year}"

    def moment(self, value: dt.datetime | None) -> str:
        """A stored (UTC) moment shown in Dutch time, the same on every machine."""
        if value is None:
            return self._table["none"]
        local = to_local(value)
        suffix = "" if local.tzinfo is not dt.timezone.utc else " UTC"
        return f"{self.date(local.date())}, {local:%H:%M}{suffix}"


def to_local(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    try:
        from zoneinfo import ZoneInfo
        return value.astimezone(ZoneInfo("Europe/Amsterdam"))
    except Exception:  # no time zone database (a bare Windows): stay in UTC, and say so
        return value.astimezone(dt.timezone.utc)
