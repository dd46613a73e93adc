"""The weekly summary chart: grouped bars per rep (+ top customers by amount) as PNG bytes.

Pure: no DB, no Telegram, no network. The only file read is the bundled CJK font.

Thread-safe by construction: every call builds its own ``matplotlib.figure.Figure`` on its
own ``FigureCanvasAgg`` (the Agg backend, chosen here explicitly); pyplot and its global
figure registry are never imported, and no rcParams are touched. Call it from
``asyncio.to_thread``.

Chinese needs a CJK font: Noto Sans CJK SC, shipped inside the ``mplfonts`` PyPI package
(SIL OFL 1.1), loaded by file path and cached. Characters the font cannot draw (emoji,
mostly) are dropped from every string before it reaches matplotlib, so rendering never
emits matplotlib's "Glyph ... missing from font(s)" warning.
"""

from __future__ import annotations

import io
import logging
import math
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.ft2font import FT2Font
from matplotlib.ticker import NullLocator

__all__ = [
    "DPI",
    "MAX_AMOUNTS",
    "MAX_REPS",
    "SIZE_PX",
    "SIZE_WITH_AMOUNTS_PX",
    "RepBar",
    "SummaryChart",
    "cjk_font_path",
    "clean_text",
    "font_glyphs",
    "format_amount",
    "render_summary_chart",
    "top_reps",
]

log = logging.getLogger(__name__)

DPI = 100
SIZE_PX = (1200, 800)  # reps only
SIZE_WITH_AMOUNTS_PX = (1200, 1200)  # reps above, top customers below
MAX_REPS = 12  # the most active; the rest are counted in a "+k" note
MAX_AMOUNTS = 10
NAME_WIDTH = 16  # display columns (a Chinese character takes two)
TITLE_WIDTH = 60
FONT_FILE = "NotoSansCJKsc-Regular.otf"  # in mplfonts/fonts/
SERIES = (("notes", "#4C78A8"), ("done", "#54A24B"), ("overdue", "#E45756"))
AMOUNT_COLOR = "#F2A93B"
TEXT_COLOR = "#222222"
MUTED_COLOR = "#666666"
BAR_HEIGHT = 0.27
MIN_SLOTS = 5  # a lone rep gets a group's height, not the whole panel


@dataclass(frozen=True)
class RepBar:
    """One rep's week: memos written, tasks done, tasks overdue."""

    name: str
    notes: int
    tasks_done: int
    tasks_overdue: int

    @property
    def activity(self) -> int:
        """Everything on the rep's plate this week (the order reps are shown in)."""
        return max(self.notes, 0) + max(self.tasks_done, 0) + max(self.tasks_overdue, 0)


@dataclass(frozen=True)
class SummaryChart:
    """What the chart shows; every text is already translated.

    ``labels`` keys: "notes", "done", "overdue" (series), and optionally "empty" (shown
    when there are no reps), "more" (note for reps beyond ``MAX_REPS``; "{n}" becomes
    their count) and "amounts" (the customers panel's title).
    """

    title: str
    reps: tuple[RepBar, ...]
    labels: Mapping[str, str]
    amounts: tuple[tuple[str, float], ...] = ()
    currency: str = "CNY"


@dataclass(frozen=True)
class _Layout:
    """Figure size and the panels' places, in figure fractions."""

    size_px: tuple[int, int]
    title_y: float
    legend_y: float
    reps_rect: tuple[float, float, float, float]
    more_y: float
    amounts_rect: tuple[float, float, float, float] | None


_REPS_ONLY = _Layout(SIZE_PX, 0.955, 0.885, (0.21, 0.08, 0.74, 0.75), 0.025, None)
_WITH_AMOUNTS = _Layout(SIZE_WITH_AMOUNTS_PX, 0.968, 0.922, (0.21, 0.46, 0.74, 0.435),
                        0.425, (0.21, 0.04, 0.74, 0.31))


@cache
def cjk_font_path() -> Path:
    """The bundled Noto Sans CJK SC font file (found without importing ``mplfonts``).

    Falls back to matplotlib's own DejaVu Sans (no CJK glyphs: Chinese is then dropped,
    never drawn as boxes) and logs an error if the package is missing.
    """
    spec = find_spec("mplfonts")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "fonts" / FONT_FILE
        if path.is_file():
            return path
    log.error("CJK font %s not found (is mplfonts installed?); Chinese is dropped", FONT_FILE)
    return Path(mpl.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"


@cache
def font_glyphs() -> frozenset[int]:
    """The code points the font can draw."""
    return frozenset(FT2Font(str(cjk_font_path())).get_charmap())


def _font(size: float) -> FontProperties:
    return FontProperties(fname=cjk_font_path(), size=size)


def _width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def clean_text(text: str, glyphs: frozenset[int], width: int | None = None) -> str:
    """``text`` made safe to draw: no glyph-less or control characters, fits ``width``.

    Characters outside ``glyphs`` are dropped (emoji and their joiners, mostly), control
    characters become spaces, runs of spaces collapse, and the result is cut to ``width``
    display columns with "…". Dollar signs are escaped so they never start mathtext.
    """
    kept = "".join(" " if unicodedata.category(c) == "Cc" else c
                   for c in text if c.isspace() or ord(c) in glyphs)
    kept = " ".join(kept.split())
    if width is not None and sum(map(_width, kept)) > width:
        cut, used = [], 1  # room for the ellipsis
        for char in kept:
            used += _width(char)
            if used > width:
                break
            cut.append(char)
        kept = "".join(cut).rstrip() + "…"
    return kept.replace("$", r"\$")


def _name(text: str, glyphs: frozenset[int]) -> str:
    return clean_text(text, glyphs, NAME_WIDTH) or "?"


def top_reps(reps: Sequence[RepBar], limit: int = MAX_REPS) -> tuple[list[RepBar], int]:
    """The ``limit`` most active reps (ties keep their given order), and how many are left."""
    ranked = sorted(reps, key=lambda r: -r.activity)
    return ranked[:limit], max(len(ranked) - limit, 0)


def format_amount(value: float) -> str:
    """12,345 / 1,234,568 / 12.50: thousands separators; cents only below 1,000."""
    if abs(value) >= 1000 or float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def _top_amounts(amounts: Sequence[tuple[str, float]]) -> list[tuple[str, float]]:
    finite = [(name, float(v)) for name, v in amounts if math.isfinite(v)]
    return sorted(finite, key=lambda item: -item[1])[:MAX_AMOUNTS]


def _style_axes(ax: Axes) -> None:
    ax.xaxis.set_visible(False)
    ax.xaxis.set_major_locator(NullLocator())
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color("#BBBBBB")
    ax.tick_params(axis="y", length=0, pad=8, colors=TEXT_COLOR)


def _write_values(ax: Axes, ys: Sequence[float], values: Sequence[float],
                  texts: Sequence[str], size: float) -> None:
    """Write each non-zero bar's value just past its end."""
    low, high = ax.get_xlim()
    offset = (high - low) * 0.008
    font = _font(size)
    for y, value, text in zip(ys, values, texts, strict=True):
        if value:
            ax.text(value + offset if value > 0 else value - offset, y, text, va="center",
                    ha="left" if value > 0 else "right", fontproperties=font,
                    color=TEXT_COLOR)


def _draw_reps(ax: Axes, reps: Sequence[RepBar], labels: Mapping[str, str],
               glyphs: frozenset[int]) -> None:
    """Grouped horizontal bars, most active rep on top."""
    count = len(reps)
    size = 18 if count <= 8 else 15
    series = {"notes": [r.notes for r in reps], "done": [r.tasks_done for r in reps],
              "overdue": [r.tasks_overdue for r in reps]}
    peak = max(1, *(max(v) for v in series.values()))
    ax.set_xlim(0, peak * 1.12)
    half, middle = max(count, MIN_SLOTS) / 2, (count - 1) / 2
    ax.set_ylim(middle + half, middle - half)  # first rep at the top
    for k, (key, color) in enumerate(SERIES):
        values = [max(v, 0) for v in series[key]]
        shift = (k - 1) * BAR_HEIGHT
        ys = [i + shift for i in range(count)]
        ax.barh(ys, values, height=BAR_HEIGHT, color=color,
                label=clean_text(labels.get(key, key), glyphs, 20) or key)
        _write_values(ax, ys, values, [str(v) for v in values], size - 3)
    ax.set_yticks(range(count), labels=[_name(r.name, glyphs) for r in reps],
                  fontproperties=_font(size))
    _style_axes(ax)


def _draw_amounts(ax: Axes, amounts: Sequence[tuple[str, float]], title: str,
                  glyphs: frozenset[int]) -> None:
    """One bar per customer, largest on top, values written out."""
    count = len(amounts)
    values = [v for _, v in amounts]
    low, high = min(0.0, *values), max(0.0, *values)
    span = (high - low) or 1.0
    ax.set_xlim(low - span * 0.2 * (low < 0), high + span * 0.22)
    ax.set_ylim(count - 0.5, -0.5)
    ax.barh(range(count), values, height=0.6, color=AMOUNT_COLOR)
    _write_values(ax, range(count), values, [format_amount(v) for v in values], 14)
    ax.set_yticks(range(count), labels=[_name(n, glyphs) for n, _ in amounts],
                  fontproperties=_font(15))
    ax.set_title(title, loc="left", fontproperties=_font(18), color=TEXT_COLOR, pad=10)
    _style_axes(ax)


def _draw_empty(fig: Figure, rect: tuple[float, float, float, float], text: str) -> None:
    fig.text(0.5, rect[1] + rect[3] / 2, text, ha="center", va="center",
             fontproperties=_font(24), color=MUTED_COLOR)


def _more_note(labels: Mapping[str, str], hidden: int, glyphs: frozenset[int]) -> str:
    template = labels.get("more") or "+{n}"
    return clean_text(template.replace("{n}", str(hidden)), glyphs, TITLE_WIDTH)


def _new_figure(layout: _Layout) -> Figure:
    width, height = layout.size_px
    fig = Figure(figsize=(width / DPI, height / DPI), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)  # attaches itself as fig.canvas
    return fig


def _draw_rep_panel(fig: Figure, chart: SummaryChart, layout: _Layout,
                    glyphs: frozenset[int]) -> None:
    shown, hidden = top_reps(chart.reps)
    if not shown:
        empty = clean_text(chart.labels.get("empty", "No activity"), glyphs, TITLE_WIDTH)
        _draw_empty(fig, layout.reps_rect, empty or "–")
        return
    _draw_reps(fig.add_axes(layout.reps_rect), shown, chart.labels, glyphs)
    fig.legend(loc="center", bbox_to_anchor=(0.5, layout.legend_y), ncol=len(SERIES),
               frameon=False, prop=_font(18), handlelength=1.2, columnspacing=2.0)
    if hidden:
        fig.text(layout.reps_rect[0], layout.more_y, _more_note(chart.labels, hidden, glyphs),
                 fontproperties=_font(15), color=MUTED_COLOR, va="center")


def render_summary_chart(chart: SummaryChart) -> bytes:
    """Draw ``chart`` as a PNG (``SIZE_PX``, or ``SIZE_WITH_AMOUNTS_PX`` with amounts)."""
    glyphs = font_glyphs()
    amounts = _top_amounts(chart.amounts)
    layout = _WITH_AMOUNTS if amounts else _REPS_ONLY
    fig = _new_figure(layout)
    fig.text(0.5, layout.title_y, clean_text(chart.title, glyphs, TITLE_WIDTH),
             ha="center", va="center", fontproperties=_font(24), color=TEXT_COLOR)
    _draw_rep_panel(fig, chart, layout, glyphs)
    if layout.amounts_rect is not None:
        default = clean_text(chart.currency, glyphs, 12)
        title = clean_text(chart.labels.get("amounts", default), glyphs, TITLE_WIDTH)
        if default and default not in title:
            title = f"{title} ({default})"
        _draw_amounts(fig.add_axes(layout.amounts_rect), amounts, title, glyphs)
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=DPI, metadata={"Software": None},
                pil_kwargs={"compress_level": 3})
    return out.getvalue()
