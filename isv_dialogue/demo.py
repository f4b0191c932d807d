"""A demo supplier that shows the whole app at work.

``isv-dialogue demo`` writes one realistic dossier: a Dutch workwear importer
with a chain in Turkey and Bangladesh, a kick-off and a dialogue meeting, an
annual report review, a closed and an open signal, and agreements made, carried
and closed across those meetings. Every date is relative to ``today`` so the
demo always looks current; every id is random so it can be created repeatedly.

Ids of questionnaire items and pick-list entries come from ``questionnaires/``.
Should a revised content file drop one, the demo leaves that entry out rather
than fail (the tests check that the shipped content has them all).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone

from .dossier import check_references
from .folder import DataFolder
from .meetings import default_topics, questionnaire_for
from .model import (Agreement, AgreementStatus, AgreementUpdate, Amendment, AnnualReview, Answer,
                    Assessment, Commitment, CommitmentCheck, Contact, ContentCheck, Dossier,
                    EscalationStep, Meeting, MeetingKind, MeetingStatus, Participant, Presence,
                    Side, Signal, SignalDiscussion, SignalStatus, Supplier, TopicNotes, Verdict,
                    new_id)
from .questionnaires import Content, Item, Questionnaire

OK, IMPROVE, POOR = Assessment.SUFFICIENT, Assessment.NEEDS_IMPROVEMENT, Assessment.INSUFFICIENT

# A point of a questionnaire: (supplier's answer, buyer's assessment); None = not discussed.
Texts = dict[str, tuple[str, Assessment] | None]

SUPPLIER_NAME = "Brinkhorst Bedrijfskleding B.V."
CATEGORY = "bedrijfskleding"
COVENANT = "kleding_textiel"
CONTRACT_NUMBER = "INK-0147"
CONTRACT_YEARS = 4
ORDINAL = {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde"}
REVIEWED_YEAR = 2  # the second contract year; AnnualReview.contract_year holds a calendar year

DIRECT_SUPPLIER = "Çalışkan Tekstil A.Ş."
DYEING_MILL = "Meghna Dyeing & Finishing Ltd."
SPINNING_MILL = "Shitalakshya Spinning Mills Ltd."

CONTRACT_MANAGER = "Marieke de Graaf"
SUPPLIER_DIRECTOR = "Ruud Brinkhorst"
CSR_COORDINATOR = "Elif Yıldız"

BUYER = [
    Participant(CONTRACT_MANAGER, Side.BUYER, "Contractmanager"),
    Participant("Joost Verhoeven", Side.BUYER, "Categoriemanager bedrijfskleding"),
    Participant("Fatima El Amrani", Side.BUYER, "Adviseur maatschappelijk verantwoord inkopen"),
]
SUPPLIER_SIDE = [
    Participant(SUPPLIER_DIRECTOR, Side.SUPPLIER, "Directeur-eigenaar"),
    Participant(CSR_COORDINATOR, Side.SUPPLIER, "MVO-coördinator"),
    Participant("Sanne Bakker", Side.SUPPLIER, "Accountmanager overheid"),
]
CHAIN_PARTNERS = [
    Participant("Aylin Çalışkan", Side.SUPPLIER,
                f"Compliance manager {DIRECT_SUPPLIER} (per video)"),
    Participant("Tanvir Hossain", Side.SUPPLIER, "Sourcing agent Bangladesh, Dhaka (per video)"),
]

CONTACTS = [
    Contact(SUPPLIER_DIRECTOR, "Directeur-eigenaar",
            "r.brinkhorst@brinkhorst-bedrijfskleding.nl", "+31 13 208 4410"),
    Contact(CSR_COORDINATOR, "MVO-coördinator, aanspreekpunt ISV",
            "e.yildiz@brinkhorst-bedrijfskleding.nl", "+31 6 4172 9035"),
    Contact("Sanne Bakker", "Accountmanager overheid",
            "s.bakker@brinkhorst-bedrijfskleding.nl", "+31 6 2381 6657"),
]

SUPPLIER_NOTES = f"""Importeur van bedrijfskleding (werkbroeken, softshelljassen, polo's, \
winterjassen) voor de eigen dienst en de buitendienst; ca. 18.000 kledingstukken per jaar \
onder dit contract.

Keten:
- Eigen bedrijf: magazijn, borduren en bedrukken van logo's in Tilburg (14 van de ca. 40 \
medewerkers).
- Directe toeleverancier: {DIRECT_SUPPLIER}, Bursa (Turkije), confectie in eigen ateliers in \
Bursa, Torbalı (İzmir) en İnegöl; ca. 35% van de capaciteit werkt voor Brinkhorst.
- Verderop in de keten: ververij en finishing {DYEING_MILL}, Gazipur (Bangladesh), en \
spinnerij {SPINNING_MILL}, Narayanganj (Bangladesh); katoen uit Gujarat (India)."""


@dataclass(frozen=True)
class _Dates:
    """The demo's calendar, all relative to one ``today``."""

    start: date
    end: date
    plan: date
    kickoff: date
    closed_signal: date
    dialogue: date
    first_review: date
    review: date
    open_signal: date
    signal_meeting: date
    next_meeting: date

    @classmethod
    def around(cls, today: date) -> _Dates:
        start = _months(today, -30).replace(day=1)
        return cls(
            start=start,
            end=_months(start, 12 * CONTRACT_YEARS) - timedelta(days=1),
            plan=_workday(start + timedelta(weeks=10)),
            kickoff=_workday(_months(today, -24)),
            closed_signal=_workday(_months(today, -20)),
            dialogue=_workday(_months(today, -12)),
            first_review=_workday(_months(today, -16)),
            review=_workday(_months(today, -4)),
            open_signal=_workday(today - timedelta(weeks=7)),
            signal_meeting=_workday(today - timedelta(days=24)),
            next_meeting=_workday(today + timedelta(weeks=5)),
        )


def _months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the month's last day."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _workday(day: date) -> date:
    """Meetings fall on weekdays: a Saturday or Sunday moves to the Monday after."""
    return day + timedelta(days=7 - day.weekday()) if day.weekday() >= 5 else day


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=timezone.utc)


def _pick(items: tuple[Item, ...], wanted: str) -> str:
    """A pick-list id if the current list still has it, else empty (the lists may be trimmed)."""
    return wanted if any(item.id == wanted for item in items) else ""


def _answers(questionnaire: Questionnaire, topics: list[str], texts: Texts) -> dict[str, Answer]:
    known = {item.id for topic_id in topics if (topic := questionnaire.topic(topic_id))
             for item in topic.questions + topic.points}
    return {item_id: Answer(True, value[0], value[1]) if value else Answer(False)
            for item_id, value in texts.items() if item_id in known}


def _meeting(content: Content, kind: MeetingKind, day: date, participants: list[Participant],
             location: str) -> Meeting:
    """A finalised meeting of ``kind`` on the questionnaire the app uses for that kind:
    prepared two days ahead, finalised two days after."""
    questionnaire = questionnaire_for(kind, content)
    return Meeting(
        id=new_id(), date=day, kind=kind, questionnaire_id=questionnaire.id,
        questionnaire_version=questionnaire.version,
        participants=[replace(p) for p in participants], location=location,
        status=MeetingStatus.FINAL, finalised_at=_at(day + timedelta(days=2), 15),
        created_at=_at(day - timedelta(days=2), 9),
    )


# --- the supplier ---------------------------------------------------------------------------

def _commitments(dates: _Dates) -> list[Commitment]:
    plan = [
        (6, "Ketenkaart tot en met de spinnerij (tier 3) opstellen, publiceren en jaarlijks "
            "actualiseren."),
        (12, f"Audit (amfori BSCI of SLCP) van alle tier-1 confectieateliers van {DIRECT_SUPPLIER} "
             "in Bursa, Torbalı en İnegöl."),
        (18, "Klachtenmechanisme in de eigen taal van de werknemers (Turks, Arabisch, Bengaals) "
             "bij tier 1 en de ververij in Gazipur."),
        (24, f"Leefbaarloonanalyse bij {DIRECT_SUPPLIER} en een plan om de loonkloof te dichten."),
        (33, f"Training sociale dialoog voor management en teamleiders van {DIRECT_SUPPLIER}, "
             "samen met een convenantpartner."),
    ]
    return [Commitment(new_id(), text, _months(dates.start, months)) for months, text in plan]


def _supplier(content: Content, dates: _Dates) -> Supplier:
    return Supplier(
        id=new_id(), name=SUPPLIER_NAME,
        contract_reference=f"{dates.start.year}/{CONTRACT_NUMBER}",
        category=_pick(content.lists.categories, CATEGORY),
        covenant=_pick(content.lists.covenants, COVENANT),
        contract_start=dates.start, contract_end=dates.end, plan_of_action_date=dates.plan,
        contacts=[replace(c) for c in CONTACTS], commitments=_commitments(dates),
        notes=SUPPLIER_NOTES,
    )


# --- meeting 1: the kick-off ----------------------------------------------------------------

KICKOFF_TOPICS = ["managementproces"]
KICKOFF_ANSWERS: Texts = {
    "managementproces.effectiviteit": (
        f"Nog geen vast proces. Brinkhorst wil de maatregelen volgen via een kwartaaloverleg met "
        f"{DIRECT_SUPPLIER} en een jaarlijkse herijking van de risicoanalyse door de "
        "MVO-coördinator.", IMPROVE),
    "managementproces.audit": (
        "Van de drie ateliers van Çalışkan is alleen Bursa geaudit (amfori BSCI, score C, "
        "twee jaar oud). Torbalı en İnegöl volgen dit contractjaar.", IMPROVE),
    "managementproces.klachtenmechanisme": (
        "Er is alleen een ideeënbus bij Çalışkan. Brinkhorst onderzoekt een externe meldlijn via "
        "WhatsApp in het Turks en Arabisch.", POOR),
    "managementproces.werknemerstevredenheid": None,
    "managementproces.impact": None,
    "managementproces.training": (
        "Elif Yıldız heeft de due-diligencetraining van het convenant gevolgd; Çalışkan nog niet.",
        IMPROVE),
    "managementproces.kpi": None,
}


def _kickoff(content: Content, dates: _Dates) -> Meeting:
    meeting = _meeting(content, MeetingKind.DIALOGUE, dates.kickoff,
                       BUYER[:2] + SUPPLIER_SIDE[:2], "Kantoor Brinkhorst, Tilburg")
    meeting.topics = list(KICKOFF_TOPICS)
    meeting.answers = _answers(content.dialogue, meeting.topics, KICKOFF_ANSWERS)
    meeting.topic_notes = {"managementproces": TopicNotes(
        notes="Plan van aanpak doorgelopen; de vijf toezeggingen zijn haalbaar volgens Brinkhorst. "
              "Auditprogramma en klachtenmechanisme hebben voorrang.",
        internal_notes="Brinkhorst is klein (ca. 40 medewerkers) en heeft één persoon voor MVO. "
                       "Verwachtingen daarop afstemmen, maar tier 2 en 3 niet laten liggen.")}
    meeting.notes = ("Startgesprek ISV na gunning. Toegelicht: jaarlijkse rapportage, signalen en "
                     "hoe wij de redelijke inspanning toetsen. Brinkhorst deelt de ketenkaart en "
                     "de auditplanning.")
    meeting.internal_notes = ("Open en welwillende houding. Directeur kent de ISV-voorwaarden "
                              "nauwelijks; MVO-coördinator wel.")
    meeting.next_meeting = _months(dates.kickoff, 12)
    meeting.next_meeting_notes = "Dialooggesprek over alle drie de onderwerpen."
    return meeting


# --- meeting 2: the dialogue meeting, a year ago ----------------------------------------------

DIALOGUE_ANSWERS: Texts = {
    "managementproces.effectiviteit": (
        f"Kwartaaloverleg met {DIRECT_SUPPLIER} over auditbevindingen en klachten; jaarlijkse "
        "herijking van de risicoanalyse. Effectiviteit wordt gemeten aan open en gesloten "
        "auditbevindingen en het aantal afgehandelde klachten.", IMPROVE),
    "managementproces.audit": (
        "Alle drie de ateliers van Çalışkan zijn het afgelopen jaar geaudit (amfori BSCI): "
        "Bursa B, Torbalı en İnegöl C. De ververij en de spinnerij in Bangladesh hebben alleen een "
        "milieu-assessment (Higg FEM), geen sociale audit.", IMPROVE),
    "managementproces.klachtenmechanisme": (
        "Sinds een half jaar een WhatsApp-meldlijn in het Turks en Arabisch, beheerd door een "
        "extern bureau in İzmir. 14 meldingen, vooral over overuren en pauzes; 12 afgehandeld.",
        OK),
    "managementproces.werknemerstevredenheid": None,
    "managementproces.impact": (
        "Geen systematische impactmeting; Brinkhorst telt gesloten auditbevindingen.", POOR),
    "managementproces.training": (
        "Management van Çalışkan heeft een tweedaagse training sociale dialoog gevolgd via het "
        "convenant; teamleiders in Torbalı volgen dit najaar.", OK),
    "managementproces.kpi": (
        "Voorstel: vier KPI's per kwartaal — aandeel volume uit geauditte ateliers, open kritieke "
        "bevindingen, klachten ontvangen/afgehandeld, gemiddelde overuren per week bij Çalışkan.",
        IMPROVE),
    "incidenten.omgang": (
        "Procedure 'Afhandeling ISV-bevindingen' (versie 1.1): melding bij de MVO-coördinator, "
        "binnen vijf werkdagen met directeur en Çalışkan beoordeeld; kritieke bevindingen "
        "binnen 24 uur naar de directeur.", OK),
    "incidenten.acties": (
        "Verbeterplan binnen 30 dagen, verificatie door een onafhankelijke auditor, bij weigering "
        "een orderstop. Zo toegepast bij de overuren in Torbalı.", OK),
    "incidenten.stakeholderdialoog": (
        "Twee keer per jaar overleg met het convenantsecretariaat; via het convenant contact met "
        "een Turkse textielvakbond. Geen eigen contacten in Bangladesh.", IMPROVE),
    "incidenten.website": None,
    "incidenten.overtredingen": (
        "Procedure gedeeld; onderscheid tussen kritieke en overige bevindingen is helder.", OK),
    "incidenten.klachtenmechanisme": (
        "Meldingen komen geanonimiseerd ook bij Brinkhorst binnen; terugkoppeling aan de melder "
        "via dezelfde lijn. Werknemers in Bangladesh hebben er geen toegang toe.", IMPROVE),
    "incidenten.herstel": (
        "Nabetaling van de achterstallige overurentoeslag aan ruim 200 werknemers in Torbalı, "
        "gecontroleerd bij de follow-up-audit.", OK),
    "negatieve_impact.oorzaak": (
        "Brinkhorst erkent bijgedragen te hebben aan de overuren in Torbalı door spoedorders en "
        "late wijzigingen in de piek voor winterjassen. Blijkt uit een eigen analyse van de "
        "orderhistorie.", OK),
    "negatieve_impact.maatregelen": (
        "Minimale doorlooptijd 10 weken; spoedorders alleen na overleg met de productieleiding "
        "van Çalışkan; capaciteitsplanning per kwartaal gedeeld.", OK),
    "negatieve_impact.gap_analyse": (
        "Gap-analyse volgens de OESO-richtlijnen door een externe adviseur. Grootste gaten: "
        "monitoring van tier 2 en 3, en leefbaar loon.", OK),
    "negatieve_impact.maatregelen_convenant": (
        "Deelnemer aan het convenant; gebruikt de due-diligencebegeleiding en kent de "
        "klachtencommissie.", OK),
    "negatieve_impact.samenwerking": (
        "Onderzoekt met twee andere Nederlandse merken een gezamenlijke aanpak bij de ververij in "
        "Gazipur om meer invloed te krijgen; Brinkhorst alleen is daar minder dan 3% van de omzet.",
        IMPROVE),
}

DIALOGUE_TOPIC_NOTES = {
    "managementproces": TopicNotes(
        notes="Goede stap met de audits in Turkije. Bangladesh is de blinde vlek: geen sociale "
              "audit bij ververij of spinnerij. KPI's vanaf het volgende kwartaal rapporteren.",
        internal_notes="Auditrapporten van Torbalı en İnegöl zelf inzien, niet alleen de "
                       "samenvatting. Werknemerstevredenheid uit tijdgebrek niet besproken; "
                       "volgende keer eerst."),
    "incidenten": TopicNotes(
        notes="De afhandeling van de overuren in Torbalı laat zien dat de procedure werkt.",
        internal_notes="Navragen wie het externe bureau achter de meldlijn is en of het echt "
                       "onafhankelijk is van Çalışkan."),
    "negatieve_impact": TopicNotes(
        notes="Brinkhorst erkent de eigen bijdrage via de orderplanning en heeft die aangepast.",
        internal_notes="Onze eigen spoedbestelling van winterjassen vorig najaar heeft hieraan "
                       "bijgedragen. Intern bespreken met de budgethouder: niet opnieuw doen."),
}


def _dialogue(content: Content, dates: _Dates, closed: Signal) -> Meeting:
    meeting = _meeting(content, MeetingKind.DIALOGUE, dates.dialogue,
                       BUYER + SUPPLIER_SIDE[:2] + CHAIN_PARTNERS[:1],
                       "Kantoor opdrachtgever, Utrecht, vergaderzaal 3.08")
    meeting.topics = [topic.id for topic in content.dialogue.topics]
    meeting.answers = _answers(content.dialogue, meeting.topics, DIALOGUE_ANSWERS)
    meeting.topic_notes = {k: replace(v) for k, v in DIALOGUE_TOPIC_NOTES.items()
                           if k in meeting.topics}
    meeting.signal_discussions = {closed.id: SignalDiscussion(
        said="Follow-up-audit in Torbalı bevestigt de nabetaling; het laatste kwartaal geen weken "
             "boven de wettelijke grens.",
        decided="Signaal afgesloten: hersteld. Overuren blijven een KPI in het kwartaaldashboard.")}
    meeting.notes = ("Eerste volledige dialooggesprek. Brinkhorst heeft het afgelopen jaar "
                     "zichtbaar stappen gezet bij de directe toeleverancier; de volgende stap is "
                     "de keten in Bangladesh.")
    meeting.internal_notes = (
        "Directeur was defensief over leefbaar loon ('dat betaalt de aanbesteding niet'). "
        "Elif Yıldız is de drijvende kracht; haar positie lijkt kwetsbaar. Volgende keer de "
        "directeur aanspreken op budget. De prijsdruk in ons eigen contract meenemen in de "
        "evaluatie van de aanbesteding.")
    meeting.next_meeting = _months(dates.dialogue, 8)
    meeting.next_meeting_notes = (f"Toets van de jaarrapportage over het {ORDINAL[REVIEWED_YEAR]} "
                                  "contractjaar.")
    meeting.amendments = [Amendment(
        at=_at(dates.dialogue + timedelta(days=9), 10),
        reason="Aantal aangevuld na inzage in het follow-up-auditrapport.",
        text="Bij 'Toegang tot herstel en verhaal': het gaat om 212 werknemers, nabetaling over "
             "een periode van zeven maanden.")]
    return meeting


# --- meeting 3: the annual report review --------------------------------------------------------

REVIEW_TOPICS = ["communicatie", "separaat_rapport"]
REVIEW_ANSWERS: Texts = {
    "communicatie.hoe": (
        "Via de website (pagina 'Onze keten' met alle productielocaties), het jaarrapport ISV, "
        "het halfjaarlijkse overleg met Çalışkan en het convenant, en de meldlijn en posters in "
        "de ateliers.", OK),
    "communicatie.wat": (
        "Productielocaties tier 1 en 2 met adres, auditresultaten op hoofdlijnen, aantallen "
        "meldingen en de voortgang van het plan van aanpak.", OK),
    "communicatie.inzicht": (
        "Stakeholderkaart in bijlage A: werknemers Çalışkan, Turkse vakbond, convenantpartners, "
        "klanten. Werknemers van de ververij en lokale organisaties in Bangladesh ontbreken.",
        IMPROVE),
    "communicatie.middelen": (
        "Website, jaarrapport, WhatsApp-meldlijn (Turks, Arabisch), posters. Niets in het "
        "Bengaals.", IMPROVE),
    "separaat_rapport.plan": (
        "Het rapport loopt de vijf toezeggingen van het plan van aanpak één voor één door, met "
        "status en bewijs (auditrapporten, ketenkaart, KPI-dashboard).", OK),
    "separaat_rapport.behaald": (
        "Ketenkaart tot tier 3 gepubliceerd; alle tier-1-ateliers geaudit; follow-up-audit "
        "Torbalı zonder kritieke bevindingen; KPI-dashboard elk kwartaal.", OK),
    "separaat_rapport.niet_behaald": (
        "Klachtenmechanisme bij de ververij in Gazipur niet gerealiseerd: de ververij weigert. "
        "Leefbaarloonanalyse gedaan (loonkloof 18% in Torbalı), maar nog geen plan; schuift naar "
        "jaar 3.", IMPROVE),
    "separaat_rapport.risicomanagement": (
        "MVO-coördinator verantwoordelijk, directeur eindverantwoordelijk; risico's zijn vast "
        "agendapunt in het kwartaaloverleg met Çalışkan.", OK),
    "separaat_rapport.prioritering": (
        "Prioriteit: werktijden en lonen (tier 1), vakbondsvrijheid en veiligheid (tier 2). De "
        "scores voor Bangladesh zijn niet geactualiseerd.", IMPROVE),
    "separaat_rapport.plan_van_aanpak": (
        "Twee van de vier opeisbare toezeggingen gehaald; zie de toetsing per toezegging.",
        IMPROVE),
    "separaat_rapport.impact": (
        "Gemiddelde overuren in Torbalı gedaald van 14 naar 6 uur per week; 212 werknemers "
        "nabetaald.", OK),
    "separaat_rapport.stakeholders": (
        "Turkse vakbond geraadpleegd over de meldlijn; in Bangladesh niemand geraadpleegd.", POOR),
    "separaat_rapport.uitdagingen": (
        "Weinig invloed bij de ververij; inflatie in Turkije maakt loonafspraken lastig; "
        "prijsdruk in aanbestedingen.", OK),
    "separaat_rapport.kpi": ("Vier KPI's per kwartaal, dashboard in bijlage C.", OK),
    "separaat_rapport.toekomstvisie": None,
    "separaat_rapport.initiatieven": (
        "Onderzoekt met twee andere convenantdeelnemers een gezamenlijke aanpak voor ververijen "
        "in Bangladesh; GOTS-gecertificeerd katoen voor de polo's vanaf volgend jaar.", OK),
}

REVIEW_CONTENTS = {
    "rapport.risicoanalyse": (Presence.PARTLY,
                              "Geactualiseerd voor Turkije; voor Bangladesh (tier 2 en 3) zijn de "
                              "scores van twee jaar geleden overgenomen."),
    "rapport.maatregelen": (Presence.PRESENT,
                            "Per toezegging uit het plan van aanpak status en bewijs."),
    "rapport.signalen": (Presence.PRESENT,
                         "Het signaal over overuren in Torbalı is beschreven: melding, "
                         "verbeterplan, nabetaling en follow-up-audit."),
}

COMMITMENT_CHECKS: list[tuple[bool | None, str]] = [
    (True, "Ketenkaart in bijlage B en op de website."),
    (True, "Auditrapporten van Bursa, Torbalı en İnegöl ingezien."),
    (False, "Alleen bij tier 1; werknemers van de ververij in Gazipur hebben geen toegang."),
    (False, "Analyse gedaan (loonkloof 18%), maar het plan om de kloof te dichten ontbreekt."),
    (None, "Termijn loopt nog; toetsen in de rapportage over jaar 3."),
]

VERDICT_REASONS = (
    "Bij de directe toeleverancier levert Brinkhorst aantoonbaar inspanning: alle ateliers "
    "geaudit, het overurensignaal afgehandeld met herstel voor de werknemers, een werkend "
    "klachtenmechanisme. Verderop in de keten (ververij en spinnerij in Bangladesh) blijft de "
    "inspanning achter: geen sociale audit, geen klachtenmechanisme, geen consultatie en een "
    "verouderde risicoanalyse. Leefbaar loon is geanalyseerd, maar zonder plan.")
EXPECTATIONS = (
    "In de rapportage over jaar 3 verwachten wij: (1) een actuele risicoanalyse inclusief tier 2 "
    "en 3 in Bangladesh; (2) aantoonbare stappen om werknemers van de ververij toegang te geven "
    "tot een klachtenmechanisme, zo nodig via convenantpartners; (3) een plan met bedragen en "
    "termijnen om de loonkloof bij Çalışkan te verkleinen; (4) verslag van de training sociale "
    "dialoog.")


def _annual_review(content: Content, dates: _Dates, supplier: Supplier) -> AnnualReview:
    required = {item.id for item in content.annual_review.required}
    checks = zip(supplier.commitments, COMMITMENT_CHECKS)
    return AnnualReview(
        contract_year=dates.review.year - 1,  # the app's convention (meetings.change_kind)
        contents={k: ContentCheck(p, c) for k, (p, c) in REVIEW_CONTENTS.items() if k in required},
        commitments={c.id: CommitmentCheck(met, comment) for c, (met, comment) in checks},
        verdict=Verdict.PARTLY, verdict_reasons=VERDICT_REASONS, expectations=EXPECTATIONS,
    )


def _review_meeting(content: Content, dates: _Dates, supplier: Supplier) -> Meeting:
    questionnaire = content.annual_review
    meeting = _meeting(content, MeetingKind.ANNUAL_REVIEW, dates.review,
                       [BUYER[0], BUYER[2]] + SUPPLIER_SIDE[:2], "Kantoor Brinkhorst, Tilburg")
    meeting.topics = [t for t in REVIEW_TOPICS if questionnaire.topic(t)]
    meeting.answers = _answers(questionnaire, meeting.topics, REVIEW_ANSWERS)
    meeting.topic_notes = {
        "communicatie": TopicNotes(
            notes="Communicatie in Turkije op orde; Bangladesh ontbreekt nog.",
            internal_notes="Website gecontroleerd: ketenpagina klopt met de ketenkaart."),
        "separaat_rapport": TopicNotes(
            notes="Helder, eerlijk rapport van 14 pagina's; ook wat niet lukte staat erin.",
            internal_notes="Loonkloof van 18% is fors; navragen welke benchmark is gebruikt."),
    }
    meeting.review = _annual_review(content, dates, supplier)
    meeting.notes = (f"Toets van de jaarrapportage over het {ORDINAL[REVIEWED_YEAR]} contractjaar. "
                     "Brinkhorst publiceert geen duurzaamheidsverslag; getoetst is het separate "
                     "jaarrapport ISV (MKB).")
    meeting.internal_notes = ("Oordeel 'deels' intern afgestemd met de categoriemanager. Geen "
                              "aanleiding voor contractuele maatregelen; wel scherper volgen.")
    meeting.next_meeting = _workday(dates.review + timedelta(weeks=16))
    meeting.next_meeting_notes = "Dialooggesprek; voortgang Bangladesh en leefbaar loon."
    return meeting


FIRST_REVIEW_CONTENTS = {
    "rapport.risicoanalyse": (Presence.MISSING,
                              "Alleen een algemene landenlijst; geen risicoanalyse per schakel "
                              "in de keten."),
    "rapport.maatregelen": (Presence.PARTLY,
                            "Audits in Turkije beschreven; de overige toezeggingen ontbreken."),
    "rapport.signalen": (Presence.PRESENT,
                         "Het overurensignaal in Torbalı staat erin, nog zonder afloop."),
}

FIRST_REVIEW_COMMITMENTS: list[tuple[bool | None, str]] = [
    (False, "Ketenkaart alleen tot tier 1."),
    (None, "Twee van de drie ateliers geaudit; termijn loopt nog."),
    (None, "Termijn loopt nog."),
    (None, "Termijn loopt nog."),
    (None, "Termijn loopt nog."),
]


FIRST_REVIEW_ANSWERS: Texts = {
    "separaat_rapport.plan": (
        "Van de vijf toezeggingen komt alleen de auditplanning terug in het rapport.", POOR),
    "separaat_rapport.behaald": ("Twee van de drie ateliers in Turkije geaudit.", IMPROVE),
    "separaat_rapport.niet_behaald": (
        "Ketenkaart en risicoanalyse ontbreken; het rapport zegt niet hoe dat wordt ingehaald.",
        POOR),
}


def _first_review_meeting(content: Content, dates: _Dates, supplier: Supplier) -> Meeting:
    """The first year's report, reviewed at the desk: thin, and honestly judged so."""
    required = {item.id for item in content.annual_review.required}
    checks = zip(supplier.commitments, FIRST_REVIEW_COMMITMENTS)
    meeting = _meeting(content, MeetingKind.ANNUAL_REVIEW, dates.first_review, [BUYER[0]],
                       "Bureautoets, kantoor opdrachtgever")
    meeting.topics = ["separaat_rapport"]
    meeting.answers = _answers(content.annual_review, meeting.topics, FIRST_REVIEW_ANSWERS)
    meeting.review = AnnualReview(
        contract_year=dates.first_review.year - 1,
        contents={k: ContentCheck(p, c) for k, (p, c) in FIRST_REVIEW_CONTENTS.items()
                  if k in required},
        commitments={c.id: CommitmentCheck(met, comment) for c, (met, comment) in checks},
        verdict=Verdict.NO,
        verdict_reasons=("Het eerste jaarrapport is te mager om een redelijke inspanning aan te "
                         "tonen: geen risicoanalyse per schakel en de ketenkaart stopt bij "
                         "tier 1. Wel een goede start met audits in Turkije."),
        expectations="Een risicoanalyse per schakel en een ketenkaart tot en met tier 3.")
    meeting.notes = ("Toets van de jaarrapportage over het eerste contractjaar, aan het bureau. "
                     "Bevindingen besproken in het volgende dialooggesprek.")
    meeting.internal_notes = "Eerste rapport; streng maar constructief beoordeeld."
    return meeting


# --- the signals and meeting 4 ------------------------------------------------------------------

def _closed_signal(content: Content, dates: _Dates) -> Signal:
    received = dates.closed_signal
    talk = received + timedelta(days=6)
    return Signal(
        id=new_id(), received=received,
        description=(f"Bij de audit van het naaiatelier van {DIRECT_SUPPLIER} in Torbalı "
                     "(İzmir) bleek dat overuren in piekweken niet met de wettelijke toeslag van "
                     "50% werden betaald en dat werknemers tot 66 uur per week werkten."),
        chain_position="directe_toeleverancier",
        channel=_pick(content.signals.channels, "leverancier"),
        source=f"{CSR_COORDINATOR} (Brinkhorst), per e-mail met het auditrapport als bijlage.",
        norm=_pick(content.signals.norms, "werktijden"),
        status=SignalStatus.CLOSED,
        steps=[
            EscalationStep(new_id(), "gesprek", talk, CONTRACT_MANAGER,
                           "Brinkhorst meldde het zelf en stelde direct maatregelen voor; een "
                           "gesprek is de passende eerste stap.",
                           notes="Telefonisch met Ruud Brinkhorst en Elif Yıldız."),
            EscalationStep(new_id(), "verbeterplan", talk, CONTRACT_MANAGER,
                           "Directe toeleverancier: Brinkhorst kan een verbeterplan eisen. Nodig "
                           "omdat werknemers loon te goed hebben.",
                           deadline=_months(talk, 3), complied=True,
                           notes="Verbeterplan van Çalışkan op tijd ontvangen; nabetaling "
                                 "bevestigd bij de follow-up-audit."),
        ],
        outcome="herstel_en_verhaal", closed_on=dates.dialogue,
        outcome_notes=("212 werknemers hebben de achterstallige toeslag ontvangen; Brinkhorst "
                       "heeft de orderplanning aangepast (minimaal 10 weken doorlooptijd). "
                       "Afgesloten in het dialooggesprek."),
    )


def _open_signal(content: Content, dates: _Dates) -> Signal:
    meeting = dates.signal_meeting
    return Signal(
        id=new_id(), received=dates.open_signal,
        description=(f"Bij {DYEING_MILL} (Gazipur, Bangladesh), de ververij van het katoen voor "
                     "de werkbroeken en polo's, zouden 23 werknemers zijn ontslagen kort nadat zij "
                     "een vakbond hadden geregistreerd. Ook zouden overuren in de "
                     "afwerkingsafdeling niet volledig worden uitbetaald."),
        chain_position="verderop_in_keten",
        channel=_pick(content.signals.channels, "ngo"),
        source=("Shirin Akter, coördinator van een arbeidsrechtenorganisatie in Gazipur, via het "
                "convenantsecretariaat. Vertrouwelijk: zij vreest represailles tegen de melders "
                "als haar naam of organisatie bij de ververij bekend wordt."),
        norm=_pick(content.signals.norms, "vakbondsvrijheid"),
        steps=[
            EscalationStep(new_id(), "gesprek", meeting, CONTRACT_MANAGER,
                           "Eerste stap volgens de leidraad. De schending zit verderop in de "
                           "keten; Brinkhorst kan alleen via Çalışkan en het convenant druk "
                           "uitoefenen. Een zwaardere maatregel staat niet in verhouding zolang "
                           "Brinkhorst meewerkt.",
                           notes="Brinkhorst werkt constructief mee; zie verslag."),
            EscalationStep(new_id(), "verbeterplan", meeting, CONTRACT_MANAGER,
                           "Het signaal is ernstig (ontslag wegens vakbondslidmaatschap). Een "
                           "plan met termijnen maakt toetsbaar welke invloed Brinkhorst gebruikt.",
                           deadline=meeting + timedelta(weeks=4)),
        ],
    )


SIGNAL_ANSWERS: Texts = {
    "incidenten.omgang": (
        "Brinkhorst hoorde het pas van ons; Çalışkan had het niet gemeld. De eigen procedure is "
        "gevolgd: binnen een week navraag via Çalışkan en de sourcing agent.", IMPROVE),
    "incidenten.acties": (
        "Navraag bij de ververij gedaan; voorstel voor een gezamenlijk onderzoek met andere "
        "afnemers via het convenant. Verbeterplan volgt binnen vier weken.", OK),
    "incidenten.stakeholderdialoog": (
        "Nog geen contact met de vakbond of lokale organisaties in Gazipur; Brinkhorst wil dit "
        "via het convenantsecretariaat leggen.", IMPROVE),
    "incidenten.website": None,
    "incidenten.overtredingen": (
        "Ontslag wegens vakbondslidmaatschap is in de procedure een kritieke bevinding; "
        "Brinkhorst behandelt het ook zo.", OK),
    "incidenten.klachtenmechanisme": (
        "De ontslagen werknemers konden nergens terecht: de meldlijn geldt niet voor de "
        "ververij. Zie de open afspraak hierover.", POOR),
    "incidenten.herstel": (
        "Brinkhorst zet in op herplaatsing van de ontslagen werknemers of een ontslagvergoeding "
        "volgens de Bangladesh Labour Act, en op nabetaling van overuren.", IMPROVE),
}
SIGNAL_TOPIC_NOTES = TopicNotes(
    notes="Procedure werkt voor tier 1; voor de ververij ontbreken nog contacten en een "
          "klachtenmechanisme.",
    internal_notes="Vragen waarom Çalışkan dit niet zelf meldde; zij kopen de stof in.")


def _signal_meeting(content: Content, dates: _Dates, signal: Signal) -> Meeting:
    meeting = _meeting(content, MeetingKind.SIGNAL, dates.signal_meeting,
                       [BUYER[0], BUYER[2]] + SUPPLIER_SIDE[:2] + CHAIN_PARTNERS,
                       "Online (videoverbinding)")
    meeting.topics = default_topics(MeetingKind.SIGNAL, content)
    meeting.answers = _answers(questionnaire_for(MeetingKind.SIGNAL, content), meeting.topics,
                               SIGNAL_ANSWERS)
    if "incidenten" in meeting.topics:
        meeting.topic_notes = {"incidenten": replace(SIGNAL_TOPIC_NOTES)}
    meeting.signal_discussions = {signal.id: SignalDiscussion(
        said=(f"Brinkhorst bevestigt dat {DYEING_MILL} ca. 40% van het katoen onder dit contract "
              "verft. Çalışkan heeft navraag gedaan: de ververij ontkent ontslag wegens "
              "vakbondslidmaatschap, maar spreekt van 'herstructurering' in de afwerking. Over "
              "de overuren nog geen reactie."),
        decided=("Het signaal is voldoende onderbouwd om op te volgen. Brinkhorst levert binnen "
                 "vier weken een verbeterplan: gesprek via Çalışkan met de directie van de "
                 "ververij over herplaatsing en erkenning van de vakbond; samen met andere "
                 "afnemers via het convenant een onafhankelijk onderzoek; orders niet "
                 "verplaatsen zolang de ververij meewerkt."))}
    meeting.notes = ("Extra gesprek over het signaal bij de ververij in Gazipur. De bron is bij "
                     "Brinkhorst niet bekendgemaakt.")
    meeting.internal_notes = ("Tanvir Hossain lijkt de ververij goed te kennen, maar zijn "
                              "belang is de orders te houden. Bevindingen laten verifiëren door "
                              "een onafhankelijke partij.")
    meeting.next_meeting = dates.next_meeting
    meeting.next_meeting_notes = "Dialooggesprek; verbeterplan ververij en plan leefbaar loon."
    return meeting


# --- agreements ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Meetings:
    kickoff: Meeting
    first_review: Meeting
    dialogue: Meeting
    review: Meeting
    signal: Meeting


def _done(text: str, made: Meeting, owner: str, due: date, closed: Meeting, note: str) -> Agreement:
    return Agreement(new_id(), text, made.id, owner, due, AgreementStatus.DONE,
                     [AgreementUpdate(closed.id, AgreementStatus.DONE, note)])


def _closed_agreements(m: _Meetings) -> list[Agreement]:
    kickoff, dialogue = m.kickoff.date, m.dialogue.date
    return [
        _done("Ketenkaart tot en met tier 3 (spinnerij en ververij) toesturen.", m.kickoff,
              CSR_COORDINATOR, _months(kickoff, 3), m.dialogue,
              "Ontvangen en gepubliceerd op de website."),
        _done("Contactgegevens convenantsecretariaat en voorbeeld jaarrapportage sturen.",
              m.kickoff, CONTRACT_MANAGER, kickoff + timedelta(weeks=2), m.dialogue,
              "Verstuurd direct na het startgesprek."),
        _done("Auditplanning voor de drie ateliers van Çalışkan delen.", m.kickoff,
              CSR_COORDINATOR, _months(kickoff, 2), m.dialogue, "Alle drie inmiddels geaudit."),
        _done("Risicoanalyse per schakel in de keten opstellen en toesturen.", m.first_review,
              CSR_COORDINATOR, _months(m.first_review.date, 3), m.dialogue,
              "Ontvangen; Bangladesh nog op basis van oude scores."),
        _done("Elk kwartaal het KPI-dashboard (vier KPI's) toesturen.", m.dialogue,
              CSR_COORDINATOR, _months(dialogue, 3), m.review,
              "Drie kwartalen op tijd ontvangen; loopt door als vaste werkwijze."),
        Agreement(new_id(), "Gezamenlijk werkbezoek aan de ateliers in Bursa en Torbalı.",
                  m.dialogue.id, f"{CONTRACT_MANAGER} en {SUPPLIER_DIRECTOR}",
                  _months(dialogue, 6), AgreementStatus.CANCELLED,
                  [AgreementUpdate(m.review.id, AgreementStatus.CANCELLED,
                                   "Vervallen: geen reisbudget. In plaats daarvan een "
                                   "videorondleiding door Çalışkan.")]),
    ]


def _open_agreements(m: _Meetings) -> list[Agreement]:
    dialogue, review, signal = m.dialogue.date, m.review.date, m.signal.date
    return [
        Agreement(new_id(), "Werknemers van de ververij in Gazipur toegang geven tot een "
                            "klachtenmechanisme in het Bengaals.", m.dialogue.id,
                  CSR_COORDINATOR, _months(dialogue, 6), updates=[
                      AgreementUpdate(m.review.id, AgreementStatus.OPEN,
                                      "Ververij weigert; Brinkhorst zoekt via convenantpartners "
                                      "een lokale organisatie."),
                      AgreementUpdate(m.signal.id, AgreementStatus.OPEN,
                                      "Onderdeel van het verbeterplan voor de ververij.")]),
        Agreement(new_id(), "Actuele risicoanalyse voor tier 2 en 3 in Bangladesh toesturen.",
                  m.review.id, CSR_COORDINATOR, review + timedelta(weeks=10), updates=[
                      AgreementUpdate(m.signal.id, AgreementStatus.OPEN,
                                      "Nog niet ontvangen; toegezegd binnen twee weken.")]),
        Agreement(new_id(), "Plan leefbaar loon voor Çalışkan met bedragen en termijnen.",
                  m.review.id, SUPPLIER_DIRECTOR, _months(review, 6), updates=[
                      AgreementUpdate(m.signal.id, AgreementStatus.OPEN,
                                      "Op schema; eerste versie in het volgende dialooggesprek.")]),
        Agreement(new_id(), "Verbeterplan over het signaal bij de ververij in Gazipur, met "
                            "termijnen.", m.signal.id, SUPPLIER_DIRECTOR,
                  signal + timedelta(weeks=4)),
        Agreement(new_id(), "Signaal geanonimiseerd voorleggen aan het convenantsecretariaat voor "
                            "advies over een gezamenlijke aanpak.", m.signal.id,
                  CONTRACT_MANAGER, signal + timedelta(weeks=5)),
    ]


# --- the whole dossier --------------------------------------------------------------------------

def build_demo(content: Content, today: date) -> Dossier:
    """The demo dossier, dated around ``today``; pure, nothing is written."""
    dates = _Dates.around(today)
    supplier = _supplier(content, dates)
    closed, open_ = _closed_signal(content, dates), _open_signal(content, dates)
    meetings = _Meetings(
        kickoff=_kickoff(content, dates),
        first_review=_first_review_meeting(content, dates, supplier),
        dialogue=_dialogue(content, dates, closed),
        review=_review_meeting(content, dates, supplier),
        signal=_signal_meeting(content, dates, open_),
    )
    return Dossier(
        supplier=supplier,
        meetings=[meetings.kickoff, meetings.first_review, meetings.dialogue, meetings.review,
                  meetings.signal],
        agreements=_closed_agreements(meetings) + _open_agreements(meetings),
        signals=[closed, open_],
    )


def create_demo(folder: DataFolder, content: Content, today: date | None = None) -> Dossier:
    """Write a new demo supplier into ``folder`` and return its dossier."""
    dossier = build_demo(content, today or date.today())
    check_references(dossier, "demo")
    with folder.create(dossier.supplier) as file:
        file.replace_all(dossier)
    return dossier
