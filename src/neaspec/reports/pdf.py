"""The print view through WeasyPrint. Fonts come from the system (Debian's fonts-noto-cjk for
Chinese, Japanese and Korean; the page's `lang` picks the face); page numbers and the running
header are in the page's CSS, in the reader's language."""

from pathlib import Path

from django.conf import settings

STYLESHEET = Path(settings.BASE_DIR) / "static" / "css" / "print.css"


def pdf_bytes(html: str) -> bytes:
    from weasyprint import CSS, HTML

    return HTML(string=html, base_url=str(STYLESHEET.parent)).write_pdf(
        stylesheets=[CSS(filename=str(STYLESHEET))]
    )
