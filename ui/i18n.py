"""Translation: every user-visible string goes through ``tr()``.

The source language is Dutch: ``tr("Opslaan")`` shows "Opslaan" until a
catalogue says otherwise. ``resources/translations/isv_en.ts`` holds the English
(context ``ISV``); ``scripts/update-translations`` extracts every ``tr()``/``N_()``
text from ``ui/`` into it and compiles ``isv_en.qm``, which
``install_translations`` loads together with Qt's own catalogue (``qtbase_en`` /
``qtbase_nl``), so stock buttons (wizard Back/Next, dialog OK/Cancel) speak the
same language.

``LANGUAGE`` is the language of the interface *and* of the questionnaire text
the pages show (``Text.get(LANGUAGE)``). Modules import it by name, so it is
chosen once, at startup, before any window is built (``ui/app.py`` reads it from
the settings and calls ``set_language``). Changing it later applies on the next
start.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from isv_dialogue import i18n as core_i18n
from isv_dialogue.paths import resources_dir

CONTEXT = "ISV"
LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
LANGUAGE = DEFAULT_LANGUAGE

_LOCALES = {"nl": (QLocale.Language.Dutch, QLocale.Country.Netherlands),
            "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom)}
_installed: list[QTranslator] = []


def tr(text: str, **values: object) -> str:
    """The translation of ``text``, with ``{name}`` placeholders filled in."""
    translated = QCoreApplication.translate(CONTEXT, text)
    return translated.format(**values) if values else translated


def N_(text: str) -> str:  # noqa: N802 - the gettext convention for "mark, translate later"
    """Mark a constant for the catalogue; ``tr(constant)`` translates it where it is shown."""
    return text


def translations_dir():
    return resources_dir() / "translations"


def locale(lang: str | None = None) -> QLocale:
    """The locale for dates and numbers in ``lang`` (default: the interface language)."""
    language, country = _LOCALES.get(lang or LANGUAGE, _LOCALES[DEFAULT_LANGUAGE])
    return QLocale(language, country)


def set_language(lang: str) -> str:
    """Make ``lang`` the interface language (an unknown one falls back to Dutch).

    Called at startup before the windows are built. The modules that did
    ``from .i18n import LANGUAGE`` before this call are given the new value too,
    so the choice reaches every page whatever the import order (tests switch
    language this way, and back). The core's sentences (``isv_dialogue.i18n``,
    gettext) are switched with it, so an error raised by the rules or the storage
    speaks the interface's language."""
    global LANGUAGE
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    LANGUAGE = lang
    core_i18n.set_language(lang)  # the core's own sentences (errors, rules) follow
    for name, module in list(sys.modules.items()):
        if (name == "ui" or name.startswith("ui.")) and module is not None \
                and isinstance(getattr(module, "LANGUAGE", None), str) and module is not sys.modules[__name__]:
            module.LANGUAGE = lang
    return lang


def install_translations(app: QCoreApplication, lang: str | None = None) -> list[QTranslator]:
    """Load the app's catalogue (none for Dutch, the source language) and Qt's
    own for ``lang``; any catalogue installed by an earlier call is removed first."""
    lang = lang or LANGUAGE
    remove_translations(app)
    QLocale.setDefault(locale(lang))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [(f"qtbase_{lang}", qt_folder)]
    if lang != DEFAULT_LANGUAGE:
        catalogues.append((f"isv_{lang}", str(translations_dir())))
    for catalogue, folder in catalogues:
        translator = QTranslator(app)  # parented, so it lives as long as the app
        if translator.load(catalogue, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return list(_installed)


def remove_translations(app: QCoreApplication) -> None:
    """Take out what ``install_translations`` put in (tests switch language and back)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
