"""Meeting reports in, plain text out: the library's reader (`neaspec.library.reading`), which
reads every upload; the extraction builds on the library and reads reports through it."""

from neaspec.library.reading import (
    UnreadableReportError,
    decode,
    html_text,
    normalize_space,
    read_report,
    report_text,
    sniff,
)

__all__ = [
    "UnreadableReportError",
    "decode",
    "html_text",
    "normalize_space",
    "read_report",
    "report_text",
    "sniff",
]
