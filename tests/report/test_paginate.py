"""Pagination: blocks in order, once each, never past the foot of a page; headings stay with
what they introduce; short blocks move whole."""

from hypothesis import given
from hypothesis import strategies as st

from kpidesk.report.blocks import Block
from kpidesk.report.paginate import paginate

PAGE = 100.0


class Box(Block):
    def __init__(self, name: str, size: float, keep: bool = False, new_page: bool = False):
        super().__init__(10)
        self.name, self.size = name, size
        self.keep_with_next, self.new_page = keep, new_page

    def height(self) -> float:
        return self.size

    def draw(self, painter, rect) -> None:
        pass


class Rows(Box):
    """Splits between rows of 10."""

    def split(self, room: float):
        rows = int(room // 10)
        if rows == 0:
            return None, self
        return Rows(self.name, rows * 10), Rows(self.name, self.size - rows * 10)


def names(pages) -> list[list[tuple[str, float]]]:
    return [[(p.block.name, p.top) for p in page] for page in pages]


def test_a_heading_at_the_foot_of_a_page_moves_to_the_next_with_its_block():
    blocks = [Box("a", 85), Box("heading", 10, keep=True), Box("chart", 50)]
    assert names(paginate(blocks, PAGE)) == [[("a", 0)], [("heading", 0), ("chart", 10)]]


def test_a_heading_and_its_subheading_move_together():
    blocks = [Box("a", 70), Box("h1", 10, keep=True), Box("h2", 10, keep=True), Box("b", 30)]
    assert names(paginate(blocks, PAGE)) == [[("a", 0)], [("h1", 0), ("h2", 10), ("b", 20)]]


def test_a_long_block_splits_but_a_short_one_moves_whole():
    long_rows = [Box("a", 60), Rows("rows", 90)]
    assert names(paginate(long_rows, PAGE)) == [[("a", 0), ("rows", 60)], [("rows", 0)]]
    short_rows = [Box("a", 70), Rows("rows", 40)]
    assert names(paginate(short_rows, PAGE)) == [[("a", 0)], [("rows", 0)]]


def test_new_page_starts_a_page_unless_the_page_is_empty():
    blocks = [Box("cover", 30), Box("summary", 20, new_page=True), Box("more", 10)]
    assert names(paginate(blocks, PAGE)) == [[("cover", 0)], [("summary", 0), ("more", 20)]]
    assert names(paginate(blocks[1:], PAGE)) == [[("summary", 0), ("more", 20)]]


def test_a_block_taller_than_a_page_gets_a_page_of_its_own():
    blocks = [Box("a", 10), Box("huge", 150), Box("b", 10)]
    assert names(paginate(blocks, PAGE)) == [[("a", 0)], [("huge", 0)], [("b", 0)]]


block_specs = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=140),
        st.booleans(),
        st.booleans(),
        st.booleans(),
    ),
    max_size=25,
)


@given(block_specs)
def test_every_block_is_placed_in_order_and_pages_never_overflow(specs):
    blocks = [
        (Rows if splits else Box)(str(i), float(size), keep=keep, new_page=new_page)
        for i, (size, keep, new_page, splits) in enumerate(specs)
    ]
    pages = paginate(blocks, PAGE)
    placed = [p.block for page in pages for p in page]
    order = [int(b.name) for b in placed]
    assert order == sorted(order)
    assert set(order) == set(range(len(blocks)))
    for block in blocks:
        assert sum(b.height() for b in placed if b.name == block.name) == block.height()
    for page in pages:
        assert page
        bottom = max(p.top + p.height for p in page)
        assert bottom <= PAGE or len(page) == 1
        tops = [p.top for p in page]
        assert tops == sorted(tops)
