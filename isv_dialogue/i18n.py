"""Translation of the core's own sentences, without Qt: gettext, as in the standard library.

The source language is Dutch. Every sentence the core gives a user (an error,
a rule's refusal or warning) is a template passed to ``_()``::

    raise SupplierFileError(_("{name} is alleen-lezen geopend.", name=path.name))

``_()`` looks the Dutch template up in the catalogue of the current language
and fills in the ``{placeholders}`` by name (``str.format``; a format spec such
as ``{day:%d-%m-%Y}`` may differ between the languages). The catalogue is
``resources/translations/core_<lang>.po`` (a translator edits it, e.g. in
Poedit), compiled to ``core_<lang>.mo`` by ``scripts/update-translations``,
which also extracts every ``_()``/``N_()`` text of ``isv_dialogue/`` into it.

The language is Dutch until ``set_language`` says otherwise: the desktop app
calls it at startup together with the interface's language (``ui/app.py``);
the command line never does, so it keeps speaking Dutch. A sentence is
translated when it is made, so an error raised after ``set_language("en")``
is English.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
DOMAIN = "core"

if TYPE_CHECKING:
    from gettext import GNUTranslations

LANGUAGE = DEFAULT_LANGUAGE
# None in Dutch: the templates are the text (and gettext is not even imported,
# so the command line starts no slower for this module).
_catalogue: GNUTranslations | None = None


def _(template: str, **values: object) -> str:
    """The translation of ``template`` in the current language, placeholders filled in."""
    text = _catalogue.gettext(template) if _catalogue is not None and template else template
    return text.format(**values) if values else text


def N_(text: str) -> str:  # noqa: N802 - the gettext convention for "mark, translate later"
    """Mark a text for the catalogue without translating it (gettext's convention).
    The extractor reads literals only, so a sentence is shown with ``_()`` of its
    literal where it is made; words needed in several places are built by a
    function (``atomic._reasons``), not kept in a constant."""
    return text


def catalogue_path(lang: str) -> Path:
    """``resources/translations/core_<lang>.mo``, wherever paths.py puts resources."""
    from .paths import resources_dir  # not at import: atomic.py imports this module early

    return resources_dir() / "translations" / f"{DOMAIN}_{lang}.mo"


def set_language(lang: str) -> str:
    """Make ``lang`` the language of the core's sentences (an unknown one, or one
    whose catalogue is missing, falls back to Dutch, the source language).
    Returns the language now in use."""
    global LANGUAGE, _catalogue
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    catalogue = None
    if lang != DEFAULT_LANGUAGE:
        import gettext

        try:
            with open(catalogue_path(lang), "rb") as handle:
                catalogue = gettext.GNUTranslations(handle)
        except OSError:
            lang = DEFAULT_LANGUAGE
    LANGUAGE, _catalogue = lang, catalogue
    return lang
