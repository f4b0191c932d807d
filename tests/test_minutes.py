"""The PDF minutes, read back the way a person or a search would: with pdftotext.

The dossier below is a full, realistic one (every topic, agreements old and new,
a signal with steps and a confidential source, internal notes) with marker strings
that must reach, or must never reach, a given edition.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from isv_dialogue.errors import IsvError, NotFoundError
from isv_dialogue.minutes import render_minutes
from isv_dialogue.minutes.strings import EN, NL
from isv_dialogue.model import (
    Agreement, AgreementStatus, AgreementUpdate, Amendment, AnnualReview, Answer, Assessment,
    Commitment, CommitmentCheck, ContentCheck, Contact, Dossier, EscalationStep, Meeting,
    MeetingKind, MeetingStatus, Participant, Presence, Side, Signal, SignalDiscussion, SignalStatus, Supplier,
    TopicNotes, Verdict,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

# Strings that may appear only in the internal edition.
SECRET_MEETING = "GEHEIM-VERGADERNOTITIE-7731"
SECRET_TOPIC = "GEHEIM-ONDERWERPNOTITIE-5512"
SECRET_SOURCE = "GEHEIME-BRON-klokkenluider-Ayşe-9904"
SECRET_SUPPLIER = "GEHEIM-LEVERANCIERNOTITIE-2208"

TURKISH = "Çalışkan Tekstil A.Ş."
NASTY = [
    "a < b && c > d; \"quoted\" 'single' &amp; &lt;",
    "<b>unclosed bold and <i>italic",
    "İstanbul Işık ğüşöç ĞÜŞÖÇ ı",
    "Zażółć gęślą jaźń ŁÓDŹ",
    "Tiếng Việt có dấu: Nguyễn Thị Hương, phường Bến Nghé",
    "中文测试：供应商工厂的工人",
    "emoji 😀 👍 🎉 ❤ ☕",
    "newer or composed: 🥲 👍🏽 👨\u200d👩\u200d👧 ❤\ufe0f e\u0301",
]

FIN = datetime(2025, 3, 14, 9, 30, tzinfo=timezone.utc)


def full_dossier(*, final: bool = False) -> Dossier:
    supplier = Supplier(
        id="sup1", name=TURKISH, contract_reference="2024/INK-0042 (raamovereenkomst bedrijfskleding)",
        category="bedrijfskleding", covenant="", contract_start=date(2024, 1, 1),
        contract_end=date(2027, 12, 31), plan_of_action_date=date(2024, 2, 15),
        contacts=[Contact("Mehmet Çalışkan", "Directeur")],
        commitments=[Commitment("c1", "Risicoanalyse van alle naaiateliers in Turkije en Bangladesh", date(2024, 6, 30)),
                     Commitment("c2", "Klachtenmechanisme in het Turks en Bengaals", date(2024, 12, 31))],
        notes=SECRET_SUPPLIER,
    )
    earlier = Meeting(
        id="m0", date=date(2024, 9, 12), kind=MeetingKind.DIALOGUE, questionnaire_id="dialoog",
        questionnaire_version=1, topics=["managementproces"],
        participants=[Participant("Anna de Vries", Side.BUYER, "Contractmanager"),
                      Participant("Mehmet Çalışkan", Side.SUPPLIER, "Directeur")],
        status=MeetingStatus.FINAL, finalised_at=datetime(2024, 9, 13, 8, tzinfo=timezone.utc),
        created_at=datetime(2024, 9, 1, tzinfo=timezone.utc),
    )
    answers = {
        "managementproces.effectiviteit": Answer(True, "Jaarlijkse review door de directie aan de hand van auditresultaten en klachten.", Assessment.SUFFICIENT),
        "managementproces.audit": Answer(True, "Alle tier-1 ateliers zijn in 2024 door een derde partij geaudit (amfori BSCI). "
                                         "De rapporten zijn gedeeld met de opdrachtgever.", Assessment.SUFFICIENT),
        "managementproces.klachtenmechanisme": Answer(True, "Een telefoonlijn bestaat, maar is alleen in het Engels beschikbaar.", Assessment.NEEDS_IMPROVEMENT),
        "managementproces.kpi": Answer(True, "", None),
        "incidenten.omgang": Answer(True, "Incidenten worden binnen 48 uur gemeld aan de directie.", Assessment.SUFFICIENT),
        "incidenten.stakeholderdialoog": Answer(True, "Overleg met de lokale vakbond twee keer per jaar.", Assessment.SUFFICIENT),
        "incidenten.herstel": Answer(True, "Er is geen procedure voor herstel en verhaal.", Assessment.INSUFFICIENT),
        "negatieve_impact.oorzaak": Answer(True, "Het bedrijf heeft bijgedragen via krappe levertijden.", Assessment.NEEDS_IMPROVEMENT),
        "negatieve_impact.samenwerking": Answer(True, "\n".join(NASTY), Assessment.NEEDS_IMPROVEMENT),
    }
    meeting = Meeting(
        id="m1", date=date(2025, 3, 12), kind=MeetingKind.DIALOGUE, questionnaire_id="dialoog",
        questionnaire_version=1, topics=["managementproces", "incidenten", "negatieve_impact"],
        participants=[Participant("Anna de Vries", Side.BUYER, "Contractmanager, Rijksinkoop"),
                      Participant("Pieter Jansen", Side.BUYER, "Categoriemanager textiel"),
                      Participant("Mehmet Çalışkan", Side.SUPPLIER, "Directeur"),
                      Participant("Nguyễn Thị Hương", Side.SUPPLIER, "MVO-coördinator")],
        location="Den Haag, Rijnstraat 8", answers=answers,
        topic_notes={"managementproces": TopicNotes("Het auditprogramma loopt goed.", SECRET_TOPIC),
                     "incidenten": TopicNotes("", "Let op: lijkt klachten te bagatelliseren.")},
        notes="De leverancier werkt constructief mee en deelt informatie open.",
        internal_notes=SECRET_MEETING,
        signal_discussions={},
        next_meeting=date(2025, 9, 15),
        next_meeting_notes="Voortgang klachtenmechanisme; resultaten van het onderzoek naar overuren.",
        created_at=datetime(2025, 3, 1, tzinfo=timezone.utc),
    )
    if final:
        meeting.status = MeetingStatus.FINAL
        meeting.finalised_at = FIN
        meeting.amendments = [Amendment(datetime(2025, 3, 20, 13, 5, tzinfo=timezone.utc),
                                        "Naam deelnemer verkeerd gespeld", "Lees 'Nguyễn Thị Hương' in plaats van 'Nguyen Thi Huong'.")]
    agreements = [
        Agreement("a0", "Auditrapporten van tier-1 ateliers delen", "m0", "Mehmet Çalışkan", date(2024, 12, 1),
                  AgreementStatus.DONE, [AgreementUpdate("m1", AgreementStatus.DONE, "Ontvangen op 3 februari.")]),
        Agreement("a00", "Plan voor leefbaar loon opstellen", "m0", "Leverancier", date(2025, 6, 1)),
        Agreement("a1", "Klachtenmechanisme ook in het Turks en Bengaals openstellen", "m1",
                  "Nguyễn Thị Hương", date(2025, 6, 30)),
        Agreement("a2", "Onderzoek naar overuren bij toeleverancier in Bursa laten uitvoeren", "m1",
                  "Mehmet Çalışkan", date(2025, 5, 1)),
        Agreement("a3", "Verslag sturen aan de leverancier", "m1", "Anna de Vries", date(2025, 3, 19)),
    ]
    signal = Signal(
        id="g1", received=date(2025, 1, 20),
        description="Melding van structurele overuren (tot 70 uur per week) bij een naaiatelier in Bursa.",
        chain_position="directe_toeleverancier", channel="klokkenluider", source=SECRET_SOURCE,
        norm="werktijden",
        steps=[EscalationStep("st1", "gesprek", date(2025, 1, 28), "Anna de Vries",
                              "Signaal besproken met de directie", date(2025, 2, 28), True),
               EscalationStep("st2", "verbeterplan", date(2025, 2, 10), "Mehmet Çalışkan",
                              "Verbeterplan geëist van het atelier", date(2025, 4, 30), None,
                              "Plan in concept ontvangen")],
    )
    closed = Signal(id="g0", received=date(2024, 3, 1), description="Oud signaal, afgesloten.",
                    chain_position="eigen_bedrijf", status=SignalStatus.CLOSED, closed_on=date(2024, 5, 1),
                    outcome="opgelost")
    return Dossier(supplier, [earlier, meeting], agreements, [closed, signal])


def pdftext(pdf: bytes, tmp_path: Path, *, body_only: bool = False, name: str = "m.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    args = ["pdftotext", "-enc", "UTF-8"]
    if body_only:  # A4 at 72 dpi, without header (top 25 mm) and footer (bottom 22 mm)
        args += ["-x", "0", "-y", "71", "-W", "595", "-H", "708"]
    return subprocess.run(args + [str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def draft_nl(content) -> bytes:
    return render_minutes(full_dossier(), "m1", content)


def test_draft_in_dutch_has_title_fixed_text_questionnaire_and_page_numbers(draft_nl, content, tmp_path):
    text = pdftext(draft_nl, tmp_path)
    pages = text.count("\f")
    assert "Verslag dialooggesprek ISV" in text
    assert TURKISH in text and "2024/INK-0042" in text and "12 maart 2025" in text
    for key in ("h.participants", "h.topics", "h.agreements", "h.signals", "h.next", "h.signatures"):
        assert NL[key] in text, key
    for topic in content.dialogue.topics:
        assert topic.title.nl in flat(text)
        for item in topic.questions:
            assert item.text.nl in flat(text)
    assert "Audit/assessment programma" in text
    assert "Niet besproken:" in text and "Werknemerstevredenheidsonderzoek" in flat(text)
    assert "Verbetering nodig" in text and "Onvoldoende" in text
    assert f"pagina 1 van {pages}" in text and f"pagina {pages} van {pages}" in text
    assert "CONCEPT" in text


def test_english_edition_uses_english_fixed_text_and_questionnaire(content, tmp_path):
    pdf = render_minutes(full_dossier(final=True), "m1", content, lang="en")
    text = pdftext(pdf, tmp_path)
    assert "Minutes of the ISV dialogue meeting" in text and "12 March 2025" in text
    for key in ("h.participants", "h.topics", "h.agreements", "h.next", "h.signatures", "h.history"):
        assert EN[key] in text, key
    assert content.dialogue.topics[0].title.en in text
    assert "Grievance mechanism" in text and "Audit/assessment programme" in text
    assert "Werknemerstevredenheidsonderzoek" not in text  # questionnaire wording is English too
    assert re.search(r"page 1 of \d+", text)
    for dutch in ("pagina", "Deelnemers", "Afspraken", "Niet besproken", "Beoordeling"):
        assert dutch not in text, dutch


def test_both_languages_have_the_same_fixed_texts():
    assert NL.keys() == EN.keys()


def test_supplier_edition_leaves_out_every_internal_text(content, tmp_path):
    dossier = full_dossier()
    for lang in ("nl", "en"):
        internal = pdftext(render_minutes(dossier, "m1", content, lang=lang), tmp_path)
        supplier = pdftext(render_minutes(dossier, "m1", content, lang=lang, audience="supplier"),
                           tmp_path)
        for secret in (SECRET_MEETING, SECRET_TOPIC, SECRET_SOURCE, SECRET_SUPPLIER):
            assert secret in flat(internal), secret
            assert secret not in flat(supplier), secret
            assert secret[:12] not in supplier
        assert "Let op: lijkt klachten" not in supplier
        assert "Klokkenluider" not in supplier and "Whistleblower" not in supplier
        # What the supplier may see is still there.
        assert "structurele overuren" in supplier
        assert "Het auditprogramma loopt goed." in supplier


def test_typed_text_comes_out_exactly_as_typed(draft_nl, tmp_path):
    text = flat(pdftext(draft_nl, tmp_path, body_only=True))
    for nasty in NASTY:
        assert nasty in text, nasty
    assert "Nguyễn Thị Hương" in text


def test_a_60000_character_word_and_a_5000_character_cell_survive_whole(content, tmp_path):
    dossier = full_dossier(final=True)
    word = "".join(chr(ord("a") + (i * 7) % 26) for i in range(60_000))
    cell = "Ç" + "x" * 4_998 + "Ş"
    dossier.meetings[1].notes = word
    dossier.agreements[2].text = cell
    pdf = render_minutes(dossier, "m1", content)
    body = pdftext(pdf, tmp_path, body_only=True)
    assert word in re.sub(r"\s", "", body)
    # The cell runs over a page break, where the table repeats its header row.
    assert "".join(re.findall(r"^[ÇxŞ]+$", body, re.M)) == cell


def test_draft_has_watermark_and_final_has_none(content, tmp_path):
    final = pdftext(render_minutes(full_dossier(final=True), "m1", content), tmp_path)
    assert "CONCEPT" not in final and "Definitief, vastgesteld op 14 maart 2025, 10:30" in flat(final)
    draft_en = pdftext(render_minutes(full_dossier(), "m1", content, lang="en"), tmp_path)
    assert "DRAFT" in draft_en


def test_final_renders_to_the_same_bytes_with_its_own_date(content):
    first = render_minutes(full_dossier(final=True), "m1", content)
    second = render_minutes(full_dossier(final=True), "m1", content, lang="nl")
    assert first == second
    assert b"D:20250314093000" in first


def test_amendments_are_listed_with_time_and_reason(content, tmp_path):
    text = flat(pdftext(render_minutes(full_dossier(final=True), "m1", content), tmp_path))
    assert "Wijzigingen na vaststelling" in text
    assert "20 maart 2025, 14:05" in text and "Naam deelnemer verkeerd gespeld" in text


def test_agreements_new_and_running_with_status(draft_nl, tmp_path):
    text = flat(pdftext(draft_nl, tmp_path))
    assert "Nieuwe afspraken uit dit gesprek" in text and "Afspraken uit eerdere gesprekken" in text
    assert "Klachtenmechanisme ook in het Turks en Bengaals openstellen" in text
    assert "Plan voor leefbaar loon opstellen" in text  # still open from the earlier meeting
    assert "Afgerond" in text and "Ontvangen op 3 februari." in text  # updated in this meeting


def test_open_signal_shows_steps_and_expectation_closed_one_does_not(draft_nl, tmp_path):
    text = flat(pdftext(draft_nl, tmp_path))
    assert "Signaal 2 – Werktijden" in text and "Directe toeleverancier" in text
    assert "Verbeterplan geëist" in text and "Plan in concept ontvangen" in text
    assert "Bij directe toeleveranciers kan hij een verbeterplan eisen" in text
    assert "Oud signaal, afgesloten." not in text


def test_annual_review_renders_contents_commitments_and_verdict(content, tmp_path):
    dossier = full_dossier()
    review = AnnualReview(
        contract_year=2024,
        contents={"rapport.risicoanalyse": ContentCheck(Presence.PRESENT, "Actueel, per land."),
                  "rapport.maatregelen": ContentCheck(Presence.PARTLY, "Alleen tier 1.")},
        commitments={"c1": CommitmentCheck(True, "Uitgevoerd in mei."), "c2": CommitmentCheck(False, "")},
        verdict=Verdict.PARTLY, verdict_reasons="Goede stappen, herstel ontbreekt nog.",
        expectations="Herstelprocedure vóór 1 oktober.")
    dossier.meetings.append(Meeting(
        id="m2", date=date(2025, 4, 2), kind=MeetingKind.ANNUAL_REVIEW,
        questionnaire_id="jaarrapportage", questionnaire_version=1,
        topics=["communicatie"], review=review,
        answers={"communicatie.inzicht": Answer(True, "Stakeholderkaart per land.", Assessment.SUFFICIENT)}))
    for lang, words in (("nl", ("Toets de voortgang", "een actuele risicoanalyse", "Gedeeltelijk",
                                "Toezeggingen uit het plan van aanpak", "Oordeel over de redelijke inspanning")),
                        ("en", ("Review progress", "an up-to-date risk analysis", "Partly",
                                "Commitments from the plan of action", "Verdict on reasonable effort"))):
        text = flat(pdftext(render_minutes(dossier, "m2", content, lang=lang), tmp_path))
        for w in words:
            assert w in text, (lang, w)
        assert "Herstelprocedure vóór 1 oktober." in text and "Stakeholderkaart per land." in text
        assert "Klachtenmechanisme in het Turks en Bengaals" in text


def test_signal_meeting_renders_what_was_said_and_decided(content, tmp_path):
    dossier = full_dossier()
    dossier.meetings.append(Meeting(
        id="m3", date=date(2025, 2, 1), kind=MeetingKind.SIGNAL, questionnaire_id="dialoog",
        questionnaire_version=1, topics=["incidenten"],
        signal_discussions={"g1": SignalDiscussion("De leverancier erkent de overuren.",
                                                   "Verbeterplan binnen vier weken.")}))
    text = flat(pdftext(render_minutes(dossier, "m3", content), tmp_path))
    assert "Verslag bespreking signalen ISV" in text and "Besproken signalen" in text
    assert "De leverancier erkent de overuren." in text and "Verbeterplan binnen vier weken." in text
    assert "Verbeterplan geëist" not in text  # that step came after this meeting


def test_unknown_meeting_language_or_audience_is_a_user_error(content):
    dossier = full_dossier()
    with pytest.raises(NotFoundError):
        render_minutes(dossier, "nope", content)
    with pytest.raises(IsvError, match="taal"):
        render_minutes(dossier, "m1", content, lang="de")
    with pytest.raises(IsvError, match="uitgave"):
        render_minutes(dossier, "m1", content, audience="public")


def test_empty_meeting_still_renders(content, tmp_path):
    dossier = Dossier(Supplier(id="s", name="Leeg BV"),
                      [Meeting(id="e", date=date(2025, 1, 1), kind=MeetingKind.DIALOGUE,
                               questionnaire_id="dialoog", questionnaire_version=1)])
    text = flat(pdftext(render_minutes(dossier, "e", content), tmp_path))
    assert "Leeg BV" in text and "Er zijn geen afspraken." in text and "pagina 1 van 1" in text


def every_text_field(dossier: Dossier, value) -> None:
    """Set every typed string in the dossier (not ids or pick-list ids) to value(name)."""
    sup = dossier.supplier
    for f in ("name", "contract_reference", "notes"):
        setattr(sup, f, value(f))
    for m in dossier.meetings:
        m.location, m.notes, m.internal_notes = value("loc"), value("notes"), value("inotes")
        m.next_meeting_notes = value("next")
        for p in m.participants:
            p.name, p.role = value("pname"), value("prole")
        for a in m.answers.values():
            a.supplier_answer = value("answer")
        for t in m.topic_notes.values():
            t.notes, t.internal_notes = value("tnotes"), value("tinotes")
        for am in m.amendments:
            am.reason, am.text = value("reason"), value("amend")
    for a in dossier.agreements:
        a.text, a.owner = value("agreement"), value("owner")
        for u in a.updates:
            u.note = value("unote")
    for s in dossier.signals:
        s.description, s.source, s.outcome_notes = value("desc"), value("source"), value("onotes")
        for st in s.steps:
            st.who, st.reason, st.notes = value("who"), value("reason"), value("snotes")


def test_long_nasty_text_in_every_field_never_breaks_the_layout(content, tmp_path):
    """2,000 characters in every typed field: narrow table cells must split across pages."""
    dossier = full_dossier(final=True)
    chunk = " ".join(NASTY) + " "
    every_text_field(dossier, lambda name: (name + ": " + chunk * 20)[:2000])
    pdf = render_minutes(dossier, "m1", content, lang="en")
    text = pdftext(pdf, tmp_path)
    assert re.search(r"page 1 of (\d+)", text)
    assert "中文测试：供应商工厂的工人" in text


def test_answer_to_an_item_the_questionnaire_no_longer_has_is_kept(content, tmp_path):
    dossier = full_dossier()
    dossier.meetings[1].answers["incidenten.oude_vraag"] = Answer(True, "Antwoord op een oude vraag.")
    text = flat(pdftext(render_minutes(dossier, "m1", content), tmp_path))
    assert "Overige vastgelegde punten" in text and "Antwoord op een oude vraag." in text


def test_minutes_import_no_qt():
    code = ("import sys, isv_dialogue.minutes\n"
            "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "[]"


def test_annual_review_compares_with_the_previous_years_review(content, tmp_path):
    """The minutes name last year's verdict, the report parts that changed and the
    commitments met now that were not met then; a first review says there is none."""
    dossier = full_dossier()

    def yearly(mid, held, year, verdict, risk, c1, c2):
        dossier.meetings.append(Meeting(
            id=mid, date=held, kind=MeetingKind.ANNUAL_REVIEW, questionnaire_id="jaarrapportage",
            questionnaire_version=1, topics=[], review=AnnualReview(
                contract_year=year, verdict=verdict,
                contents={"rapport.risicoanalyse": ContentCheck(risk, "")},
                commitments={"c1": c1, "c2": c2})))

    yearly("r1", date(2024, 4, 2), 2023, Verdict.NO, Presence.MISSING,
           CommitmentCheck(False, ""), CommitmentCheck(None, "", not_due=True))
    yearly("r2", date(2025, 4, 2), 2024, Verdict.YES, Presence.PRESENT,
           CommitmentCheck(True, ""), CommitmentCheck(None, "", not_due=True))
    text = flat(pdftext(render_minutes(dossier, "r2", content), tmp_path))
    assert "Vergelijking met de vorige toets" in text
    assert "rapportage over 2023, besproken op 2 april 2024" in text
    assert re.search(r"Oordeel toen\s+Nee", text)
    assert re.search(r"een actuele risicoanalyse\s+Ontbreekt\s+Aanwezig", text)
    assert re.search(r"nu wel zijn nagekomen\s+• Risicoanalyse van alle naaiateliers", text)
    assert "Nog niet opeisbaar" in text
    english = flat(pdftext(render_minutes(dossier, "r2", content, lang="en"), tmp_path))
    assert "Comparison with the previous review" in english and "Not yet due" in english
    first = flat(pdftext(render_minutes(dossier, "r1", content), tmp_path))
    assert "Er is geen toets van een eerdere jaarrapportage vastgelegd." in first
