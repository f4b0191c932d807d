"""The few colours that carry a meaning (late, soon, done), shared by the
supplier list and the "Verloop" tab so a state looks the same in both; and the
look of a notice that asks for attention, the same in every window."""

GREY, BLUE, AMBER, RED, GREEN, DARK = "#8a939c", "#3b78b4", "#c98a12", "#b8432f", "#3d8b55", "#4a5560"
# The warm tint of what is internal (notes, confidential sources) and of notices.
INTERNAL_TINT, INTERNAL_BORDER = "#fff4d6", "#d9a400"

# A notice label: files that could not be read, a setting that applies on the next start.
# The text colour is set with the tint, so it keeps its contrast in a dark palette.
NOTICE_STYLE = (f"background: {INTERNAL_TINT}; border: 1px solid {INTERNAL_BORDER};"
                " border-radius: 4px; padding: 6px; color: #4d3800;")
