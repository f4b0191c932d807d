"""The documented formats match the code."""

from __future__ import annotations

import json
from pathlib import Path

from isv_dialogue.dossier import dossier_schema

ROOT = Path(__file__).resolve().parent.parent


def test_published_dossier_schema_matches_the_model():
    """docs/dossier.schema.json is what the model produces (run scripts/update-schema)."""
    published = json.loads((ROOT / "docs" / "dossier.schema.json").read_text(encoding="utf-8"))
    assert published == dossier_schema()
