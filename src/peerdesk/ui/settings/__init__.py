"""The Settings page: preferences, and the data and security actions with their dialogs."""
