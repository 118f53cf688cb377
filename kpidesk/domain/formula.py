"""Free formulas over a node's children: read safely, evaluate exactly, solve for one name."""

from __future__ import annotations

import functools
import math
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import TypeVar

from kpidesk.domain.numbers import to_text
from kpidesk.domain.problems import DIVISION_BY_ZERO, Figure, ValidationError

FORMULA_EMPTY = "formula_empty"
FORMULA_SYNTAX = "formula_syntax"
FORMULA_TOO_COMPLEX = "formula_too_complex"
FORMULA_UNKNOWN_NAME = "formula_unknown_name"
FORMULA_UNQUOTABLE_NAME = "formula_unquotable_name"
UNKNOWN_NAME = "unknown_name"
NO_SOLUTION = "no_solution"
UNKNOWN_NOT_IN_FORMULA = "unknown_not_in_formula"

MAX_DEPTH = 100
"""How deeply operations and parentheses may nest; keeps every recursion far from Python's limit."""

SEEK_TOLERANCE = Fraction(1, 10**9)
"""How closely a numerically found value must reproduce the target, relative to the target."""

_OPERATORS = {
    "+": "+",
    "＋": "+",
    "-": "-",
    "－": "-",
    "−": "-",
    "*": "*",
    "＊": "*",
    "×": "*",
    "/": "/",
    "／": "/",
    "÷": "/",
    "(": "(",
    "（": "(",
    ")": ")",
    "）": ")",
    "%": "%",
    "％": "%",
}
_DIGITS = "0123456789０１２３４５６７８９"
_POINTS = ".．"
_TO_ASCII = str.maketrans("０１２３４５６７８９．", "0123456789.")
_QUOTES = {"「": "」", "[": "]］", "［": "]］", '"': '"＂', "＂": '"＂'}
_QUOTING = (("「", "」"), ("[", "]］"), ('"', '"＂'))
_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}
_NEGATE_PRECEDENCE = 3
_ATOM_PRECEDENCE = 4
_SEEK_GRID = (*(float(f"{m}e{k}") for k in range(-9, 12) for m in range(1, 10)), 1e12)
_BISECTIONS = 200
_Value = TypeVar("_Value", Fraction, float)


# --- tokens -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    kind: str  # "number", "name", "op" or "end"
    value: Fraction | str
    start: int
    end: int


def _syntax_error(text: str, position: int) -> ValidationError:
    return ValidationError(FORMULA_SYNTAX, position=position, text=text)


def _continues_name(char: str) -> bool:
    return (
        char.isalpha()
        or char.isdecimal()
        or char in "_ー"
        or unicodedata.category(char).startswith("M")
    )


def _starts_name(char: str) -> bool:
    return _continues_name(char) and not char.isdecimal()


def is_bare_name(name: str) -> bool:
    """Whether `name` can stand in a formula without quotes."""
    return bool(name) and _starts_name(name[0]) and all(_continues_name(c) for c in name[1:])


def _tokenize(text: str) -> list[_Token]:
    tokens = []
    index = 0
    while index < len(text):
        if text[index].isspace():
            index += 1
            continue
        token = _read_token(text, index)
        tokens.append(token)
        index = token.end
    tokens.append(_Token("end", "", len(text), len(text)))
    return tokens


def _read_token(text: str, start: int) -> _Token:
    char = text[start]
    if char in _OPERATORS:
        return _Token("op", _OPERATORS[char], start, start + 1)
    if char in _DIGITS:
        return _read_number(text, start)
    if char in _QUOTES:
        return _read_quoted(text, start)
    if _starts_name(char):
        return _read_bare_name(text, start)
    raise _syntax_error(text, start)


def _skip_digits(text: str, index: int) -> int:
    while index < len(text) and text[index] in _DIGITS:
        index += 1
    return index


def _read_number(text: str, start: int) -> _Token:
    end = _skip_digits(text, start)
    if end < len(text) and text[end] in _POINTS:
        after = _skip_digits(text, end + 1)
        if after == end + 1:
            raise _syntax_error(text, end)
        end = after
    return _Token("number", Fraction(text[start:end].translate(_TO_ASCII)), start, end)


def _read_quoted(text: str, start: int) -> _Token:
    closers = _QUOTES[text[start]]
    end = next((i for i in range(start + 1, len(text)) if text[i] in closers), None)
    if end is None:
        raise _syntax_error(text, start)
    name = " ".join(text[start + 1 : end].split())
    if not name:
        raise _syntax_error(text, start)
    return _Token("name", name, start, end + 1)


def _read_bare_name(text: str, start: int) -> _Token:
    end = start + 1
    while end < len(text) and _continues_name(text[end]):
        end += 1
    return _Token("name", text[start:end], start, end)


# --- syntax tree --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Number:
    value: Fraction
    start: int
    end: int
    depth: int = 1


@dataclass(frozen=True)
class _Name:
    name: str
    start: int
    end: int
    depth: int = 1


@dataclass(frozen=True)
class _Negate:
    operand: _Expr
    start: int
    end: int
    depth: int


@dataclass(frozen=True)
class _Binary:
    op: str
    left: _Expr
    right: _Expr
    start: int
    end: int
    depth: int


_Expr = _Number | _Name | _Negate | _Binary


class _Parser:
    """Recursive descent: sum := product (+|- product)*, product := unary (*|/ unary)*."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokenize(text)
        self.index = 0
        self.parentheses = 0

    def parse(self) -> _Expr:
        expr = self._sum()
        token = self.tokens[self.index]
        if token.kind != "end":
            raise _syntax_error(self.text, token.start)
        return expr

    def _next(self) -> _Token:
        token = self.tokens[self.index]
        if token.kind != "end":
            self.index += 1
        return token

    def _take(self, operators: str) -> _Token | None:
        token = self.tokens[self.index]
        if token.kind == "op" and token.value in operators:
            self.index += 1
            return token
        return None

    def _sum(self) -> _Expr:
        left = self._product()
        while operator := self._take("+-"):
            left = _binary(str(operator.value), left, self._product())
        return left

    def _product(self) -> _Expr:
        left = self._unary()
        while operator := self._take("*/"):
            left = _binary(str(operator.value), left, self._unary())
        return left

    def _unary(self) -> _Expr:
        signs = []
        while sign := self._take("+-"):
            signs.append(sign)
        expr = self._primary()
        for sign in reversed(signs):
            if sign.value == "-":
                expr = _checked(_Negate(expr, sign.start, expr.end, expr.depth + 1))
        return expr

    def _primary(self) -> _Expr:
        token = self._next()
        if token.kind == "number":
            return self._number(token)
        if token.kind == "name":
            return _Name(str(token.value), token.start, token.end)
        if token.kind == "op" and token.value == "(":
            return self._group(token)
        raise _syntax_error(self.text, token.start)

    def _number(self, token: _Token) -> _Number:
        value = Fraction(token.value)
        percent = self._take("%")
        if percent is None:
            return _Number(value, token.start, token.end)
        return _Number(value / 100, token.start, percent.end)

    def _group(self, opening: _Token) -> _Expr:
        self.parentheses += 1
        if self.parentheses > MAX_DEPTH:
            raise ValidationError(FORMULA_TOO_COMPLEX, limit=MAX_DEPTH)
        expr = self._sum()
        closing = self._next()
        if closing.kind != "op" or closing.value != ")":
            raise _syntax_error(self.text, closing.start)
        self.parentheses -= 1
        return replace(expr, start=opening.start, end=closing.end)


def _checked(expr: _Expr) -> _Expr:
    if expr.depth > MAX_DEPTH:
        raise ValidationError(FORMULA_TOO_COMPLEX, limit=MAX_DEPTH)
    return expr


def _binary(op: str, left: _Expr, right: _Expr) -> _Expr:
    depth = max(left.depth, right.depth) + 1
    return _checked(_Binary(op, left, right, left.start, right.end, depth))


# --- the formula --------------------------------------------------------------------------


class _ProblemError(Exception):
    """Internal: stops an evaluation with the problem it ran into."""

    def __init__(self, code: str, node: str = "") -> None:
        super().__init__(code)
        self.figure = Figure.failed(code, node)


@functools.lru_cache(maxsize=1024)
def parse(text: str) -> Formula:
    """Read a formula such as `見込み客数 * 成約率` or `[Deals won] * 1.1`.

    Kept by text (a Formula cannot change): every evaluation and solve of a formula KPI, on
    every recompute, what-if and attribution, asks for it again.
    """
    if not text.strip():
        raise ValidationError(FORMULA_EMPTY)
    parser = _Parser(text)
    root = parser.parse()
    names = (token.value for token in parser.tokens if token.kind == "name")
    return Formula(text, root, tuple(dict.fromkeys(str(name) for name in names)))


@dataclass(frozen=True)
class Formula:
    """A parsed formula; `text` is exactly what was typed. Build one with `parse`."""

    text: str
    _root: _Expr = field(repr=False, compare=False)
    _names: tuple[str, ...] = field(repr=False, compare=False)

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self._names)

    @property
    def names_in_order(self) -> tuple[str, ...]:
        """The names referenced, each once, in order of first appearance."""
        return self._names

    def normalized(self) -> str:
        """The formula in a standard spelling: ASCII operators, minimal parentheses."""
        return _print(self._root)

    def evaluate(self, values: Mapping[str, Fraction]) -> Figure:
        """The formula's value; a name without a value (absent or None) is `unknown_name`."""
        try:
            return Figure.of(_evaluate(self._root, self.text, values))
        except _ProblemError as failure:
            return failure.figure

    def solve(self, unknown: str, target: Fraction, values: Mapping[str, Fraction]) -> Figure:
        """The value of `unknown` for which the formula gives `target` (goal seek)."""
        if unknown not in self._names:
            return Figure.failed(UNKNOWN_NOT_IN_FORMULA, unknown)
        missing = next((n for n in self._names if n != unknown and values.get(n) is None), None)
        if missing is not None:
            return Figure.failed(UNKNOWN_NAME, missing)
        known = {name: Fraction(values[name]) for name in self._names if name != unknown}
        try:
            if _occurrences(self._root, unknown) == 1:
                return Figure.of(_invert(self._root, Fraction(target), unknown, known, self.text))
            return _seek(self._root, self.text, unknown, Fraction(target), known)
        except _ProblemError as failure:
            return failure.figure


def check_names(formula: Formula, allowed: Iterable[str]) -> None:
    """Refuse a formula that references a name outside `allowed` (the first such, in order)."""
    permitted = set(allowed)
    for name in formula.names_in_order:
        if name not in permitted:
            raise ValidationError(FORMULA_UNKNOWN_NAME, name=name)


def quote_name(name: str) -> str:
    """`name` as written in a formula: bare when it can be, else in 「」 (or [] or "")."""
    if is_bare_name(name):
        return name
    for opening, closers in _QUOTING:
        if not any(closer in name for closer in closers):
            return f"{opening}{name}{closers[0]}"
    raise ValidationError(FORMULA_UNQUOTABLE_NAME, name=name)


def rename(formula_text: str, old: str, new: str) -> str:
    """The formula with every reference to `old` made a reference to `new`; all else kept."""
    pieces = []
    last = 0
    for token in _tokenize(formula_text):
        if token.kind == "name" and token.value == old:
            pieces += [formula_text[last : token.start], _reference(formula_text, token, new)]
            last = token.end
    return "".join(pieces) + formula_text[last:]


def _reference(text: str, token: _Token, name: str) -> str:
    """Keep the quotes the user chose for the old name when they can hold the new one."""
    opening = text[token.start]
    closers = _QUOTES.get(opening)
    if closers is None or any(closer in name for closer in closers):
        return quote_name(name)
    return f"{opening}{name}{text[token.end - 1]}"


# --- exact evaluation ---------------------------------------------------------------------


def _describe(expr: _Expr, text: str) -> str:
    return expr.name if isinstance(expr, _Name) else text[expr.start : expr.end]


def _evaluate(expr: _Expr, text: str, values: Mapping[str, Fraction]) -> Fraction:
    match expr:
        case _Number():
            return expr.value
        case _Name():
            value = values.get(expr.name)
            if value is None:
                raise _ProblemError(UNKNOWN_NAME, expr.name)
            return Fraction(value)
        case _Negate():
            return -_evaluate(expr.operand, text, values)
    left = _evaluate(expr.left, text, values)
    right = _evaluate(expr.right, text, values)
    if expr.op == "/" and right == 0:
        raise _ProblemError(DIVISION_BY_ZERO, _describe(expr.right, text))
    return _apply(expr.op, left, right)


def _apply(op: str, left: _Value, right: _Value) -> _Value:
    if op == "+":
        return left + right
    if op == "-":
        return left - right
    if op == "*":
        return left * right
    return left / right


def _occurrences(expr: _Expr, name: str) -> int:
    match expr:
        case _Number():
            return 0
        case _Name():
            return int(expr.name == name)
        case _Negate():
            return _occurrences(expr.operand, name)
    return _occurrences(expr.left, name) + _occurrences(expr.right, name)


# --- exact inversion (the unknown appears once) -------------------------------------------


def _invert(
    expr: _Expr, target: Fraction, unknown: str, known: Mapping[str, Fraction], text: str
) -> Fraction:
    """Undo each operation on the path from the root down to the single `unknown`."""
    while not isinstance(expr, _Name):
        if isinstance(expr, _Negate):
            expr, target = expr.operand, -target
            continue
        on_left = _occurrences(expr.left, unknown) > 0
        inner, other = (expr.left, expr.right) if on_left else (expr.right, expr.left)
        given = _evaluate(other, text, known)
        target = _undo(expr.op, on_left, target, given, _describe(other, text))
        expr = inner
    return target


def _undo(op: str, on_left: bool, target: Fraction, given: Fraction, given_text: str) -> Fraction:
    """The operand's value so that `operand op given` (or `given op operand`) is `target`."""
    if op == "+":
        return target - given
    if op == "-":
        return target + given if on_left else given - target
    if given == 0 and (op == "*" or on_left):
        raise _ProblemError(DIVISION_BY_ZERO, given_text)
    if op == "*":
        return target / given
    if on_left:
        return target * given
    if target == 0 or given == 0:
        raise _ProblemError(NO_SOLUTION)
    return given / target


# --- numeric goal seek (the unknown appears more than once) -------------------------------


def _approximate(expr: _Expr, values: Mapping[str, float]) -> float:
    match expr:
        case _Number():
            return float(expr.value)
        case _Name():
            return values[expr.name]
        case _Negate():
            return -_approximate(expr.operand, values)
    return _apply(expr.op, _approximate(expr.left, values), _approximate(expr.right, values))


def _seek(
    root: _Expr, text: str, unknown: str, target: Fraction, known: Mapping[str, Fraction]
) -> Figure:
    """Scan [0, 1e12] upwards, then [-1e12, 0] outwards, for a verified solution."""
    try:
        floats = {name: float(value) for name, value in known.items()}
        goal = float(target)
    except OverflowError:
        return Figure.failed(NO_SOLUTION)

    def gap(x: float) -> float | None:
        try:
            value = _approximate(root, {**floats, unknown: x}) - goal
        except (ZeroDivisionError, OverflowError):
            return None
        return value if math.isfinite(value) else None

    for candidate in _candidates(gap):
        solution = Fraction(candidate).limit_denominator(10**9)
        if _reproduces(root, text, target, {**known, unknown: solution}):
            return Figure.of(solution)
    return Figure.failed(NO_SOLUTION)


def _reproduces(root: _Expr, text: str, target: Fraction, values: Mapping[str, Fraction]) -> bool:
    try:
        value = _evaluate(root, text, values)
    except _ProblemError:
        return False
    return abs(value - target) <= SEEK_TOLERANCE * (abs(target) if target else 1)


def _candidates(gap: Callable[[float], float | None]) -> Iterator[float]:
    for side in (1.0, -1.0):
        yield from _roots_along(gap, [0.0, *(side * x for x in _SEEK_GRID)])


def _roots_along(gap: Callable[[float], float | None], points: list[float]) -> Iterator[float]:
    """Grid points where the gap is 0, and roots inside each interval where its sign flips."""
    previous: tuple[float, float] | None = None
    for x in points:
        g = gap(x)
        if g is None:
            previous = None
            continue
        if g == 0:
            yield x
        elif previous is not None and previous[1] != 0 and (previous[1] < 0) != (g < 0):
            root = _bisect(gap, previous, (x, g))
            if root is not None:
                yield root
        previous = (x, g)


def _bisect(
    gap: Callable[[float], float | None], low: tuple[float, float], high: tuple[float, float]
) -> float | None:
    """Halve a sign-changing interval to adjacent floats; None if it meets an undefined point."""
    (a, ga), (b, gb) = low, high
    for _ in range(_BISECTIONS):
        middle = (a + b) / 2
        if middle in (a, b):
            break
        gm = gap(middle)
        if gm is None:
            return None
        if gm == 0:
            return middle
        if (gm < 0) == (ga < 0):
            a, ga = middle, gm
        else:
            b, gb = middle, gm
    return a if abs(ga) <= abs(gb) else b


# --- printing -----------------------------------------------------------------------------


def _precedence(expr: _Expr) -> int:
    if isinstance(expr, _Binary):
        return _PRECEDENCE[expr.op]
    return _NEGATE_PRECEDENCE if isinstance(expr, _Negate) else _ATOM_PRECEDENCE


def _wrapped(expr: _Expr, parenthesize: bool) -> str:
    printed = _print(expr)
    return f"({printed})" if parenthesize else printed


def _print(expr: _Expr) -> str:
    match expr:
        case _Number():
            printed = to_text(expr.value)
            return f"({printed})" if "/" in printed else printed
        case _Name():
            return quote_name(expr.name)
        case _Negate():
            return "-" + _wrapped(expr.operand, _precedence(expr.operand) < _NEGATE_PRECEDENCE)
    level = _PRECEDENCE[expr.op]
    left = _wrapped(expr.left, _precedence(expr.left) < level)
    right = _wrapped(expr.right, _precedence(expr.right) <= level)
    return f"{left} {expr.op} {right}"
