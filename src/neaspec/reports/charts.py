"""A chart of an indicator's values against its baseline and target, drawn by matplotlib: SVG
for the PDF and the print view, PNG for Word (which does not take SVG). The table it draws is
always printed beside it."""

import functools
import io
from typing import TYPE_CHECKING

from neaspec.reports.document import Chart

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# Faces that carry every script the six languages need; matplotlib falls back along the list.
FACES = ["DejaVu Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR"]


@functools.cache
def _set_up() -> None:
    """Matplotlib drawing to files (no screen) in our faces; loaded only where charts are."""
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams.update(
        {"font.family": "sans-serif", "font.sans-serif": FACES, "svg.fonttype": "path"}
    )


def _figure(chart: Chart) -> "Figure":
    _set_up()
    import matplotlib.pyplot as plt

    labels = [label for label, _ in chart.points]
    values = [float(value) for _, value in chart.points]
    fig, ax = plt.subplots(figsize=(6.4, 0.5 + 0.32 * max(len(labels), 3)), dpi=110)
    ax.barh(range(len(values)), values, color="#2f6f8f")
    ax.set_yticks(range(len(labels)), labels, fontsize=8)
    ax.invert_yaxis()  # first value on top, as the table reads
    # The caption, in the reader's language, says which line is which.
    for value, style in ((chart.baseline, ":"), (chart.target, "--")):
        if value is not None:
            ax.axvline(float(value), color="#8a4b08", linestyle=style, linewidth=1.2)
    for label, value in chart.lines:
        ax.axvline(float(value), color="#b03a2e", linestyle="-.", linewidth=1.2, label=label)
    if chart.lines:
        ax.legend(fontsize=7, loc="lower right")
    ax.set_xlabel(chart.unit, fontsize=8)
    ax.tick_params(axis="x", labelsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return fig


def _draw(chart: Chart, fmt: str) -> bytes:
    fig = _figure(chart)  # sets matplotlib up before pyplot is loaded
    import matplotlib.pyplot as plt

    out = io.BytesIO()
    fig.savefig(out, format=fmt, metadata={"Date": None} if fmt == "svg" else None)
    plt.close(fig)
    return out.getvalue()


def chart_svg(chart: Chart) -> bytes:
    return _draw(chart, "svg")


def chart_png(chart: Chart) -> bytes:
    return _draw(chart, "png")
