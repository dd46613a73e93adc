"""The summary chart: valid PNGs of the right size, real CJK glyphs, never a warning."""

from __future__ import annotations

import io
import struct
import warnings
from concurrent.futures import ThreadPoolExecutor

import matplotlib.image
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.ft2font import FT2Font

from bot.reports.charts import (
    MAX_AMOUNTS,
    MAX_REPS,
    SIZE_PX,
    SIZE_WITH_AMOUNTS_PX,
    RepBar,
    SummaryChart,
    cjk_font_path,
    clean_text,
    font_glyphs,
    format_amount,
    render_summary_chart,
    top_reps,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ZH_LABELS = {"notes": "跟进", "done": "完成", "overdue": "逾期", "empty": "本期没有活动。",
             "more": "还有 {n} 人", "amounts": "金额最高的客户"}
ZH_NAMES = ("张伟", "李娜", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷")
TITLE = "本周团队跟进 11月16日–11月22日"


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, after checking the PNG framing."""
    assert png[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", png[8:16])
    assert (length, kind) == (13, b"IHDR")
    width, height = struct.unpack(">II", png[16:24])
    assert png[-8:-4] == b"IEND"
    return width, height


def render_strict(chart: SummaryChart) -> bytes:
    """Render with every warning an error (missing glyphs above all)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return render_summary_chart(chart)


def decode(png: bytes) -> np.ndarray:
    return np.asarray(matplotlib.image.imread(io.BytesIO(png), format="png"))


def reps(names: tuple[str, ...]) -> tuple[RepBar, ...]:
    return tuple(RepBar(name, 3 + 2 * i, i, i % 3) for i, name in enumerate(names))


def test_font_is_the_bundled_noto_sans_cjk_sc() -> None:
    path = cjk_font_path()
    assert path.name == "NotoSansCJKsc-Regular.otf"
    assert "mplfonts" in path.parts
    assert FT2Font(str(path)).family_name == "Noto Sans CJK SC"


def test_font_has_the_glyphs_the_chart_draws() -> None:
    text = "".join(ZH_NAMES) + TITLE + "".join(ZH_LABELS.values()) + "…0123456789,.+-"
    missing = [c for c in text if not c.isspace() and ord(c) not in font_glyphs()]
    assert missing == []


def test_a_font_without_cjk_would_warn() -> None:
    # The control for the no-warning tests below: matplotlib does warn on a missing glyph.
    fig = Figure(figsize=(2, 1), dpi=50)
    FigureCanvasAgg(fig)
    fig.text(0.1, 0.5, "张伟", fontproperties=FontProperties(family="DejaVu Sans"))
    with pytest.warns(UserWarning, match="missing from font"):
        fig.canvas.draw()


def test_reps_chart_is_a_png_of_the_phone_size() -> None:
    png = render_strict(SummaryChart(TITLE, reps(ZH_NAMES), ZH_LABELS))
    assert png_size(png) == SIZE_PX
    width, height = SIZE_PX
    assert decode(png).shape[:2] == (height, width)


def test_chinese_names_draw_real_glyphs_without_warning() -> None:
    chart = SummaryChart(TITLE, reps(ZH_NAMES), ZH_LABELS)
    png = render_strict(chart)
    assert png_size(png) == SIZE_PX
    # The names survive cleaning intact: nothing was dropped to dodge a warning.
    assert all(clean_text(name, font_glyphs()) == name for name in ZH_NAMES)
    assert clean_text(TITLE, font_glyphs()) == TITLE


def test_chart_has_ink_in_names_bars_and_title() -> None:
    pixels = decode(render_strict(SummaryChart(TITLE, reps(ZH_NAMES[:3]), ZH_LABELS)))
    dark = pixels[..., :3].mean(axis=2) < 0.5
    width = SIZE_PX[0]
    assert dark[:80].any()  # title
    assert dark[100:, : width // 5].any()  # names left of the bars
    red = (pixels[..., 0] > 0.8) & (pixels[..., 1] < 0.45)
    assert red.any()  # the overdue series


def test_amounts_add_a_second_panel_and_a_taller_image() -> None:
    amounts = tuple((f"客户{i}有限公司", 12_345.6 * (i + 1)) for i in range(MAX_AMOUNTS + 3))
    png = render_strict(SummaryChart(TITLE, reps(ZH_NAMES), ZH_LABELS, amounts))
    assert png_size(png) == SIZE_WITH_AMOUNTS_PX


def test_odd_amounts_neither_warn_nor_raise() -> None:
    amounts = (("退款 $", -1_500.0), ("NaN", float("nan")), ("inf", float("inf")), ("零", 0.0))
    png = render_strict(SummaryChart(TITLE, reps(ZH_NAMES[:2]), ZH_LABELS, amounts))
    assert png_size(png) == SIZE_WITH_AMOUNTS_PX


def test_only_non_finite_amounts_mean_no_amounts_panel() -> None:
    amounts = (("NaN", float("nan")),)
    png = render_strict(SummaryChart(TITLE, reps(ZH_NAMES[:2]), ZH_LABELS, amounts))
    assert png_size(png) == SIZE_PX


@pytest.mark.parametrize("labels", [ZH_LABELS, {"notes": "notes", "done": "done",
                                                "overdue": "overdue"}])
def test_empty_week_renders_a_valid_image(labels: dict[str, str]) -> None:
    png = render_strict(SummaryChart("本周", (), labels))
    assert png_size(png) == SIZE_PX
    pixels = decode(png)
    assert (pixels[..., :3].mean(axis=2) < 0.6).any()  # the "no activity" text is drawn


def test_one_rep() -> None:
    png = render_strict(SummaryChart("Week", (RepBar("Alice", 1, 0, 0),), ZH_LABELS))
    assert png_size(png) == SIZE_PX


def test_thirty_reps_show_the_most_active_and_count_the_rest() -> None:
    many = tuple(RepBar(f"销售{i}号 Sales Representative", i, i % 4, i % 5) for i in range(30))
    png = render_strict(SummaryChart(TITLE, many, ZH_LABELS))
    assert png_size(png) == SIZE_PX
    shown, hidden = top_reps(many)
    assert (len(shown), hidden) == (MAX_REPS, 30 - MAX_REPS)
    assert shown[0].name.startswith("销售29号")
    assert [r.activity for r in shown] == sorted((r.activity for r in many), reverse=True)[:12]


def test_top_reps_keeps_given_order_on_ties() -> None:
    tied = (RepBar("a", 1, 0, 0), RepBar("b", 0, 1, 0), RepBar("c", 0, 0, 1))
    assert [r.name for r in top_reps(tied, 2)[0]] == ["a", "b"]


@pytest.mark.parametrize("name", ["王芳🔥", "👨‍👩‍👧", "Tom 👍🏽 Lee", "❤️", "🇨🇳 李雷"])
def test_emoji_in_names_neither_warn_nor_raise(name: str) -> None:
    png = render_strict(SummaryChart("🎉 " + TITLE, reps((name, "张伟")), ZH_LABELS))
    assert png_size(png) == SIZE_PX


def test_clean_text_drops_what_the_font_cannot_draw() -> None:
    glyphs = font_glyphs()
    assert clean_text("王芳🔥", glyphs) == "王芳"
    assert clean_text("Tom 👍🏽 Lee", glyphs) == "Tom Lee"
    assert clean_text("👨‍👩‍👧", glyphs) == ""
    assert clean_text("a\tb\nc\x00d", glyphs) == "a b c d"


def test_clean_text_truncates_by_display_width() -> None:
    glyphs = font_glyphs()
    assert clean_text("陈静静静静静静静静静", glyphs, 10) == "陈静静静…"
    assert clean_text("Christopher Hamilton", glyphs, 10) == "Christoph…"
    assert clean_text("short", glyphs, 10) == "short"
    assert clean_text("刚好五个字", glyphs, 10) == "刚好五个字"


def test_clean_text_keeps_dollars_out_of_mathtext() -> None:
    assert clean_text("$x$ Ltd", font_glyphs()) == r"\$x\$ Ltd"
    png = render_strict(SummaryChart("$5 deals$", reps(("$a$", "$")), ZH_LABELS))
    assert png_size(png) == SIZE_PX


@pytest.mark.parametrize(("value", "text"), [(12_345.0, "12,345"), (1_234_567.8, "1,234,568"),
                                             (12.5, "12.50"), (800.0, "800"), (-2_500.0, "-2,500"),
                                             (0.0, "0")])
def test_format_amount(value: float, text: str) -> None:
    assert format_amount(value) == text


def test_renders_in_parallel_threads_match_a_serial_render() -> None:
    chart = SummaryChart(TITLE, reps(ZH_NAMES), ZH_LABELS, (("客户甲", 35_000.0),))
    expected = render_strict(chart)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda _: render_summary_chart(chart), range(6)))
    assert all(png == expected for png in results)
