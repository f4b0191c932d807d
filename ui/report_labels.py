"""The words for where the buyer stands with a supplier's annual report: the
supplier list's "Jaarrapp." column and its tooltip, and the "Verloop" tab's reminder.

Loaded at launch with the list, so it takes its facts from ``isv_dialogue.reporting``.
"""

from __future__ import annotations

from datetime import date

from isv_dialogue.reporting import ReportState, ReportStatus, Verdict

from .dates import long_date
from .i18n import tr
from .palette import AMBER, RED


# One tr() per word asked for (a match, not a dict of every word): the list asks
# for one per row at launch.

def verdict_label(verdict: Verdict | None) -> str:
    match verdict:
        case Verdict.YES:
            return tr("Ja")
        case Verdict.PARTLY:
            return tr("Gedeeltelijk")
        case Verdict.NO:
            return tr("Nee")
    return tr("Nog geen oordeel")


def report_state_text(status: ReportStatus) -> str:
    """The short word for the supplier list's "Jaarrapp." column."""
    match status.state:
        case ReportState.OVERDUE:
            return tr("Te laat")
        case ReportState.DUE_SOON:
            return tr("Binnenkort")
        case ReportState.NOT_DUE:
            return tr("Nog niet")
        case ReportState.REVIEWED:
            return tr("Besproken")
    return tr("—")  # NO_CONTRACT


def report_state_colour(status: ReportStatus) -> str | None:
    return {ReportState.OVERDUE: RED, ReportState.DUE_SOON: AMBER}.get(status.state)


def report_sentence(status: ReportStatus, today: date) -> str:
    """One or two sentences on the annual report, for the reminder and tooltips."""
    year, due = status.year, long_date(status.due)
    final = tr(" (de eindrapportage)") if status.final_report else ""
    if status.state is ReportState.NO_CONTRACT:
        text = tr("Vul de looptijd van het contract in (Leverancier bewerken…) om te zien wanneer "
                  "de jaarrapportage verwacht wordt.")
    elif status.state is ReportState.REVIEWED:
        how = "" if status.review_final else tr(" (concept)")
        text = tr("De jaarrapportage over {year}{final} is besproken{how}. Oordeel over de "
                  "redelijke inspanning: {verdict}.", year=year, final=final, how=how,
                  verdict=verdict_label(status.verdict).lower())
    elif status.state is ReportState.OVERDUE:
        text = tr("De jaarrapportage over {year}{final} had uiterlijk {due} besproken moeten zijn "
                  "({days} dagen geleden). Plan een bespreking.", year=year, final=final, due=due,
                  days=-status.days_left(today))
    elif status.state is ReportState.DUE_SOON:
        text = tr("De jaarrapportage over {year}{final} wordt uiterlijk {due} verwacht (nog {days} "
                  "dagen). Plan een bespreking.", year=year, final=final, due=due,
                  days=status.days_left(today))
    elif year is None:
        text = tr("Er wordt nog geen jaarrapportage verwacht.")
    else:
        text = tr("De jaarrapportage over {year}{final} wordt uiterlijk {due} verwacht.",
                  year=year, final=final, due=due)
    if status.missed:
        years = ", ".join(str(y) for y in status.missed)
        text += " " + tr("Niet besproken: de rapportage over {years}.", years=years)
    return text
