"""The contact log: records of support conversations, with nothing that names the colleague."""
