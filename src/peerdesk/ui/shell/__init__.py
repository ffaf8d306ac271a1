"""The window frame: application start-up, main window, page table, autosave and locking."""
