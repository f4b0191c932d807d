"""A small SVG line chart of how cost grows with one supplier's file size, for
docs/performance.md (``python -m benchmarks --plot docs/performance-growth.svg``)."""

from __future__ import annotations

from xml.sax.saxutils import escape

WIDTH, HEIGHT = 600, 300
LEFT, RIGHT, TOP, BOTTOM = 56, 190, 20, 44
SERIES = (("Autosave (median)", "#3b78b4"), ("Open view", "#3d8b55"),
          ("Minutes, biggest meeting", "#b8432f"))


def growth_svg(points: list[tuple[int, float, float, float]]) -> str:
    """``points``: (file KB, autosave ms, open view ms, minutes ms) per supplier size."""
    top_kb = max(kb for kb, *_ in points)
    top_ms = max(max(ms) for _, *ms in points)
    step = 10 if top_ms <= 100 else 50
    y_max = step * (int(top_ms // step) + 1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(kb: float) -> float:
        return LEFT + plot_w * kb / top_kb

    def y(ms: float) -> float:
        return TOP + plot_h * (1 - ms / y_max)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'font-family="DejaVu Sans, sans-serif" font-size="11">',
             f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>']
    for ms in range(0, y_max + 1, step):
        parts.append(f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y(ms):.1f}" y2="{y(ms):.1f}" '
                     f'stroke="#e3e6e9"/><text x="{LEFT - 6}" y="{y(ms) + 4:.1f}" '
                     f'text-anchor="end" fill="#555">{ms}</text>')
    for kb, *_ in points:
        parts.append(f'<text x="{x(kb):.1f}" y="{TOP + plot_h + 16}" text-anchor="middle" '
                     f'fill="#555">{kb}</text>')
    parts.append(f'<text x="{LEFT + plot_w / 2}" y="{HEIGHT - 8}" text-anchor="middle" '
                 f'fill="#333">supplier file (KB)</text>')
    parts.append(f'<text x="14" y="{TOP + plot_h / 2}" fill="#333" text-anchor="middle" '
                 f'transform="rotate(-90 14 {TOP + plot_h / 2})">ms</text>')
    for index, (name, colour) in enumerate(SERIES):
        line = " ".join(f"{x(p[0]):.1f},{y(p[index + 1]):.1f}" for p in points)
        parts.append(f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="2"/>')
        parts += [f'<circle cx="{x(p[0]):.1f}" cy="{y(p[index + 1]):.1f}" r="3" fill="{colour}"/>'
                  for p in points]
        legend_y = TOP + 14 + 18 * index
        parts.append(f'<line x1="{WIDTH - RIGHT + 12}" x2="{WIDTH - RIGHT + 30}" y1="{legend_y - 4}" '
                     f'y2="{legend_y - 4}" stroke="{colour}" stroke-width="2"/>'
                     f'<text x="{WIDTH - RIGHT + 36}" y="{legend_y}" fill="#333">{escape(name)}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
