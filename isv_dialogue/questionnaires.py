"""Loading and validating the content files in ``questionnaires/``.

The files are TOML: plain text a non-programmer can correct, read by the
standard library. Every mistake is reported with file, item and reason, and
a broken file stops the load as a whole, so the app never starts half-filled.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import paths
from .errors import QuestionnaireError
from .i18n import _

LANGUAGES = ("nl", "en")
DIALOGUE = "dialoog"
ANNUAL_REVIEW = "jaarrapportage"
SIGNALS = "signalen"
LISTS = "lijsten"
HELP = "hulp"
ARCHIVE_DIR = "versies"

# Ids the app's rules refer to; the files may add to the lists, not drop these.
REQUIRED_CHAIN_POSITIONS = ("eigen_bedrijf", "directe_toeleverancier", "verderop_in_keten")
REQUIRED_STEPS = (
    "gesprek", "verbeterplan", "extern_advies", "nader_onderzoek",
    "ingebrekestelling", "boete", "ontbinding",
)
REQUIRED_OUTCOMES = ("opgelost", "herstel_en_verhaal", "ongegrond", "contract_beeindigd")
# The help pages the app opens with F1: the main window and the wizard pages that
# are not a topic (a topic's help is in its own questionnaire, ``help.nl``/``help.en``).
REQUIRED_HELP_PAGES = ("main", "start", "signals", "report", "verdict", "agreements", "review")


@dataclass(frozen=True)
class Text:
    """One sentence in every supported language."""

    nl: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl


@dataclass(frozen=True)
class Item:
    """A question, an aandachtspunt, or an entry of a pick list."""

    id: str
    text: Text


@dataclass(frozen=True)
class Topic:
    id: str
    title: Text
    questions: tuple[Item, ...]
    points: tuple[Item, ...]
    # What to listen for: shown with F1 on the topic's page, beside its questions
    # and points. Optional, so archived versions without it still load.
    help: Text | None = None


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: int
    title: Text
    intro: Text
    lead: Text
    topics: tuple[Topic, ...]
    required_lead: Text | None = None
    required: tuple[Item, ...] = ()

    def topic(self, topic_id: str) -> Topic | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    def item(self, item_id: str) -> Item | None:
        for item in self.required:
            if item.id == item_id:
                return item
        for topic in self.topics:
            for item in topic.questions + topic.points:
                if item.id == item_id:
                    return item
        return None


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    text: Text


@dataclass(frozen=True)
class ChainPosition:
    id: str
    label: Text
    expectation: Text


@dataclass(frozen=True)
class SignalGuide:
    id: str
    version: int
    title: Text
    intro: Text
    sections: tuple[Section, ...]
    chain_positions: tuple[ChainPosition, ...]
    steps: tuple[Item, ...]
    norms: tuple[Item, ...]
    channels: tuple[Item, ...]
    outcomes: tuple[Item, ...]


@dataclass(frozen=True)
class HelpPage:
    """The F1 help of one screen: a short text, then guidance sections quoted whole
    (``quotes``, from signalen.toml) and, for a topic, its questions and points."""

    id: str
    title: Text
    text: Text
    quotes: tuple[Section, ...] = ()
    questions: tuple[Item, ...] = ()
    points: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Lists:
    version: int
    categories: tuple[Item, ...]
    covenants: tuple[Item, ...]


def label(items: tuple[Item, ...] | tuple[ChainPosition, ...], item_id: str, lang: str) -> str:
    """The label of a pick-list entry, or the id itself when the list no longer has it."""
    for item in items:
        if item.id == item_id:
            text = item.label if isinstance(item, ChainPosition) else item.text
            return text.get(lang)
    return item_id


@dataclass(frozen=True)
class Content:
    """Everything in ``questionnaires/``, validated."""

    dialogue: Questionnaire
    annual_review: Questionnaire
    signals: SignalGuide
    lists: Lists
    archive: tuple[Questionnaire, ...] = ()
    help: tuple[HelpPage, ...] = ()

    def help_page(self, key: str) -> HelpPage | None:
        """The help for a screen: a wizard page key ("start", "topic:incidenten", …) or "main"."""
        if key.startswith("topic:"):
            topic_id = key.split(":", 1)[1]
            for questionnaire in (self.dialogue, self.annual_review):
                topic = questionnaire.topic(topic_id)
                if topic is not None and topic.help is not None:
                    return HelpPage(key, topic.title, topic.help, (), topic.questions, topic.points)
            return None
        return next((page for page in self.help if page.id == key), None)

    def questionnaire(self, questionnaire_id: str, version: int | None = None) -> Questionnaire:
        """The questionnaire a meeting used; the current one if that version was not kept."""
        for old in self.archive:
            if old.id == questionnaire_id and old.version == version:
                return old
        current = {DIALOGUE: self.dialogue, ANNUAL_REVIEW: self.annual_review}
        if questionnaire_id not in current:
            raise QuestionnaireError(_("Onbekende vragenlijst '{id}'.", id=questionnaire_id))
        return current[questionnaire_id]


class _Reader:
    """Typed access to one parsed TOML file that names file and item on error."""

    def __init__(self, path: Path):
        self.path = path

    def fail(self, where: str, reason: str) -> QuestionnaireError:
        place = f"{self.path.name}, {where}" if where else self.path.name
        return QuestionnaireError(f"{place}: {reason}")

    def keys(self, table: dict[str, Any], allowed: set[str], where: str) -> None:
        unknown = sorted(set(table) - allowed)
        if unknown:
            raise self.fail(where, _("onbekend veld '{key}'", key=unknown[0]))

    def string(self, table: dict[str, Any], key: str, where: str) -> str:
        value = table.get(key)
        if value is None:
            raise self.fail(where, _("veld '{key}' ontbreekt", key=key))
        if not isinstance(value, str):
            raise self.fail(where, _("veld '{key}' moet tekst zijn, niet {kind}", key=key,
                                     kind=_kind(value)))
        if not value.strip():
            raise self.fail(where, _("veld '{key}' is leeg", key=key))
        return value.strip()

    def integer(self, table: dict[str, Any], key: str, where: str) -> int:
        value = table.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise self.fail(where, _("veld '{key}' moet een heel getal vanaf 1 zijn", key=key))
        return value

    def text(self, table: dict[str, Any], key: str | None, where: str) -> Text:
        """A translated text: ``key.nl``/``key.en``, or ``nl``/``en`` on the table itself."""
        holder = table if key is None else table.get(key)
        name = key or "tekst"
        if holder is None:
            raise self.fail(where, _("veld '{key}' ontbreekt", key=name))
        if not isinstance(holder, dict):
            raise self.fail(where, _("veld '{key}' moet een tekst per taal hebben ({key}.nl, {key}.en)",
                                     key=name))
        if key is not None:
            self.keys(holder, set(LANGUAGES), f"{where} {key}")
        values = {}
        for lang in LANGUAGES:
            if lang not in holder:
                raise self.fail(where, _("vertaling '{lang}' ontbreekt", lang=lang))
            values[lang] = self.string(holder, lang, where)
        return Text(**values)

    def tables(self, table: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
        value = table.get(key)
        if value is None:
            raise self.fail(where, _("lijst '{key}' ontbreekt", key=key))
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(where, _("'{key}' moet een lijst van [[{key}]]-blokken zijn", key=key))
        if not value:
            raise self.fail(where, _("lijst '{key}' is leeg", key=key))
        return value

    def item_id(self, table: dict[str, Any], where: str, seen: set[str]) -> str:
        item_id = self.string(table, "id", where)
        if item_id in seen:
            raise self.fail(where, _("dubbele id '{id}'", id=item_id))
        seen.add(item_id)
        return item_id

    def items(self, table: dict[str, Any], key: str, where: str, seen: set[str]) -> tuple[Item, ...]:
        result = []
        for n, raw in enumerate(self.tables(table, key, where), start=1):
            spot = _("{key} nr. {n}", key=key, n=n)
            item_id = self.item_id(raw, spot, seen)
            spot = f"{key} '{item_id}'"
            self.keys(raw, {"id", *LANGUAGES}, spot)
            result.append(Item(item_id, self.text(raw, None, spot)))
        return tuple(result)

    def require_ids(self, items: tuple[Any, ...], required: tuple[str, ...], key: str) -> None:
        present = {item.id for item in items}
        missing = [i for i in required if i not in present]
        if missing:
            raise self.fail(key, _("id '{id}' ontbreekt; de app heeft die nodig", id=missing[0]))


def _kind(value: Any) -> str:
    return {str: _("tekst"), int: _("een getal"), float: _("een getal"), bool: _("ja/nee"),
            list: _("een lijst"), dict: _("een blok")}.get(type(value), type(value).__name__)


def _parse(path: Path) -> tuple[_Reader, dict[str, Any]]:
    reader = _Reader(path)
    try:
        with path.open("rb") as handle:
            return reader, tomllib.load(handle)
    except FileNotFoundError:
        raise reader.fail("", _("bestand niet gevonden")) from None
    except tomllib.TOMLDecodeError as exc:
        raise reader.fail("", _("geen geldige TOML ({problem})", problem=exc)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise reader.fail("", _("kan niet gelezen worden ({problem})", problem=exc)) from None


def _header(reader: _Reader, data: dict[str, Any], expected_id: str) -> int:
    file_id = reader.string(data, "id", "")
    if file_id != expected_id:
        raise reader.fail("", _("id is '{found}', verwacht '{expected}'", found=file_id,
                                   expected=expected_id))
    return reader.integer(data, "version", "")


def load_questionnaire(path: Path, expected_id: str) -> Questionnaire:
    reader, data = _parse(path)
    version = _header(reader, data, expected_id)
    allowed = {"id", "version", "title", "intro", "lead", "topics", "required_lead", "required"}
    reader.keys(data, allowed, "")
    seen: set[str] = set()
    required: tuple[Item, ...] = ()
    required_lead = None
    if "required" in data or "required_lead" in data:
        required_lead = reader.text(data, "required_lead", "")
        required = reader.items(data, "required", "", seen)
    topics = []
    for n, raw in enumerate(reader.tables(data, "topics", ""), start=1):
        topic_id = reader.item_id(raw, _("onderwerp nr. {n}", n=n), seen)
        spot = _("onderwerp '{id}'", id=topic_id)
        reader.keys(raw, {"id", "questions", "points", "help", *LANGUAGES}, spot)
        topics.append(Topic(
            id=topic_id,
            title=reader.text(raw, None, spot),
            questions=reader.items(raw, "questions", spot, seen),
            points=reader.items(raw, "points", spot, seen),
            help=reader.text(raw, "help", spot) if "help" in raw else None,
        ))
    return Questionnaire(
        id=expected_id, version=version,
        title=reader.text(data, "title", ""), intro=reader.text(data, "intro", ""),
        lead=reader.text(data, "lead", ""), topics=tuple(topics),
        required_lead=required_lead, required=required,
    )


def load_signal_guide(path: Path) -> SignalGuide:
    reader, data = _parse(path)
    version = _header(reader, data, SIGNALS)
    reader.keys(data, {"id", "version", "title", "intro", "sections", "chain_positions",
                       "steps", "norms", "channels", "outcomes"}, "")
    sections, positions = [], []
    seen: set[str] = set()
    for n, raw in enumerate(reader.tables(data, "sections", ""), start=1):
        section_id = reader.item_id(raw, _("{key} nr. {n}", key="sections", n=n), seen)
        spot = f"sections '{section_id}'"
        reader.keys(raw, {"id", "title", "text"}, spot)
        sections.append(Section(section_id, reader.text(raw, "title", spot), reader.text(raw, "text", spot)))
    seen = set()
    for n, raw in enumerate(reader.tables(data, "chain_positions", ""), start=1):
        position_id = reader.item_id(raw, _("{key} nr. {n}", key="chain_positions", n=n), seen)
        spot = f"chain_positions '{position_id}'"
        reader.keys(raw, {"id", "expectation", *LANGUAGES}, spot)
        positions.append(ChainPosition(position_id, reader.text(raw, None, spot),
                                       reader.text(raw, "expectation", spot)))
    guide = SignalGuide(
        id=SIGNALS, version=version,
        title=reader.text(data, "title", ""), intro=reader.text(data, "intro", ""),
        sections=tuple(sections), chain_positions=tuple(positions),
        steps=reader.items(data, "steps", "", set()),
        norms=reader.items(data, "norms", "", set()),
        channels=reader.items(data, "channels", "", set()),
        outcomes=reader.items(data, "outcomes", "", set()),
    )
    reader.require_ids(guide.chain_positions, REQUIRED_CHAIN_POSITIONS, "chain_positions")
    reader.require_ids(guide.steps, REQUIRED_STEPS, "steps")
    reader.require_ids(guide.outcomes, REQUIRED_OUTCOMES, "outcomes")
    return guide


def load_lists(path: Path) -> Lists:
    reader, data = _parse(path)
    version = _header(reader, data, LISTS)
    reader.keys(data, {"id", "version", "categories", "covenants"}, "")
    return Lists(
        version=version,
        categories=reader.items(data, "categories", "", set()),
        covenants=reader.items(data, "covenants", "", set()),
    )


def load_help(path: Path, guide: SignalGuide) -> tuple[HelpPage, ...]:
    """The help pages of hulp.toml; a ``quote`` names sections of the signal guide."""
    reader, data = _parse(path)
    _header(reader, data, HELP)
    reader.keys(data, {"id", "version", "pages"}, "")
    sections = {section.id: section for section in guide.sections}
    pages = []
    seen: set[str] = set()
    for n, raw in enumerate(reader.tables(data, "pages", ""), start=1):
        page_id = reader.item_id(raw, _("{key} nr. {n}", key="pages", n=n), seen)
        spot = f"pages '{page_id}'"
        reader.keys(raw, {"id", "title", "text", "quote"}, spot)
        quotes = raw.get("quote", [])
        if not isinstance(quotes, list) or not all(isinstance(q, str) for q in quotes):
            raise reader.fail(spot, _("'quote' moet een lijst van sectie-id's uit signalen.toml zijn"))
        unknown = [q for q in quotes if q not in sections]
        if unknown:
            raise reader.fail(spot, _("sectie '{id}' bestaat niet in signalen.toml", id=unknown[0]))
        pages.append(HelpPage(page_id, reader.text(raw, "title", spot), reader.text(raw, "text", spot),
                              tuple(sections[q] for q in quotes)))
    reader.require_ids(tuple(pages), REQUIRED_HELP_PAGES, "pages")
    return tuple(pages)


def _load_archive(folder: Path) -> tuple[Questionnaire, ...]:
    """Earlier versions kept in ``versies/`` so old minutes render with their own wording."""
    archive = []
    for path in sorted((folder / ARCHIVE_DIR).glob("*.toml")):
        expected = path.stem.split("-v")[0]
        if expected not in (DIALOGUE, ANNUAL_REVIEW):
            raise QuestionnaireError(_(
                "{name}: naam moet beginnen met '{dialogue}-v' of '{review}-v'", name=path.name,
                dialogue=DIALOGUE, review=ANNUAL_REVIEW))
        archive.append(load_questionnaire(path, expected))
    return tuple(archive)


def load_content(folder: Path | None = None) -> Content:
    """Load and validate every content file; raises QuestionnaireError on the first mistake."""
    folder = folder or paths.questionnaires_dir()
    dialogue = load_questionnaire(folder / f"{DIALOGUE}.toml", DIALOGUE)
    annual_review = load_questionnaire(folder / f"{ANNUAL_REVIEW}.toml", ANNUAL_REVIEW)
    signals = load_signal_guide(folder / f"{SIGNALS}.toml")
    return Content(
        dialogue=dialogue, annual_review=annual_review, signals=signals,
        lists=load_lists(folder / f"{LISTS}.toml"),
        archive=_load_archive(folder),
        help=load_help(folder / f"{HELP}.toml", signals),
    )
