"""Only KPIs that accumulate get a pace per rep; a rate or a price shows none."""

from datetime import date

from kpidesk.domain.model import Split

REVENUE, DEALS, UNIT_PRICE, PROSPECTS, CLOSE_RATE = 1, 2, 3, 4, 5


def _select(window, node_id):
    window.tree.setCurrentIndex(window.model.index_of(node_id))
    return window.form


def test_a_unit_price_has_no_pace_and_no_share_per_rep(qtbot, window):
    controller = window.document.controller
    controller.set_period(date(2026, 11, 1))
    form = _select(window, PROSPECTS)
    qtbot.waitUntil(lambda: form.per_day.isVisibleTo(form))
    assert form.per_day.text() == "2.63"  # 50 prospects per rep over 19 business days
    form = _select(window, REVENUE)
    assert form.per_day.text() == "¥52,632"  # money that adds up: ¥1,000,000 per rep ÷ 19
    for level in (UNIT_PRICE, CLOSE_RATE):
        form = _select(window, level)
        assert not form.per_day.isVisibleTo(form)
        assert not form.per_week.isVisibleTo(form)


def test_a_level_split_across_reps_shows_no_share(window):
    session = window.document.controller.session
    session.set_split(UNIT_PRICE, Split.EVEN)
    session.set_split(CLOSE_RATE, Split.EVEN)
    assert session.splits(UNIT_PRICE).required is None
    assert session.splits(CLOSE_RATE).required is None
    assert session.splits(PROSPECTS).required.parts[1] == 50
