"""The help window (F1): what to listen for on the screen the buyer is on.

The texts are content, not code: ``questionnaires/hulp.toml`` for the main
window and the wizard's own pages, ``help.nl``/``help.en`` on each topic of
``dialoog.toml`` and ``jaarrapportage.toml``. The window is not modal, so it can
stay open beside the meeting; one per parent window, hidden (not deleted) when closed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QTextBrowser, QVBoxLayout, QWidget, QWizard)

from isv_dialogue.questionnaires import Content, HelpPage, Text

from .i18n import LANGUAGE, tr

def help_keys(content: Content) -> list[str]:
    """Every screen that has help, in the order the buyer meets them."""
    keys = ["main", "start", "signals", "report"]
    for questionnaire in (content.dialogue, content.annual_review):
        keys += [f"topic:{t.id}" for t in questionnaire.topics if t.help is not None]
    keys += ["verdict", "agreements", "review"]
    return [k for k in keys if content.help_page(k) is not None]


def help_html(page: HelpPage, lang: str) -> str:
    """The page as simple HTML: the text's paragraphs, then the quoted guidance
    and, for a topic, its questions and points word for word."""
    def paragraphs(text: Text) -> str:
        return "".join(f"<p>{escape(p.strip())}</p>" for p in text.get(lang).split("\n\n") if p.strip())

    parts = [f"<h2>{escape(page.title.get(lang))}</h2>", paragraphs(page.text)]
    for section in page.quotes:
        parts.append(f"<h3>{escape(section.title.get(lang))}</h3>"
                     f"<blockquote>{paragraphs(section.text)}</blockquote>")
    for heading, items in ((tr("Vragen"), page.questions), (tr("Aandachtspunten"), page.points)):
        if items:
            rows = "".join(f"<li>{escape(item.text.get(lang))}</li>" for item in items)
            parts.append(f"<h3>{escape(heading)}</h3><ul>{rows}</ul>")
    return "".join(parts)


class HelpDialog(QDialog):
    def __init__(self, content: Content, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.content = content
        self.setWindowTitle(tr("Hulp — ISV-dialoog"))
        self.setModal(False)
        self.pages = QComboBox()
        for page_key in help_keys(content):
            self.pages.addItem(content.help_page(page_key).title.get(LANGUAGE), page_key)
        self.pages.currentIndexChanged.connect(lambda _n: self._show(self.pages.currentData()))
        chooser = QHBoxLayout()
        label = QLabel(tr("&Onderwerp:"))
        label.setBuddy(self.pages)
        chooser.addWidget(label)
        chooser.addWidget(self.pages, 1)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.show_page(key)
        if isinstance(parent, QWizard) and hasattr(parent, "current_key"):
            # Open beside the meeting, it follows the buyer from page to page.
            parent.currentIdChanged.connect(lambda _id: self.show_page(parent.current_key()))

    def show_page(self, key: str) -> None:
        index = self.pages.findData(key)
        if index < 0:
            index = max(self.pages.findData("main"), 0)
        if index == self.pages.currentIndex():
            self._show(self.pages.currentData())
        else:
            self.pages.setCurrentIndex(index)

    def current_key(self) -> str:
        return self.pages.currentData() or ""

    def _show(self, key: str | None) -> None:
        page = self.content.help_page(key or "")
        self.text.setHtml(help_html(page, LANGUAGE) if page else "")

    @classmethod
    def show_for(cls, parent: QWidget, content: Content, key: str) -> HelpDialog:
        """Open (or bring forward) the help window of ``parent`` at the help for ``key``."""
        dialog = parent.findChild(HelpDialog, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if dialog is None:
            dialog = cls(content, key, parent)
        else:
            dialog.show_page(key)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
