"""Turning domain dataclasses into JSON values and back, strictly.

One generic codec driven by the type hints serves storage, the dossier
export/import and the dossier's JSON Schema, so the three cannot drift apart.
Decoding names the exact place of a mistake (``meetings[2].answers.x.discussed``).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from .errors import DataError
from .i18n import _

T = TypeVar("T")
JSON = Any


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _optional_inner(tp: Any) -> Any | None:
    """For ``X | None`` return X; otherwise None."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(tp)) == 2:
            return args[0]
    return None


def encode(value: Any) -> JSON:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    return value


# Where a value is in the document: a text, or (where its parent is, its key) with
# an int key for a list's index. It is made into text only for an error message:
# decoding ten years of a supplier passes some 16,000 places and needs none of them.
Where = str | tuple[Any, str | int]


def decode(tp: type[T], data: JSON, where: str = "") -> T:
    """Build a ``tp`` from JSON data, or raise DataError naming where it went wrong."""
    return _decode(tp, data, where)


def _decode(tp: Any, data: JSON, where: Where) -> Any:
    inner = _optional_inner(tp)
    if inner is not None:
        return None if data is None else _decode(inner, data, where)
    origin = typing.get_origin(tp)
    if origin is list:
        (item_tp,) = typing.get_args(tp)
        if not isinstance(data, list):
            raise _expected(where, _("een lijst"))
        return [_decode(item_tp, v, (where, i)) for i, v in enumerate(data)]
    if origin is dict:
        value_tp = typing.get_args(tp)[1]
        if not isinstance(data, dict):
            raise _expected(where, _("een object"))
        return {k: _decode(value_tp, v, (where, k)) for k, v in data.items()}
    if dataclasses.is_dataclass(tp):
        return _decode_dataclass(tp, data, where)
    return _decode_scalar(tp, data, where)


def _decode_dataclass(cls: type[T], data: JSON, where: Where) -> T:
    if not isinstance(data, dict):
        raise _expected(where, _("een object"))
    hints = _hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise DataError(_("{where}: onbekend veld.", where=_text((where, unknown[0]))))
    values = {}
    for name, spec in fields.items():
        if name in data:
            values[name] = _decode(hints[name], data[name], (where, name))
        elif spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
            raise DataError(_("{where}: verplicht veld ontbreekt.", where=_text((where, name))))
    return cls(**values)


def _decode_scalar(tp: Any, data: JSON, where: Where) -> Any:
    if isinstance(tp, type) and issubclass(tp, Enum):
        allowed = [m.value for m in tp]
        if data not in allowed:
            raise DataError(_("{where}: '{value}' is geen van {allowed}.", where=_text(where),
                              value=shown(data), allowed=", ".join(allowed)))
        return tp(data)
    if tp is datetime or tp is date:
        if not isinstance(data, str):
            raise _expected(where, _("een datum als tekst"))
        try:
            return tp.fromisoformat(data)
        except ValueError:
            raise DataError(_("{where}: '{value}' is geen geldige datum.", where=_text(where),
                                  value=shown(data))) from None
    if tp is bool:
        if not isinstance(data, bool):
            raise _expected(where, _("true of false"))
    elif tp is int:
        if not isinstance(data, int) or isinstance(data, bool):
            raise _expected(where, _("een heel getal"))
    elif tp is str:
        if not isinstance(data, str):
            raise _expected(where, _("tekst"))
    else:
        raise TypeError(f"codec does not handle {tp!r}")
    return data


def _expected(where: Where, what: str) -> DataError:
    """The error for a value of the wrong kind (``what`` is translated by the caller,
    on this path only: a good value costs no catalogue lookup)."""
    return DataError(_("{where}: moet {what} zijn.", where=_text(where) or "document", what=what))


def _text(where: Where) -> str:
    """``meetings[m1].answers.x.discussed``: a list's index in brackets, a key (which
    is data too, so shown short and on one line) after a dot."""
    if isinstance(where, str):
        return where
    parent, key = where
    above = _text(parent)
    if isinstance(key, int):
        return f"{above}[{key}]"
    return f"{above}.{shown(key)}" if above else shown(key)


def shown(value: object, limit: int = 40) -> str:
    """Data quoted in an error message: short, and on one line, so that a 10 MB
    text or a newline in an id cannot turn one sentence into something else."""
    text = value if isinstance(value, str) else repr(value)
    short = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text[:limit])
    return short + "…" if len(text) > limit else short


def json_schema(tp: Any, defs: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSON Schema of what ``encode`` produces for ``tp``; dataclasses go in ``defs``."""
    defs = {} if defs is None else defs
    inner = _optional_inner(tp)
    if inner is not None:
        return {"anyOf": [json_schema(inner, defs), {"type": "null"}]}
    origin = typing.get_origin(tp)
    if origin is list:
        return {"type": "array", "items": json_schema(typing.get_args(tp)[0], defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": json_schema(typing.get_args(tp)[1], defs)}
    if dataclasses.is_dataclass(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder first: guards against recursion
            defs[tp.__name__] = _dataclass_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if isinstance(tp, type) and issubclass(tp, Enum):
        return {"enum": [m.value for m in tp]}
    formats = {datetime: {"type": "string", "format": "date-time"},
               date: {"type": "string", "format": "date"},
               bool: {"type": "boolean"}, int: {"type": "integer"}, str: {"type": "string"}}
    return dict(formats[tp])


def _dataclass_schema(cls: Any, defs: dict[str, Any]) -> dict[str, Any]:
    hints = _hints(cls)
    properties, required = {}, []
    for f in dataclasses.fields(cls):
        properties[f.name] = json_schema(hints[f.name], defs)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            required.append(f.name)
    schema: dict[str, Any] = {"type": "object", "properties": properties,
                              "additionalProperties": False}
    if cls.__doc__ and not cls.__doc__.startswith(cls.__name__ + "("):
        schema["description"] = " ".join(cls.__doc__.split())
    if required:
        schema["required"] = required
    return schema
