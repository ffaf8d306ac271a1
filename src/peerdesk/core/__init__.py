"""PeerDesk's domain: pure Python, no Qt, no storage library."""
