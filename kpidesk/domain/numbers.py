"""Exact numbers: the one reading of every number a person or a file gives, storage, rounding.

Every number typed or imported (tree cells, forms, dialogs, the actuals grid and paste, CSV and
Excel import, the YAML definition, command-line options) is read by `parse_value` with one rule
per unit:

- **Any unit.** Full-width digits and signs (`１２３`, `－５`) read as half-width. Thousands may be
  grouped with commas in threes only: `1,000` and `1,000,000` are numbers, `1,0,0` is refused
  (`bad_grouping`), and so is `1_0_0`. A decimal point and an exponent (`1.5`, `1e3`) are read
  exactly. `万`, `億` and `兆` multiply (`１０万` = 100,000, `1.5万` = 15,000, `1億` = 10^8).
- **Money (¥).** `¥1,000`, `￥1,000`, `1,000円` and `10万円` are ¥1,000 … ¥100,000. A ¥ or 円 on
  any other unit is refused (`currency_sign_on_non_money`).
- **Rates (%).** A rate is typed in percent with or without the sign: `20`, `20%` and `２０％`
  are all 20 % (stored as 1/5); `0.2` is 0.2 %. A % sign on a KPI that is not a rate is
  refused (`percent_on_non_rate`). (Only an import column of values all ≤ 1 is offered the
  other reading, 0.2 as 20 %, and the preview says so.)
- **Counts.** A whole-count KPI (a count that rounds, the default) takes whole numbers only:
  `12.5` is refused (`not_whole`). A count whose rounding is "none" (visits per day, an
  average) takes decimals.
- **Magnitude.** No value may exceed `MAX_MAGNITUDE` = 10^12 (¥1 trillion, a trillion deals)
  either way (`too_large`). Actuals are stored as integer ten-thousandths, so one value is at
  most 10^16 against SQLite's INTEGER limit of 9.22 × 10^18; sums over reps and days are taken
  in SQL in two halves (see `storage.actual_store`) and in Python integers elsewhere, so no sum
  can overflow: it would need more than 900 million rows of the largest value per half.
"""

from __future__ import annotations

import math
import re
import unicodedata
from fractions import Fraction

from kpidesk.domain.model import Rounding, Unit
from kpidesk.domain.problems import ValidationError

MAX_MAGNITUDE = 10**12
MAX_DECIMALS = 30  # more decimal places than any figure a person or file means
MULTIPLIERS = {"万": 10**4, "億": 10**8, "兆": 10**12}
_MINUS_SIGNS = str.maketrans({"−": "-", "‐": "-", "‒": "-", "–": "-"})
_PLAIN = re.compile(r"-?\d{1,13}", re.ASCII)  # the common case, read without the full grammar
_CORE = re.compile(
    r"(?P<int>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?P<frac>\d+))?(?:[eE](?P<exp>[+-]?\d{1,3}))?"
)


def parse_value(
    text: str, unit: Unit = Unit.OTHER, whole: bool = False, bounded: bool = True
) -> Fraction:
    """What a person or file wrote, as the stored value of a KPI in `unit` (20 % → 1/5).

    `whole` refuses decimals (a whole-count KPI, see `whole_only`). Raises ValidationError
    with the reason's code and the text; never anything else. `bounded=False` skips the
    magnitude limit, for the numerator of a fraction whose quotient is checked instead.
    """
    reading = _Reading(Fraction(int(text)), False, False) if _plain(text) else _read(text)
    if reading.percent and unit is not Unit.PERCENT:
        raise ValidationError("percent_on_non_rate", text=text)
    if reading.yen and unit is not Unit.CURRENCY:
        raise ValidationError("currency_sign_on_non_money", text=text)
    value = reading.value / 100 if unit is Unit.PERCENT else reading.value
    if bounded and abs(value) > MAX_MAGNITUDE:
        raise ValidationError("too_large", text=text, limit=MAX_MAGNITUDE)
    if whole and value.denominator != 1:
        raise ValidationError("not_whole", text=text)
    return value


def parse_number(text: str) -> Fraction:
    """A plain number with no unit ("1,000", "１２", "1.5万", "-3.5"): a weight, a capacity."""
    return parse_value(text, Unit.OTHER)


def whole_only(unit: Unit, rounding: Rounding = Rounding.AUTO) -> bool:
    """A count that rounds takes whole numbers; with rounding "none" it may be an average."""
    return unit is Unit.COUNT and rounding is not Rounding.NONE


def check_magnitude(value: Fraction, text: str = "") -> Fraction:
    """Refuse a value (from a spreadsheet cell, a YAML number) beyond `MAX_MAGNITUDE`."""
    if abs(value) > MAX_MAGNITUDE:
        raise ValidationError("too_large", text=text or str(value), limit=MAX_MAGNITUDE)
    return value


def _plain(text: object) -> bool:
    return isinstance(text, str) and _PLAIN.fullmatch(text) is not None


class _Reading:
    __slots__ = ("percent", "value", "yen")

    def __init__(self, value: Fraction, percent: bool, yen: bool) -> None:
        self.value, self.percent, self.yen = value, percent, yen


def _read(text: str) -> _Reading:
    if not isinstance(text, str):
        raise ValidationError("not_a_number", text=str(text))
    cleaned = unicodedata.normalize("NFKC", text).translate(_MINUS_SIGNS).strip()
    if len(cleaned) > 100:
        code = "too_large" if re.fullmatch(r"[-+\d,.\s]+", cleaned) else "not_a_number"
        raise ValidationError(code, text=text[:20] + "…", limit=MAX_MAGNITUDE)
    negative = cleaned.startswith("-")
    if cleaned[:1] in "+-" and cleaned:
        cleaned = cleaned[1:].lstrip()
    yen = cleaned.startswith("¥") or cleaned.endswith("円")
    cleaned = cleaned.removeprefix("¥").removesuffix("円").strip()
    if not negative and cleaned.startswith("-"):  # ¥-1,000
        negative, cleaned = True, cleaned[1:]
    percent = cleaned.endswith("%")
    cleaned = cleaned.removesuffix("%").strip()
    factor = 1
    if cleaned[-1:] in MULTIPLIERS:
        factor, cleaned = MULTIPLIERS[cleaned[-1]], cleaned[:-1].strip()
    match = _CORE.fullmatch(cleaned)
    if not cleaned or match is None or not (match["int"] or match["frac"]):
        grouped = re.fullmatch(r"[\d.,_]*\d[\d.,_]*", cleaned) and re.search(r"[,_]", cleaned)
        code = "bad_grouping" if grouped else "not_a_number"
        raise ValidationError(code, text=text)
    digits = (match["int"] or "0").replace(",", "")
    fraction = match["frac"] or ""
    exponent = int(match["exp"] or 0) - len(fraction)
    if len(fraction) > MAX_DECIMALS:
        raise ValidationError("too_precise", text=text, places=MAX_DECIMALS)
    significant = (digits + fraction).lstrip("0")
    if len(significant) + exponent > 40:  # beyond any limit below, before building the number
        raise ValidationError("too_large", text=text, limit=MAX_MAGNITUDE)
    if exponent < -MAX_DECIMALS:
        raise ValidationError("too_precise", text=text, places=MAX_DECIMALS)
    number = int(digits + fraction) * factor
    value = Fraction(number * 10**exponent) if exponent >= 0 else Fraction(number, 10**-exponent)
    return _Reading(-value if negative else value, percent, yen)


def to_text(value: Fraction) -> str:
    """Store a Fraction as text: an exact plain decimal when it has one, else "n/d"."""
    if value.denominator == 1:
        return str(value.numerator)
    twos = fives = 0
    denominator = value.denominator
    while denominator % 2 == 0:
        denominator, twos = denominator // 2, twos + 1
    while denominator % 5 == 0:
        denominator, fives = denominator // 5, fives + 1
    if denominator != 1:
        return f"{value.numerator}/{value.denominator}"
    places = max(twos, fives)
    digits = str(abs(value.numerator) * 10**places // value.denominator).rjust(places + 1, "0")
    sign = "-" if value < 0 else ""
    return f"{sign}{digits[:-places]}.{digits[-places:]}".rstrip("0")


def from_text(text: str | None) -> Fraction | None:
    """Read a value stored by `to_text`; None stays None."""
    if text is None:
        return None
    return Fraction(text)


def round_value(value: Fraction, rounding: Rounding) -> Fraction:
    """Round a computed value to a whole number as the node's rounding rule says."""
    if rounding is Rounding.UP:
        return Fraction(math.ceil(value))
    if rounding is Rounding.DOWN:
        return Fraction(math.floor(value))
    if rounding is Rounding.NEAREST:
        return Fraction(math.floor(value + Fraction(1, 2)))
    return value
