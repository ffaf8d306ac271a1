"""The Resources page and dialogs: directory search, resource card, import, referral picker."""
