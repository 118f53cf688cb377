"""Numbers as the user reads and types them: ¥ with digit grouping, 万円, %, days."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QLocale

from kpidesk.domain.decomposition import NOT_PLANNED_YET
from kpidesk.domain.model import Unit
from kpidesk.domain.numbers import parse_value
from kpidesk.domain.problems import Figure
from kpidesk.i18n.fill import fill
from kpidesk.i18n.messages import problem_text

MAN = Fraction(10_000)
SCIENTIFIC_FROM = 10**15  # from 1,000兆 on, a figure shows as 1.23E+15 (all digits up to 999兆)
SCIENTIFIC_BELOW = Fraction(1, 10**6)  # and below a millionth: 1E-30 rather than 0
SIGNIFICANT = 28  # digits kept when dividing, beyond those a figure shows


class NumberFormat:
    """Formats and parses one unit's values for the user's locale."""

    def __init__(self, locale: QLocale | None = None, money_in_man: bool = False) -> None:
        self.locale = locale or QLocale()
        self.money_in_man = money_in_man

    def value(self, value: Fraction, unit: Unit, label: str = "") -> str:
        if unit is Unit.CURRENCY:
            if self.money_in_man:
                amount = self._decimal(value / MAN, 2)
                return fill(QCoreApplication.translate("Units", "%1 man-yen"), amount)
            return self._signed(value, "¥", 0)
        if unit is Unit.PERCENT:
            return fill(QCoreApplication.translate("Units", "%1 %"), self._decimal(value * 100, 2))
        number = self._decimal(value, 2)
        if unit is Unit.DAYS:
            return fill(QCoreApplication.translate("Units", "%1 days"), number)
        if unit is Unit.OTHER and label:
            return f"{number} {label}"
        return number

    def figure(self, figure: Figure, unit: Unit, label: str = "") -> str:
        """A computed figure, or a short "cannot compute" mark when it has none."""
        if figure.ok:
            return self.value(figure.value, unit, label)
        if figure.problem.code in NOT_PLANNED_YET:  # nothing wrong: the plan is not filled in
            return "—"
        return "⚠ " + QCoreApplication.translate("Units", "cannot compute")

    def per_rep(self, split, unit: Unit, label: str = "") -> str:
        """A split figure: one value when every rep gets the same, else the range "50–51"."""
        if split is None:
            return ""
        if not split.ok:
            return self.figure(Figure(problem=split.problem), unit, label)
        parts = list(split.parts.values())
        low, high = min(parts), max(parts)
        if low == high:
            return self.value(low, unit, label)
        return f"{self.value(low, unit, label)}–{self.value(high, unit, label)}"

    def split_reason(self, split) -> str:
        if split is None or split.ok:
            return ""
        return problem_text(split.problem)

    def reason(self, figure: Figure | None) -> str:
        if figure is None or figure.problem is None:
            return ""
        return problem_text(figure.problem)

    def signed(self, value: Fraction, unit: Unit, label: str = "") -> str:
        """A gap: always with its sign, so that 0 reads as ±0; a gap between rates in
        percentage points (20 % against 25 % is −5 pt, not −5 %, which would be relative)."""
        if unit is Unit.PERCENT:
            points = self._decimal(value * 100, 2)
            text = fill(QCoreApplication.translate("Units", "%1 pt"), points)
        else:
            text = self.value(value, unit, label)
        if value > 0:
            return "+" + text
        if value == 0:
            return "±" + text
        return text

    def editable(self, value: Fraction | None, unit: Unit) -> str:
        """The text an editor starts with: plain digits, percent as 20 for 20 %."""
        if value is None:
            return ""
        shown = value * 100 if unit is Unit.PERCENT else value
        return _plain(shown)

    def parse(self, text: str, unit: Unit, whole: bool = False) -> Fraction | None:
        """What the user typed, as a stored value (`numbers.parse_value`); empty text clears it."""
        if not text.strip():
            return None
        return parse_value(text, unit, whole)

    def _signed(self, value: Fraction, symbol: str, places: int) -> str:
        digits = self._decimal(abs(value), places)
        sign = self.locale.negativeSign() if value < 0 else ""
        return f"{sign}{symbol}{digits}"

    def _decimal(self, value: Fraction, max_places: int) -> str:
        """Grouped digits, exact to the last one; scientific from 1,000兆 and below a millionth."""
        if value.denominator == 1 and -SCIENTIFIC_FROM < value.numerator < SCIENTIFIC_FROM:
            # a whole number (most counts and every yen): its digits, without the Decimal
            # rounding below (a 2,000-KPI diagram formats 7,000 figures)
            text = self.locale.toString(abs(value.numerator))
            return (self.locale.negativeSign() + text) if value.numerator < 0 else text
        if abs(value) >= SCIENTIFIC_FROM or (value and abs(value) < SCIENTIFIC_BELOW):
            return self._scientific(value)
        rounded = _round(value, max_places)
        places = max(0, -rounded.normalize().as_tuple().exponent) if rounded % 1 else 0
        whole, _, fraction = format(abs(rounded), f".{places}f").partition(".")
        text = self.locale.toString(int(whole))
        if fraction:
            text += self.locale.decimalPoint() + fraction
        return (self.locale.negativeSign() + text) if rounded < 0 else text

    def _scientific(self, value: Fraction) -> str:
        """Three significant digits and a power of ten, as a spreadsheet shows it: 1.23E+30."""
        with localcontext() as context:
            context.prec = SIGNIFICANT + 2
            exact = Decimal(value.numerator) / Decimal(value.denominator)
            exponent = exact.adjusted()
            mantissa = abs(exact).scaleb(-exponent).quantize(Decimal("0.01"), ROUND_HALF_UP)
        if mantissa >= 10:
            mantissa, exponent = mantissa / 10, exponent + 1
        digits = format(mantissa.normalize(), "f").replace(".", self.locale.decimalPoint())
        sign = self.locale.negativeSign() if value < 0 else ""
        return f"{sign}{digits}E{'+' if exponent >= 0 else '-'}{abs(exponent):02d}"


def _round(value: Fraction, places: int) -> Decimal:
    """`value` to `places` decimals, with all the digits it needs however large it is."""
    if abs(value.numerator).bit_length() - value.denominator.bit_length() < 50:  # < 10^15
        exact = Decimal(value.numerator) / Decimal(value.denominator)  # 28 digits suffice
        return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    whole_digits = len(str(abs(value.numerator) // value.denominator))
    with localcontext() as context:
        context.prec = whole_digits + places + SIGNIFICANT
        exact = Decimal(value.numerator) / Decimal(value.denominator)
        return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _plain(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return format(_round(value, 6).normalize(), "f")
