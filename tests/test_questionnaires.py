"""The content files: complete against the guidance, and strictly validated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from isv_dialogue.errors import QuestionnaireError
from isv_dialogue.questionnaires import Content, load_content

ROOT = Path(__file__).resolve().parent.parent

SEED = Path(__file__).parent / "fixtures" / "leidraad-fase3.txt"
LABELS = {"Aandachtspunten:", "Aandachtpunten:"}


def _all_texts(content: Content) -> set[str]:
    texts = set()
    for q in (content.dialogue, content.annual_review):
        texts |= {q.title.nl, q.intro.nl, q.lead.nl}
        if q.required_lead:
            texts.add(q.required_lead.nl)
        texts |= {item.text.nl for item in q.required}
        for topic in q.topics:
            texts.add(topic.title.nl)
            texts |= {item.text.nl for item in topic.questions + topic.points}
    guide = content.signals
    texts |= {guide.intro.nl}
    for section in guide.sections:
        texts |= {section.title.nl, section.text.nl}
    return texts


def _seed_lines() -> list[str]:
    """Every topic, question, point, bullet and paragraph of the guidance's body."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    body = lines[lines.index("Tijdens de uitvoering van het contract is het van belang dat de gemaakte "
                             "afspraken nageleefd worden. Maak signalen uit de markt bespreekbaar en "
                             "werk samen met de leverancier aan een oplossing."):
                 next(i for i, line in enumerate(lines) if line.startswith("Dossier:"))]
    # The page uses non-breaking spaces as indentation; they are not content.
    cleaned = [line.replace("\xa0", " ").strip().lstrip("•").strip() for line in body]
    return [line for line in cleaned if line and line not in LABELS]


def test_every_line_of_the_guidance_is_in_the_content_word_for_word(content):
    """Each question, aandachtspunt, topic and paragraph of the seed appears verbatim."""
    texts = _all_texts(content)
    missing = [line for line in _seed_lines() if line not in texts]
    assert missing == []


def test_the_three_dialogue_topics_and_report_parts_are_in_order(content):
    """The wizard shows the topics in the guidance's order."""
    assert [t.title.nl for t in content.dialogue.topics] == [
        "Managementproces", "Incidenten", "Negatieve impact"]
    assert [i.text.nl for i in content.annual_review.required] == [
        "een actuele risicoanalyse", "de genomen maatregelen uit het plan van aanpak",
        "hoe signalen over schending van de normen afgehandeld zijn"]
    assert len(content.annual_review.topics) == 3


def test_every_item_has_an_english_translation(content):
    """English is never missing nor a copy-paste of a long Dutch sentence."""
    for q in (content.dialogue, content.annual_review):
        for topic in q.topics:
            for item in topic.questions + topic.points:
                assert item.text.en
                if len(item.text.nl) > 20:
                    assert item.text.en != item.text.nl, item.id


def test_signal_guide_has_chain_positions_with_expectations(content):
    """Where in the chain decides what is expected of the supplier."""
    expectations = {p.id: p.expectation.nl for p in content.signals.chain_positions}
    assert "onmiddellijk" in expectations["eigen_bedrijf"]
    assert "verbeterplan" in expectations["directe_toeleverancier"]
    assert "IMVO-convenant" in expectations["verderop_in_keten"]


@pytest.fixture
def broken_copy(tmp_path: Path):
    """A writable copy of questionnaires/ and a way to change one file in it."""
    folder = tmp_path / "questionnaires"
    shutil.copytree(ROOT / "questionnaires", folder)

    def edit(name: str, old: str, new: str, count: int = 1) -> Path:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new, count), encoding="utf-8")
        return folder
    return edit


@pytest.mark.parametrize("name, old, new, message", [
    ("dialoog.toml", 'id = "managementproces.audit"', 'id = "managementproces.klachtenmechanisme"',
     "dialoog.toml, points nr. 2: dubbele id 'managementproces.klachtenmechanisme'"),
    ("dialoog.toml", 'en = "Audit/assessment programme"\n', "",
     "dialoog.toml, points 'managementproces.audit': vertaling 'en' ontbreekt"),
    ("dialoog.toml", "version = 1", 'version = "een"',
     "dialoog.toml: veld 'version' moet een heel getal vanaf 1 zijn"),
    ("jaarrapportage.toml", 'nl = "KPI\'s"', "nl = 3",
     "jaarrapportage.toml, points 'duurzaamheidsrapportage.kpi': veld 'nl' moet tekst zijn, niet een getal"),
    ("signalen.toml", 'id = "ontbinding"\nnl = "Ontbinding"', 'id = "beeindiging"\nnl = "Ontbinding"',
     "signalen.toml, steps: id 'ontbinding' ontbreekt; de app heeft die nodig"),
    ("lijsten.toml", 'nl = "Bedrijfskleding"', 'nk = "Bedrijfskleding"',
     "lijsten.toml, categories 'bedrijfskleding': onbekend veld 'nk'"),
    ("dialoog.toml", "[[topics]]", "[[topics]", "dialoog.toml: geen geldige TOML"),
])
def test_a_mistake_is_reported_with_file_item_and_reason(broken_copy, name, old, new, message):
    """A broken file stops the load with one sentence naming file, item and reason."""
    folder = broken_copy(name, old, new)
    with pytest.raises(QuestionnaireError) as err:
        load_content(folder)
    assert str(err.value).startswith(message)


def test_a_missing_file_is_named(tmp_path):
    """An empty folder reports the first file it needs."""
    with pytest.raises(QuestionnaireError, match="dialoog.toml: bestand niet gevonden"):
        load_content(tmp_path)


def test_an_archived_version_is_used_for_old_meetings(broken_copy, tmp_path):
    """After the wording changes, a meeting that used version 1 still gets version 1's text."""
    folder = broken_copy("dialoog.toml", "version = 1", "version = 2")
    archive = folder / "versies"
    archive.mkdir()
    shutil.copy(ROOT / "questionnaires" / "dialoog.toml", archive / "dialoog-v1.toml")
    (folder / "dialoog.toml").write_text(
        (folder / "dialoog.toml").read_text(encoding="utf-8").replace(
            "Audit/assessment programma", "Audit- en assessmentprogramma"), encoding="utf-8")
    content = load_content(folder)
    old = content.questionnaire("dialoog", 1).item("managementproces.audit")
    new = content.questionnaire("dialoog", 2).item("managementproces.audit")
    assert old.text.nl == "Audit/assessment programma"
    assert new.text.nl == "Audit- en assessmentprogramma"


# --- help (F1): questionnaires/hulp.toml and help.nl/help.en on each topic ------------

def test_every_screen_and_every_topic_has_help_in_both_languages(content):
    from isv_dialogue.questionnaires import REQUIRED_HELP_PAGES

    for key in REQUIRED_HELP_PAGES:
        page = content.help_page(key)
        assert page is not None and page.text.nl and page.text.en, key
    for questionnaire in (content.dialogue, content.annual_review):
        for topic in questionnaire.topics:
            page = content.help_page(f"topic:{topic.id}")
            assert topic.help is not None and page.title == topic.title, topic.id
            assert page.points == topic.points and page.questions == topic.questions
    assert content.help_page("topic:bestaat_niet") is None and content.help_page("nergens") is None


def test_the_signals_help_quotes_the_guidance_sections(content):
    assert content.help_page("signals").quotes == content.signals.sections


@pytest.mark.parametrize("name, old, new, message", [
    ("hulp.toml", 'id = "review"', 'id = "overzicht"',
     "hulp.toml, pages: id 'review' ontbreekt; de app heeft die nodig"),
    ("hulp.toml", 'quote = ["signalen", "overleg", "ontbinding"]', 'quote = ["signalen", "ontbinden"]',
     "hulp.toml, pages 'signals': sectie 'ontbinden' bestaat niet in signalen.toml"),
    ("hulp.toml", 'quote = ["signalen", "overleg", "ontbinding"]', 'quote = "signalen"',
     "hulp.toml, pages 'signals': 'quote' moet een lijst"),
    ("hulp.toml", 'title.en = "Agreements"\n', "",
     "hulp.toml, pages 'agreements': vertaling 'en' ontbreekt"),
    ("hulp.toml", 'id = "hulp"', 'id = "help"', "hulp.toml: id is 'help', verwacht 'hulp'"),
    ("dialoog.toml", 'help.en = "Listen for whether the supplier can show', 'help.fr = "Listen for whether the supplier can show',
     "dialoog.toml, onderwerp 'managementproces' help: onbekend veld 'fr'"),
])
def test_a_mistake_in_the_help_is_reported_with_file_item_and_reason(broken_copy, name, old, new,
                                                                     message):
    folder = broken_copy(name, old, new)
    with pytest.raises(QuestionnaireError) as err:
        load_content(folder)
    assert str(err.value).startswith(message)


def test_a_topic_without_help_still_loads(broken_copy):
    """Help is optional per topic, so archived versions from before it still load."""
    folder = broken_copy("dialoog.toml", "\nhelp.nl", "\n# help.nl", -1)
    text = (folder / "dialoog.toml").read_text(encoding="utf-8")
    (folder / "dialoog.toml").write_text(text.replace("\nhelp.en", "\n# help.en"), encoding="utf-8")
    content = load_content(folder)
    assert all(t.help is None for t in content.dialogue.topics)
    assert content.help_page("topic:incidenten") is None
