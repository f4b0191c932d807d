"""Dates as the interface writes them: in its language, "—" for none."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from .i18n import LANGUAGE, locale


def long_date(value: date | None) -> str:
    """'5 maart 2025' ('5 March 2025' in English): the month in words, so it is
    unambiguous across the table."""
    if value is None:
        return "—"
    return locale(LANGUAGE).toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def short_date(value: date | None) -> str:
    """'05-03-2025' in Dutch, '05/03/2025' in English: the locale's short form."""
    if value is None:
        return "—"
    return locale(LANGUAGE).toString(QDate(value.year, value.month, value.day),
                                     QLocale.FormatType.ShortFormat)


def short_moment(value: datetime | None) -> str:
    """'05-03-2025 14:02' in the computer's time zone, for when a file or backup was
    written; "–" for never."""
    return value.astimezone().strftime("%d-%m-%Y %H:%M") if value else "–"
