"""Which column of a CRM export holds the date, the value, the KPI and the rep, guessed by name."""

from __future__ import annotations

import unicodedata

ROLES = ("date", "value", "kpi", "rep")

# Header words by role, Japanese and English, in the order they are preferred. A header that is
# exactly one of them wins over one that merely contains one (「実績値(件)」 contains 実績).
WORDS: dict[str, tuple[str, ...]] = {
    "date": (
        "date",
        "日付",
        "day",
        "年月日",
        "計上日",
        "実施日",
        "活動日",
        "取引日",
        "受注日",
        "売上日",
        "登録日",
        "日時",
        "期日",
        "日",
    ),
    "value": (
        "value",
        "値",
        "実績",
        "実績値",
        "金額",
        "件数",
        "数値",
        "数量",
        "数",
        "count",
        "amount",
        "actual",
        "actuals",
        "quantity",
        "qty",
        "total",
        "合計",
        "売上",
        "revenue",
    ),
    "kpi": (
        "kpi",
        "kpi名",
        "kpi name",
        "項目",
        "項目名",
        "指標",
        "指標名",
        "metric",
        "measure",
        "item",
        "kpi/kgi",
    ),
    "rep": (
        "rep",
        "担当者",
        "担当者名",
        "担当",
        "営業担当",
        "営業担当者",
        "営業",
        "owner",
        "sales rep",
        "salesperson",
        "rep name",
        "氏名",
        "名前",
        "user",
        "name",
    ),
}
DEAL_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("案件名", "商談名", "案件", "商談", "deal", "opportunity", "name"),
    "rep": ("担当者", "担当", "営業担当", "rep", "owner"),
    "amount": ("金額", "受注金額", "見込金額", "予定金額", "amount"),
    "close_date": ("受注予定日", "予定日", "完了予定日", "close_date", "close date", "close"),
    "rank": ("ヨミ", "確度", "ランク", "rank", "probability"),
    "note": ("メモ", "備考", "note", "notes"),
    "state": ("状態", "ステータス", "state", "status"),
}
"""The same for the columns of a ヨミ (deal list) export."""
CONTAINED_MIN = 2  # a contained word must be this long: 「日」 alone would match every 〜日


def normal(text: str) -> str:
    """Headers match across full- and half-width forms, case and stray spaces."""
    return " ".join(unicodedata.normalize("NFKC", str(text)).split()).casefold()


def guess_columns(header: list[str], words: dict[str, tuple[str, ...]] = WORDS) -> dict[str, str]:
    """The header name guessed for each role of `words` (the actuals' by default) found; each
    column is given to one role only.

    Exact names are matched first for every role, then names that contain a word of the
    role (at least CONTAINED_MIN characters long). A role with no match is left out.
    """
    names = [normal(h) for h in header]
    guessed: dict[str, int] = {}
    for exact in (True, False):
        for role, role_words in words.items():
            if role in guessed:
                continue
            index = _find(names, role_words, exact, set(guessed.values()))
            if index is not None:
                guessed[role] = index
    return {role: header[index] for role, index in guessed.items()}


def _find(names: list[str], words: tuple[str, ...], exact: bool, taken: set[int]) -> int | None:
    for word in words:
        wanted = normal(word)
        if not exact and len(wanted) < CONTAINED_MIN:
            continue
        for index, name in enumerate(names):
            if index in taken or not name:
                continue
            if name == wanted if exact else wanted in name:
                return index
    return None
