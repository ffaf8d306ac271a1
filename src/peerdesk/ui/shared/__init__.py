"""Widgets and helpers shared by every feature: charts, dialogs, the page contract, icons, PDF."""
