"""Translation: every user-visible string goes through ``tr()``.

Only Dutch ships today; wrapping the strings now means an English interface is
a matter of adding a .qm file later. Qt's own catalogue is loaded so that stock
buttons (wizard Back/Next, dialog OK/Cancel) speak the same language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CONTEXT = "ISV"
LANGUAGE = "nl"


def tr(text: str, **values: object) -> str:
    """The translation of ``text``, with ``{name}`` placeholders filled in."""
    translated = QCoreApplication.translate(CONTEXT, text)
    return translated.format(**values) if values else translated


def install_translations(app: QCoreApplication, lang: str = LANGUAGE) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue in (f"qtbase_{lang}",):
        translator = QTranslator(app)  # parented, so it lives as long as the app
        if translator.load(catalogue, folder):
            app.installTranslator(translator)
