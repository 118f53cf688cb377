"""The report's pages as images (the screens script, a preview): the PDF's pages, drawn larger."""

from kpidesk.report.writer import page_images, render_pdf


def test_page_images_are_the_pdfs_pages_at_twice_the_size(session_in):
    session = session_in("en")
    _, count = render_pdf(session)
    images = page_images(session, scale=2.0)
    assert len(images) == count
    assert (images[0].width(), images[0].height()) == (1586, 2244)  # A4 at 96 dpi, twice
    assert images[0].pixelColor(0, 0).name() == "#ffffff"
