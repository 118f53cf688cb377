"""Why a figure cannot be computed, and why an edit is refused: codes, not sentences."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, NamedTuple

DIVISION_BY_ZERO = "division_by_zero"


class Problem(NamedTuple):
    """A reason a figure has no value; `node` names the node the reason is about."""

    code: str
    node: str = ""


class Figure(NamedTuple):
    """A computed value, or the problem that kept it from being computed.

    A named tuple rather than a dataclass: a big plan makes thousands per edit.
    """

    value: Fraction | None = None
    problem: Problem | None = None

    @classmethod
    def of(cls, value: Fraction) -> Figure:
        return cls(value)

    @classmethod
    def failed(cls, code: str, node: str = "") -> Figure:
        return cls(problem=Problem(code, node))

    @property
    def ok(self) -> bool:
        return self.value is not None


@dataclass
class ValidationError(Exception):
    """An edit the plan refuses; the UI turns `code` and `params` into a sentence."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return f"{self.code} {self.params}" if self.params else self.code
