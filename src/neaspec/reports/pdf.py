"""The print view through WeasyPrint. Fonts come from the system (Debian's fonts-noto-cjk for
Chinese, Japanese and Korean; the page's `lang` picks the face); page numbers and the running
header are in the page's CSS, in the reader's language. The file is PDF/UA: tagged, with its
language and title.

A long PDF (thousands of pages) takes minutes to lay out: WeasyPrint's progress log ("Creating
layout - Page 812") is followed so the build keeps showing it is alive, and is not taken for
the work of a stopped worker."""

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings

STYLESHEET = Path(settings.BASE_DIR) / "static" / "css" / "print.css"


class _Alive(logging.Handler):
    def __init__(self, alive: Callable[[], None]) -> None:
        super().__init__(logging.INFO)
        self.alive = alive

    def emit(self, record: logging.LogRecord) -> None:
        self.alive()


@contextmanager
def _following(alive: Callable[[], None] | None) -> Iterator[None]:
    if alive is None:
        yield
        return
    progress = logging.getLogger("weasyprint.progress")
    handler, level, propagate = _Alive(alive), progress.level, progress.propagate
    progress.addHandler(handler)
    progress.setLevel(logging.INFO)
    progress.propagate = False  # followed here, not printed
    try:
        yield
    finally:
        progress.removeHandler(handler)
        progress.setLevel(level)
        progress.propagate = propagate


def pdf_bytes(html: str, alive: Callable[[], None] | None = None) -> bytes:
    from weasyprint import CSS, HTML

    with _following(alive):
        # PDF/UA: tagged (headings, tables and their header cells, lists), with the document's
        # language and title, so a screen reader can follow the structure.
        return HTML(string=html, base_url=str(STYLESHEET.parent)).write_pdf(
            stylesheets=[CSS(filename=str(STYLESHEET))], pdf_variant="pdf/ua-1"
        )
