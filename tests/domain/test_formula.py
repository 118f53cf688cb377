"""Free formulas: read safely, evaluated exactly, solved for one name, renamed."""

import functools
import math
from fractions import Fraction as F  # noqa: N817 (short for readable tables)
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kpidesk.domain import formula as formula_module
from kpidesk.domain.formula import (
    MAX_DEPTH,
    check_names,
    is_bare_name,
    parse,
    quote_name,
    rename,
)
from kpidesk.domain.numbers import to_text
from kpidesk.domain.problems import Figure, ValidationError
from tests.domain.fraction_strategy import fractions

# --- reading --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("123", F(123)),
        ("1.5", F(3, 2)),
        ("0.05", F(1, 20)),
        ("１２３", F(123)),
        ("１．５", F(3, 2)),
        ("20%", F(1, 5)),
        ("１５０％", F(3, 2)),
        ("2.5 %", F(1, 40)),
        ("2 + 3 * 4", F(14)),
        ("2 * 3 + 4", F(10)),
        ("(2+3)*4", F(20)),
        ("-2 * 3", F(-6)),
        ("-(2 + 3)", F(-5)),
        ("+2 - -3", F(5)),
        ("10 - 4 - 3", F(3)),
        ("24 / 4 / 3", F(2)),
        ("10 - (4 - 3)", F(9)),
        ("1 / 3", F(1, 3)),
        ("２＋３＊４", F(14)),
        ("（２＋３）×４", F(20)),
        ("１０－４−３", F(3)),
        ("12 ÷ 4 ／ 3", F(1)),
        ("\u30002\u3000*\t3\n", F(6)),
        ("100 * 20% / 1.1", F(200, 11)),
    ],
)
def test_numbers_operators_and_precedence(text, expected):
    assert parse(text).evaluate({}) == Figure.of(expected)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("見込み客数 * 成約率", ("見込み客数", "成約率")),
        ("(calls * connect_rate) + referrals", ("calls", "connect_rate", "referrals")),
        ("「新規 顧客数」 * 単価 / 1.1", ("新規 顧客数", "単価")),
        ("[Deals won] * [Unit price]", ("Deals won", "Unit price")),
        ('"Deals won" * "Unit price"', ("Deals won", "Unit price")),
        ("［Deals won］ * ＂Unit price＂", ("Deals won", "Unit price")),
        ("「新規（法人）」 + 「既存 + 紹介」", ("新規（法人）", "既存 + 紹介")),
        ("「\u3000新規\u3000 顧客数 」", ("新規 顧客数",)),
        ("データー数 * ＣＶＲ", ("データー数", "ＣＶＲ")),
        ("第２期売上 - 第1期売上", ("第２期売上", "第1期売上")),
        ("_x1 * ひらがな * カタカナ * 漢字", ("_x1", "ひらがな", "カタカナ", "漢字")),
        ("b * a + b / c", ("b", "a", "c")),
    ],
)
def test_names_bare_and_quoted(text, names):
    formula = parse(text)
    assert formula.names_in_order == names
    assert formula.names == frozenset(names)
    assert formula.text == text


def test_names_evaluate_exactly():
    formula = parse("「新規 顧客数」 * 単価 / 1.1")
    assert formula.evaluate({"新規 顧客数": F(11), "単価": F(5000)}) == Figure.of(F(50_000))
    formula = parse("見込み客数 * 成約率")
    assert formula.evaluate({"見込み客数": F(500), "成約率": F(1, 5)}) == Figure.of(F(100))


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("a * * b", 4),
        ("(a + b", 6),
        ("a b", 2),
        ("1.2.3", 3),
        ("「a + b", 0),
        ("a * [b", 4),
        ('"a', 0),
        ("a +", 3),
        ("a + ", 4),
        ("1,000", 1),
        ("1.", 1),
        ("2x", 1),
        ("a %", 2),
        ("20%%", 3),
        (")", 0),
        ("()", 1),
        ("a + b)", 5),
        ("「」 * 2", 0),
        ("a & b", 2),
        ("a ^ 2", 2),
        ("a・b", 1),
        ("* a", 0),
    ],
)
def test_syntax_errors_give_the_position(text, position):
    with pytest.raises(ValidationError) as caught:
        parse(text)
    assert caught.value.code == "formula_syntax"
    assert caught.value.params == {"position": position, "text": text}


@pytest.mark.parametrize("text", ["", "   ", "\u3000\n"])
def test_empty_formula(text):
    with pytest.raises(ValidationError) as caught:
        parse(text)
    assert caught.value.code == "formula_empty"
    assert caught.value.params == {}


@pytest.mark.parametrize(
    "text",
    [
        "(" * (MAX_DEPTH + 1) + "a" + ")" * (MAX_DEPTH + 1),
        "-" * (MAX_DEPTH + 1) + "a",
        " + ".join(["a"] * (MAX_DEPTH + 1)),
    ],
)
def test_too_deeply_nested(text):
    with pytest.raises(ValidationError) as caught:
        parse(text)
    assert caught.value.code == "formula_too_complex"
    assert caught.value.params == {"limit": MAX_DEPTH}


def test_nesting_up_to_the_limit_is_fine():
    assert parse(" + ".join(["a"] * MAX_DEPTH)).evaluate({"a": F(1)}) == Figure.of(F(MAX_DEPTH))
    deep = "(" * MAX_DEPTH + "a" + ")" * MAX_DEPTH
    assert parse(deep).evaluate({"a": F(7)}) == Figure.of(F(7))
    assert parse("+" * 1000 + "a").evaluate({"a": F(7)}) == Figure.of(F(7))


def test_bare_names():
    assert is_bare_name("見込み客数")
    assert is_bare_name("ー")
    assert is_bare_name("a1")
    assert not is_bare_name("1a")
    assert not is_bare_name("１a")
    assert not is_bare_name("Deals won")
    assert not is_bare_name("新規（法人）")
    assert not is_bare_name("")


# --- evaluating -----------------------------------------------------------------------------


def test_unknown_name_is_the_first_missing_one():
    formula = parse("a * b + c")
    assert formula.evaluate({"a": F(1)}) == Figure.failed("unknown_name", "b")
    assert formula.evaluate({"a": F(1), "b": None, "c": F(1)}) == Figure.failed("unknown_name", "b")


@pytest.mark.parametrize(
    ("text", "divisor"),
    [
        ("a / b", "b"),
        ("a / [Deals won]", "Deals won"),
        ("a / 0", "0"),
        ("a / (b - c)", "(b - c)"),
        ("a ／ （ｂ－c）", "（ｂ－c）"),
        ("a / (c * 0%) + 1", "(c * 0%)"),
    ],
)
def test_division_by_zero_names_the_divisor(text, divisor):
    values = {"a": F(1), "b": F(0), "c": F(0), "ｂ": F(0), "Deals won": F(0)}
    assert parse(text).evaluate(values) == Figure.failed("division_by_zero", divisor)


def test_check_names():
    formula = parse("a * 「Deals won」 + b + c")
    check_names(formula, ["a", "b", "c", "Deals won", "extra"])
    with pytest.raises(ValidationError) as caught:
        check_names(formula, ["c", "a"])
    assert caught.value.code == "formula_unknown_name"
    assert caught.value.params == {"name": "Deals won"}


# --- solving: exact inversion ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("x + b", F(10), F(6)),
        ("b + x", F(10), F(6)),
        ("x - b", F(10), F(14)),
        ("b - x", F(10), F(-6)),
        ("x * b", F(10), F(5, 2)),
        ("b * x", F(10), F(5, 2)),
        ("x / b", F(10), F(40)),
        ("b / x", F(10), F(2, 5)),
        ("-x", F(10), F(-10)),
        ("+x", F(10), F(10)),
        ("x", F(10), F(10)),
        ("x * 20%", F(10), F(50)),
        ("(b - x / 3) * 2", F(2), F(9)),
        ("b / (1 - x)", F(8), F(1, 2)),
        ("-(b - x) / -b", F(1, 2), F(2)),
        ("見込み客数 * 成約率 * 単価", F(10_000_000), F(500)),
    ],
)
def test_solve_inverts_exactly(text, target, expected):
    formula = parse(text)
    values = {"b": F(4), "成約率": F(1, 5), "単価": F(100_000)}
    unknown = "見込み客数" if "見込み客数" in text else "x"
    solved = formula.solve(unknown, target, values)
    assert solved == Figure.of(expected)
    assert formula.evaluate({**values, unknown: solved.value}) == Figure.of(target)


def test_solve_ignores_a_value_given_for_the_unknown():
    assert parse("x + 1").solve("x", F(3), {"x": F(100)}) == Figure.of(F(2))


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("x * z", F(5), Figure.failed("division_by_zero", "z")),
        ("z * x", F(0), Figure.failed("division_by_zero", "z")),
        ("0 * x", F(5), Figure.failed("division_by_zero", "0")),
        ("x * (b - b)", F(5), Figure.failed("division_by_zero", "(b - b)")),
        ("x / z", F(5), Figure.failed("division_by_zero", "z")),
        ("b / x", F(0), Figure.failed("no_solution")),
        ("z / x", F(5), Figure.failed("no_solution")),
        ("z / x", F(0), Figure.failed("no_solution")),
        ("x + b / z", F(5), Figure.failed("division_by_zero", "z")),
        ("x + y", F(5), Figure.failed("unknown_name", "y")),
        ("y * x * w", F(5), Figure.failed("unknown_name", "y")),
        ("b * 2", F(5), Figure.failed("unknown_not_in_formula", "x")),
    ],
)
def test_solve_failures(text, target, expected):
    assert parse(text).solve("x", target, {"b": F(4), "z": F(0)}) == expected


# --- solving: numeric goal seek -------------------------------------------------------------


def test_seek_square_root_of_two():
    formula = parse("x * x")
    solved = formula.solve("x", F(2), {})
    assert solved.ok
    assert abs(solved.value - F(math.sqrt(2))) < F(1, 10**9)
    assert abs(formula.evaluate({"x": solved.value}).value - 2) <= F(2, 10**9)


def test_seek_finds_an_exact_value_and_verifies_it():
    assert parse("x / (x + 10)").solve("x", F(1, 2), {}) == Figure.of(F(10))


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        ("x * x", F(4), F(2)),  # the non-negative root first
        ("x * x", F(0), F(0)),
        ("x * (10 - x)", F(21), F(3)),  # the smaller of two non-negative roots
        ("x / (x - 3)", F(2), F(6)),  # the sign change across the pole at 3 is rejected
        ("x * x * x", F(-8), F(-2)),  # negative only when there is no non-negative root
        ("x + x", F(1, 3), F(1, 6)),
        ("(x + b) * x", F(12), F(2)),
        ("1 / x + x", F(5, 2), F(1, 2)),
        ("x * x", F(10**20), F(10**10)),
    ],
)
def test_seek(text, target, expected):
    assert parse(text).solve("x", target, {"b": F(4)}) == Figure.of(expected)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("x * x", F(-1)),
        ("x - x", F(3)),
        ("x / x", F(2)),
        ("x * x + 1", F(0)),
        ("1 / (x * x)", F(-1)),
    ],
)
def test_seek_without_solution(text, target):
    assert parse(text).solve("x", target, {}) == Figure.failed("no_solution")


def test_seek_needs_the_other_values():
    assert parse("x * x + y").solve("x", F(3), {}) == Figure.failed("unknown_name", "y")


@given(fractions(min_value=F(1, 20), max_value=F(100), max_denominator=20))
def test_seek_square_roots_are_verified(root):
    solved = parse("x * x").solve("x", root * root, {})
    assert solved.ok
    assert abs(solved.value - root) <= root / 10**9


# --- renaming -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "old", "new", "expected"),
    [
        ("見込み客数 * 成約率", "成約率", "受注率", "見込み客数 * 受注率"),
        ("a * b + a", "a", "New deals", "「New deals」 * b + 「New deals」"),
        ("[Deals won] * price", "Deals won", "Deals closed", "[Deals closed] * price"),
        ("「新規 顧客数」*単価", "新規 顧客数", "新規客数", "「新規客数」*単価"),
        ("ab * a", "a", "c", "ab * c"),
        ('"x" * y', "x", 'say "hi"', '「say "hi"」 * y'),
        ("a\u3000×\u3000b", "a", "c", "c\u3000×\u3000b"),
        ("a * b", "z", "c", "a * b"),
        ("新規（法人） * 2", "新規", "x", "x（法人） * 2"),
    ],
)
def test_rename(text, old, new, expected):
    assert rename(text, old, new) == expected


def test_quote_name():
    assert quote_name("a") == "a"
    assert quote_name("Deals won") == "「Deals won」"
    assert quote_name("a」b") == "[a」b]"
    assert quote_name("a」b]") == '"a」b]"'
    with pytest.raises(ValidationError) as caught:
        quote_name('a」b]c"')
    assert caught.value.code == "formula_unquotable_name"
    assert caught.value.params == {"name": 'a」b]c"'}


# --- properties -----------------------------------------------------------------------------

NAMES = ["a", "見込み客数", "成約率", "Deals won", "新規（法人）", "単価_2"]
OPERATOR_SPELLINGS = {"+": "+＋", "-": "-－−", "*": "*＊×", "/": "/／÷"}
QUOTES = [("「", "」"), ("[", "]"), ('"', '"'), ("［", "］")]
PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "neg": 3, "num": 4, "name": 4}

numbers = st.decimals(min_value=0, max_value=10_000, places=2).map(F)
positive = fractions(min_value=F(1, 100), max_value=F(10_000), max_denominator=100)


def trees(leaves):
    """Formula trees over `leaves` (build each once: a new recursive strategy per example costs
    more than the example)."""
    return st.recursive(
        leaves,
        lambda children: st.one_of(
            st.tuples(st.sampled_from("+-*/"), children, children),
            st.tuples(st.just("neg"), children),
        ),
        max_leaves=8,
    )


FORMULA_TREES = trees(
    st.one_of(
        st.tuples(st.just("num"), numbers), st.tuples(st.just("name"), st.sampled_from(NAMES))
    )
)
SPELLINGS = {kind: st.sampled_from(spellings) for kind, spellings in OPERATOR_SPELLINGS.items()}
SPACES = st.sampled_from(["", " ", "\u3000"])
MINUS_SIGNS = st.sampled_from("-－−")
PARENTHESES = st.sampled_from([("(", ")"), ("（", "）")])


@functools.cache
def trees_over(names: tuple[str, ...]):
    """Trees whose names are `names` (one strategy for each choice of names)."""
    return trees(
        st.one_of(
            st.tuples(st.just("name"), st.sampled_from(names)), st.tuples(st.just("num"), numbers)
        )
    )


@functools.cache
def quotes_for(name: str):
    """The quotes that can hold `name`."""
    return st.sampled_from([q for q in QUOTES if q[1] not in name])


def oracle(tree, values):
    """The value by plain Fraction arithmetic; None on division by zero."""
    kind = tree[0]
    if kind == "num":
        return tree[1]
    if kind == "name":
        return values[tree[1]]
    if kind == "neg":
        inner = oracle(tree[1], values)
        return None if inner is None else -inner
    left, right = oracle(tree[1], values), oracle(tree[2], values)
    if left is None or right is None or (kind == "/" and right == 0):
        return None
    if kind == "+":
        return left + right
    if kind == "-":
        return left - right
    return left * right if kind == "*" else left / right


def render(tree, draw):
    """Formula text in a random style: spellings, spaces, quotes, percent, extra parentheses."""
    kind = tree[0]
    if kind == "num":
        return render_number(tree[1], draw)
    if kind == "name":
        return render_name(tree[1], draw)
    if kind == "neg":
        return draw(MINUS_SIGNS) + wrap(tree[1], PRECEDENCE[tree[1][0]] < 3, draw)
    space = draw(SPACES)
    left = wrap(tree[1], PRECEDENCE[tree[1][0]] < PRECEDENCE[kind], draw)
    right = wrap(tree[2], PRECEDENCE[tree[2][0]] <= PRECEDENCE[kind], draw)
    return f"{left}{space}{draw(SPELLINGS[kind])}{space}{right}"


def wrap(tree, needed, draw):
    inner = render(tree, draw)
    if needed or draw(st.booleans()):
        opening, closing = draw(PARENTHESES)
        return f"{opening}{inner}{closing}"
    return inner


def render_number(value, draw):
    text = to_text(value)
    if draw(st.booleans()):
        text = f"{to_text(value * 100)}%"
    if draw(st.booleans()):
        text = text.translate(str.maketrans("0123456789.%", "０１２３４５６７８９．％"))
    return text


def render_name(name, draw):
    if is_bare_name(name) and draw(st.booleans()):
        return name
    opening, closing = draw(quotes_for(name))
    return f"{opening}{name}{closing}"


@st.composite
def formulas(draw):
    """A random formula with its tree and positive values for every name."""
    tree = draw(FORMULA_TREES)
    used = names_in(tree)
    # a value is drawn only for a name the formula uses: the others cannot change its value
    values = {name: draw(positive) if name in used else F(1) for name in NAMES}
    return tree, render(tree, draw), values


def names_in(tree) -> set[str]:
    if tree[0] == "name":
        return {tree[1]}
    if tree[0] == "num":
        return set()
    return set().union(*(names_in(child) for child in tree[1:]))


def evaluates_like_plain_arithmetic(tree, text, values):
    figure = parse(text).evaluate(values)
    expected = oracle(tree, values)
    if expected is None:
        assert figure.problem.code == "division_by_zero"
    else:
        assert figure == Figure.of(expected)


def printed_back_and_read_again_evaluates_the_same(text, values):
    formula = parse(text)
    again = parse(formula.normalized())
    assert again.normalized() == formula.normalized()
    assert again.names_in_order == formula.names_in_order
    first, second = formula.evaluate(values), again.evaluate(values)
    assert first.value == second.value
    assert (first.problem is None) == (second.problem is None)
    if first.problem is not None:
        assert first.problem.code == second.problem.code


# 100 formulas of up to 8 leaves: each operator, spelling, quote and number style dozens of
# times; both properties on the same formulas (two tests drew 100 each: drawing one cost more
# than reading it)
@settings(max_examples=100, deadline=None)
@given(formulas())
def test_random_formulas_evaluate_like_plain_arithmetic_and_the_same_once_printed_back(case):
    tree, text, values = case
    evaluates_like_plain_arithmetic(tree, text, values)
    printed_back_and_read_again_evaluates_the_same(text, values)


def replace_leaf(tree, index):
    """The tree with its `index`-th leaf (in order) replaced by the name x; leaves left over."""
    if tree[0] in ("num", "name"):
        return (("name", "x"), -1) if index == 0 else (tree, index - 1)
    children = []
    for child in tree[1:]:
        child, index = replace_leaf(child, index) if index >= 0 else (child, index)
        children.append(child)
    return (tree[0], *children), index


def leaf_count(tree):
    return 1 if tree[0] in ("num", "name") else sum(leaf_count(child) for child in tree[1:])


@st.composite
def single_unknown_formulas(draw):
    """A formula over 1–4 names besides x, in which x appears exactly once."""
    names = draw(st.lists(st.sampled_from("abcd"), min_size=1, max_size=4, unique=True))
    tree = draw(trees_over(tuple(sorted(names))))  # 15 sets of names, not 64 orders
    tree, _ = replace_leaf(tree, draw(st.integers(0, leaf_count(tree) - 1)))
    values = {name: draw(positive) for name in names}
    return tree, render(tree, draw), values


# 100: x under each operator, on either side, negated or not, comes up many times in 8 leaves
@settings(max_examples=100, deadline=None)
@given(single_unknown_formulas(), fractions(-(10**15), 10**15, max_denominator=1000))
def test_solving_for_a_single_unknown_reproduces_the_target_exactly(case, target):
    _, text, values = case
    formula = parse(text)
    solved = formula.solve("x", target, values)
    if solved.ok:
        assert formula.evaluate({**values, "x": solved.value}) == Figure.of(target)
    else:
        assert solved.problem.code in {"division_by_zero", "no_solution"}


# 100: x under each operator, on either side, negated or not, comes up many times in 8 leaves
@settings(max_examples=100, deadline=None)
@given(single_unknown_formulas(), positive)
def test_solving_for_a_reachable_target_finds_the_one_value(case, x):
    tree, text, values = case
    target = oracle(tree, {**values, "x": x})
    assume(target is not None)
    solved = parse(text).solve("x", target, values)
    if solved.ok:
        assert solved.value == x
    else:
        assert solved.problem.code in {"division_by_zero", "no_solution"}


@given(formulas(), st.sampled_from(NAMES), st.sampled_from(["x", "New name", "新規 顧客数"]))
def test_rename_replaces_exactly_the_old_name(case, old, new):
    _, text, values = case
    renamed = parse(rename(text, old, new))
    before = parse(text)
    assume(new not in before.names)
    expected = tuple(new if name == old else name for name in before.names_in_order)
    assert renamed.names_in_order == expected
    moved = {**values, new: values[old]}
    assert renamed.evaluate(moved).value == before.evaluate(values).value


# --- safety ---------------------------------------------------------------------------------


def test_the_module_never_hands_text_to_python():
    source = Path(formula_module.__file__).read_text(encoding="utf-8")
    for forbidden in ("eval(", "exec(", "compile(", "import ast", "__import__"):
        assert forbidden not in source
