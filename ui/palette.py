"""The few colours that carry a meaning (late, soon, done), shared by the
supplier list and the "Verloop" tab so a state looks the same in both."""

GREY, BLUE, AMBER, RED, GREEN, DARK = "#8a939c", "#3b78b4", "#c98a12", "#b8432f", "#3d8b55", "#4a5560"
