"""Schema versions of supplier files and the steps between them, in one place.

A file of an older schema is brought up to date in memory when it is read and
is written in the new schema on the next save (after a backup copy is kept).
A file from a newer app is refused rather than half-understood.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import DataError
from .i18n import _

SCHEMA_VERSION = 1

Document = dict[str, Any]

# MIGRATIONS[n] turns a schema-n document into a schema-(n+1) document. It
# must leave the "_meta" table alone: the header keeps saying which schema the
# file on disk has until the next save rewrites it.
MIGRATIONS: dict[int, Callable[[Document], Document]] = {}


def migrate(data: Document, schema: int) -> Document:
    if schema > SCHEMA_VERSION:
        raise DataError(_(
            "gemaakt door een nieuwere versie van ISV-dialoog (schema {schema}); "
            "werk de app bij om dit bestand te openen.", schema=schema))
    if schema < 1:
        raise DataError(_("onbekend schemanummer {schema}.", schema=schema))
    for version in range(schema, SCHEMA_VERSION):
        data = MIGRATIONS[version](data)
    return data
