"""Qt item models: thin adapters from PeerDesk data to views (one module per model)."""
